/**
 * The importer against a corpus of short fictional texts of every kind it must read (press
 * releases with and without osce.org menus, news-wire reprints, media advisories, ministry items,
 * Permanent Council statements, Russian texts), plus the five seeds. Each text's expected values are
 * written by hand in `tests/fixtures/importer/expected/`; the score is counted field by field, and
 * the importer must never invent a person or a date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readArchive } from '../../src/importer/archive.ts';
import { importText, type ImportResult } from '../../src/importer/result.ts';
import { foldName } from '../../src/importer/archive.ts';

const fixtures = new URL('../fixtures/importer/', import.meta.url);
const archive = readArchive(new URL('content', fixtures).pathname);

type Expected = {
  statement: Record<string, unknown>;
  missions: { id: string | null; type: string | null; exists?: boolean; election: { kind: string; rounds: string[] | null }; organizations: string[] }[];
  leaders: { name: string; role: string; organization: string | null }[];
  observers: Record<string, unknown>[];
  milestones: { kind: string; status: string; date?: string }[];
  people: string[];
  existingPeople?: string[];
  phones: string[];
  emails: string[];
  unplaced: string[];
  flags: string[];
};

type Case = { name: string; text: string; expected: Expected };

function cases(): Case[] {
  const texts = readdirSync(new URL('texts/', fixtures)).map((f) => ({
    name: f.replace(/\.txt$/, ''),
    text: readFileSync(new URL(`texts/${f}`, fixtures), 'utf8'),
  }));
  const seeds = readdirSync(new URL('../seeds/', fixtures)).map((f) => ({
    name: `seed-${f.replace(/\.txt$/, '')}`,
    text: readFileSync(new URL(`../seeds/${f}`, fixtures), 'utf8'),
  }));
  return [...texts, ...seeds].map((c) => ({
    ...c,
    expected: JSON.parse(readFileSync(new URL(`expected/${c.name}.expected.json`, fixtures), 'utf8')) as Expected,
  }));
}

/** Hits and chances of one field over the corpus. */
type Tally = Record<string, { hits: number; of: number; misses: string[] }>;

function count(tally: Tally, field: string, hit: boolean, what: string): void {
  const t = (tally[field] ??= { hits: 0, of: 0, misses: [] });
  t.of++;
  if (hit) t.hits++;
  else t.misses.push(what);
}

/** Each expected item found is a hit; each one missing, and each one the importer adds, is a miss. */
function countItems<T>(
  tally: Tally,
  field: string,
  file: string,
  expected: readonly T[],
  actual: readonly T[],
  same: (a: T, b: T) => boolean,
  extrasCount = true,
): void {
  const left = [...actual];
  for (const e of expected) {
    const at = left.findIndex((a) => same(e, a));
    count(tally, field, at !== -1, `${file}: missing ${JSON.stringify(e)}`);
    if (at !== -1) left.splice(at, 1);
  }
  if (extrasCount) for (const a of left) count(tally, field, false, `${file}: extra ${JSON.stringify(a)}`);
}

const eq = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sorted = (xs: unknown) => (Array.isArray(xs) ? [...xs].sort() : xs);

