/**
 * The open archive over the real content, as built: every download, feed, calendar and citation file
 * read back with a real parser and compared with what `content/` holds (computed here from the
 * content, never written down, so adding an entry keeps this green); the sitemap against the pages;
 * the counts on /about/; the map's weight.
 */
import { describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parseHTML } from 'linkedom';
import { checkContent } from '../../src/archive/check.ts';
import { REPO } from '../support/content-tree.ts';
import { validAgainstLinkedSchema } from '../support/json-downloads.ts';
import { builtPages, pageHtml } from '../support/site.ts';
import { dom, text } from '../support/html.ts';
import { localizedPath, splitLocale } from '../../src/i18n/locales.ts';
import { COLLECTIONS } from '../../src/data/records.ts';
import { FLAT_TABLES } from '../../src/data/flat.ts';
import { columnsFromSchema } from '../../src/data/csv.ts';
import { jsonSchemaFor } from '../../src/schemas/json-schema.ts';
import { archiveCounts } from '../../src/about/counts.ts';

const dist = inject('archiveDistDir');
const SITE = 'https://election-observation-archive.org';
/** The newest statements a feed carries. */
const FEED_SIZE = 100;
const { entries } = checkContent(REPO);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const csv = (path: string): Record<string, string>[] => parseCsv(read(path), { bom: true, columns: true, record_delimiter: '\r\n' });
const unescapeFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
const participating = entries.countries.filter((c) => c.data.osceStatus === 'participating-state');
const missionsOf = (country: string) => entries.missions.filter((m) => m.data.country === country);

describe('data downloads', () => {
  test.each(COLLECTIONS)('%s: JSON holds every entry of content/, and the CSV the same rows, cell by cell', (collection) => {
    const json = JSON.parse(read(`data/v1/${collection}.json`)) as { count: number; records: Record<string, unknown>[] };
    expect(json.records.map((r) => r.id)).toEqual(entries[collection].map((e) => e.id).sort());
    expect(json.count).toBe(entries[collection].length);
    const rows = csv(`data/v1/${collection}.csv`);
    expect(rows.map((r) => r.id)).toEqual(json.records.map((r) => r.id));
    const columns = columnsFromSchema(jsonSchemaFor(collection));
    rows.forEach((row, i) => {
      for (const c of columns) {
        const value = c.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), json.records[i]);
        const expected = value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
        expect(unescapeFormula(row[c.name]!), `${row.id} ${c.name}`).toBe(expected);
      }
    });
  });
  test.each(FLAT_TABLES.map((t) => [t.name, t] as const))('%s.csv: one row per fact in content/, led by its entry, with its source date', (name, table) => {
    const rows = csv(`data/v1/${name}.csv`);
    const owners = [...(entries[table.collection] as { id: string; data: Record<string, unknown> }[])].sort((a, b) => (a.id < b.id ? -1 : 1));
    const facts = owners.flatMap((e) => ((e.data[table.field] ?? []) as { source?: string }[]).map((f) => ({ e, f })));
    expect(rows).toHaveLength(facts.length);
    const date = new Map(entries.statements.map((s) => [s.id, s.data.date]));
    const lead = { missions: 'mission', countries: 'country', people: 'person', statements: 'statement', organizations: 'organization' }[table.collection];
    rows.forEach((row, i) => {
      expect(row[lead]).toBe(facts[i]!.e.id);
      if (facts[i]!.f.source) expect([row.source, row.sourceDate]).toEqual([facts[i]!.f.source, date.get(facts[i]!.f.source!)]);
    });
  });
  test('the entry schemas are published as schemas/ holds them', () => {
    for (const c of COLLECTIONS) expect(read(`data/v1/schemas/${c}.entry.schema.json`)).toBe(readFileSync(join(REPO, `schemas/${c}.schema.json`), 'utf8'));
  });
  test.each(COLLECTIONS)('%s.json, as served, is valid against the schema it links, as served', (c) => {
    const schemas = COLLECTIONS.flatMap((x) => [`schemas/${x}.schema.json`, `schemas/${x}.entry.schema.json`]);
    const files = schemas.map((file) => ({ file, text: read(`data/v1/${file}`) }));
    expect(validAgainstLinkedSchema(read(`data/v1/${c}.json`), files)).toEqual([]);
  });
  test('/data/ links every file and gives its size in bytes as built', () => {
    const doc = dom(dist, '/data/');
    const rows = [...doc.querySelectorAll('tbody tr')].map((tr) => ({ href: tr.querySelector('a')!.getAttribute('href')!, size: text(tr.lastElementChild) }));
    expect(rows.map((r) => r.href).sort()).toEqual(
      [
        ...COLLECTIONS.flatMap((c) => [
          `/data/v1/${c}.json`,
          `/data/v1/${c}.csv`,
          `/data/v1/schemas/${c}.schema.json`,
          `/data/v1/schemas/${c}.entry.schema.json`,
        ]),
        ...FLAT_TABLES.map((t) => `/data/v1/${t.name}.csv`),
      ].sort(),
    );
    for (const r of rows) {
      const bytes = readFileSync(join(dist, r.href)).length;
      const shown = bytes < 1000 ? `${bytes} bytes` : `${(bytes / 1000).toFixed(1)} KB`;
      if (bytes < 1_000_000) expect(r.size, r.href).toBe(shown);
    }
  });
  test('the codebook has a row for every field of every schema', () => {
    const doc = dom(dist, '/data/v1/codebook/');
    for (const c of COLLECTIONS) {
      const schema = jsonSchemaFor(c) as { properties: Record<string, unknown> };
      const listed = [...doc.querySelectorAll(`section:has(h2#${c}) tbody th code`)].map(text);
      for (const field of Object.keys(schema.properties)) expect(listed, `${c}.${field}`).toContain(field);
    }
  });
});

