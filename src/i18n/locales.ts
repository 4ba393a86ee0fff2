/**
 * The languages the archive is published in, and where each one's pages live. English keeps the
 * unprefixed URLs it has always had (they are cited); every other language lives under its own
 * prefix with the same paths: `/countries/kz/` and `/ru/countries/kz/`.
 *
 * `astro.config.mjs` builds Astro's i18n settings from these constants, so the router, the
 * language switcher, `hreflang` and the benchmark's fair floor all read one list.
 */
/** The languages the archive is published in. */
export const PUBLISHED_LOCALES = ['en', 'ru'] as const;
/** The pseudo-locale (`src/i18n/pseudo.ts`): English accented and longer, never published. */
export const PSEUDO_LOCALE = 'en-xa';
export type Locale = (typeof PUBLISHED_LOCALES)[number] | typeof PSEUDO_LOCALE;

/**
 * The languages of this build: the published ones, and the pseudo-locale when `ARCHIVE_PSEUDO_LOCALE`
 * is set. Read where the code runs at build time (the search page's script never reaches it).
 */
export const LOCALES: readonly Locale[] = globalThis.process?.env?.ARCHIVE_PSEUDO_LOCALE ? [...PUBLISHED_LOCALES, PSEUDO_LOCALE] : PUBLISHED_LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

/** The languages published under a prefix of their own. */
export const OTHER_LOCALES: readonly Locale[] = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/** Each language's name in itself, as a language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', 'en-xa': 'Ƥšéûûđöö' };

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `/countries/kz/` in a language: `/countries/kz/` for English, `/ru/countries/kz/` for Russian. */
export function localizedPath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new RangeError(`not a site path: ${path}`);
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The language of a site path and the path without its prefix: `/ru/countries/kz/` → `ru`, `/countries/kz/`. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2}(?:-[a-z]{2})?)(\/.*)?$/.exec(pathname);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) return { locale: match[1], path: match[2] ?? '/' };
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** The same page in every language, for `hreflang` alternates and the language switcher. */
export function alternates(pathname: string): { locale: Locale; path: string }[] {
  const { path } = splitLocale(pathname);
  return LOCALES.map((locale) => ({ locale, path: localizedPath(locale, path) }));
}

/**
 * A site path in a language whether or not it already carries that language's prefix: for
 * components that take addresses from many callers (`PagedList`, `AllLink`), so a path given with
 * its prefix and one given without it lead to the same page.
 */
export function pathIn(locale: Locale, path: string): string {
  return splitLocale(path).locale === locale ? path : localizedPath(locale, path);
}
