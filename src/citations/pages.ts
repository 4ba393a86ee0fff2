/**
 * The citable pages of the archive (statements, missions, countries) as `CitedPage`s, from the
 * indexed archive. A statement page rests on the statement; a mission or country page on the
 * latest statement about it, which is what a reader citing it today has seen.
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
    ...(latest ? { source: sourceOf(latest, archive) } : {}),
  };
}

export function countryPage(c: E<CountryData>, archive: CitableArchive, site: string): PageOf {
  const latest = newest(archive.statementsByCountry.get(c.id));
  return {
    kind: 'country',
    id: c.id,
    title: `Election observation in ${c.data.name}`,
    url: new URL(entryPath('countries', c.id), site).href,
    ...(latest ? { source: sourceOf(latest, archive) } : {}),
  };
}

/** Every citable page: statements, missions, countries. */
export function citablePages(
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

/** References of every citable page, by its CSL item as JSON, written once per archive and site. */
const REFERENCES = new WeakMap<ArchiveOfPages, { site: string; byItem: Map<string, Promise<string>> }>();

/**
 * Starts writing the APA references of every citable page of the archive, on the worker thread
 * (once per archive and site). Called as soon as the citable pages are listed, so the references
 * are written while the pages before the first that prints one are built.
 */
export function writeApaReferences(archive: ArchiveOfPages, site: string): void {
  // The site as Astro.site gives it (with its slash) or as import.meta.env.SITE does (without): one job.
  site = new URL(site).href;
  if (REFERENCES.get(archive)?.site === site) return;
  const items = citablePages(archive, site).map(cslItem);
  const texts = apaReferencesInWorker(items);
  REFERENCES.set(archive, { site, byItem: new Map(items.map((item, i) => [JSON.stringify(item), texts[i]!])) });
}

/**
 * The APA reference printed on a citable page. Both languages of every page read the archive's
 * references (`writeApaReferences`). Looked up by the whole item, so a page whose item is not the
 * archive's own (none is today) is written on its own rather than given another's reference.
 */
export function apaReferenceOf(page: PageOf, archive: ArchiveOfPages, site: string): Promise<string> {
  writeApaReferences(archive, site);
  const item = cslItem(page);
  return REFERENCES.get(archive)!.byItem.get(JSON.stringify(item)) ?? apaReferencesInWorker([item])[0]!;
}
