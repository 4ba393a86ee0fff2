import { inEveryLocale } from '../../../i18n/routes.ts';
import { statementsFeedRoute } from '../../../feeds/routes.ts';

export const getStaticPaths = inEveryLocale();
export const GET = statementsFeedRoute;
