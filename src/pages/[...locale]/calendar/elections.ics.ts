import { inEveryLocale } from '../../../i18n/routes.ts';
import { electionsCalendarRoute } from '../../../calendar/routes.ts';

export const getStaticPaths = inEveryLocale();
export const GET = electionsCalendarRoute;
