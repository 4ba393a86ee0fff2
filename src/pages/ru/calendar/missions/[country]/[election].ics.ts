import { missionCalendarPaths, missionCalendarRoute } from '../../../../../calendar/routes.ts';

export const getStaticPaths = missionCalendarPaths;
export const GET = missionCalendarRoute('ru');
