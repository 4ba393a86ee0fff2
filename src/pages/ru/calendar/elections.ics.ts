import { electionsCalendarRoute } from '../../../calendar/routes.ts';

export const GET = electionsCalendarRoute('ru');
