/**
 * The body a country, mission or statement page renders: on a page in another language than the
 * content's, the body's translation (`x.ru.mdx` beside `x.mdx`) where the archive holds one, else the
 * English body, which `Prose.astro` then marks as English.
 */
import type { Archive, Country, Mission, Statement } from '../archive/query.ts';
import { bodyTranslationId } from '../archive/translations.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

type Translation = NonNullable<ReturnType<Archive['translation']['get']>>;

export interface BodyView {
  /** The entry whose body is rendered: the page's own, or its translation into the page's language. */
  entry: Country | Mission | Statement | Translation;
  translated: boolean;
}

/** Which body `entry`'s page renders in `locale`. */
export function bodyView(entry: Country | Mission | Statement, archive: Archive, locale: Locale): BodyView {
  // An English page never looks for a translation: the content is written in English.
  const translation = locale === DEFAULT_LOCALE ? undefined : archive.translation.get(bodyTranslationId(entry.collection, entry.id, locale));
  return translation ? { entry: translation, translated: true } : { entry, translated: false };
}
