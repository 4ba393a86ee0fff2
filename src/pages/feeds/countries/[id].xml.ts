import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../archive/query.ts';
import { countryFeed, feedResponse } from '../../../feeds/statements.ts';
import { feedNames } from '../../../feeds/names.ts';

// Every country has a feed, even before its first statement: a reader can subscribe and wait.
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.countries.map((country) => ({ params: { id: country.id }, props: { country } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Statements on one country, newest first, as RSS 2.0. */
export const GET: APIRoute<Props> = async ({ props, site }) => {
  const archive = await getArchive();
  const { country } = props;
  const feed = countryFeed({ id: country.id, name: country.data.name }, archive.statementsByCountry.get(country.id) ?? []);
  return feedResponse(feed, site!, feedNames(archive));
};
