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
import { scoreCorpus } from '../../src/importer/corpus.ts';
import { share, tallyTable, type Expected } from '../../src/importer/score.ts';

const fixtures = new URL('../fixtures/importer/', import.meta.url);
const archive = readArchive(new URL('content', fixtures).pathname);

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

const corpus = cases();
// Each text is imported as a maintainer would, with its original's address where the values give one.
const { scored, tally: scores } = scoreCorpus(corpus, archive);
const results = scored.map((s, i) => ({ c: corpus[i]!, r: s.result }));

describe('the importer on its corpus', () => {
  test('the corpus has at least 25 texts of our own besides the five seeds', () => {
    expect(corpus.filter((c) => !c.name.startsWith('seed-')).length).toBeGreaterThanOrEqual(25);
    expect(corpus.filter((c) => c.name.startsWith('seed-'))).toHaveLength(5);
  });

  test('scores at least 90% of the expected values, field by field', () => {
    const { hits, of } = share(scores);
    console.log(`importer corpus score, ${corpus.length} texts\n${tallyTable(scores)}`);
    const misses = Object.values(scores).flatMap((t) => t.misses);
    if (process.env.IMPORTER_MISSES) console.log(misses.join('\n'));
    expect(hits / of).toBeGreaterThanOrEqual(0.9);
  });

  test('invents no date: every text without a printed date keeps its date empty', () => {
    const invented = results.filter(({ c, r }) => c.expected.statement.date === null && r.statement.date !== undefined).map(({ c }) => c.name);
    expect(invented).toEqual([]);
  });

  test('invents no person: every person drafted is one the text names', () => {
    // A person named in Cyrillic is known by the name as printed too.
    const invented = results.flatMap(({ c, r }) =>
      r.people.filter((p) => ![p.name, p.ru?.name].some((n) => n && c.expected.people.includes(n))).map((p) => `${c.name}: ${p.name}`),
    );
    expect(invented).toEqual([]);
  });
});
