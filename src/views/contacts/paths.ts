/** The pages of the media desk to build, the same in every language. */
import type { GetStaticPaths } from 'astro';
import { getArchive } from '../../archive/query.ts';
import { groupDirectory } from '../../contacts/directory.ts';
import { CONTACT_GROUPS_PAGE_SIZE, listPages } from '../../lists/paging.ts';

async function contactPages() {
  const archive = await getArchive();
  return listPages(groupDirectory(archive.contacts), CONTACT_GROUPS_PAGE_SIZE);
}

/** Page 1, which lives at /contacts/. */
export async function firstContactsPage() {
  const { items, pages } = (await contactPages())[0]!;
  return { groups: items, page: 1, pages };
}

// Page 1 is /contacts/; vCards live at /contacts/<key>.vcf, so /contacts/page/N/ is free.
export const contactsPagePaths = (async () =>
  (await contactPages())
    .slice(1)
    .map(({ items, page, pages }) => ({ params: { page: String(page) }, props: { groups: items, page, pages } }))) satisfies GetStaticPaths;
