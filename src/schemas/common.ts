/**
 * Building blocks shared by every collection schema.
 *
 * The schemas are imported both by Astro (`src/content.config.ts`) and by the maintainer CLIs in
 * `scripts/`, which run on plain Node: so this folder imports nothing but `astro/zod`, and every
 * message is written for a content editor, not a programmer.
 */
import { z } from 'astro/zod';
import { buildDate } from '../format/build-date.ts';
import { ISO_DAY, ISO_PARTIAL_DATE } from '../format/patterns.ts';
import { EMAIL_LIMIT, lengthProblem, textProblem, TEXT_LIMITS, URL_LIMIT, type TextKind } from './text.ts';

/** Lower-case ASCII words joined by hyphens: the shape of every id and slug in `content/`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The collections an entry can name. The schemas cannot take these names from the registry, which is
 * built from them; the registry (`src/archive/collections.ts`) is held to this list.
 */
export type ReferencedCollection = 'countries' | 'organizations' | 'people' | 'missions' | 'statements';

/**
 * Which collection each id field names, kept beside the schemas rather than in their metadata so the
 * published JSON Schemas stay as they are. Zod's registries follow a schema through `.describe()`
 * and the other copies it makes, so a field keeps its collection however it is refined.
 */
export const REFERENCE_FIELDS = z.registry<{ collection: ReferencedCollection }>();

/** A reference to another entry, by its id. Existence is checked by `src/archive/integrity.ts`. */
const idRef = (collection: ReferencedCollection) =>
  z
    .string({ error: `expected the id of an entry in content/${collection}/` })
    .regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/, {
      error: `expected an id of content/${collection}/ (lower-case letters, digits and hyphens)`,
    })
    .register(REFERENCE_FIELDS, { collection })
    .describe(`Id of an entry in content/${collection}/ (its file path without extension).`);

export const countryRef = () => idRef('countries').describe('ISO 3166-1 alpha-2 code in lower case, e.g. `kz`: an entry of content/countries/.');
export const organizationRef = () => idRef('organizations');
export const personRef = () => idRef('people');
export const missionRef = () => idRef('missions').describe('Mission id `<country>/<year>-<kind>`, e.g. `kz/2021-parliamentary`.');
export const statementRef = () =>
  idRef('statements').describe('Id of the statement that reports this, e.g. `2021-01-04-osce-pa-deploys-observers-kazakhstan`.');

/** True when `y-m-d` names a real calendar day (rejects 2021-02-30). */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * YAML parsers disagree on unquoted dates: the CLI's parser (YAML 1.2) keeps `2021-01-04` a string,
 * Astro's (YAML 1.1) turns it into a Date. Both are accepted and normalised to the ISO string, so a
 * page and the check see the same value.
 */
