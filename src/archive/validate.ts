/**
 * Schema validation of one file, with Zod's issues turned into located, editor-friendly problems.
 */
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import type { SourceFile } from './source-file.ts';

type Issue = z.core.$ZodIssue;

/** Unknown fields reported one by one, at most; the rest are counted. */
const MAX_UNKNOWN_FIELDS = 20;

export interface Validated<T> {
  data?: T;
  problems: Problem[];
}

/** Parses `source.data` with `schema`; on failure returns one problem per Zod issue. */
export function validateFile<T>(source: SourceFile, schema: z.ZodType<T>, what: string): Validated<T> {
  if (source.data === undefined) return { problems: [] };
  const result = schema.safeParse(source.data);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.flatMap((issue) => issueToProblems(source, issue, schema, what)) };
}

function issueToProblems(source: SourceFile, issue: Issue, schema: z.ZodType, what: string): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, issue.path);
    // Each is located and matched against the known names; past a screenful that says nothing new.
    const shown = issue.keys.slice(0, MAX_UNKNOWN_FIELDS);
    const rest = issue.keys.length - shown.length;
    const more: Problem[] =
      rest > 0
        ? [
            {
              file: source.file,
              ...source.locate(issue.path),
              field: fieldName(issue.path) || '(frontmatter)',
              message: `has ${rest.toLocaleString('en')} more fields that are not fields of ${issue.path.length ? `\`${fieldName(issue.path)}\`` : what}`,
            },
          ]
        : [];
    return [
      ...shown.map((key) => {
        const path = [...issue.path, key];
        const hint = closest(key, known);
        return {
          file: source.file,
          ...source.locate(path),
          field: fieldName(path),
          message:
            `is not a field of ${issue.path.length ? `\`${fieldName(issue.path)}\`` : what}` +
            (hint ? ` — did you mean \`${hint}\`?` : ` — expected one of: ${known.join(', ')}`),
        };
      }),
      ...more,
    ];
  }
  const value = valueAt(source.data, issue.path);
  const missing = value === undefined;
  const expected = issue.message;
  let message: string;
  if (missing) message = `is missing — ${expected}`;
  else if (typeof value === 'number' && !Number.isFinite(value))
    // JSON has no word for these (it would print null): say what YAML read.
    message = `is ${Number.isNaN(value) ? '.nan, which YAML reads as "not a number"' : `${value > 0 ? '' : '-'}.inf, which YAML reads as infinity`} — ${expected.startsWith('expected') ? expected : 'expected a number written in digits'}`;
  else if (expected.startsWith('expected') && (typeof value !== 'object' || value === null)) message = `is ${shown(value)} — ${expected}`;
  else if (expected.startsWith('expected')) message = `has the wrong form — ${expected}`;
  else message = expected;
  return [{ file: source.file, ...source.locate(issue.path), field: fieldName(issue.path) || '(frontmatter)', message }];
}

/** Values quoted in messages are cut short: a message must fit a line, whatever the value's size. */
const SHOWN_CHARACTERS = 80;

/** A scalar as a message quotes it: JSON, shortened to its start when long. */
function shown(value: unknown): string {
  if (typeof value !== 'string' || value.length <= SHOWN_CHARACTERS) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, SHOWN_CHARACTERS)).slice(0, -1)}…" (${value.length.toLocaleString('en')} characters)`;
}

/** `observers.2.count` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

/** The field names a strict object at `path` accepts, for "did you mean" hints. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let cur = s as { def?: { type?: string; innerType?: unknown; in?: unknown; schema?: unknown; element?: unknown; out?: unknown } };
    for (let i = 0; i < 10 && cur?.def; i++) {
      const def = cur.def;
      if (def.innerType) cur = def.innerType as typeof cur;
      else if (def.type === 'pipe') cur = (def.in && (def.in as typeof cur).def?.type !== 'transform' ? def.in : def.out) as typeof cur;
      else break;
    }
    return cur;
  };
  for (const key of path) {
    node = unwrap(node);
    const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && def.shape) node = def.shape[String(key)];
    else if (def?.type === 'array') node = def.element;
    else return [];
  }
  node = unwrap(node);
  const shape = (node as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** The known key nearest to a misspelt one, if it is plausibly a typo. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
