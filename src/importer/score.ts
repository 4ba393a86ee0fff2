/**
 * How well the importer read a text, field by field, against the values a maintainer wrote by hand
 * from the same text (`*.expected.json`). One scorer for every use: the tests over the invented and the
 * real corpora, the held-out sets, and the import record kept for each real text the archive imported.
 *
 * Every expected value is one chance; a list (leaders, observer figures, milestones, people, phones,
 * emails) is one chance per expected item, and each item the importer adds that the text does not
 * support costs one more: an invented person or figure is a miss, not a free extra.
 */
import { foldName } from './archive.ts';
import type { ImportResult } from './result.ts';

/** What a maintainer wrote by hand from a text alone. Keys left out were not asked of that text. */
export interface Expected {
  url?: string;
  statement: Record<string, unknown>;
  missions: {
    id: string | null;
    type: string | null;
    exists?: boolean;
    election: { kind: string | null; rounds: string[] | null };
    organizations: string[];
  }[];
  leaders: { name: string; role: string; organization: string | null }[];
  observers: Record<string, unknown>[];
  milestones: { kind: string; status: string; date?: string }[];
  /** Names as the text prints them (Cyrillic where the text is Cyrillic). */
  people: string[];
  existingPeople?: string[];
  phones: string[];
  emails: string[];
  unplaced?: string[];
  flags?: string[];
}

/** One chance: the field, what the text says, what the importer drafted, and whether they agree. */
export interface Chance {
  field: string;
  expected: unknown;
  imported: unknown;
  right: boolean;
}

const eq = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sorted = (xs: unknown) => (Array.isArray(xs) ? [...xs].sort() : xs);

/** Statement fields scored whenever the expected values give them (a `null` counts: the text leaves it empty). */
const STATEMENT_FIELDS = ['kind', 'date', 'place', 'source', 'reportsOn', 'language', 'documentNumber'] as const;
/** Fields scored only when the expected values name them, so the invented corpus's files keep their meaning. */
const OPTIONAL_FIELDS = new Set(['reportsOn', 'documentNumber']);

/**
 * Each expected item found is right; each one missing, and each one the importer adds, is a chance
 * missed (extras not counted where `extrasCount` is false).
 */
function items<T>(field: string, expected: readonly T[], actual: readonly T[], same: (a: T, b: T) => boolean, extrasCount = true): Chance[] {
  const left = [...actual];
  const chances: Chance[] = [];
  for (const e of expected) {
    const at = left.findIndex((a) => same(e, a));
    chances.push({ field, expected: e, imported: at === -1 ? null : left[at], right: at !== -1 });
    if (at !== -1) left.splice(at, 1);
  }
  if (extrasCount) for (const a of left) chances.push({ field, expected: null, imported: a, right: false });
  return chances;
}

/** A person drafted is known by the name in Latin script and, for a Cyrillic text, the name as printed. */
function personNames(r: ImportResult): string[][] {
  return r.people.map((p) => [p.name, ...(p.ru?.name ? [p.ru.name] : [])]);
}

/** Two spellings of one name: the same letters of any script, whatever the case and diacritics. */
export function sameLetters(a: string, b: string): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-');
  return fold(a) === fold(b) || (foldName(a) !== '' && foldName(a) === foldName(b));
}

/** A leader as the misses print it: one name. */
function leaderOf(l: unknown): unknown {
  if (!l || typeof l !== 'object') return l;
  const { names, ...rest } = l as { names: string[] };
  return { name: names[0], ...rest };
}

