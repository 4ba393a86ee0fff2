/**
 * Which texts a reader sees are translated, and which translations an entry still lacks.
 *
 * Every object of an entry that holds reader-facing text carries its translations beside it, in a
 * block named for the language (`ru:`), so a translation is reviewed next to what it translates: a
 * finding's `summary` and its `ru.summary`, a milestone's `note` and its `ru.note`. The schemas
 * declare those blocks; this module reads the declarations back, so the list of translated fields has
 * one home (the schema) and the check can say, field by field, what is missing.
 */
import type { z } from 'astro/zod';

/** Translations given only where an established one exists (a person's name in Cyrillic print). */
const AS_NEEDED = new WeakSet<z.ZodType>();

/** Marks a translation field as given only where one is established, so its absence is no problem. */
export function asNeeded<T extends z.ZodType>(schema: T): T {
  AS_NEEDED.add(schema);
  return schema;
}

/** A text that has no translation: the object it sits in, and the key it has in English. */
export interface MissingTranslation {
  path: (string | number)[];
  key: string;
}

type Def = { type: string; innerType?: z.ZodType; out?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional, default, nullable and preprocess wrappers: the one that holds the data. */
function core(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.out) s = def.out;
    else return s;
  }
}

/** Every translated text of `data` into `locale`, with its path: each string of each `locale` block. */
export function translatedTexts(data: unknown, locale: string): { path: (string | number)[]; text: string }[] {
  const found: { path: (string | number)[]; text: string }[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (key === locale && v !== null && typeof v === 'object') {
          for (const [k, text] of Object.entries(v)) if (typeof text === 'string') found.push({ path: [...path, locale, k], text });
        } else walk(v, [...path, key]);
      }
  };
  walk(data, []);
  return found;
}

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/**
 * Every text of `data` whose translation into `locale` is missing, found by walking `data` along its
 * schema: wherever an object's schema declares a `locale` block, each key of that block the object has
 * in English must have its translation there, unless the key is marked `asNeeded`.
 */
export function missingTranslations(schema: z.ZodType, data: unknown, locale: string): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  const walk = (s: z.ZodType, value: unknown, path: (string | number)[]) => {
    const def = defOf(core(s));
    if (def.type === 'array' && def.element && Array.isArray(value)) {
      value.forEach((item, i) => walk(def.element!, item, [...path, i]));
      return;
    }
    if (def.type !== 'object' || !def.shape || value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const block = def.shape[locale];
    if (block) {
      const translated = (record[locale] ?? {}) as Record<string, unknown>;
      for (const [key, field] of Object.entries(defOf(core(block)).shape ?? {}))
        if (!AS_NEEDED.has(field) && hasText(record[key]) && !hasText(translated[key])) missing.push({ path, key });
    }
    for (const [key, field] of Object.entries(def.shape)) if (key !== locale && record[key] !== undefined) walk(field, record[key], [...path, key]);
  };
  walk(schema, data, []);
  return missing;
}
