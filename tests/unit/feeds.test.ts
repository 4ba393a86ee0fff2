/** RSS feeds of statements (src/feeds/), read back with a real feed parser. */
import { describe, expect, test } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { allStatementsFeed, countryFeed, feedXml, organizationFeed, organizationStatements, type FeedStatement } from '../../src/feeds/statements.ts';
import { feedNames } from '../../src/feeds/names.ts';
import { archive } from '../support/open-data-fixture.ts';

const SITE = 'https://election-observation-archive.org';
/** The newest statements a feed carries. */
const FEED_SIZE = 100;
const names = feedNames(archive, 'en');

describe('the statements feed', async () => {
  const xml = await feedXml(allStatementsFeed(archive.statements, 'en'), SITE, names);
  const feed = parseFeed(xml);
  test('is RSS 2.0 with the archive as title and its own address', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('Election Observation Archive: statements');
    expect(feed.url).toBe(`${SITE}/statements/`);
    expect(feed.self).toBe(`${SITE}/feeds/statements.xml`);
    expect(feed.language).toBe('en');
  });
  test('holds every statement, newest first, each linking to its page, dated its day', () => {
    expect(feed.items.map((i) => i.url)).toEqual([
      `${SITE}/statements/s-2021-01-20-wire/`,
      `${SITE}/statements/s-2020-12-01-opens/`,
      `${SITE}/statements/s-2020-05-01-first/`,
    ]);
    expect(feed.items.map((i) => i.published?.toISOString().slice(0, 10))).toEqual(['2021-01-20', '2020-12-01', '2020-05-01']);
    expect(feed.items[0]!.id).toBe(`${SITE}/statements/s-2021-01-20-wire/`);
  });
  test('carries markup and ampersands in titles as text, never as markup', () => {
    const first = feed.items.find((i) => i.url?.endsWith('s-2020-05-01-first/'))!;
    expect(first.title).toBe('First <b>list</b> of States & partners');
    expect(xml).not.toContain('<b>');
    expect(first.description).toBe('Lists the States.');
  });
  test('files each item under its kind, its issuer and its countries', () => {
    const first = feed.items.find((i) => i.url?.endsWith('s-2020-05-01-first/'))!;
    expect(first.categories.map((c) => c.label)).toEqual(['Press release', 'OIO', 'Arcadia', 'Borduria']);
  });
});

describe('feeds per country and organization', () => {
  test('a country feed holds only statements on that country', async () => {
    const feed = parseFeed(await feedXml(countryFeed({ id: 'xb', name: 'Borduria' }, archive.statementsByCountry.get('xb')!, 'en'), SITE, names));
    expect(feed.title).toBe('Election Observation Archive: statements on Borduria');
    expect(feed.self).toBe(`${SITE}/feeds/countries/xb.xml`);
    expect(feed.items.map((i) => i.url)).toEqual([`${SITE}/statements/s-2020-05-01-first/`]);
  });
  test('an organization feed holds only what it issued; a feed with nothing yet is still a valid feed', async () => {
    const wire = parseFeed(
      await feedXml(organizationFeed({ id: 'wire', name: 'Daily "Wire" & Co' }, archive.statementsByOrganization.get('wire')!, 'en'), SITE, names),
    );
    expect(wire.title).toBe('Election Observation Archive: statements by and on Daily "Wire" & Co');
    expect(wire.items).toHaveLength(1);
    const empty = parseFeed(await feedXml(countryFeed({ id: 'xp', name: 'Partneria' }, [], 'en'), SITE, names));
    expect(empty.items).toEqual([]);
    expect(empty.title).toBe('Election Observation Archive: statements on Partneria');
  });
  test('an organization feed holds what it issued and the news reports relaying it (reportsOn), newest first, each once', async () => {
    const statements = organizationStatements(archive.statementsByOrganization.get('obs')!, archive.statementsReportingOn.get('obs')!);
    const feed = parseFeed(await feedXml(organizationFeed({ id: 'obs', name: 'Office of Invented Observers' }, statements, 'en'), SITE, names));
    expect(feed.items.map((i) => i.url)).toEqual([
      `${SITE}/statements/s-2021-01-20-wire/`,
      `${SITE}/statements/s-2020-12-01-opens/`,
      `${SITE}/statements/s-2020-05-01-first/`,
    ]);
    expect(feed.items[0]!.categories.map((c) => c.label)).toContain('Daily "Wire" & Co');
    expect(organizationStatements(statements, statements)).toEqual(statements);
    // An organization known only through reports on it still has items.
    const relayedOnly = organizationStatements([], archive.statementsReportingOn.get('obs')!);
    expect(parseFeed(await feedXml(organizationFeed({ id: 'obs', name: 'OIO' }, relayedOnly, 'en'), SITE, names)).items).toHaveLength(1);
  });
  test(`a feed stops at the newest ${FEED_SIZE}`, async () => {
    const many: FeedStatement[] = Array.from({ length: FEED_SIZE + 5 }, (_, i) => ({
      id: `s-${i}`,
      data: { title: `T${i}`, date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, kind: 'press-release', summary: 'x', source: 'obs', countries: ['xa'] },
    }));
    const feed = parseFeed(await feedXml(allStatementsFeed(many, 'en'), SITE, names));
    expect(feed.items).toHaveLength(FEED_SIZE);
    const days = feed.items.map((i) => i.published!.getTime());
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });
  test('pubDate is midnight UTC of the day, whatever the machine zone', async () => {
    const one: FeedStatement = { id: 's-1', data: { title: 'T', date: '2021-01-04', kind: 'press-release', summary: 'x', source: 'obs', countries: ['xa'] } };
    expect(await feedXml(allStatementsFeed([one], 'en'), SITE, names)).toContain('<pubDate>Mon, 04 Jan 2021 00:00:00 GMT</pubDate>');
  });
});

