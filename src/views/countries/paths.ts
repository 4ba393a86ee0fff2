/** The country pages and their lists to build, the same in every language. */
import type { GetStaticPaths } from 'astro';
import { getArchive } from '../../archive/query.ts';
import { entityListPaths, MISSIONS_PAGE_SIZE } from '../../lists/paging.ts';

export const countryPaths = (async () => {
  const archive = await getArchive();
  return archive.countries.map((country) => ({ params: { id: country.id }, props: { country } }));
}) satisfies GetStaticPaths;

/** Every page of each country's list of observed elections. */
export const countryMissionPaths = (async () => {
  const archive = await getArchive();
  return entityListPaths(archive.countries, (c) => archive.missionsByCountry.get(c.id), MISSIONS_PAGE_SIZE);
}) satisfies GetStaticPaths;

/**
 * Every page of each country's list of statements. A country whose people speak in statements about
 * other countries keeps its list even if none is about it: the list names them.
 */
export const countryStatementPaths = (async () => {
  const archive = await getArchive();
  return entityListPaths(
    archive.countries,
    (c) => archive.statementsByCountry.get(c.id),
    undefined,
    (c) => archive.statementsBySpeakerCountry.has(c.id),
  );
}) satisfies GetStaticPaths;
