/**
 * RSS 2.0 feeds of statements, newest first: the whole archive, each country and each organization.
 * Written by `@astrojs/rss`, which escapes every text it is given; this module only decides what
 * goes in. A feed carries the newest FEED_SIZE statements: readers poll feeds for what is new, and
 * the full lists are on the pages and in the data downloads.
 */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import type { StatementData } from '../schemas/index.ts';
import { STATEMENT_KINDS } from '../schemas/vocabulary.ts';
import { ARCHIVE_NAME } from '../about/archive.ts';
import { entryPath } from '../archive/collections.ts';

export const FEED_SIZE = 100;

export interface FeedStatement {
  id: string;
  data: Pick<StatementData, 'title' | 'date' | 'kind' | 'summary' | 'source' | 'countries'>;
}

export interface Feed {
  /** URL path of the feed file, e.g. `/feeds/countries/kz.xml`. */
  path: string;
  title: string;
  description: string;
  /** The page the feed follows. */
  page: string;
  statements: readonly FeedStatement[];
}

export const ALL_STATEMENTS_FEED = '/feeds/statements.xml';
export const countryFeedPath = (id: string) => `/feeds/countries/${id}.xml`;
export const organizationFeedPath = (id: string) => `/feeds/organizations/${id}.xml`;

/** Newest first, ties by id, at most FEED_SIZE. */
function newestFirst<T extends FeedStatement>(statements: readonly T[]): T[] {
  return [...statements].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)).slice(0, FEED_SIZE);
}

export function allStatementsFeed(statements: readonly FeedStatement[]): Feed {
  return {
    path: ALL_STATEMENTS_FEED,
    title: `${ARCHIVE_NAME}: statements`,
    description: 'New statements on international election observation, newest first.',
    page: '/statements/',
    statements: newestFirst(statements),
  };
}

export function countryFeed(country: { id: string; name: string }, statements: readonly FeedStatement[]): Feed {
  return {
    path: countryFeedPath(country.id),
    title: `${ARCHIVE_NAME}: statements on ${country.name}`,
    description: `New statements on election observation in ${country.name}, newest first.`,
    page: entryPath('countries', country.id),
    statements: newestFirst(statements),
  };
}

export function organizationFeed(organization: { id: string; name: string }, statements: readonly FeedStatement[]): Feed {
  return {
    path: organizationFeedPath(organization.id),
    title: `${ARCHIVE_NAME}: statements by ${organization.name}`,
    description: `New statements issued by ${organization.name}, newest first.`,
    page: entryPath('organizations', organization.id),
    statements: newestFirst(statements),
  };
}

/** A statement's date as the feed's pubDate: midnight UTC of its day, the only precision sources give. */
export function pubDate(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** One feed item: the statement's headline, page, day, summary, kind and issuer. */
function feedItem(s: FeedStatement, names: { organization: (id: string) => string; country: (id: string) => string }): RSSFeedItem {
  return {
    title: s.data.title,
    link: entryPath('statements', s.id),
    pubDate: pubDate(s.data.date),
    description: s.data.summary,
    categories: [STATEMENT_KINDS[s.data.kind], names.organization(s.data.source), ...s.data.countries.map(names.country)],
  };
}

/** The feed's XML. `site` is the site's origin; links in the feed are absolute. */
/** The feed as the response a route returns: RSS 2.0 with its content type, stated once for every feed. */
export async function feedResponse(feed: Feed, site: string | URL, names: Parameters<typeof feedXml>[2]): Promise<Response> {
  return new Response(await feedXml(feed, site, names), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

export async function feedXml(
  feed: Feed,
  site: string | URL,
  names: { organization: (id: string) => string; country: (id: string) => string },
): Promise<string> {
  const self = new URL(feed.path, site).href;
  return getRssString({
    title: feed.title,
    description: feed.description,
    site: new URL(feed.page, site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Our own constant markup (the URL is built from an id, which is a slug): the language and the
    // feed's own address, which RSS readers and validators look for.
    customData: `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: feed.statements.map((s) => feedItem(s, names)),
    trailingSlash: true,
  });
}
