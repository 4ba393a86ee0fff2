/** Parses built HTML into a DOM for assertions (linkedom: a real HTML parser, no browser needed). */
import { parseHTML } from 'linkedom';
import { pageHtml } from './site.ts';

export function dom(distDir: string, urlPath: string): Document {
  return parseHTML(pageHtml(distDir, urlPath)).document as unknown as Document;
}

/** Text content with whitespace collapsed, for readable assertions. */
export function text(node: Element | Document | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A `<dl class="facts">` as [term, definition] pairs. */
export function facts(doc: Document, scope = ''): [string, string][] {
  const dts = [...doc.querySelectorAll(`${scope} dl.facts > dt`)];
  return dts.map((dt) => [text(dt), text(dt.nextElementSibling)]);
}

/** The cells of a table row, each as text: Astro drops the whitespace between tags, so rows are read cell by cell. */
export function cells(row: Element): string[] {
  return [...row.children].map((c) => text(c));
}
