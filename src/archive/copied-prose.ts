/**
 * The fingerprint of a source text, for the copied-prose check (tests/gates/copied-prose.ts), which
 * finds runs of words a content file shares with a source outside quotation marks: the archive
 * summarises its sources in its own words and quotes them only briefly and with quotation marks.
 *
 * A source is kept as its fingerprint: the hashes of its runs of words. The archive need not keep a
 * third party's text to know that content does not copy it.
 */
import { createHash } from 'node:crypto';

/**
 * Twelve words is longer than any phrase two independent writers share by chance outside names and titles.
 *
 * @internal Exported for the copied-prose gate over content/, which reads content by the same rules.
 */
export const COPIED_RUN_WORDS = 12;

/** Characters of a run's hash in a fingerprint: 60 bits, so chance collisions stay far below one in the archive. */
/** @internal Exported for the copied-prose gate over content/, which reads content by the same rules. */
export const KEY_CHARACTERS = 10;

/** @internal Exported for the copied-prose gate over content/, which reads content by the same rules. */
export interface Word {
  word: string;
  line: number;
}

/** Curly and straight apostrophes are the same letter to a reader. */
const fold = (s: string) => s.toLowerCase().replace(/[’ʼ`]/g, "'");

/**
 * Words of a text with their line, letters and digits only (an apostrophe inside a word is kept).
 *
 * @internal Exported for the copied-prose gate over content/, which reads content by the same rules.
 */
export function words(text: string, firstLine = 1): Word[] {
  const out: Word[] = [];
  let line = firstLine;
  const re = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|\n/gu;
  // An address is not prose: its slug often spells out the headline it points to.
  for (const m of fold(text)
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .matchAll(re)) {
    if (m[0] === '\n') line += 1;
    else out.push({ word: m[0], line });
  }
  return out;
}

/**
 * The key of a run of words: a short hash, so a fingerprint holds no words of its source.
 *
 * @internal Exported for the copied-prose gate over content/, which reads content by the same rules.
 */
export const runKey = (run: string) => createHash('sha256').update(run).digest('base64url').slice(0, KEY_CHARACTERS);

/** Every run of `size` consecutive words of a source, as a set of keys. */
function sourceRuns(source: string, size = COPIED_RUN_WORDS): Set<string> {
  const w = words(source).map((x) => x.word);
  const runs = new Set<string>();
  for (let i = 0; i + size <= w.length; i++) runs.add(runKey(w.slice(i, i + size).join(' ')));
  return runs;
}

/** A source's runs as one string of fixed-width keys, to keep in place of its text. */
export function fingerprint(source: string): string {
  return [...sourceRuns(source)].sort().join('');
}
