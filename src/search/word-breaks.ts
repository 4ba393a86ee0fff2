/**
 * Astro's compiler drops whitespace that contains a line break between tags, so built pages read
 * `<dt>Nationality</dt><dd>Bulgaria</dd>`. Browsers lay these out as separate boxes, but Pagefind
 * reads text, and would index "NationalityBulgaria". The build adds a line break after each closing
 * block-level tag before Pagefind reads the pages.
 */
const BLOCK_END =
  /(<\/(?:address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|section|table|tbody|td|tfoot|th|thead|tr|ul)>)(?=<)/g;

export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, '$1\n');
}
