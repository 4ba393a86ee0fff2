/** The statement pages and the pages of the statements list to build, the same in every language. */
import type { GetStaticPaths } from 'astro';
import { getArchive } from '../../archive/query.ts';
import { listPages } from '../../lists/paging.ts';

export const statementPaths = (async () => {
  const archive = await getArchive();
  return archive.statements.map((statement) => ({ params: { id: statement.id }, props: { statement } }));
}) satisfies GetStaticPaths;

/** Page 1 of the statements list, which lives at the list's own address. */
export async function firstStatementsPage() {
  const archive = await getArchive();
  const { items, pages, total } = listPages(archive.statements)[0]!;
  return { statements: items, page: 1, pages, total };
}

export const statementsPagePaths = (async () => {
  const archive = await getArchive();
  // Page 1 lives at /statements/; these are pages 2 and on.
  return listPages(archive.statements)
    .slice(1)
    .map(({ items, page, pages, total }) => ({ params: { page: String(page) }, props: { statements: items, page, pages, total } }));
}) satisfies GetStaticPaths;
