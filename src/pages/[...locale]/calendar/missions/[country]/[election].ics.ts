import { inEveryLocale } from '../../../../../i18n/routes.ts';
import { missionCalendarPaths, missionCalendarRoute } from '../../../../../calendar/routes.ts';

export const getStaticPaths = inEveryLocale(missionCalendarPaths);
export const GET = missionCalendarRoute;
