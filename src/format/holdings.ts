/**
 * The wording of what the archive holds, kept apart from facts about the world.
 *
 * An archive's gaps are not events: that it holds no mission for 2010 does not mean none took place,
 * and a step announced for a day now past, of which it holds no later record, is neither "planned"
 * (it is no longer ahead) nor done (nothing says so). Every list, chart description and summary takes
 * its wording from here, so a page never turns what the archive lacks into a claim. The words
 * themselves are in each language's catalogue (`src/i18n/<locale>/holdings.ts`); every function
 * takes the page's locale and defaults to English.
 */
import { formatDate } from './dates.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator, type MessageKey } from '../i18n/translate.ts';

/** Where a reported step stands on the day the archive speaks (`asOf`, the build date). */
export type StepState = 'took-place' | 'planned' | 'no-later-record';

/** A step a source reports done, one announced for later, or one announced for a day that has passed. */
export function stepState(status: 'actual' | 'planned', date: string | undefined, asOf: string): StepState {
  if (status === 'actual') return 'took-place';
  if (!date) return 'planned';
  // A partial date ("2021-01") has passed only when its whole month or year has: "~" sorts after "-31".
  const passed = date.length === 10 ? date < asOf : `${date}~` < asOf;
  return passed ? 'no-later-record' : 'planned';
}

/** A short status for tables and chart labels: "took place", "planned", "announced, no later record". */
export function stepStatusShort(state: StepState, locale: Locale): string {
  return translator(locale)(`holdings.status.${state}`);
}

/** "11 January 2021", or "by 11 January 2021" when a source shows only that it had happened by then. */
function stepDay(date: string, onOrBefore: boolean, locale: Locale): string {
  return translator(locale)('holdings.day', { date: formatDate(date, locale), onOrBefore: onOrBefore ? 'yes' : 'no' });
}

/**
 * The date of a step with what the archive knows of it: "11 January 2021" when it took place,
 * "11 January 2021 (planned)" while ahead, and "announced for 11 January 2021; the archive holds no
 * later record" once that day has passed without a record of it.
 */
export function stepDateText(state: StepState, date: string, onOrBefore = false, locale: Locale): string {
  const day = stepDay(date, onOrBefore, locale);
  if (state === 'took-place') return day;
  return translator(locale)(state === 'planned' ? 'holdings.planned' : 'holdings.noLaterRecord', { day });
}

/** The same inside a list whose items are parted by semicolons: "announced for 11 January 2021 (the archive holds no later record)". */
export function stepDateInList(state: StepState, date: string, onOrBefore = false, locale: Locale): string {
  return state === 'no-later-record'
    ? translator(locale)('holdings.noLaterRecordInList', { day: stepDay(date, onOrBefore, locale) })
    : stepDateText(state, date, onOrBefore, locale);
}

/** "The archive holds no mission for 2006–2018 and 2020." — never "no missions in …". */
export function holdsNoMissionFor(yearsInWords: string, locale: Locale): string {
  return translator(locale)('holdings.noMissionFor', { years: yearsInWords });
}

/** What an empty list lacks, as the catalogues word it (`holdings.what.*`). */
const WHAT = {
  statements: 'holdings.what.statements',
  milestones: 'holdings.what.milestones',
  'observer figure': 'holdings.what.observer-figure',
  'observer figures': 'holdings.what.observer-figures',
  findings: 'holdings.what.findings',
  missions: 'holdings.what.missions',
  'observer figures for these missions': 'holdings.what.observer-figures-for-these-missions',
} as const satisfies Record<string, MessageKey>;

/** Whose or which holdings an empty list is about (`holdings.about.*`). */
const ABOUT = {
  'for this mission': 'holdings.about.for-this-mission',
  'about this mission': 'holdings.about.about-this-mission',
  'for this election': 'holdings.about.for-this-election',
} as const satisfies Record<string, MessageKey>;

/** The holdings of a named entity: "from ODIHR", "on Kazakhstan", "by or about Kristian Vigenin". */
interface HoldingsOf {
  of: 'from' | 'on' | 'by-or-about';
  name: string;
}

export type Holding = keyof typeof WHAT;
export type HoldingContext = keyof typeof ABOUT | HoldingsOf;

/**
 * "The archive holds no statements about this mission." and the like, for empty lists. English
 * callers may still pass their own phrases; other languages need one of the catalogue's, and a phrase
 * without a translation fails the build rather than print English inside a Russian sentence.
 */
export function holdsNo(what: Holding | (string & {}), about: HoldingContext | (string & {}) | undefined, locale: Locale): string {
  const t = translator(locale);
  const whatKey = (WHAT as Record<string, MessageKey>)[what];
  const aboutText = (): string => {
    if (about === undefined) return '';
    if (typeof about === 'object') return t(`holdings.about.${about.of}`, { name: about.name });
    const key = (ABOUT as Record<string, MessageKey>)[about];
    if (key) return t(key);
    if (locale === 'en') return ` ${about}`;
    throw new RangeError(`holdsNo: no ${locale} wording for "${about}"; add it to src/i18n/*/holdings.ts`);
  };
  if (!whatKey && locale !== 'en') throw new RangeError(`holdsNo: no ${locale} wording for "${what}"; add it to src/i18n/*/holdings.ts`);
  return t('holdings.no', { what: whatKey ? t(whatKey) : what, about: aboutText() });
}
