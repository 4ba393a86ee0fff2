/**
 * Entry ids are derived from file paths the same way by Astro's loaders and by `npm run check`,
 * so a reference that the check accepts is one the site can link.
 */
import type { CollectionName } from '../schemas/index.ts';

/**
 * `missions/kz/2021-parliamentary.mdx` → `kz/2021-parliamentary`; statements drop their year folder
 * (`statements/2021/2021-01-04-x.mdx` → `2021-01-04-x`) because the folder only keeps directories short.
 */
export function entryId(collection: CollectionName, relativePath: string): string {
  const withoutExt = relativePath.replace(/\\/g, '/').replace(/\.(mdx|md|yaml|yml)$/, '');
  if (collection === 'statements') return withoutExt.split('/').pop()!;
  return withoutExt;
}
