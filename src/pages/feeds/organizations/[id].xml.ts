import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../archive/query.ts';
import { feedResponse, organizationFeed } from '../../../feeds/statements.ts';
import { feedNames } from '../../../feeds/names.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.organizations.map((organization) => ({ params: { id: organization.id }, props: { organization } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Statements issued by one organization, newest first, as RSS 2.0. */
export const GET: APIRoute<Props> = async ({ props, site }) => {
  const archive = await getArchive();
  const { organization } = props;
  const feed = organizationFeed({ id: organization.id, name: organization.data.name }, archive.statementsByOrganization.get(organization.id) ?? []);
  return feedResponse(feed, site!, feedNames(archive));
};
