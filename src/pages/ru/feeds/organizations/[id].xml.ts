import { organizationFeedPaths, organizationFeedRoute } from '../../../../feeds/routes.ts';

export const getStaticPaths = organizationFeedPaths;
export const GET = organizationFeedRoute('ru');
