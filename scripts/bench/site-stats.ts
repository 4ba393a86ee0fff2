/**
 * What a build produced: pages, bytes on disk, the search index, and the heaviest page a reader
 * can download (its HTML plus the stylesheets and scripts it links, each gzipped as a server would).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { folderBytes, walkFiles } from './files.ts';

export interface SiteStats {
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  largestPage: { path: string; gzipBytes: number; htmlGzipBytes: number; assets: string[] };
}

/**
 * Same-site stylesheets, scripts and module preloads an HTML page links, as root-relative paths.
 * Reads attributes in any order; external and data URLs are not part of the site's weight here.
 */
function linkedAssets(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<(?:link|script)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((v) => v !== undefined);
    const isLink = /^<link/i.test(tag);
    const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
    const url = isLink ? (rel.includes('stylesheet') || rel.includes('modulepreload') ? attr('href') : undefined) : attr('src');
    if (url && url.startsWith('/') && !url.startsWith('//')) found.add(url.split(/[?#]/)[0]!);
  }
  return [...found];
}

/** Stats of a built site in `distDir`; `candidates` largest HTML files are gzipped to find the heaviest. */
export function siteStats(distDir: string, candidates = 20): SiteStats {
  const html: { path: string; size: number }[] = [];
  for (const file of walkFiles(distDir)) if (file.endsWith('.html')) html.push({ path: file, size: statSync(file).size });
  const gz = new Map<string, number>();
  const gzipOf = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file)).length);
    return gz.get(file)!;
  };
  let largest: SiteStats['largestPage'] = { path: '', gzipBytes: 0, htmlGzipBytes: 0, assets: [] };
  for (const page of html.sort((a, b) => b.size - a.size).slice(0, candidates)) {
    const assets = linkedAssets(readFileSync(page.path, 'utf8'));
    const htmlGzipBytes = gzipOf(page.path);
    const total = htmlGzipBytes + assets.reduce((n, a) => n + safeSize(() => gzipOf(join(distDir, a))), 0);
    if (total > largest.gzipBytes) largest = { path: '/' + relative(distDir, page.path).split(sep).join('/'), gzipBytes: total, htmlGzipBytes, assets };
  }
  return {
    pages: html.length,
    distBytes: folderBytes(distDir),
    pagefindBytes: folderBytes(join(distDir, 'pagefind')),
    largestPage: largest,
  };
}

function safeSize(f: () => number): number {
  try {
    return f();
  } catch {
    return 0; // a linked file that is not in dist/ (a broken link is the link checker's business)
  }
}
