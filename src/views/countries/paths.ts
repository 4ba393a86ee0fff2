/** The country pages to build, the same in every language. */
import type { GetStaticPaths } from 'astro';
import { getArchive } from '../../archive/query.ts';

export const countryPaths = (async () => {
  const archive = await getArchive();
  return archive.countries.map((country) => ({ params: { id: country.id }, props: { country } }));
}) satisfies GetStaticPaths;
