/**
 * The codebook page's view model: every field of every collection, its type, whether it is
 * required and its allowed values with their labels in both languages, in the page's language.
 * The meanings come from the schemas' descriptions, which are English: the page marks them so.
 */
import { downloadUrl } from '../../data/catalogue.ts';
import { flatCodebookFields, patternInWords, recordFields, type CodebookField } from '../../data/codebook.ts';
import { FLAT_TABLES } from '../../data/flat.ts';
import { COLLECTIONS, DATA_VERSION } from '../../data/records.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { translator, type Translate } from '../../i18n/translate.ts';
import { jsonSchemaFor } from '../../schemas/json-schema.ts';
import { around } from '../slots.ts';
import type { ColumnHead } from '../tables.ts';

/** The caption's words before and after the collection's name. */
function captionAround(t: Translate, collection: string): { before: string; after: string } {
  const [before, after] = around(t, 'codebook.caption', 'collection', { collection });
  return { before, after };
}

export interface CodebookView {
  title: string;
  description: string;
  heading: string;
  lede: { before: string; link: { href: string; text: string }; after: string };
  collectionsLabel: string;
  columns: ColumnHead[];
  words: { yes: string; no: string; undescribed: string; default: string; matching: string; files: string; schema: string; otherLanguage: string };
  /** One book per file kind: each collection (its JSON, CSV and schema), then each flat table (its CSV). */
  books: {
    /** The collection's or the flat table's name, also the book's anchor. */
    collection: string;
    /** The caption around the name, which the page marks as English. */
    caption: { before: string; after: string };
    files: { json?: string; csv: string; schema?: string };
    fields: (CodebookField & { minimumText?: string; patternText?: { words: string } | { pattern: string } })[];
  }[];
}

export function codebookView(locale: Locale): CodebookView {
  const t = translator(locale);
  const described = (f: CodebookField) => ({
    ...f,
    ...(f.minimum !== undefined ? { minimumText: t('codebook.minimum', { minimum: String(f.minimum) }) } : {}),
    ...(f.pattern ? { patternText: patternInWords(f.pattern, locale) } : {}),
  });
  return {
    title: t('codebook.title', { version: DATA_VERSION }),
    description: t('codebook.description'),
    heading: t('codebook.heading'),
    lede: {
      before: t('codebook.ledeBefore'),
      link: { href: localizedPath(locale, '/data/'), text: t('codebook.ledeLink') },
      after: t('codebook.ledeAfter', { version: DATA_VERSION }),
    },
    collectionsLabel: t('codebook.collections'),
    columns: (['field', 'type', 'required', 'meaning', 'allowed'] as const).map((c) => ({ text: t(`codebook.column.${c}`) })),
    words: {
      yes: t('codebook.yes'),
      no: t('codebook.no'),
      undescribed: t('codebook.undescribed'),
      default: t('codebook.default'),
      matching: t('codebook.matching'),
      files: t('codebook.files'),
      schema: t('codebook.schema'),
      otherLanguage: t('codebook.otherLanguage'),
    },
    books: [
      ...COLLECTIONS.map((collection) => ({
        collection,
        caption: captionAround(t, collection),
        files: {
          json: downloadUrl(`${collection}.json`),
          csv: downloadUrl(`${collection}.csv`),
          schema: downloadUrl(`schemas/${collection}.schema.json`),
        },
        fields: recordFields(collection, jsonSchemaFor(collection), locale).map(described),
      })),
      ...FLAT_TABLES.map((table) => ({
        collection: table.name,
        caption: captionAround(t, table.name),
        files: { csv: downloadUrl(`${table.name}.csv`) },
        fields: flatCodebookFields(table, jsonSchemaFor(table.collection), locale).map(described),
      })),
    ],
  };
}
