/**
 * Internal links of the built site: every `href`/`src` to this site must name a file that exists,
 * and every `#fragment` an id on the target page. Pure: takes pages as HTML strings.
 */
import { parseHTML } from 'linkedom';

export interface BuiltPage {
  /** URL path the page is served at, e.g. `/missions/kz/2021-parliamentary/`. */
  path: string;
  html: string;
}

/** Resolves a URL path to the file that serves it, or undefined when no such file was built. */
function resolveTarget(urlPath: string, files: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(urlPath);
  for (const candidate of [clean, `${clean.replace(/\/$/, '')}/index.html`, `${clean}.html`]) {
    if (files.has(candidate)) return candidate;
  }
  return undefined;
}

function idsOf(html: string): Set<string> {
  const { document } = parseHTML(html);
  return new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
}

/**
 * Broken links as readable lines: `page → href: what is missing`. `files` are every built file as a
 * path from the site root (`/missions/kz/2021-parliamentary/index.html`, `/_astro/x.css` …).
 */
export function brokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, site: string): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const byFile = new Map(pages.map((p) => [resolveTarget(p.path, files) ?? p.path, p]));
  const idsFor = (file: string) => {
    if (!ids.has(file)) ids.set(file, idsOf(byFile.get(file)?.html ?? ''));
    return ids.get(file)!;
  };
  for (const page of pages) {
    const { document } = parseHTML(page.html);
    const refs = [...document.querySelectorAll('a[href], link[href], script[src], img[src], source[src], form[action]')].map(
      (e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action')!,
    );
    for (const ref of refs) {
      if (/^(mailto|tel):/i.test(ref)) continue;
      const url = new URL(ref, new URL(page.path, site));
      if (url.origin !== new URL(site).origin) continue;
      const file = resolveTarget(url.pathname, files);
      if (!file) {
        problems.push(`${page.path} → ${ref}: no page or file at ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsFor(file).has(fragment))
        problems.push(`${page.path} → ${ref}: ${url.pathname} has no element with id "${fragment}"`);
    }
  }
  return problems;
}