describe('feeds', () => {
  test('the statements feed: the newest statements of content/, newest first', () => {
    const feed = parseFeed(read('feeds/statements.xml'));
    const expected = [...entries.statements].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)).slice(0, FEED_SIZE);
    expect(feed.items.map((i) => i.url)).toEqual(expected.map((s) => `${SITE}/statements/${s.id}/`));
    expect(feed.items.map((i) => i.title)).toEqual(expected.map((s) => s.data.title));
  });
  test.each(entries.countries.map((c) => c.id))('country %s: a feed of the statements on it', (id) => {
    const feed = parseFeed(read(`feeds/countries/${id}.xml`));
    expect(feed.items.length).toBe(Math.min(FEED_SIZE, entries.statements.filter((s) => s.data.countries.includes(id)).length));
  });
  test.each(entries.organizations.map((o) => o.id))('organization %s: a feed of the statements it issued and the reports relaying it', (id) => {
    const feed = parseFeed(read(`feeds/organizations/${id}.xml`));
    expect(feed.items.length).toBe(Math.min(FEED_SIZE, entries.statements.filter((s) => s.data.source === id || s.data.reportsOn === id).length));
  });
  test('every page advertises the statements feed in its <head>, country and organization pages their own as well, each in the page’s language', () => {
    for (const path of builtPages(dist)) {
      const hrefs = [...dom(dist, path).querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')].map((l) => l.getAttribute('href'));
      const { locale, path: page } = splitLocale(path);
      expect(hrefs, path).toContain(localizedPath(locale, '/feeds/statements.xml'));
      const own = /^\/(countries|organizations)\/([a-z0-9-]+)\/$/.exec(page);
      if (own) expect(hrefs, path).toContain(localizedPath(locale, `/feeds/${own[1]}/${own[2]}.xml`));
    }
  });
});

