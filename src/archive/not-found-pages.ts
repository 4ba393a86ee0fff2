/**
 * Each language's "Page not found" page: where it is published, and which one answers an address
 * that holds nothing. A missing address under `/ru/` gets the Russian page, any other the English,
 * in production (the nginx configuration, `src/security/headers.ts`) as in `npm start`.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALES, localizedPath, splitLocale, type Locale } from '../i18n/locales.ts';

/** The page's file in a language: `/404.html`, `/ru/404.html`. */
export function notFoundPage(locale: Locale): string {
  return localizedPath(locale, '/404.html');
}

/** The page that answers a missing address: the one in the language of the address's prefix. */
export function notFoundPageFor(pathname: string): string {
  return notFoundPage(splitLocale(pathname).locale);
}

/**
 * Moves each prefixed language's page to where hosts look for it. Astro writes `src/pages/404.astro`
 * as `404.html`, but `src/pages/[...locale]/404.astro` as `ru/404/index.html` for Russian with `build.format: 'directory'`:
 * its list of status pages holds `/404` and `/500` alone (withastro/astro#7860, #16890). Run on the
 * finished build, before the sitemap and the move into `dist/`; a build without the page is left alone.
 */
export function placeNotFoundPages(outDir: string): void {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    const written = join(outDir, locale, '404', 'index.html');
    if (!existsSync(written)) continue;
    renameSync(written, join(outDir, notFoundPage(locale)));
    rmdirSync(join(outDir, locale, '404'));
  }
}
