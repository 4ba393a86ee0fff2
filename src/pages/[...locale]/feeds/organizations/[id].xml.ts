import { inEveryLocale } from '../../../../i18n/routes.ts';
import { organizationFeedPaths, organizationFeedRoute } from '../../../../feeds/routes.ts';

export const getStaticPaths = inEveryLocale(organizationFeedPaths);
export const GET = organizationFeedRoute;