describe('calendars', () => {
  const events = (path: string) => new ICAL.Component(ICAL.parse(read(path))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  /** Election days plus milestones dated to the day (election-day milestones are the rounds). */
  const expectedCount = (ms: typeof entries.missions) =>
    ms.reduce(
      (n, m) =>
        n + m.data.election.rounds.length + m.data.milestones.filter((x) => x.kind !== 'election-day' && /^\d{4}-\d{2}-\d{2}$/.test(x.date ?? '')).length,
      0,
    );

  test('the whole archive: every election day and dated milestone, each with a unique UID', () => {
    const all = events('calendar/elections.ics');
    expect(all).toHaveLength(expectedCount(entries.missions));
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
    for (const m of entries.missions)
      for (const day of m.data.election.rounds) expect(all.some((e) => e.startDate.toString() === day && e.startDate.isDate)).toBe(true);
  });
  test.each(participating.map((c) => c.id))('country %s: a calendar when it has missions, linked from its page', (id) => {
    const file = join(dist, `calendar/countries/${id}.ics`);
    const link = dom(dist, `/countries/${id}/`).querySelector(`a[href="/calendar/countries/${id}.ics"]`);
    if (missionsOf(id).length === 0) {
      expect(existsSync(file)).toBe(false);
      expect(link).toBeNull();
    } else {
      expect(events(`calendar/countries/${id}.ics`)).toHaveLength(expectedCount(missionsOf(id)));
      expect(link).not.toBeNull();
    }
  });
  test.each(entries.missions.map((m) => m.id))('mission %s: its calendar, linked from its page', (id) => {
    const m = entries.missions.find((x) => x.id === id)!;
    expect(events(`calendar/missions/${id}.ics`)).toHaveLength(expectedCount([m]));
    expect(dom(dist, `/missions/${id}/`).querySelector(`a[href="/calendar/missions/${id}.ics"]`)).not.toBeNull();
  });
});

describe('Russian feeds and calendars', () => {
  test('the Russian statements feed: the same statements, linking to the Russian pages, in Russian where content has it', () => {
    const feed = parseFeed(read('ru/feeds/statements.xml'));
    const expected = [...entries.statements].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)).slice(0, FEED_SIZE);
    expect(feed.language).toBe('ru');
    expect(feed.self).toBe(`${SITE}/ru/feeds/statements.xml`);
    expect(feed.items.map((i) => i.url)).toEqual(expected.map((s) => `${SITE}/ru/statements/${s.id}/`));
    expect(feed.items.map((i) => i.title)).toEqual(expected.map((s) => s.data.ru?.title ?? s.data.title));
    expect(feed.items.map((i) => i.description)).toEqual(expected.map((s) => s.data.ru?.summary ?? s.data.summary));
  });
  test.each(entries.countries.map((c) => c.id))('country %s: a Russian feed, linked from its Russian page', (id) => {
    const feed = parseFeed(read(`ru/feeds/countries/${id}.xml`));
    expect(feed.items.length).toBe(Math.min(FEED_SIZE, entries.statements.filter((s) => s.data.countries.includes(id)).length));
    expect(feed.url).toBe(`${SITE}/ru/countries/${id}/`);
    expect(dom(dist, `/ru/countries/${id}/`).querySelector(`a[href="/ru/feeds/countries/${id}.xml"]`)).not.toBeNull();
  });
  test.each(entries.organizations.map((o) => o.id))('organization %s: a Russian feed', (id) => {
    const feed = parseFeed(read(`ru/feeds/organizations/${id}.xml`));
    expect(feed.items.length).toBe(Math.min(FEED_SIZE, entries.statements.filter((s) => s.data.source === id || s.data.reportsOn === id).length));
    expect(feed.language).toBe('ru');
  });
  test('the Russian calendars hold the same events, with the same UIDs, linking to the Russian mission pages', () => {
    const read_ = (path: string) => new ICAL.Component(ICAL.parse(read(path))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const en = read_('calendar/elections.ics');
    const ru = read_('ru/calendar/elections.ics');
    expect(ru.map((e) => e.uid)).toEqual(en.map((e) => e.uid));
    for (const e of ru) expect(String(e.component.getFirstPropertyValue('url'))).toMatch(new RegExp(`^${SITE}/ru/missions/`));
    for (const m of entries.missions) expect(read_(`ru/calendar/missions/${m.id}.ics`).length).toBe(read_(`calendar/missions/${m.id}.ics`).length);
    for (const c of participating.filter((c) => missionsOf(c.id).length > 0))
      expect(read_(`ru/calendar/countries/${c.id}.ics`).length).toBe(read_(`calendar/countries/${c.id}.ics`).length);
  });
});

