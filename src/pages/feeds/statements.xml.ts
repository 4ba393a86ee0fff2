import type { APIRoute } from 'astro';
import { getArchive } from '../../archive/query.ts';
import { allStatementsFeed, feedResponse } from '../../feeds/statements.ts';
import { feedNames } from '../../feeds/names.ts';

/** The archive's statements, newest first, as RSS 2.0. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return feedResponse(allStatementsFeed(archive.statements), site!, feedNames(archive));
};
