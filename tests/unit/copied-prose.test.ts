import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fingerprint } from '../../src/archive/copied-prose.ts';
import { copiedRuns, fingerprintRuns, runKeys, sourceRuns } from '../gates/copied-prose.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seedsDir = join(root, 'tests/fixtures/seeds');
const recordsDir = join(root, 'tests/fixtures/importer/real/records');
const contentDir = join(root, 'content');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

const source = 'The mission is led by Ambassador Anna Example and consists of a core team of eleven experts based in the capital city of the country.';

test('the check reads a text into runs as the fingerprint does', () => {
  for (const text of [
    source,
    'The PA’s observer team, see https://www.osce.org/a-b-c-d-e-f-g-h-i-j-k-l-m, will work closely with long-term observers deployed by the Office in 2021.',
    'Миссия состоит из основной группы в составе одиннадцати экспертов в столице и двадцати четырёх долгосрочных наблюдателей по всей стране.',
  ])
    expect([...runKeys(text)].sort().join('')).toBe(fingerprint(text));
});

describe('copiedRuns', () => {
  const runs = [sourceRuns(source)];

  test('finds a run of twelve words copied without quotation marks, once, at its line', () => {
    const content = 'Intro line.\nWe note that the mission is led by Ambassador Anna Example and consists of a core team of nine.';
    expect(copiedRuns(content, runs)).toStrictEqual([{ words: 'the mission is led by ambassador anna example and consists of a core team of', line: 2 }]);
  });

  test('a fingerprint finds what the text finds, and holds none of its words', () => {
    const print = fingerprint(source);
    expect(print).not.toMatch(/mission|Anna/);
    const content = 'We note that the mission is led by Ambassador Anna Example and consists of a core team of nine.';
    expect(copiedRuns(content, [fingerprintRuns(print)])).toStrictEqual(copiedRuns(content, runs));
    expect(copiedRuns(content, [fingerprintRuns(print)])).toHaveLength(1);
  });

  test('Russian quotation marks «…» and „…“ break a run as English ones do', () => {
    const ru = [
      sourceRuns('Миссия состоит из основной группы в составе одиннадцати экспертов в столице и двадцати четырёх долгосрочных наблюдателей по всей стране.'),
    ];
    expect(
      copiedRuns('Как сказано, миссия состоит из основной группы в составе одиннадцати экспертов в столице и двадцати четырёх наблюдателей.', ru),
    ).toHaveLength(1);
    expect(copiedRuns('Как сказано, «миссия состоит из основной группы в составе одиннадцати экспертов в столице» и ещё.', ru)).toStrictEqual([]);
    expect(copiedRuns('Как сказано, „миссия состоит из основной группы в составе одиннадцати экспертов в столице“ и ещё.', ru)).toStrictEqual([]);
  });

  test('accepts the same words inside quotation marks, straight or curly', () => {
    expect(
      copiedRuns('The source says "the mission is led by Ambassador Anna Example and consists of a core team of eleven experts based in the capital".', runs),
    ).toStrictEqual([]);
    expect(
      copiedRuns('It says “the mission is led by Ambassador Anna Example and consists of a core team of eleven experts based in the capital”.', runs),
    ).toStrictEqual([]);
  });

  test('a quotation breaks a run: the words on each side are counted apart', () => {
    const content = 'The mission is led by Ambassador Anna Example and "consists of" a core team of eleven experts based in the capital city.';
    expect(copiedRuns(content, runs)).toStrictEqual([]);
  });

  test('eleven shared words are not a copy', () => {
    expect(copiedRuns('It has Ambassador Anna Example and consists of a core team of eleven people.', runs)).toStrictEqual([]);
  });

  test('case and curly apostrophes do not hide a copy', () => {
    const src = [
      sourceRuns('The PA’s observer team will focus its efforts in the capital and will work closely with long-term observers deployed by the Office.'),
    ];
    const content = "THE PA'S OBSERVER TEAM WILL FOCUS ITS EFFORTS IN THE CAPITAL AND WILL WORK CLOSELY WITH LONG-TERM OBSERVERS.";
    expect(copiedRuns(content, src)).toHaveLength(1);
  });
});

describe('content/ against its sources: the seeds, and the fingerprint of every text the import record holds', () => {
  const seeds = readdirSync(seedsDir).map((f) => sourceRuns(readFileSync(join(seedsDir, f), 'utf8')));
  const imported = (existsSync(recordsDir) ? readdirSync(recordsDir) : []).map((f) =>
    fingerprintRuns((JSON.parse(readFileSync(join(recordsDir, f), 'utf8')) as { fingerprint: string }).fingerprint),
  );
  const sources = [...seeds, ...imported];
  const files = filesUnder(contentDir);

  test('there are sources and content to compare', () => {
    expect(seeds.length).toBeGreaterThan(0);
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files.map((f) => relative(root, f)))('%s copies no run of 12 words from a source outside quotation marks', (file) => {
    let text = readFileSync(join(root, file), 'utf8');
    // A statement's title is the headline as published unless `titleIsOurs` says otherwise: quoting it is the point.
    if (file.startsWith('content/statements/') && !/^titleIsOurs:\s*true\s*$/m.test(text)) text = text.replace(/^title:.*$/m, 'title:');
    const copied = copiedRuns(text, sources).map((r) => `${file}:${r.line}  "${r.words}"`);
    expect(copied).toStrictEqual([]);
  });
});
