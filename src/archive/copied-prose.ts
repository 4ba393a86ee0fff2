/**
 * Copied prose: runs of words a content file shares with a source text outside quotation marks.
 *
 * The archive summarises its sources in its own words and quotes them only briefly and with quotation
 * marks. A long run of identical words outside quotation marks is copied text presented as ours, which
 * is what this finds. Quoted passages break a run: "…", “…”, «…» and „…“ are the archive's quotation
 * marks, in English and in Russian.
 *
 * A source is kept as its fingerprint: the hashes of its runs of words. The archive need not keep a
 * third party's text to know that content does not copy it.
 */
import { createHash } from 'node:crypto';

/** Twelve words is longer than any phrase two independent writers share by chance outside names and titles. */
const COPIED_RUN_WORDS = 12;

/** Characters of a run's hash in a fingerprint: 60 bits, so chance collisions stay far below one in the archive. */
const KEY_CHARACTERS = 10;

/** A run of words the content shares with a source, in the content's own spelling. */
interface CopiedRun {
  /** The shared words, lower-cased, joined by spaces. */
  words: string;
  /** 1-based line of the content where the run starts. */
  line: number;
}

interface Word {
  word: string;
  line: number;
}

/** Curly and straight apostrophes are the same letter to a reader. */
const fold = (s: string) => s.toLowerCase().replace(/[’ʼ`]/g, "'");

/** Words of a text with their line, letters and digits only (an apostrophe inside a word is kept). */
function words(text: string, firstLine = 1): Word[] {
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
 * The stretches of a content text that are the archive's own prose: everything outside "…" and “…”.
 * Each stretch is a separate run of words, so a quotation interrupts a run instead of joining its sides.
 */
function ownProse(text: string): Word[][] {
  const stretches: Word[][] = [];
  let line = 1;
  let start = 0;
  const quote = /"[^"\n]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]/g;
  for (const m of text.matchAll(quote)) {
    stretches.push(words(text.slice(start, m.index), line));
    line += (text.slice(start, m.index + m[0].length).match(/\n/g) ?? []).length;
    start = m.index + m[0].length;
  }
  stretches.push(words(text.slice(start), line));
  return stretches;
}

/** The key of a run of words: a short hash, so a fingerprint holds no words of its source. */
const runKey = (run: string) => createHash('sha256').update(run).digest('base64url').slice(0, KEY_CHARACTERS);

/** Every run of `size` consecutive words of a source, as a set of keys. */
export function sourceRuns(source: string, size = COPIED_RUN_WORDS): Set<string> {
  const w = words(source).map((x) => x.word);
  const runs = new Set<string>();
  for (let i = 0; i + size <= w.length; i++) runs.add(runKey(w.slice(i, i + size).join(' ')));
  return runs;
}

/** A source's runs as one string of fixed-width keys, to keep in place of its text. */
export function fingerprint(source: string): string {
  return [...sourceRuns(source)].sort().join('');
}

/** The runs a fingerprint holds. */
export function fingerprintRuns(print: string): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + KEY_CHARACTERS <= print.length; i += KEY_CHARACTERS) runs.add(print.slice(i, i + KEY_CHARACTERS));
  return runs;
}

/**
 * Runs of `size` or more words the content shares with any source outside quotation marks, one per
 * maximal run (a 26-word copy is reported once, at its first line).
 */
export function copiedRuns(content: string, sources: readonly Set<string>[], size = COPIED_RUN_WORDS): CopiedRun[] {
  const found: CopiedRun[] = [];
  for (const stretch of ownProse(content)) {
    let i = 0;
    while (i + size <= stretch.length) {
      const key = runKey(
        stretch
          .slice(i, i + size)
          .map((x) => x.word)
          .join(' '),
      );
      if (!sources.some((s) => s.has(key))) {
        i += 1;
        continue;
      }
      // Extend the run as far as it stays shared, then report it once.
      let end = i + size;
      while (
        end < stretch.length &&
        sources.some((s) =>
          s.has(
            runKey(
              stretch
                .slice(end - size + 1, end + 1)
                .map((x) => x.word)
                .join(' '),
            ),
          ),
        )
      )
        end += 1;
      found.push({
        words: stretch
          .slice(i, end)
          .map((x) => x.word)
          .join(' '),
        line: stretch[i]!.line,
      });
      i = end;
    }
  }
  return found;
}
