import { inEveryLocale } from '../../../../i18n/routes.ts';
import { countryFeedPaths, countryFeedRoute } from '../../../../feeds/routes.ts';

export const getStaticPaths = inEveryLocale(countryFeedPaths);
export const GET = countryFeedRoute;
