/**
 * Highwire Press `citation_*` meta tags, which Zotero, Google Scholar and other reference managers
 * read from a page's <head>. Same facts as the CSL-JSON item.
 */
import type { CslItem } from './reference.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** `[[2021, 1, 4]]` → `2021/01/04`, the form Google Scholar asks for. */
function slashDate(parts: [number, number, number]): string {
  return parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('/');
}

export function highwireTags(item: CslItem): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'citation_title', content: item.title },
    ...item.author.map((a) => ({ name: 'citation_author', content: a.literal })),
    ...item.author.map((a) => ({ name: 'citation_publisher', content: a.literal })),
  ];
  const issued = item.issued?.['date-parts'][0];
  if (issued) tags.push({ name: 'citation_publication_date', content: slashDate(issued) });
  tags.push({ name: 'citation_public_url', content: item.URL }, { name: 'citation_language', content: item.language });
  return tags;
}
