/**
 * Permanent URLs: `published-urls.txt` lists every URL the archive has published. A URL may
 * disappear from the build only if a redirect takes its place; a new URL must be added to the list,
 * so that from then on it is protected too.
 */
export function parseUrlList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export interface UrlReport {
  /** Published, not built, no redirect: a broken promise. */
  missing: string[];
  /** Built but not yet in the list. */
  unlisted: string[];
}

export function compareUrls(published: readonly string[], built: readonly string[], redirects: Readonly<Record<string, string>>): UrlReport {
  const builtSet = new Set(built);
  const publishedSet = new Set(published);
  const redirected = new Set(Object.keys(redirects).map((from) => (from.endsWith('/') ? from : `${from}/`)));
  return {
    missing: published.filter((u) => !builtSet.has(u) && !redirected.has(u)),
    unlisted: built.filter((u) => !publishedSet.has(u)),
  };
}
