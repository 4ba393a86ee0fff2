/**
 * Organizations named in running text, with their positions: the table of `organizations.ts` and
 * the archive's own organizations (full and short names). Acronyms match in their printed case only,
 * so "pace" or "ep" inside ordinary words never count; a two-letter one ("EP") only where the text defines it
 * (`withShortNames`).
 */
import type { ArchiveIndex } from './archive.ts';
import { KNOWN_NAMES } from './organizations.ts';

export type OrganizationMention = { id: string; name: string; index: number; end: number };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A short name that is one ordinary capitalised word ("Congress") names the body only where a text defines it
 * ("… Congress of Local and Regional Authorities (Congress)"): on its own it is as often another body (the US Congress).
 */
const WORD_NAME = /^\p{Lu}\p{Ll}+$/u;

/** Names to look for, longest first so "OSCE Parliamentary Assembly" wins over "OSCE". */
function organizationNames(archive?: ArchiveIndex): { id: string; name: string }[] {
  const fromArchive = (archive?.organizations ?? []).flatMap((o) => [
    { id: o.id, name: o.name },
    ...(o.shortName && !WORD_NAME.test(o.shortName) ? [{ id: o.id, name: o.shortName }] : []),
  ]);
  return [...KNOWN_NAMES, ...fromArchive].filter((n) => n.name.length > 2).sort((a, b) => b.name.length - a.name.length);
}

/** Organizations a text names, in order, none inside another's name ("OSCE" in "OSCE PA"). */
export function findOrganizations(text: string, archive?: ArchiveIndex): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const { id, name } of organizationNames(archive)) {
    // "государств – участников", "государств-участников": a dash in a name is printed with or without spaces.
    const body = escapeRegExp(name)
      .replace(/\s*[–—]\s*/g, '\\s*[-–—]\\s*')
      .replace(/ /g, '\\s+')
      // "Council of Europe's", "Council of Europe’s": either apostrophe.
      .replace(/['’]/g, "['’]");
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (found.some((f) => m.index < f.end && end > f.index)) continue;
      found.push({ id, name: m[0], index: m.index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Short names too short or too common to look for anywhere ("EP", "Congress") that a text defines after a full
 * name ("the European Parliament (EP)", "the Council of Europe Congress of Local and Regional Authorities
 * (Congress)"), each with the organization it stands for. A word in brackets defines a short name only as one of
 * the full name's own words, so "the European Parliament (Brussels)" defines nothing.
 */
export function definedShortNames(text: string, archive?: ArchiveIndex): Map<string, string> {
  const defined = new Map<string, string>();
  for (const f of findOrganizations(text, archive)) {
    const m = /^\s*\((\p{Lu}{2}|\p{Lu}\p{Ll}+)\)/u.exec(text.slice(f.end));
    if (!m || defined.has(m[1]!)) continue;
    if (m[1]!.length === 2 || f.name.split(/\s+/).includes(m[1]!)) defined.set(m[1]!, f.id);
  }
  return defined;
}

/** `findOrganizations` and the short names a whole text defined ("9 from EP"), in order. */
export function withShortNames(find: (s: string) => OrganizationMention[], defined: ReadonlyMap<string, string>): (s: string) => OrganizationMention[] {
  if (defined.size === 0) return find;
  return (text) => {
    const found = find(text);
    for (const [short, id] of defined)
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}(])${short}(?![\\p{L}\\p{N})])`, 'gu'))) {
        const end = m.index + m[0].length;
        if (!found.some((o) => m.index < o.end && end > o.index)) found.push({ id, name: m[0], index: m.index, end });
      }
    return found.sort((a, b) => a.index - b.index);
  };
}
