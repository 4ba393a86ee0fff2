/**
 * Where the translation of an entry's body lives: beside the entry, named like it with the language
 * before the extension (`statements/2021/2021-01-04-x.mdx` → `2021-01-04-x.ru.mdx`), so a reviewer sees
 * the two side by side and a third language adds files, not folders.
 */
import { DEFAULT_LOCALE, PUBLISHED_LOCALES } from '../i18n/locales.ts';
import { COLLECTION_FACTS, COLLECTION_NAMES, type CollectionName } from './collections.ts';
import { entryId } from './ids.ts';

/**
 * The languages content is translated into: every published language but the one it is written in
 * (the pseudo-locale of the tests has no content of its own; its pages show the English, marked).
 */
export const TRANSLATED_LOCALES: readonly string[] = PUBLISHED_LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/** Each language's English name, for the check's messages. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', ru: 'Russian' };

const translationName = new RegExp(`^(.*)\\.(${TRANSLATED_LOCALES.join('|')})(\\.mdx?)$`);

/** Collections whose entries have a body to translate. */
const hasBodies = (collection: CollectionName): boolean => COLLECTION_FACTS[collection].extensions.includes('.mdx');

export const BODY_COLLECTIONS = COLLECTION_NAMES.filter(hasBodies);

/** For a translation file (`2021/2021-01-04-x.ru.mdx` under statements/): the entry it translates and its language. */
export function translationOf(collection: CollectionName, within: string): { id: string; locale: string } | undefined {
  const m = hasBodies(collection) ? translationName.exec(within) : null;
  return m ? { id: entryId(collection, `${m[1]}${m[3]}`), locale: m[2]! } : undefined;
}

/** The translation's path below its collection folder, for the entry at `file` (relative to the repository). */
export function translationFile(file: string, locale: string): string {
  return file.replace(/^content\/[^/]+\//, '').replace(/(\.mdx?)$/, `.${locale}$1`);
}

/** The globs of translations in every language, below a collection's folder, for Astro's loaders. */
export function translationPatterns(): string[] {
  return TRANSLATED_LOCALES.map((locale) => `**/*.${locale}.{md,mdx}`);
}

/** The id of a translation in the `translations` collection: `statements/2021-01-04-x/ru` for `statements/2021/2021-01-04-x.ru.mdx`. */
export function translationId(path: string): string {
  const [collection, ...rest] = path.replace(/\\/g, '/').split('/');
  const of = translationOf(collection as CollectionName, rest.join('/'));
  if (!of) throw new Error(`not a translation: ${path}`);
  return bodyTranslationId(collection as CollectionName, of.id, of.locale);
}

/** The id under which an entry's body in `locale` is loaded. */
export const bodyTranslationId = (collection: CollectionName, id: string, locale: string): string => `${collection}/${id}/${locale}`;
