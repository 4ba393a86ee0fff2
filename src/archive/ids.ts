/**
 * Entry ids are derived from file paths the same way by Astro's loaders and by `npm run check`,
 * so a reference that the check accepts is one the site can link.
 */
import { COLLECTION_FACTS, type CollectionName } from './collections.ts';

/**
 * `missions/kz/2021-parliamentary.mdx` → `kz/2021-parliamentary`; a collection may say otherwise
 * (statements drop their year folder: `statements/2021/2021-01-04-x.mdx` → `2021-01-04-x`).
 */
export function entryId(collection: CollectionName, relativePath: string): string {
  const withoutExt = relativePath.replace(/\\/g, '/').replace(/\.(mdx|md|yaml|yml)$/, '');
  return COLLECTION_FACTS[collection].idOf?.(withoutExt) ?? withoutExt;
}
