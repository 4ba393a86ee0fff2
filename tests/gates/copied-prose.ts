/**
 * Copied prose: runs of words a content file shares with a source text outside quotation marks.
 *
 * The archive summarises its sources in its own words and quotes them only briefly and with quotation
 * marks. A long run of identical words outside quotation marks is copied text presented as ours, which
 * is what this finds. Quoted passages break a run: "…", “…”, «…» and „…“ are the archive's quotation
 * marks, in English and in Russian.
 *
 * A source is kept as its fingerprint (`fingerprint` in src/archive/copied-prose.ts, which the
 * importer records): the keys of its runs of words. The content's words are read and its runs keyed
 * by that module's own functions, so both sides are read and hashed by one hand.
 */
import { COPIED_RUN_WORDS as RUN_WORDS, KEY_CHARACTERS, fingerprint, runKey, words, type Word } from '../../src/archive/copied-prose.ts';

/** A run of words the content shares with a source, in the content's own spelling. */
interface CopiedRun {
  /** The shared words, lower-cased, joined by spaces. */
  words: string;
  /** 1-based line of the content where the run starts. */
  line: number;
}

/** The key of one run of words, as the fingerprint keys its runs. */
const keyOf = (run: readonly Word[]) => runKey(run.map((w) => w.word).join(' '));

/** The keys of every run of a text read as one stretch: the same set its fingerprint holds. */
export function runKeys(text: string): Set<string> {
  const w = words(text);
  const keys = new Set<string>();
  for (let i = 0; i + RUN_WORDS <= w.length; i++) keys.add(keyOf(w.slice(i, i + RUN_WORDS)));
  return keys;
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

/** The runs a fingerprint holds. */
export function fingerprintRuns(print: string): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + KEY_CHARACTERS <= print.length; i += KEY_CHARACTERS) runs.add(print.slice(i, i + KEY_CHARACTERS));
  return runs;
}

/** Every run of a source, as a set of keys. */
export function sourceRuns(source: string): Set<string> {
  return fingerprintRuns(fingerprint(source));
}

/**
 * Runs of RUN_WORDS or more words the content shares with any source outside quotation marks, one
 * per maximal run (a 26-word copy is reported once, at its first line).
 */
export function copiedRuns(content: string, sources: readonly Set<string>[]): CopiedRun[] {
  const found: CopiedRun[] = [];
  const shared = (run: readonly Word[]) => {
    const key = keyOf(run);
    return sources.some((s) => s.has(key));
  };
  for (const stretch of ownProse(content)) {
    let i = 0;
    while (i + RUN_WORDS <= stretch.length) {
      if (!shared(stretch.slice(i, i + RUN_WORDS))) {
        i += 1;
        continue;
      }
      // Extend the run as far as it stays shared, then report it once.
      let end = i + RUN_WORDS;
      while (end < stretch.length && shared(stretch.slice(end - RUN_WORDS + 1, end + 1))) end += 1;
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
