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

const sounds = (word: string) => [...new Set(doubleMetaphone(word.replace(/\./g, '')).filter(Boolean))];
const initial = (w: string) => /^[a-z]\.?$/.test(w);

/**
 * The keys under which a name meets the names it is likely one person's with:
 * - the name itself, in ASCII;
 * - the family name's sounds (Double Metaphone gives a second code for Slavic and Germanic spellings)
 *   with the given name's first code (the second would make "John" and "Anna" alike);
 * - the family name's sounds with the given name's initial, for a name printed with an initial
 *   ("O. Murphy"), which meets both initials and full names.
 */
function keysOf(name: string, ru: string | undefined): { own: string[]; seek: string[] } {
  const w = words(name);
  const own = w.length ? [`name:${w.join(' ')}`] : [];
  const seek = [...own];
  if (ru) {
    own.push(`ru:${ru}`);
    seek.push(`ru:${ru}`);
  }
  if (w.length < 2) return { own, seek };
  const given = w[0]!;
  for (const family of sounds(w.at(-1)!)) {
    if (initial(given)) {
      own.push(`${family}|initial:${given[0]}`);
      seek.push(`${family}|initial:${given[0]}`, `${family}|full:${given[0]}`);
    } else {
      own.push(`${family}|given:${doubleMetaphone(given)[0]}`, `${family}|full:${given[0]}`);
      seek.push(`${family}|given:${doubleMetaphone(given)[0]}`, `${family}|initial:${given[0]}`);
    }
  }
  return { own, seek };
}

const WHY: Record<string, string> = {
  name: 'the same name',
  ru: 'the same Russian name',
  given: 'names that sound alike in Latin script',
  initial: 'the same family name and initial',
  full: 'the same family name and initial',
};

/**
 * For each person, the first one before it (by id) whose name is likely the same person's, unless
 * either says it is distinct from the other. Names are looked up by key, never compared pairwise, so
 * the work grows with the archive, not with its square, whatever names content holds.
 */
export function likelyDuplicates(people: readonly Person[]): LikelyDuplicate[] {
  const sorted = [...people].sort((a, b) => a.id.localeCompare(b.id));
  const seen = new Map<string, Person[]>();
  const found: LikelyDuplicate[] = [];
  for (const p of sorted) {
    const { own, seek } = keysOf(p.name, p.ru);
    const match = seek
      .map((key) => ({ key, other: (seen.get(key) ?? []).find((q) => !p.distinctFrom?.includes(q.id) && !q.distinctFrom?.includes(p.id)) }))
      .find((m) => m.other);
    if (match?.other) {
      const kind = match.key.startsWith('name:') ? 'name' : match.key.startsWith('ru:') ? 'ru' : match.key.split('|')[1]!.split(':')[0]!;
      found.push({ id: p.id, other: match.other.id, why: WHY[kind]! });
    }
    for (const key of own) {
      const list = seen.get(key);
      if (list) list.push(p);
      else seen.set(key, [p]);
    }
  }
  return found;
}
