/**
 * The codebook: every field of every collection with its type, whether it is required, what it
 * means and which values it allows, read from the JSON Schemas, whose descriptions are the Zod
 * schemas' `.describe()` texts. A field described in a schema is described here; nothing is
 * written twice.
 */
import * as vocabularies from '../schemas/vocabulary.ts';
import { ISO_DAY, ISO_PARTIAL_DATE } from '../format/patterns.ts';

export interface CodebookField {
  /** Dotted path; `[]` marks the items of a list: `observers[].count`. */
  path: string;
  type: string;
  required: boolean;
  description?: string;
  /** Allowed values, with the label pages show where the archive has one. */
  allowed?: { value: string; label?: string }[];
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

/** Labels of a closed vocabulary whose values are exactly `values`, when there is one. */
function labelsFor(values: readonly string[]): Record<string, string> | undefined {
  for (const v of Object.values(vocabularies)) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    const keys = Object.keys(v);
    if (keys.length === values.length && keys.every((k, i) => k === values[i])) return v as Record<string, string>;
  }
  return undefined;
}

const TYPE_WORDS: Record<string, string> = { string: 'text', integer: 'whole number', number: 'number', boolean: 'true or false', object: 'object' };
const PLURAL: Record<string, string> = {
  text: 'texts',
  'whole number': 'whole numbers',
  number: 'numbers',
  'true or false': 'true or false values',
  object: 'objects',
};

function typeOf(s: JsonSchema): string {
  if (s.enum) return 'one of a list';
  if (s.type === 'array') {
    if (!s.items) return 'list';
    if (s.items.enum) return 'list of values from a list';
    const item = typeOf(s.items);
    return `list of ${PLURAL[item] ?? item}`;
  }
  if (s.properties) return 'object';
  if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
  return TYPE_WORDS[String(s.type)] ?? 'any value';
}

/** Patterns readers meet again and again, in words. */
const PATTERN_WORDS: Record<string, string> = {
  [ISO_DAY.source]: 'a date written YYYY-MM-DD',
  [ISO_PARTIAL_DATE.source]: 'a date written YYYY-MM-DD, YYYY-MM or YYYY',
  '^[a-z0-9]+(?:[-/][a-z0-9]+)*$': 'an id: lower-case letters and digits joined by hyphens (and a slash in mission ids)',
};

/** What a text must look like, in words where the pattern is a common one. */
export function patternInWords(pattern: string): { words: string } | { pattern: string } {
  const words = PATTERN_WORDS[pattern];
  return words ? { words } : { pattern };
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

/** The fields of one collection's schema, depth first, in the schema's order. */
export function codebookFields(jsonSchema: object): CodebookField[] {
  const schema = jsonSchema as JsonSchema;
  const out: CodebookField[] = [];
  const walk = (s: JsonSchema, prefix: string) => {
    const required = new Set(s.required ?? []);
    for (const [key, field] of Object.entries(s.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const values = (field.enum ?? field.items?.enum) as string[] | undefined;
      const labels = values && labelsFor(values);
      const min = field.minimum ?? field.exclusiveMinimum;
      out.push({
        path,
        type: typeOf(field),
        required: required.has(key) && field.default === undefined,
        // A list described only on its items (`countries: [countryRef()]`) takes the items' text.
        ...((field.description ?? field.items?.description) ? { description: field.description ?? field.items?.description } : {}),
        ...(values ? { allowed: values.map((value) => ({ value, ...(labels?.[value] && labels[value] !== value ? { label: labels[value] } : {}) })) } : {}),
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
