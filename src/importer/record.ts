/**
 * The import record: for each real text the archive imported, what the importer drafted from it
 * against what a maintainer, reading the same text, found it to say. Written once, when the text is
 * imported, and kept: the records' totals are the importer's figure on real texts as they arrive, not
 * on a corpus it was tuned to.
 */
import { fingerprint } from '../archive/copied-prose.ts';
import type { Chance, Expected } from './score.ts';

export interface ImportRecord {
  /** The text's name in `tests/fixtures/importer/real/texts/`. */
  text: string;
  /** The public original. */
  url: string | null;
  /** The day of the import. */
  importedOn: string;
  /** What the importer drafted as the text says it. */
  right: { field: string; value: unknown }[];
  /** What the maintainer corrected: the importer's draft, and the value published. */
  corrected: { field: string; imported: unknown; published: unknown }[];
  /** Right of all chances, e.g. `12/17`. */
  score: string;
  /**
   * The text's runs of words as hashes (`src/archive/copied-prose.ts`): enough to show that content
   * copies none of it, without keeping a third party's text in the repository.
   */
  fingerprint: string;
}

export function importRecord(name: string, source: string, expected: Expected, chances: readonly Chance[], importedOn: string): ImportRecord {
  const right = chances.filter((c) => c.right).map((c) => ({ field: c.field, value: c.expected }));
  const corrected = chances.filter((c) => !c.right).map((c) => ({ field: c.field, imported: c.imported, published: c.expected }));
  return { text: name, url: expected.url ?? null, importedOn, right, corrected, score: `${right.length}/${chances.length}`, fingerprint: fingerprint(source) };
}
