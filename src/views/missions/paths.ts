/** The mission pages and the pages of the missions list to build, the same in every language. */
import type { GetStaticPaths } from 'astro';
import { getArchive } from '../../archive/query.ts';
import { listPages, MISSIONS_PAGE_SIZE } from '../../lists/paging.ts';

export const missionPaths = (async () => {
  const archive = await getArchive();
  // Mission ids are `<country>/<year>-<kind>`: two route segments.
  return archive.missions.map((mission) => {
    const [country, election] = mission.id.split('/');
    return { params: { country, election }, props: { mission } };
  });
}) satisfies GetStaticPaths;

/** Page 1 of the missions list, which lives at the list's own address. */
export async function firstMissionsPage() {
  const archive = await getArchive();
  const { items, pages, total } = listPages(archive.missions, MISSIONS_PAGE_SIZE)[0]!;
  return { missions: items, page: 1, pages, total };
}

export const missionsPagePaths = (async () => {
  const archive = await getArchive();
  // Page 1 lives at /missions/; these are pages 2 and on. No mission id is a bare number, so
  // /missions/page/N/ never meets a mission's /missions/<country>/<year>-<kind>/.
  return listPages(archive.missions, MISSIONS_PAGE_SIZE)
    .slice(1)
    .map(({ items, page, pages, total }) => ({ params: { page: String(page) }, props: { missions: items, page, pages, total } }));
}) satisfies GetStaticPaths;