describe('citations', () => {
  const pages = [
    ...entries.statements.map((s) => ({ kind: 'statements', id: s.id, url: `/statements/${s.id}/` })),
    ...entries.missions.map((m) => ({ kind: 'missions', id: m.id, url: `/missions/${m.id}/` })),
    ...entries.countries.map((c) => ({ kind: 'countries', id: c.id, url: `/countries/${c.id}/` })),
  ];
  test.each(pages.map((p) => [p.url, p] as const))('%s: Cite this page, its three files read back, and citation_* tags', (url, p) => {
    const doc = dom(dist, url);
    const title = doc.querySelector('meta[name="citation_title"]')?.getAttribute('content');
    expect(title).toBeTruthy();
    expect(doc.querySelector('meta[name="citation_public_url"]')!.getAttribute('content')).toBe(`${SITE}${url}`);
    // The APA style sets quotes and apostrophes typographically (’ for '), and, as American English does,
    // moves a period or comma after a closing quotation mark inside it (…2022.” for a title ending …2022”).
    const plainQuotes = (s: string) =>
      s
        .replace(/[‘’]/g, "'")
        .replace(/[“”]/g, '"')
        .replace(/([.,])"/g, '"$1');
    expect(plainQuotes(text(doc.querySelector('#cite-this-page + .cite__reference')))).toContain(plainQuotes(title!));
    for (const ext of ['bib', 'ris', 'json']) expect(doc.querySelector(`.cite a[href="/citations/${p.kind}/${p.id}.${ext}"]`), ext).not.toBeNull();

    const bib = parseBibtex(read(`citations/${p.kind}/${p.id}.bib`));
    expect(bib.errors).toEqual([]);
    expect(bib.entries[0]!.fields.url).toBe(`${SITE}${url}`);
    const [fromRis] = new Cite(read(`citations/${p.kind}/${p.id}.ris`)).data as { URL: string; title: string }[];
    expect(fromRis!.URL).toBe(`${SITE}${url}`);
    expect(fromRis!.title).toBe(title);
    const [csl] = new Cite(JSON.parse(read(`citations/${p.kind}/${p.id}.json`))).data as { URL: string; title: string }[];
    expect([csl!.URL, csl!.title]).toEqual([`${SITE}${url}`, title]);
  });
  test('a statement page cites the statement: its issuer and date are in the reference and the tags', () => {
    for (const s of entries.statements) {
      const doc = dom(dist, `/statements/${s.id}/`);
      const [y, m, d] = s.data.date.split('-');
      expect(doc.querySelector('meta[name="citation_publication_date"]')!.getAttribute('content')).toBe(`${y}/${m}/${d}`);
      const issuer = entries.organizations.find((o) => o.id === s.data.source)!.data.name;
      expect(text(doc.querySelector('.cite'))).toContain(issuer);
    }
  });
});

describe('sitemap and robots.txt', () => {
  const xmlDoc = (path: string) => parseHTML(`<html><body>${read(path).replace(/^<\?xml[^>]*>/, '')}</body></html>`).document;
  const locs = (path: string) => [...xmlDoc(path).querySelectorAll('loc')].map((l) => l.textContent!.trim());
  const sitemapUrls = locs('sitemap-index.xml').flatMap((u) => locs(new URL(u).pathname.slice(1)));

  test('robots.txt points to the sitemap index, which exists', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (.+)$/m.exec(robots)![1]!;
    expect(existsSync(join(dist, new URL(sitemap).pathname))).toBe(true);
  });
  test('every URL in the sitemap is a built page', () => {
    expect(sitemapUrls.length).toBeGreaterThan(0);
    for (const u of sitemapUrls) {
      expect(u.startsWith(`${SITE}/`), u).toBe(true);
      const path = new URL(u).pathname;
      expect(existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path)), u).toBe(true);
    }
    expect(new Set(sitemapUrls).size).toBe(sitemapUrls.length);
  });
  test('every page is in the sitemap, except the 404 pages', () => {
    const listed = new Set(sitemapUrls.map((u) => new URL(u).pathname));
    expect(builtPages(dist).filter((p) => !listed.has(p))).toEqual(['/404.html', '/ru/404.html']);
  });
});

