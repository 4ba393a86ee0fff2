/**
 * What every built page must respect: a strict Content-Security-Policy that the page itself obeys
 * (no inline script without its hash, no event-handler attributes, no javascript: URLs, no style
 * attributes), and external links that cannot reach back into the archive's window.
 */
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The page's CSP from its `<meta http-equiv>`, as directive → sources. */
function pageCsp(html: string): Map<string, string[]> | undefined {
  const { document } = parseHTML(html);
  const meta = [...document.querySelectorAll('meta[http-equiv]')].find((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
  if (!meta) return undefined;
  return new Map(
    meta
      .getAttribute('content')!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

export function cspProblems(html: string): string[] {
  const problems: string[] = [];
  const csp = pageCsp(html);
  if (!csp) return ['no Content-Security-Policy meta element'];
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
  const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
    if (scriptSrc.includes(bad)) problems.push(`script-src allows ${bad}`);
  if (styleSrc.includes("'unsafe-inline'")) problems.push("style-src allows 'unsafe-inline'");
  if (!csp.has('object-src') || !csp.get('object-src')!.includes("'none'")) problems.push("object-src is not 'none'");
  if (!csp.has('base-uri')) problems.push('no base-uri directive');

  const { document } = parseHTML(html);
  for (const script of document.querySelectorAll('script:not([src])')) {
    if (!EXECUTABLE.has((script.getAttribute('type') ?? '').toLowerCase())) continue; // JSON-LD and other data blocks do not run
    const hash = `'sha256-${createHash('sha256')
      .update(script.textContent ?? '')
      .digest('base64')}'`;
    if (!scriptSrc.includes(hash)) problems.push(`inline script without its hash in script-src: ${(script.textContent ?? '').slice(0, 60)}`);
  }
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`event-handler attribute ${attr.name} on <${el.localName}>`);
      if (attr.name === 'style') problems.push(`style attribute on <${el.localName}> (blocked by style-src)`);
      if (/^\s*(javascript|vbscript|data):/i.test(attr.value) && /^(href|src|action|formaction|xlink:href)$/i.test(attr.name))
        problems.push(`${attr.name}="${attr.value.slice(0, 40)}" on <${el.localName}>`);
    }
  }
  return problems;
}

/** External links must carry rel="noopener" (and noreferrer: readers' paths are nobody's business). */
export function externalLinkProblems(html: string, site: string): string[] {
  const { document } = parseHTML(html);
  const origin = new URL(site).origin;
  return [...document.querySelectorAll('a[href]')]
    .filter((a) => /^https?:/i.test(a.getAttribute('href')!) && new URL(a.getAttribute('href')!).origin !== origin)
    .filter((a) => {
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      return !rel.includes('noopener') || !rel.includes('noreferrer');
    })
    .map((a) => `external link without rel="noopener noreferrer": ${a.getAttribute('href')}`);
}
