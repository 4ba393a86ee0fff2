/** The organization pages and their lists to build, the same in every language. */
import type { GetStaticPaths } from 'astro';
import { getArchive } from '../../archive/query.ts';
import { entityListPaths, MISSIONS_PAGE_SIZE } from '../../lists/paging.ts';

export const organizationPaths = (async () => {
  const archive = await getArchive();
  return archive.organizations.map((organization) => ({ params: { id: organization.id }, props: { organization } }));
}) satisfies GetStaticPaths;

/** Every page of each organization's list of missions. */
export const organizationMissionPaths = (async () => {
  const archive = await getArchive();
  return entityListPaths(archive.organizations, (o) => archive.missionsByOrganization.get(o.id), MISSIONS_PAGE_SIZE);
}) satisfies GetStaticPaths;

/** Every page of each organization's list of statements. */
export const organizationStatementPaths = (async () => {
  const archive = await getArchive();
  return entityListPaths(archive.organizations, (o) => archive.statementsByOrganization.get(o.id));
}) satisfies GetStaticPaths;
