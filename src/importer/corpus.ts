/**
 * A corpus of texts with the values a maintainer wrote by hand from each: a folder holding `texts/<name>.txt`
 * and `expected/<name>.expected.json`. The invented corpus of the tests, the real texts kept outside the
 * repository and the held-out sets all have this shape, so one reader and one scorer serve them all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveIndex } from './archive.ts';
import { importText, type ImportResult } from './result.ts';
import { sameLetters, scoreImport, tally, type Chance, type Expected, type Tally } from './score.ts';

export type CorpusText = { name: string; text: string; expected: Expected };

/**
 * The texts of a corpus folder, by name. A text without its expected values cannot be scored and is
 * named in `unmatched`, as is an expected file without its text.
 */
export function readCorpus(dir: string): { texts: CorpusText[]; unmatched: string[] } {
  const textDir = join(dir, 'texts');
  const expectedDir = join(dir, 'expected');
  const names = (folder: string, suffix: string) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.endsWith(suffix))
          .map((f) => f.slice(0, -suffix.length))
          .sort()
      : [];
  const textNames = names(textDir, '.txt');
  const expectedNames = new Set(names(expectedDir, '.expected.json'));
  const texts = textNames
    .filter((n) => expectedNames.has(n))
    .map((name) => ({
      name,
      text: readFileSync(join(textDir, `${name}.txt`), 'utf8'),
      expected: JSON.parse(readFileSync(join(expectedDir, `${name}.expected.json`), 'utf8')) as Expected,
    }));
  const unmatched = [
    ...textNames.filter((n) => !expectedNames.has(n)).map((n) => `${n}.txt has no expected/${n}.expected.json`),
    ...[...expectedNames].filter((n) => !textNames.includes(n)).map((n) => `expected/${n}.expected.json has no texts/${n}.txt`),
  ];
  return { texts, unmatched };
}

export type ScoredText = { name: string; result: ImportResult; chances: Chance[] };

/**
 * Imports each text as a maintainer would, with the address of its public original when the expected
 * values give it (`npm run import -- <file> --url <address>`), and scores it field by field.
 */
export function scoreCorpus(texts: readonly CorpusText[], archive: ArchiveIndex): { scored: ScoredText[]; tally: Tally } {
  const scored = texts.map(({ name, text, expected }) => {
    const result = importText(text, `${name}.txt`, archive, expected.url ? { url: expected.url } : {});
    return { name, result, chances: scoreImport(expected, result) };
  });
  return { scored, tally: tally(scored) };
}

/** The names a drafted person is known by: the Latin name and, for a Cyrillic text, the name as printed. */
function namesOf(p: ImportResult['people'][number]): string[] {
  return [p.name, ...(p.ru?.name ? [p.ru.name] : [])];
}

/**
 * What the importer made up: a person no expected value names, a date where the text prints none.
 * Both must stay at zero: a wrong value that looks right survives review.
 */
export function inventions(texts: readonly CorpusText[], scored: readonly ScoredText[]): { people: string[]; dates: string[] } {
  const people: string[] = [];
  const dates: string[] = [];
  scored.forEach(({ name, result }, i) => {
    const expected = texts[i]!.expected;
    for (const p of result.people) if (!namesOf(p).some((n) => expected.people.some((e) => sameLetters(n, e)))) people.push(`${name}: ${p.name}`);
    const date = result.statement.date;
    if (date !== undefined && (expected.statement.date ?? null) === null) dates.push(`${name}: ${String(date)}`);
  });
  return { people, dates };
}
