import { countryFeedPaths, countryFeedRoute } from '../../../../feeds/routes.ts';

export const getStaticPaths = countryFeedPaths;
export const GET = countryFeedRoute('ru');
