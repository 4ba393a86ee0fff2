/**
 * The feed routes of every language, in `src/pages/[...locale]/feeds/`: each request's language
 * comes from the route (`Astro.locals.locale`), so the editions can only differ in their language.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type Archive, type Country } from '../archive/query.ts';
import { countryName, entryText } from '../i18n/names.ts';
import { feedNames } from './names.ts';
import { allStatementsFeed, countryFeed, feedResponse, organizationFeed, organizationStatements } from './statements.ts';

/** The archive's statements, newest first, as RSS 2.0. */
export const statementsFeedRoute: APIRoute = async ({ site, locals: { locale } }) => {
  const archive = await getArchive();
  return feedResponse(allStatementsFeed(archive.statements, locale), site!, feedNames(archive, locale));
};

// Every country has a feed, even before its first statement: a reader can subscribe and wait.
export const countryFeedPaths = (async () => {
  const archive = await getArchive();
  return archive.countries.map((country) => ({ params: { id: country.id }, props: { country } }));
}) satisfies GetStaticPaths;

/** Statements on one country, newest first, as RSS 2.0. */
export const countryFeedRoute: APIRoute<{ country: Country }> = async ({ props, site, locals: { locale } }) => {
  const archive = await getArchive();
  const { country } = props;
  const feed = countryFeed({ id: country.id, name: countryName(locale, country.data).text }, archive.statementsByCountry.get(country.id) ?? [], locale);
  return feedResponse(feed, site!, feedNames(archive, locale));
};

export const organizationFeedPaths = (async () => {
  const archive = await getArchive();
  return archive.organizations.map((organization) => ({ params: { id: organization.id }, props: { organization } }));
}) satisfies GetStaticPaths;

/** Statements issued by one organization or relaying it, newest first, as RSS 2.0. */
export const organizationFeedRoute: APIRoute<{ organization: Archive['organizations'][number] }> = async ({ props, site, locals: { locale } }) => {
  const archive = await getArchive();
  const { organization } = props;
  const name = entryText(locale, organization.data, 'name').text;
  const statements = organizationStatements(
    archive.statementsByOrganization.get(organization.id) ?? [],
    archive.statementsReportingOn.get(organization.id) ?? [],
  );
  const feed = organizationFeed({ id: organization.id, name }, statements, locale);
  return feedResponse(feed, site!, feedNames(archive, locale));
};
