/** The published URLs of a built site: its pages (as directory URLs) and its downloadable files. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Files that are part of the archive's public address space (not build assets or the search index):
 * pages, vCards, and the open data, feeds, calendars and citation files others link to. The numbered
 * sitemap files are not: their names follow the sitemap's size, and robots.txt points to the index.
 */
const PUBLISHED = /\.(html|vcf|csv|json|xml|ics|bib|ris|txt)$/;
const NOT_PUBLISHED = /^sitemap-\d+\.xml$/;

export function publishedFiles(distDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (PUBLISHED.test(name) && !NOT_PUBLISHED.test(name)) {
        const rel = relative(distDir, path).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(distDir);
  return out.sort();
}

/** Every file of the build as a path from the site root, for link checking. */
export function allFiles(distDir: string): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.add(`/${relative(distDir, path).split(sep).join('/')}`);
    }
  };
  walk(distDir);
  return out;
}
