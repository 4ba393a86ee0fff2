/**
 * RSS 2.0 feeds of statements, newest first: the whole archive, each country and each organization.
 * Written by `@astrojs/rss`, which escapes markup in every text it is given; `xmlText` takes out
 * what XML cannot hold at all (./xml-text.ts), so this module only decides what goes in. A feed carries the newest FEED_SIZE statements: readers poll feeds for what is new, and
 * the full lists are on the pages and in the data downloads.
 */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import type { StatementData } from '../schemas/index.ts';
import { entryPath } from '../archive/collections.ts';
import { localizedPath, type Locale } from '../i18n/locales.ts';
import { entryText } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import { label } from '../i18n/vocabulary.ts';
import { xmlText } from './xml-text.ts';

const FEED_SIZE = 100;

export interface FeedStatement {
  id: string;
  data: Pick<StatementData, 'title' | 'date' | 'kind' | 'summary' | 'source' | 'countries' | 'ru'>;
}

export interface Feed {
  /** The language of its titles, descriptions and links (`/ru/…` for Russian). */
  locale: Locale;
  /** URL path of the feed file, e.g. `/feeds/countries/kz.xml`, `/ru/feeds/countries/kz.xml`. */
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

export function allStatementsFeed(statements: readonly FeedStatement[], locale: Locale): Feed {
  const t = translator(locale);
  return {
    locale,
    path: localizedPath(locale, ALL_STATEMENTS_FEED),
    title: t('feeds.all.title', { archive: t('site.name') }),
    description: t('feeds.all.description'),
    page: localizedPath(locale, '/statements/'),
    statements: newestFirst(statements),
  };
}

/** `country.name` is the country's name in `locale`. */
export function countryFeed(country: { id: string; name: string }, statements: readonly FeedStatement[], locale: Locale): Feed {
  const t = translator(locale);
  return {
    locale,
    path: localizedPath(locale, countryFeedPath(country.id)),
    title: t('feeds.country.title', { archive: t('site.name'), country: country.name }),
    description: t('feeds.country.description', { country: country.name }),
    page: localizedPath(locale, entryPath('countries', country.id)),
    statements: newestFirst(statements),
  };
}

/**
 * What an organization's feed follows: the statements it issued and the news reports that relay its
 * announcements (`reportsOn`). Many of an institution's statements reach the archive only through
 * agencies' reports, and a reader subscribing to it expects those too; each statement once.
 */
export function organizationStatements<T extends FeedStatement>(issued: readonly T[], reportingOn: readonly T[]): T[] {
  const seen = new Set<string>();
  return [...issued, ...reportingOn].filter((s) => !seen.has(s.id) && seen.add(s.id));
}

/** `organization.name` is the organization's name in `locale`; `statements` are `organizationStatements`. */
export function organizationFeed(organization: { id: string; name: string }, statements: readonly FeedStatement[], locale: Locale): Feed {
  const t = translator(locale);
  return {
    locale,
    path: localizedPath(locale, organizationFeedPath(organization.id)),
    title: t('feeds.organization.title', { archive: t('site.name'), organization: organization.name }),
    description: t('feeds.organization.description', { organization: organization.name }),
    page: localizedPath(locale, entryPath('organizations', organization.id)),
    statements: newestFirst(statements),
  };
}

/** A statement's date as the feed's pubDate: midnight UTC of its day, the only precision sources give. */
function pubDate(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/**
 * One feed item: the statement's headline, page, day, summary, kind and issuer, in the feed's
 * language where the content has a translation (`ru.title`, `ru.summary`), else in English.
 */
function feedItem(s: FeedStatement, locale: Locale, names: { organization: (id: string) => string; country: (id: string) => string }): RSSFeedItem {
  return {
    title: xmlText(entryText(locale, s.data, 'title').text),
    link: localizedPath(locale, entryPath('statements', s.id)),
    pubDate: pubDate(s.data.date),
    description: xmlText(entryText(locale, s.data, 'summary').text),
    categories: [label(locale, 'statementKind', s.data.kind), names.organization(s.data.source), ...s.data.countries.map(names.country)].map(xmlText),
  };
}

/** The feed as the response a route returns: RSS 2.0 with its content type, stated once for every feed. */
export async function feedResponse(feed: Feed, site: string | URL, names: Parameters<typeof feedXml>[2]): Promise<Response> {
  return new Response(await feedXml(feed, site, names), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

/** The feed's XML. `site` is the site's origin; links in the feed are absolute. */
export async function feedXml(
  feed: Feed,
  site: string | URL,
  names: { organization: (id: string) => string; country: (id: string) => string },
): Promise<string> {
  const self = new URL(feed.path, site).href;
  return getRssString({
    title: xmlText(feed.title),
    description: xmlText(feed.description),
    site: new URL(feed.page, site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Our own constant markup (the URL is built from an id, which is a slug): the language and the
    // feed's own address, which RSS readers and validators look for.
    customData: `<language>${feed.locale}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: feed.statements.map((s) => feedItem(s, feed.locale, names)),
    trailingSlash: true,
  });
}
