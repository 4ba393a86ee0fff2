/** The built site as files: every HTML page under `dist/`, as the URL path it is served at. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedFiles } from '../gates/site-files.ts';

export function builtPages(distDir: string): string[] {
  return publishedFiles(distDir).filter((url) => (url.endsWith('/') || url.endsWith('.html')) && !isRedirect(pageHtml(distDir, url)));
}

/**
 * Astro's stand-in for a moved URL (src/archive/redirects.ts): a refresh to the new address, served
 * so that links others made keep working, but no page of the archive to hold to the pages' rules.
 */
export function isRedirect(html: string): boolean {
  return /^<!doctype html><title>Redirecting to: [^<]*<\/title><meta http-equiv="refresh"/i.test(html);
}

/** The HTML of a page by its URL path. */
export function pageHtml(distDir: string, urlPath: string): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(join(distDir, file), 'utf8');
}