function dateToIso(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

/**
 * The years a date in the archive can plausibly fall in: international observation as the archive
 * records it starts with the Copenhagen commitments of 1990, and announcements reach a few years
 * ahead at most. A year outside is a typo (`0050`, `2201`), and the message says which years fit.
 */
export const FIRST_YEAR = 1990;
export const lastYear = (): number => Number(buildDate().slice(0, 4)) + 10;
const yearInRange = (s: string) => {
  const year = Number(s.slice(0, 4));
  return !/^\d{4}/.test(s) || (year >= FIRST_YEAR && year <= lastYear());
};
const yearOutOfRange = () => ({ error: `expected a year from ${FIRST_YEAR} to ${lastYear()}, the years the archive covers`, abort: true });

/** A calendar day written `YYYY-MM-DD`. */
export const isoDate = () =>
  z.preprocess(
    dateToIso,
    z
      .string({ error: 'expected a date written YYYY-MM-DD, e.g. 2021-01-10' })
      .refine((s) => ISO_DAY.test(s), { error: 'expected a date written YYYY-MM-DD, e.g. 2021-01-10', abort: true })
      .refine(yearInRange, yearOutOfRange())
      .refine(
        (s) => {
          const m = ISO_DAY.exec(s);
          return !m || isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
        },
        { error: 'is not a day of the calendar — expected a real date written YYYY-MM-DD' },
      ),
    // The JSON Schema for editors cannot see through the preprocess step; say what the input is.
  ).meta({ type: 'string', pattern: ISO_DAY.source });

/**
 * A day, a month or a year (`2021-01-10`, `2005-10`, `2021`): sources often give only "since October"
 * or "in the spring", and the archive must not pretend to know more than they say.
 */
export const partialDate = () =>
  z.preprocess(
    dateToIso,
    z
      .string({ error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY' })
      .refine((s) => ISO_PARTIAL_DATE.test(s), { error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY', abort: true })
      .refine(yearInRange, yearOutOfRange())
      .refine(
        (s) => {
          const m = ISO_PARTIAL_DATE.exec(s);
          if (!m) return true;
          const month = m[2] ? Number(m[2]) : 1;
          if (month < 1 || month > 12) return false;
          return !m[3] || isCalendarDay(Number(m[1]), month, Number(m[3]));
        },
        { error: 'is not a date of the calendar — expected YYYY-MM-DD, YYYY-MM or YYYY' },
      ),
  ).meta({ type: 'string', pattern: ISO_PARTIAL_DATE.source });

/**
 * A string schema held to what a text of `kind` may be (see `./text.ts`): its length, then its
 * characters. A text too long is reported for that alone: a megabyte has nothing more to say.
 */
const held = <S extends z.ZodString>(schema: S, kind: TextKind, what: string) =>
  schema
    .max(TEXT_LIMITS[kind], { error: (issue) => lengthProblem(String(issue.input), TEXT_LIMITS[kind], what), abort: true })
    .superRefine((value, ctx) => {
      const problem = textProblem(value, kind, what);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** A short text that must say something: a name, a title or a few sentences of prose. */
export const text = (what: string, kind: TextKind) =>
  held(z.string({ error: `expected ${what} (text)` }).trim().min(1, { error: `expected ${what}, not an empty text` }), kind, what);

/** An optional text of `kind`, kept as written. */
export const plainText = (what: string, kind: TextKind) => held(z.string(), kind, what);

/**
 * Text a maintainer wrote in Russian (a translated title, name or summary). It must be written in
 * Cyrillic: English pasted into a translation field would otherwise be shown as Russian.
 */
export const russianText = (what: string, kind: TextKind) =>
  text(what, kind).refine((s) => s.length === 0 || /\p{Script=Cyrillic}/u.test(s), { error: `expected ${what} in Russian, written in Cyrillic` });

/**
 * The Russian versions of an entry's short texts, as one optional block `ru:` in the entry itself, so a
 * translation is reviewed with what it translates. Unknown keys are refused like everywhere else.
 */
export const russian = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape).optional().describe('Russian versions of the texts beside it, written by a maintainer (never machine-translated unreviewed).');

/** A list of references with no repeats: a repeat is always a copy-paste slip. */
export const uniqueList = <T extends z.ZodType<string>>(item: T, what: string) =>
  z.array(item, { error: `expected a list of ${what}` }).refine((xs) => new Set(xs).size === xs.length, {
    error: `lists the same ${what} twice — each may appear once`,
  });

/** An email address as published by a source. */
export const email = () =>
  z.email({ error: 'expected an email address such as press@example.org' }).max(EMAIL_LIMIT, {
    error: (issue) => lengthProblem(String(issue.input), EMAIL_LIMIT, 'an email address'),
  });

/**
 * Why a web address may not be published, or undefined. A user part (`https://www.osce.org@evil.example/`)
 * makes an address read as one site and lead to another; a space or control character is dropped
 * by browsers but kept by every other reader of the text (a RIS line, a CSV cell).
 */
function webUrlProblem(url: string): string | undefined {
  const length = lengthProblem(url, URL_LIMIT, 'a web address');
  if (length) return length;
  const blank = /[\p{Cc}\p{Cf}\p{Z}]/u.exec(url);
  if (blank) return `has a space or invisible character at character ${[...url.slice(0, blank.index)].length + 1} — expected a web address without spaces; write a space as %20`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.username || parsed.password)
    return `names the user "${parsed.username || `:${parsed.password}`}" before the site, so it reads as that site and leads to ${parsed.hostname} — expected the site's own address, without a user part`;
  return undefined;
}

/** An http(s) address; other schemes (javascript:, data:) have no business in the archive, nor has a user part. */
export const webUrl = () =>
  z.url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://' }).superRefine((url, ctx) => {
    const problem = webUrlProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
