import { inEveryLocale } from '../../../../i18n/routes.ts';
import { countryCalendarPaths, countryCalendarRoute } from '../../../../calendar/routes.ts';

export const getStaticPaths = inEveryLocale(countryCalendarPaths);
export const GET = countryCalendarRoute;
