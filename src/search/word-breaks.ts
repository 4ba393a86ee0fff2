/**
 * Astro's compiler drops whitespace that contains a line break between tags, so built pages read
 * `<dt>Nationality</dt><dd>Bulgaria</dd>`. Browsers lay these out as separate boxes, but Pagefind
 * reads text, and would index "NationalityBulgaria". The index is fed pages with a line break after
 * each closing block-level tag; the published HTML itself is left as built.
 */
const BLOCK_END = /(<\/(?:address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|section|table|tbody|td|tfoot|th|thead|tr|ul)>)(?=<)/g;

export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, '$1\n');
}

/** `missions/kz/2021-parliamentary/index.html` → `/missions/kz/2021-parliamentary/` */
export function urlOfFile(relativePath: string): string {
  const path = relativePath.split('\\').join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}
