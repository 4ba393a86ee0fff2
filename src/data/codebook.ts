/**
 * The codebook: every field of every collection with its type, whether it is required, what it
 * means and which values it allows, read from the JSON Schemas, whose descriptions are the Zod
 * schemas' `.describe()` texts. A field described in a schema is described here; nothing is
 * written twice.
 */
import { ISO_DAY, ISO_PARTIAL_DATE } from '../format/patterns.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { translator, type MessageKey, type Translate } from '../i18n/translate.ts';
import { ALL_VOCABULARIES } from '../i18n/vocabulary.ts';
import { flatFields, flatHeader, leadColumns, SOURCE_DATE, type FlatTable } from './flat.ts';
import { joinKeysOf } from './join-keys.ts';
import type { CollectionName } from '../archive/collections.ts';

export interface CodebookField {
  /** Dotted path; `[]` marks the items of a list: `observers[].count`. */
  path: string;
  /** The type in words, in the codebook's language. */
  type: string;
  required: boolean;
  description?: string;
  /**
   * Allowed values, with the label pages show in the codebook's language where the archive has one
   * (a label that only repeats the value is left out), and the label in the other language.
   */
  allowed?: { value: string; label?: string; other?: { label: string; lang: Locale } }[];
  /** The pattern a text must match, for ids and dates. */
  pattern?: string;
  default?: unknown;
  minimum?: number;
}

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  default?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  anyOf?: JsonSchema[];
};

/** Labels, in every language, of a closed vocabulary whose values are exactly `values`, when there is one. */
function labelsFor(values: readonly string[]): Record<Locale, Record<string, string>> | undefined {
  for (const v of Object.values(ALL_VOCABULARIES)) {
    const keys = Object.keys(v.en);
    if (keys.length === values.length && keys.every((k, i) => k === values[i])) return v as Record<Locale, Record<string, string>>;
  }
  return undefined;
}

/** JSON Schema types in words: the singular and the plural message of each. */
const TYPE_WORDS = {
  string: ['codebook.type.text', 'codebook.type.texts'],
  integer: ['codebook.type.wholeNumber', 'codebook.type.wholeNumbers'],
  number: ['codebook.type.number', 'codebook.type.numbers'],
  boolean: ['codebook.type.boolean', 'codebook.type.booleans'],
  object: ['codebook.type.object', 'codebook.type.objects'],
} as const;

function typeOf(s: JsonSchema, t: Translate, plural = false): string {
  if (s.enum) return t('codebook.type.oneOf');
  if (s.type === 'array') {
    if (!s.items) return t('codebook.type.list');
    if (s.items.enum) return t('codebook.type.listOfValues');
    return t('codebook.type.listOf', { items: typeOf(s.items, t, true) });
  }
  const words = s.properties ? TYPE_WORDS.object : TYPE_WORDS[String(s.type) as keyof typeof TYPE_WORDS];
  if (words) return t(words[plural ? 1 : 0]);
  if (s.anyOf) return s.anyOf.map((x) => typeOf(x, t)).reduce((first, second) => t('codebook.type.or', { first, second }));
  return t('codebook.type.any');
}

/** Patterns readers meet again and again, in words. */
const PATTERN_WORDS: Record<string, MessageKey> = {
  [ISO_DAY.source]: 'codebook.pattern.day',
  [ISO_PARTIAL_DATE.source]: 'codebook.pattern.partialDate',
  '^[a-z0-9]+(?:[-/][a-z0-9]+)*$': 'codebook.pattern.id',
};

/** What a text must look like, in words where the pattern is a common one. */
export function patternInWords(pattern: string, locale: Locale): { words: string } | { pattern: string } {
  const key = PATTERN_WORDS[pattern];
  return key ? { words: translator(locale)(key) } : { pattern };
}

/**
 * A description split at Markdown code spans (the schemas write values as `kz`), so a page can set
 * them as code without reading the text as HTML.
 */
export function codeSpans(text: string): { text: string; code: boolean }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? { text: part.slice(1, -1), code: true } : { text: part, code: false }));
}

