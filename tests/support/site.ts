/** The built site as files: every HTML page under `dist/`, as the URL path it is served at. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedFiles } from '../gates/site-files.ts';

export function builtPages(distDir: string): string[] {
  return publishedFiles(distDir).filter((url) => url.endsWith('/') || url.endsWith('.html'));
}

/** The HTML of a page by its URL path. */
export function pageHtml(distDir: string, urlPath: string): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(join(distDir, file), 'utf8');
}
