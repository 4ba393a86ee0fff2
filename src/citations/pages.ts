/**
 * The citable pages of the archive (statements, missions, countries) as `CitedPage`s, from the
 * indexed archive. A statement page rests on the statement; a mission or country page is the
 * archive's own compilation, last changed on the day of the newest statement about it, which is
 * what a reader citing it today has seen.
 */
import type { CountryData, MissionData, OrganizationData, StatementData } from '../schemas/index.ts';
import { apaReferencesInWorker } from './apa-thread.ts';
import { cslItem, type CitableKind, type CitedPage, type SourceStatement } from './reference.ts';
import { entryPath } from '../archive/collections.ts';

type PageOf = CitedPage & { kind: CitableKind };

interface E<T> {
  id: string;
  data: T;
}

export interface CitableArchive {
  organization: Map<string, E<OrganizationData>>;
  country: Map<string, E<CountryData>>;
  statementsByMission: Map<string, E<StatementData>[]>;
  statementsByCountry: Map<string, E<StatementData>[]>;
}

function sourceOf(s: E<StatementData>, archive: CitableArchive): SourceStatement {
  const org = archive.organization.get(s.data.source);
  return {
    title: s.data.title,
    date: s.data.date,
    issuer: org?.data.name ?? s.data.source,
    ...(s.data.url ? { url: s.data.url } : {}),
  };
}

/** The newest of a list (lists in the index are newest first; sorted again so the order of the input does not matter). */
function newest(list: readonly E<StatementData>[] | undefined): E<StatementData> | undefined {
  return [...(list ?? [])].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))[0];
}

export function statementPage(s: E<StatementData>, archive: CitableArchive, site: string): PageOf {
  return { kind: 'statement', id: s.id, title: s.data.title, url: new URL(entryPath('statements', s.id), site).href, source: sourceOf(s, archive) };
}

export function missionPage(m: E<MissionData>, archive: CitableArchive, site: string): PageOf {
  const country = archive.country.get(m.data.country)?.data.name ?? m.data.country;
  const latest = newest(archive.statementsByMission.get(m.id));
  return {
    kind: 'mission',
    id: m.id,
    title: `${country}: ${m.data.title}`,
    url: new URL(entryPath('missions', m.id), site).href,
    ...(latest ? { source: sourceOf(latest, archive), issued: latest.data.date } : {}),
  };
}

export function countryPage(c: E<CountryData>, archive: CitableArchive, site: string): PageOf {
  const latest = newest(archive.statementsByCountry.get(c.id));
  return {
    kind: 'country',
    id: c.id,
    title: `Election observation in ${c.data.name}`,
    url: new URL(entryPath('countries', c.id), site).href,
    ...(latest ? { source: sourceOf(latest, archive), issued: latest.data.date } : {}),
  };
}

/** Every citable page: statements, missions, countries. */
function citablePages(
  archive: CitableArchive & { statements: E<StatementData>[]; missions: E<MissionData>[]; countries: E<CountryData>[] },
  site: string,
): PageOf[] {
  return [
    ...archive.statements.map((s) => statementPage(s, archive, site)),
    ...archive.missions.map((m) => missionPage(m, archive, site)),
    ...archive.countries.map((c) => countryPage(c, archive, site)),
  ];
}

type ArchiveOfPages = Parameters<typeof citablePages>[0];

/** The citable pages of an archive and their references (by CSL item as JSON), listed once per archive and site. */
const LISTED = new WeakMap<ArchiveOfPages, { site: string; pages: PageOf[]; references: Map<string, Promise<string>> }>();

function listed(archive: ArchiveOfPages, site: string): { pages: PageOf[]; references: Map<string, Promise<string>> } {
  // The site as Astro.site gives it (with its slash) or as import.meta.env.SITE does (without): one list.
  site = new URL(site).href;
  let entry = LISTED.get(archive);
  if (entry?.site !== site) {
    const pages = citablePages(archive, site);
    const items = pages.map(cslItem);
    const texts = apaReferencesInWorker(items);
    entry = { site, pages, references: new Map(items.map((item, i) => [JSON.stringify(item), texts[i]!])) };
    LISTED.set(archive, entry);
  }
  return entry;
}

/**
 * Every citable page of the archive, listed once per archive and site for the three citation
 * routes. Listing them starts writing their APA references on the worker thread, so the references
 * are written while the citation files, built before the first page that prints one, are.
 */
export function listCitablePages(archive: ArchiveOfPages, site: string): readonly PageOf[] {
  return listed(archive, site).pages;
}

/**
 * The APA reference printed on a citable page. Both languages of every page read the archive's
 * references (see `listCitablePages`). Looked up by the whole item, so a page whose item is not the
 * archive's own (none is today) is written on its own rather than given another's reference.
 */
export function apaReferenceOf(page: PageOf, archive: ArchiveOfPages, site: string): Promise<string> {
  const item = cslItem(page);
  return listed(archive, site).references.get(JSON.stringify(item)) ?? apaReferencesInWorker([item])[0]!;
}