/** The allowed values of a field with their labels in `locale` and in the other language. */
function allowedValues(values: readonly string[], locale: Locale): NonNullable<CodebookField['allowed']> {
  const labels = labelsFor(values);
  const other = LOCALES.find((l) => l !== locale)!;
  return values.map((value) => {
    const own = labels?.[locale][value];
    const theirs = labels?.[other][value];
    return {
      value,
      ...(own && own !== value ? { label: own } : {}),
      ...(theirs && theirs !== value ? { other: { label: theirs, lang: other } } : {}),
    };
  });
}

/** The fields of one collection's schema, depth first, in the schema's order, described in `locale`. */
function codebookFields(jsonSchema: object, locale: Locale): CodebookField[] {
  const t = translator(locale);
  const schema = jsonSchema as JsonSchema;
  const out: CodebookField[] = [];
  const walk = (s: JsonSchema, prefix: string) => {
    const required = new Set(s.required ?? []);
    for (const [key, field] of Object.entries(s.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const values = (field.enum ?? field.items?.enum) as string[] | undefined;
      const min = field.minimum ?? field.exclusiveMinimum;
      out.push({
        path,
        type: typeOf(field, t),
        required: required.has(key) && field.default === undefined,
        // A list described only on its items (`countries: [countryRef()]`) takes the items' text.
        ...((field.description ?? field.items?.description) ? { description: field.description ?? field.items?.description } : {}),
        ...(values ? { allowed: allowedValues(values, locale) } : {}),
        ...((field.pattern ?? field.items?.pattern) ? { pattern: field.pattern ?? field.items?.pattern } : {}),
        ...(field.default !== undefined ? { default: field.default } : {}),
        ...(min !== undefined ? { minimum: field.exclusiveMinimum !== undefined && field.type === 'integer' ? min + 1 : min } : {}),
      });
      if (field.type === 'object' || field.properties) walk(field, path);
      if (field.type === 'array' && field.items?.properties) walk(field.items, `${path}[]`);
    }
  };
  walk(schema, '');
  return out;
}

/** The `id` every record carries beside its fields (JSON and CSV), described like a field. */
function idField(locale: Locale): CodebookField {
  return {
    path: 'id',
    type: translator(locale)('codebook.type.text'),
    required: true,
    description: 'The entry’s id: its file path in content/ without extension, which is also its page address.',
    pattern: '^[a-z0-9]+(?:[-/][a-z0-9]+)*$',
  };
}

/** The fields of a collection's records: `id`, every field of its schema (`codebookFields`), then its join keys. */
export function recordFields(collection: CollectionName, jsonSchema: object, locale: Locale): CodebookField[] {
  const text = translator(locale)('codebook.type.text');
  const keys = joinKeysOf(collection).map((k) => ({ path: k.name, type: text, required: false, description: k.description, pattern: k.schema.pattern }));
  return [idField(locale), ...codebookFields(jsonSchema, locale), ...keys];
}

/**
 * The columns of a flat table, in the order of its header, each described: the columns naming the
 * entry a fact belongs to, the fact's fields as the collection's codebook describes them (under
 * `<field>[].`), and `sourceDate`. Every column of the file has its row, and nothing else.
 */
export function flatCodebookFields(table: FlatTable, collectionSchema: object, locale: Locale): CodebookField[] {
  const text = translator(locale)('codebook.type.text');
  const prefix = `${table.field}[].`;
  const described = new Map(
    codebookFields(collectionSchema, locale)
      .filter((f) => f.path.startsWith(prefix))
      .map((f) => [f.path.slice(prefix.length), f]),
  );
  const own = new Map([...leadColumns(table), SOURCE_DATE].map((c) => [c.name, c.description]));
  return flatHeader(table, flatFields(collectionSchema, table)).map((name) => {
    const field = described.get(name);
    if (field) return { ...field, path: name };
    return { path: name, type: text, required: true, description: own.get(name) ?? '' };
  });
}