describe('/about/', () => {
  const doc = dom(dist, '/about/');
  test("its counts are the content's", () => {
    const shown = Object.fromEntries(
      [...doc.querySelectorAll('[data-count]')].map((el) => [el.getAttribute('data-count'), Number(text(el).replace(/,/g, ''))]),
    );
    const counts = archiveCounts(entries);
    expect(Object.keys(shown).length).toBeGreaterThanOrEqual(10);
    for (const [key, value] of Object.entries(shown)) expect(value, key).toBe(counts[key as keyof typeof counts]);
  });
  test('says how facts are sourced, the vocabularies, the licence, how to cite, contribute and report an error', () => {
    for (const id of ['sourcing', 'vocabularies', 'licence', 'how-to-cite', 'contribute', 'report-an-error']) expect(doc.getElementById(id), id).not.toBeNull();
    expect(doc.querySelector('a[rel~="license"]')!.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    const report = new URL(doc.querySelector('#report-an-error + p a')!.getAttribute('href')!);
    expect(report.protocol).toBe('mailto:');
    expect(report.pathname).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(text(doc.querySelector('#vocabulary-mission-types + dl'))).toContain('LEOM');
  });
  test('is linked from every page', () => {
    for (const path of builtPages(dist)) {
      const about = localizedPath(splitLocale(path).locale, '/about/');
      expect(dom(dist, path).querySelector(`footer a[href="${about}"]`), path).not.toBeNull();
    }
  });
});

describe('the map', () => {
  test.each(['/', '/countries/'])('%s: every participating State with observed elections links to its page from the map, within 30 KB gzipped', (path) => {
    const html = pageHtml(dist, path);
    const svg = /<svg[^>]*class="osce-map"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(gzipSync(svg).length).toBeLessThanOrEqual(30_000);
    const doc = parseHTML(html).document;
    const map = doc.querySelector('svg.osce-map')!;
    expect(text(map.querySelector('title'))).toBe('Observed elections in the OSCE participating States');
    expect(text(map.querySelector('desc'))).toContain(`of ${participating.length} States`);
    const labels = new Map([...map.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]));
    const outside = text(map.querySelector('desc'));
    for (const c of participating) {
      const n = missionsOf(c.id).length;
      const label =
        n === 0 ? `${c.data.name}: the archive holds no observed election` : `${c.data.name}: ${n} observed election${n === 1 ? '' : 's'} in the archive`;
      if (labels.has(`/countries/${c.id}/`)) expect(labels.get(`/countries/${c.id}/`)).toBe(label);
      else expect(outside, c.id).toContain(`${c.data.name} (${n})`);
    }
  });
  test("the home page prints the map's table: every participating State with its count", () => {
    const rows = [...dom(dist, '/').querySelectorAll('.chart-block--osce-map tbody tr')].map((tr) => [text(tr.children[0]), text(tr.children[1])]);
    expect(rows).toEqual(
      [...participating].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')).map((c) => [c.data.name, String(missionsOf(c.id).length)]),
    );
  });
});