describe('the Russian feeds', async () => {
  // One statement and one organization with their Russian texts, as maintainers add them in `ru:`;
  // the others fall back to English.
  const withRu = structuredClone(archive);
  const opens = withRu.statements.find((s) => s.id === 's-2020-12-01-opens')!;
  opens.data.ru = { title: 'Миссия начинает работу', summary: 'Миссия открылась.' };
  withRu.organization.get('obs')!.data.ru = { name: 'Бюро вымышленных наблюдателей', shortName: 'БВН' };
  const ruNames = feedNames(withRu, 'ru');
  const xml = await feedXml(allStatementsFeed(withRu.statements, 'ru'), SITE, ruNames);
  const feed = parseFeed(xml);

  test('is titled and described in Russian, with its own Russian address', () => {
    expect(feed.title).toBe('Архив международного наблюдения за выборами: заявления');
    expect(feed.description).toBe('Новые заявления о международном наблюдении за выборами, сначала новые.');
    expect(feed.language).toBe('ru');
    expect(feed.url).toBe(`${SITE}/ru/statements/`);
    expect(feed.self).toBe(`${SITE}/ru/feeds/statements.xml`);
  });
  test('items link to the Russian pages; Russian titles and summaries where content has them, else English', () => {
    expect(feed.items.map((i) => i.url)).toEqual([
      `${SITE}/ru/statements/s-2021-01-20-wire/`,
      `${SITE}/ru/statements/s-2020-12-01-opens/`,
      `${SITE}/ru/statements/s-2020-05-01-first/`,
    ]);
    const translated = feed.items[1]!;
    expect([translated.title, translated.description]).toEqual(['Миссия начинает работу', 'Миссия открылась.']);
    expect(translated.categories.map((c) => c.label)).toEqual(['Пресс-релиз', 'БВН', 'Казахстан']);
    const english = feed.items[2]!;
    expect([english.title, english.description]).toEqual(['First <b>list</b> of States & partners', 'Lists the States.']);
  });
  test('country and organization feeds name them in Russian', async () => {
    const country = parseFeed(await feedXml(countryFeed({ id: 'xa', name: 'Казахстан' }, withRu.statementsByCountry.get('xa')!, 'ru'), SITE, ruNames));
    expect(country.title).toBe('Архив международного наблюдения за выборами: заявления — Казахстан');
    expect(country.description).toBe('Новые заявления о наблюдении за выборами по стране Казахстан, сначала новые.');
    expect(country.self).toBe(`${SITE}/ru/feeds/countries/xa.xml`);
    expect(country.url).toBe(`${SITE}/ru/countries/xa/`);
    const organization = parseFeed(
      await feedXml(organizationFeed({ id: 'obs', name: 'Бюро вымышленных наблюдателей' }, withRu.statementsByOrganization.get('obs')!, 'ru'), SITE, ruNames),
    );
    expect(organization.title).toBe('Архив международного наблюдения за выборами: заявления — Бюро вымышленных наблюдателей');
    expect(organization.self).toBe(`${SITE}/ru/feeds/organizations/obs.xml`);
  });
});
