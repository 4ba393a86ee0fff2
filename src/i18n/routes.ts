/**
 * The language as route data. Every page the archive publishes in each language lives once, under
 * `src/pages/[...locale]/`; its paths are generated per locale here, so adding a language adds no
 * page file. The `locale` segment is absent for the default language (English keeps the unprefixed
 * addresses it was first cited under) and is the language's code for every other one.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

/** The value of the `[...locale]` segment in a language: `undefined` (no segment) for the default. */
function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/**
 * The language a request's `locale` parameter names. A route outside `src/pages/[...locale]/` (the
 * citation files, the open data) has none and is published once, in the default language.
 */
export function localeOfParam(param: string | undefined): Locale {
  if (param === undefined) return DEFAULT_LOCALE;
  const locale = LOCALES.find((l) => l !== DEFAULT_LOCALE && l === param);
  if (!locale) throw new RangeError(`not a language of the archive: ${JSON.stringify(param)}`);
  return locale;
}

type Path = { params: Record<string, string | number | undefined>; props?: Record<string, unknown> };
type Localized<P extends Path> = P & { params: P['params'] & { locale: string | undefined } };

/**
 * A localized route's `getStaticPaths`: the same pages in every language, each with its language's
 * `locale` segment. The pages' own paths are worked out once and shared by the languages; their props
 * keep their types, so `Astro.props` is typed as the page's own paths say.
 */
export function inEveryLocale<P extends Path = { params: Record<string, never> }>(
  paths: () => P[] | Promise<P[]> = () => [{ params: {} } as P],
  locales: readonly Locale[] = LOCALES,
): () => Promise<Localized<P>[]> {
  return async () => {
    const own = await paths();
    return locales.flatMap((locale) => own.map((path) => ({ ...path, params: { ...path.params, locale: localeParam(locale) } })));
  };
}
