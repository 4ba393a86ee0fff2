/**
 * What the archive already holds, as the importer needs it: people, organizations and missions to
 * link to instead of drafting duplicates. Files are read with the content check's own reader
 * (`src/archive/source-file.ts`), so the importer sees the YAML exactly as the check does; a file
 * that does not parse is skipped here, since `npm run check` reports it with its line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentFiles } from '../archive/check.ts';
import { entryId } from '../archive/ids.ts';
import { readSourceFile } from '../archive/source-file.ts';
import type { CollectionName } from '../schemas/index.ts';
import { asciiSlug } from './text.ts';

export type ArchivePerson = { id: string; name: string; data: Record<string, unknown> };
export type ArchiveOrganization = { id: string; name: string; shortName?: string };
export type ArchiveMission = { id: string; data: Record<string, unknown> };

export type ArchiveIndex = {
  people: ArchivePerson[];
  organizations: ArchiveOrganization[];
  missions: ArchiveMission[];
  countries: string[];
};

export const EMPTY_ARCHIVE: ArchiveIndex = { people: [], organizations: [], missions: [], countries: [] };

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Reads `contentDir`; a folder that does not exist is an empty archive. */
export function readArchive(contentDir: string): ArchiveIndex {
  const index: ArchiveIndex = { people: [], organizations: [], missions: [], countries: [] };
  if (!existsSync(contentDir)) return index;
  for (const path of contentFiles(contentDir)) {
    const [collection, ...rest] = relative(contentDir, path).split(sep) as [CollectionName, ...string[]];
    if (!['people', 'organizations', 'missions', 'countries'].includes(collection) || rest.length === 0) continue;
    const file = rest.join('/');
    if (!/\.(?:ya?ml|mdx?)$/.test(file)) continue;
    const data = record(readSourceFile(join(collection, file), readFileSync(path, 'utf8')).data);
    if (!data) continue;
    const id = entryId(collection, file);
    if (collection === 'people' && typeof data.name === 'string') index.people.push({ id, name: data.name, data });
    if (collection === 'organizations' && typeof data.name === 'string') {
      index.organizations.push(typeof data.shortName === 'string' ? { id, name: data.name, shortName: data.shortName } : { id, name: data.name });
    }
    if (collection === 'missions') index.missions.push({ id, data });
    if (collection === 'countries') index.countries.push(id);
  }
  return index;
}

/** A name folded for comparison: no diacritics, no case, one hyphen between words. */
export function foldName(name: string): string {
  return asciiSlug(name);
}

/** The archive's person of that name, whatever its diacritics and letter case. */
export function findArchivePerson(index: ArchiveIndex, name: string): ArchivePerson | undefined {
  const folded = foldName(name);
  return index.people.find((p) => p.id === folded || foldName(p.name) === folded);
}

/** The archive's organization called `name` (full or short name, folded). */
export function findArchiveOrganization(index: ArchiveIndex, name: string): ArchiveOrganization | undefined {
  const folded = foldName(name.replace(/^the\s+/i, ''));
  return index.organizations.find((o) => foldName(o.name) === folded || (o.shortName !== undefined && foldName(o.shortName) === folded));
}