function score(c: Case, r: ImportResult, tally: Tally): void {
  const { expected: x, name } = c;
  for (const field of ['kind', 'date', 'place', 'source', 'language', 'documentNumber']) {
    if (field === 'documentNumber' && x.statement.documentNumber === undefined) continue;
    count(
      tally,
      `statement.${field}`,
      eq(r.statement[field], x.statement[field]),
      `${name}: ${JSON.stringify(r.statement[field] ?? null)}, expected ${JSON.stringify(x.statement[field] ?? null)}`,
    );
  }
  count(
    tally,
    'statement.countries',
    eq(r.statement.countries, x.statement.countries),
    `${name}: ${JSON.stringify(r.statement.countries)}, expected ${JSON.stringify(x.statement.countries)}`,
  );
  if (x.statement.aligningStates)
    count(
      tally,
      'statement.aligningStates',
      eq(r.statement.aligningStates, x.statement.aligningStates),
      `${name}: ${JSON.stringify(r.statement.aligningStates)}`,
    );
  const xm = x.missions[0];
  const m = r.missions[0];
  count(tally, 'mission', Boolean(xm) === Boolean(m), `${name}: ${m ? 'drafted a mission' : 'no mission'}`);
  if (xm) {
    count(tally, 'mission.id', eq(m?.id, xm.id), `${name}: ${m?.id ?? null}, expected ${xm.id}`);
    count(tally, 'mission.type', eq(m?.type, xm.type), `${name}: ${m?.type ?? null}, expected ${xm.type}`);
    count(tally, 'mission.election.kind', eq(m?.election.kind, xm.election.kind), `${name}: ${m?.election.kind ?? null}`);
    count(
      tally,
      'mission.election.rounds',
      eq(m?.election.rounds, xm.election.rounds),
      `${name}: ${JSON.stringify(m?.election.rounds ?? null)}, expected ${JSON.stringify(xm.election.rounds)}`,
    );
    count(tally, 'mission.organizations', eq(sorted(m?.organizations), sorted(xm.organizations)), `${name}: ${JSON.stringify(m?.organizations)}`);
    if (xm.exists !== undefined) count(tally, 'mission.exists', m?.exists === xm.exists, `${name}: exists ${m?.exists}`);
  }
  const nameOf = (id: string) => r.people.find((p) => p.id === id)?.name ?? id;
  countItems(
    tally,
    'leaders',
    name,
    x.leaders,
    (m?.leaders ?? []).map((l) => ({ name: nameOf(l.person), role: l.role, organization: l.organization ?? null })),
    (a, b) => foldName(a.name) === foldName(b.name) && a.role === b.role && eq(a.organization, b.organization),
  );
  countItems(
    tally,
    'observers',
    name,
    x.observers,
    (m?.observers ?? []) as unknown as Record<string, unknown>[],
    (a, b) =>
      Object.entries(a).every(([k, v]) => eq(b[k], v)) &&
      (a.approximate !== undefined || !b.approximate) &&
      (a.fromStates !== undefined || b.fromStates === undefined),
  );
  countItems(tally, 'milestones', name, x.milestones, m?.milestones ?? [], (a, b) => a.kind === b.kind && a.status === b.status && eq(a.date, b.date));
  countItems(
    tally,
    'people',
    name,
    x.people,
    r.people.map((p) => p.name),
    (a, b) => a === b,
  );
  for (const id of x.existingPeople ?? [])
    count(
      tally,
      'people.linked',
      r.people.some((p) => p.id === id && p.exists),
      `${name}: ${id} not linked`,
    );
  const phones = r.people.flatMap((p) => p.contactPoints.map((c) => c.phone).filter(Boolean)) as string[];
  countItems(tally, 'phones', name, x.phones, [...new Set(phones)], (a, b) => a === b);
  const emails = r.people.flatMap((p) => p.contactPoints.map((c) => c.email).filter(Boolean)) as string[];
  countItems(tally, 'emails', name, x.emails, [...new Set(emails)], (a, b) => a === b);
  countItems(tally, 'unplaced', name, x.unplaced, [...new Set(r.unplaced.map((u) => u.field))], (a, b) => a === b, false);
  countItems(tally, 'flags', name, x.flags, [...new Set(r.review.filter((u) => u.field === 'observers').map((u) => u.field))], (a, b) => a === b);
}

const corpus = cases();
const results = corpus.map((c) => ({ c, r: importText(c.text, `${c.name}.txt`, archive) }));
const tally: Tally = {};
for (const { c, r } of results) score(c, r, tally);

describe('the importer on its corpus', () => {
  test('the corpus has at least 25 texts of our own besides the five seeds', () => {
    expect(corpus.filter((c) => !c.name.startsWith('seed-')).length).toBeGreaterThanOrEqual(25);
    expect(corpus.filter((c) => c.name.startsWith('seed-'))).toHaveLength(5);
  });

  test('scores at least 90% of the expected values, field by field', () => {
    const rows = Object.entries(tally).map(
      ([field, t]) => `${field.padEnd(26)} ${String(t.hits).padStart(3)}/${String(t.of).padEnd(3)} ${((100 * t.hits) / t.of).toFixed(0).padStart(3)}%`,
    );
    const hits = Object.values(tally).reduce((s, t) => s + t.hits, 0);
    const of = Object.values(tally).reduce((s, t) => s + t.of, 0);
    console.log(`importer corpus score, ${corpus.length} texts\n${rows.join('\n')}\n${'all'.padEnd(26)} ${hits}/${of} ${((100 * hits) / of).toFixed(1)}%`);
    const misses = Object.values(tally).flatMap((t) => t.misses);
    if (process.env.IMPORTER_MISSES) console.log(misses.join('\n'));
    expect(hits / of).toBeGreaterThanOrEqual(0.9);
  });

  test('invents no date: every text without a printed date keeps its date empty', () => {
    const invented = results.filter(({ c, r }) => c.expected.statement.date === null && r.statement.date !== undefined).map(({ c }) => c.name);
    expect(invented).toEqual([]);
  });

  test('invents no person: every person drafted is one the text names', () => {
    const invented = results.flatMap(({ c, r }) => r.people.filter((p) => !c.expected.people.includes(p.name)).map((p) => `${c.name}: ${p.name}`));
    expect(invented).toEqual([]);
  });
});
