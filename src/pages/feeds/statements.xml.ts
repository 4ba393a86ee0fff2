import { statementsFeedRoute } from '../../feeds/routes.ts';

export const GET = statementsFeedRoute('en');
