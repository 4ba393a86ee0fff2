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
export type ArchiveOrganization = { id: string; name: string; shortName?: string; website?: string; ruName?: string; kind?: string };
export type ArchiveMission = { id: string; data: Record<string, unknown> };
/** A statement the archive holds, as far as the importer needs it to know a text it has imported before. */
export type ArchiveStatement = {
  id: string;
  file: string;
  url?: string;
  title?: string;
  date?: string;
  /** What a maintainer settled for the text: who issued it, where, and what it is. */
  source?: string;
  place?: string;
  kind?: string;
  missions: string[];
};

export type ArchiveIndex = {
  people: ArchivePerson[];
  organizations: ArchiveOrganization[];
  missions: ArchiveMission[];
  countries: string[];
  statements?: ArchiveStatement[];
  /** Places the archive names in both languages (a statement's `place` and `ru.place`, a seat and its `ru.seat`). */
  places?: { en: string; ru: string }[];
};

export const EMPTY_ARCHIVE: ArchiveIndex = { people: [], organizations: [], missions: [], countries: [], statements: [] };

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Reads `contentDir`; a folder that does not exist is an empty archive. */
export function readArchive(contentDir: string): ArchiveIndex {
  const index: ArchiveIndex = { people: [], organizations: [], missions: [], countries: [], statements: [], places: [] };
  if (!existsSync(contentDir)) return index;
  const pair = (en: unknown, ru: unknown) => {
    if (typeof en === 'string' && typeof ru === 'string' && en && ru && !index.places!.some((p) => p.ru === ru)) index.places!.push({ en, ru });
  };
  for (const path of contentFiles(contentDir)) {
    const [collection, ...rest] = relative(contentDir, path).split(sep) as [CollectionName, ...string[]];
    if (!['people', 'organizations', 'missions', 'countries', 'statements'].includes(collection) || rest.length === 0) continue;
    const file = rest.join('/');
    // A translation (x.ru.mdx) is the same entry in another language.
    if (!/\.(?:ya?ml|mdx?)$/.test(file) || /\.ru\.mdx?$/.test(file)) continue;
    const data = record(readSourceFile(join(collection, file), readFileSync(path, 'utf8')).data);
    if (!data) continue;
    const id = entryId(collection, file);
    if (collection === 'people' && typeof data.name === 'string') index.people.push({ id, name: data.name, data });
    if (collection === 'organizations' && typeof data.name === 'string') {
      const organization: ArchiveOrganization =
        typeof data.shortName === 'string' ? { id, name: data.name, shortName: data.shortName } : { id, name: data.name };
      if (typeof data.website === 'string') organization.website = data.website;
      if (typeof data.kind === 'string') organization.kind = data.kind;
      // A Russian text names an agency by its Russian name ("сообщает Казинформ", "КАЗИНФОРМ").
      const ru = record(data.ru);
      if (typeof ru?.name === 'string') organization.ruName = ru.name;
      pair(data.seat, ru?.seat);
      index.organizations.push(organization);
    }
    if (collection === 'missions') index.missions.push({ id, data });
    if (collection === 'countries') index.countries.push(id);
    if (collection === 'statements') {
      const statement: ArchiveStatement = {
        id,
        file: `statements/${file}`,
        missions: Array.isArray(data.missions) ? data.missions.filter((m): m is string => typeof m === 'string') : [],
      };
      if (typeof data.url === 'string' && data.url) statement.url = data.url;
      if (typeof data.title === 'string' && data.title) statement.title = data.title;
      for (const key of ['source', 'place', 'kind'] as const) if (typeof data[key] === 'string' && data[key]) statement[key] = data[key];
      pair(data.place, record(data.ru)?.place);
      if (typeof data.date === 'string') statement.date = data.date;
      else if (data.date instanceof Date) statement.date = data.date.toISOString().slice(0, 10);
      index.statements!.push(statement);
    }
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
  // A name of no Latin letters folds to nothing: only its own spelling can name an organization.
  return index.organizations.find(
    (o) =>
      (folded !== '' && (foldName(o.name) === folded || (o.shortName !== undefined && foldName(o.shortName) === folded))) ||
      (o.ruName !== undefined && o.ruName.toLocaleLowerCase('ru') === name.trim().toLocaleLowerCase('ru')),
  );
}

/** The archive's organization whose website is on the host of an address ("ria.ru" → the agency filed under that website). */
export function findArchiveOrganizationBySite(index: ArchiveIndex, url: string): ArchiveOrganization | undefined {
  const host = (u: string) => {
    try {
      // A language or mobile edition is the same site: "en.inform.kz" is "www.inform.kz".
      return new URL(u).hostname.toLowerCase().replace(/^(?:(?:www\d?|en|ru|eng|rus|m|amp|mobile)\.)+/, '');
    } catch {
      return undefined;
    }
  };
  const wanted = host(url);
  return wanted ? index.organizations.find((o) => o.website !== undefined && host(o.website) === wanted) : undefined;
}

/** An address without the parts that vary between copies of one page: scheme, "www.", a closing slash. */
function sameAddress(a: string, b: string): boolean {
  const norm = (u: string) =>
    u
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/+$/, '');
  return norm(a) === norm(b);
}

/**
 * The statement the archive already holds for a text: the one with the same original address, else the one
 * with the same headline on the same day.
 */
export function findArchiveStatement(
  index: ArchiveIndex,
  url: string | undefined,
  title: string | undefined,
  date: string | undefined,
): ArchiveStatement | undefined {
  const statements = index.statements ?? [];
  if (url) {
    const byUrl = statements.find((s) => s.url && sameAddress(s.url, url));
    if (byUrl) return byUrl;
  }
  if (title && date) return statements.find((s) => s.date === date && s.title !== undefined && foldName(s.title) === foldName(title));
  return undefined;
}
