/** The people pages and lists to build, the same in every language. */
import type { GetStaticPaths } from 'astro';
import { getArchive } from '../../archive/query.ts';
import { entityListPaths, listPages, PEOPLE_PAGE_SIZE } from '../../lists/paging.ts';

export const personPaths = (async () => {
  const archive = await getArchive();
  return archive.people.map((person) => ({ params: { id: person.id }, props: { person } }));
}) satisfies GetStaticPaths;

/** Pages 2… of /people/ (page 1 is /people/ itself; person ids are names, never "page"). */
export const peoplePagePaths = (async () => {
  const archive = await getArchive();
  return listPages(archive.people, PEOPLE_PAGE_SIZE)
    .slice(1)
    .map((list) => ({ params: { page: String(list.page) }, props: list }));
}) satisfies GetStaticPaths;

/** The first page of /people/, the props the index page hands `PeoplePage`. */
export async function firstPeoplePage() {
  const archive = await getArchive();
  return listPages(archive.people, PEOPLE_PAGE_SIZE)[0]!;
}

/** Every page of each person's list of statements. */
export const personStatementPaths = (async () => {
  const archive = await getArchive();
  return entityListPaths(archive.people, (p) => archive.statementsByPerson.get(p.id));
}) satisfies GetStaticPaths;
