import { countryCalendarPaths, countryCalendarRoute } from '../../../../calendar/routes.ts';

export const getStaticPaths = countryCalendarPaths;
export const GET = countryCalendarRoute('ru');
