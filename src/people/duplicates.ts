/**
 * Likely duplicate people: two files for one person, which happens when sources print a name two ways
 * ("Urszula Gacek" and "Urszula Józefa Gacek", "O. Murphy", "Vigenine" in a French text, "Гачек" in a
 * Russian one). Names are brought to ASCII (any-ascii, which transliterates Cyrillic and drops
 * diacritics) and compared by sound (Double Metaphone), so spelling variants meet; a given name may
 * be an initial. Two different people can share such a name: the entry then says so (`distinctFrom`).
 */
import anyAscii from 'any-ascii';
import { doubleMetaphone } from 'double-metaphone';

interface Person {
  id: string;
  name: string;
  ru?: string | undefined;
  distinctFrom?: readonly string[] | undefined;
}

export interface LikelyDuplicate {
  /** The later entry, by id, which the check blames. */
  id: string;
  other: string;
  why: string;
}

const words = (name: string) =>
  anyAscii(name)
    .toLowerCase()
    .replace(/[^a-z\s.-]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);

const sounds = (word: string) => new Set(doubleMetaphone(word.replace(/\./g, '')).filter(Boolean));
/** Family names meet on either code (Double Metaphone's second one covers Slavic and Germanic spellings). */
const soundAlike = (a: string, b: string) => a === b || [...sounds(a)].some((s) => sounds(b).has(s));
/** Given names meet on the first code only: the second makes "John" and "Anna" alike. */
const givenAlike = (a: string, b: string) => a === b || doubleMetaphone(a)[0] === doubleMetaphone(b)[0];
const initial = (w: string) => /^[a-z]\.?$/.test(w);

/** Why two names may be one person's, or undefined. */
function alike(a: string, b: string): string | undefined {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return undefined;
  if (x.join(' ') === y.join(' ')) return 'the same name';
  if (!soundAlike(x.at(-1)!, y.at(-1)!)) return undefined;
  const [gx, gy] = [x[0]!, y[0]!];
  if (x.length === 1 || y.length === 1) return undefined;
  if (initial(gx) || initial(gy)) return gx[0] === gy[0] ? 'the same family name and initial' : undefined;
  return givenAlike(gx, gy) ? 'names that sound alike in Latin script' : undefined;
}

/** Every pair of people whose names are likely one person's, unless either says it is distinct from the other. */
export function likelyDuplicates(people: readonly Person[]): LikelyDuplicate[] {
  const found: LikelyDuplicate[] = [];
  const sorted = [...people].sort((a, b) => a.id.localeCompare(b.id));
  sorted.forEach((p, i) => {
    for (const q of sorted.slice(0, i)) {
      if (p.distinctFrom?.includes(q.id) || q.distinctFrom?.includes(p.id)) continue;
      const why = p.ru && q.ru && p.ru === q.ru ? 'the same Russian name' : alike(p.name, q.name);
      if (why) found.push({ id: p.id, other: q.id, why });
    }
  });
  return found;
}