/** Every chance of one text, in a fixed order. */
export function scoreImport(x: Expected, r: ImportResult): Chance[] {
  const chances: Chance[] = [];
  const one = (field: string, expected: unknown, imported: unknown, right = eq(imported, expected)) => chances.push({ field, expected, imported, right });
  for (const field of STATEMENT_FIELDS) {
    if (OPTIONAL_FIELDS.has(field) && x.statement[field] === undefined) continue;
    one(`statement.${field}`, x.statement[field] ?? null, r.statement[field] ?? null);
  }
  one('statement.countries', x.statement.countries, r.statement.countries, eq(sorted(r.statement.countries), sorted(x.statement.countries)));
  if (x.statement.aligningStates) one('statement.aligningStates', x.statement.aligningStates, r.statement.aligningStates);
  const xm = x.missions[0];
  const m = r.missions[0];
  one('mission', Boolean(xm), Boolean(m));
  if (xm) {
    one('mission.id', xm.id, m?.id ?? null);
    one('mission.type', xm.type, m?.type ?? null);
    one('mission.election.kind', xm.election.kind, m?.election.kind ?? null);
    one('mission.election.rounds', xm.election.rounds, m?.election.rounds ?? null);
    one('mission.organizations', xm.organizations, m?.organizations ?? null, eq(sorted(m?.organizations), sorted(xm.organizations)));
    if (xm.exists !== undefined) one('mission.exists', xm.exists, m?.exists ?? null);
  }
  // A leader is known, like any person, by the Latin name and the name a Cyrillic text prints.
  const namesOf = (id: string) => {
    const p = r.people.find((x) => x.id === id);
    return p ? [p.name, ...(p.ru?.name ? [p.ru.name] : [])] : [id];
  };
  chances.push(
    ...items(
      'leaders',
      x.leaders.map((l) => ({ names: [l.name], role: l.role, organization: l.organization ?? null })),
      (m?.leaders ?? []).map((l) => ({ names: namesOf(l.person), role: l.role, organization: l.organization ?? null })),
      (a, b) => a.names.some((n) => b.names.some((o) => sameLetters(n, o))) && a.role === b.role && eq(a.organization, b.organization),
    ).map((c) => ({ ...c, expected: leaderOf(c.expected), imported: leaderOf(c.imported) })),
    ...items(
      'observers',
      x.observers,
      (m?.observers ?? []) as unknown as Record<string, unknown>[],
      (a, b) =>
        Object.entries(a).every(([k, v]) => eq(b[k], v)) &&
        (a.approximate !== undefined || !b.approximate) &&
        (a.fromStates !== undefined || b.fromStates === undefined),
    ),
    ...items('milestones', x.milestones, m?.milestones ?? [], (a, b) => a.kind === b.kind && a.status === b.status && eq(a.date, b.date)),
  );
  // People: an expected name is found when a drafted person carries it in either script, as leaders are: the same
  // letters, whatever the spaces and stops between them ("Г.Мурадов" and "Г. Мурадов" are one printed name).
  const drafted = personNames(r);
  const left = [...drafted];
  for (const name of x.people) {
    const at = left.findIndex((names) => names.some((n) => sameLetters(n, name)));
    one('people', name, at === -1 ? null : left[at]![0], at !== -1);
    if (at !== -1) left.splice(at, 1);
  }
  for (const extra of left) one('people', null, extra[0], false);
  for (const id of x.existingPeople ?? []) one('people.linked', id, r.people.find((p) => p.id === id && p.exists)?.id ?? null);
  const phones = [...new Set(r.people.flatMap((p) => p.contactPoints.map((c) => c.phone).filter((v): v is string => Boolean(v))))];
  const emails = [...new Set(r.people.flatMap((p) => p.contactPoints.map((c) => c.email).filter((v): v is string => Boolean(v))))];
  chances.push(...items('phones', x.phones, phones, (a, b) => a === b), ...items('emails', x.emails, emails, (a, b) => a === b));
  if (x.unplaced) chances.push(...items('unplaced', x.unplaced, [...new Set(r.unplaced.map((u) => u.field))], (a, b) => a === b, false));
  if (x.flags) chances.push(...items('flags', x.flags, [...new Set(r.review.filter((u) => u.field === 'observers').map((u) => u.field))], (a, b) => a === b));
  return chances;
}

/** Hits and chances per field over many texts, and the misses as lines a maintainer can read. */
export type Tally = Record<string, { hits: number; of: number; misses: string[] }>;

export function tally(scored: readonly { name: string; chances: readonly Chance[] }[]): Tally {
  const t: Tally = {};
  for (const { name, chances } of scored)
    for (const c of chances) {
      const row = (t[c.field] ??= { hits: 0, of: 0, misses: [] });
      row.of++;
      if (c.right) row.hits++;
      else row.misses.push(`${name}: ${c.field} ${JSON.stringify(c.imported)}, expected ${JSON.stringify(c.expected)}`);
    }
  return t;
}

/** The tally as a table: one row per field, then the whole. */
export function tallyTable(t: Tally): string {
  const rows = Object.entries(t).map(
    ([field, r]) => `${field.padEnd(26)} ${String(r.hits).padStart(4)}/${String(r.of).padEnd(4)} ${((100 * r.hits) / r.of).toFixed(0).padStart(3)}%`,
  );
  const hits = Object.values(t).reduce((s, r) => s + r.hits, 0);
  const of = Object.values(t).reduce((s, r) => s + r.of, 0);
  return `${rows.join('\n')}\n${'all'.padEnd(26)} ${String(hits).padStart(4)}/${String(of).padEnd(4)} ${of ? ((100 * hits) / of).toFixed(1) : '0.0'}%`;
}

/**
 * The share of chances right over a tally.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function share(t: Tally): { hits: number; of: number } {
  return Object.values(t).reduce((s, r) => ({ hits: s.hits + r.hits, of: s.of + r.of }), { hits: 0, of: 0 });
}
