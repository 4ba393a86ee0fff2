/**
 * Observer figures a text gives: how many, of which category, deployed, planned or expected, exact or
 * approximate, from how many States, and whose.
 *
 * - The category is the noun the number counts ("11 experts", "26 long-term observers", "a 25-member
 *   delegation", "40 членов Парламентской ассамблеи", "a core team of 12"), or the noun a list left out
 *   ("43 parliamentarians from the OSCE PA and 20 from PACE").
 * - The status is the verb that governs the figure: the one before it in its clause ("ODIHR plans to
 *   request 280", "will deploy") wins over the one after it ("who will be deployed", "will arrive",
 *   "have arrived"). Requesting and planning are planned; arriving and joining are expected; what has
 *   arrived, consists, comprises or is based somewhere is deployed.
 * - "some", "about", "over", "more than", "at least", "около", "более" make a figure approximate.
 * - The organization is the one that deploys the figure ("from the OSCE PA", "ODIHR-deployed", "The OSCE
 *   PA will deploy", "the OSCE ODIHR (33)"); a figure of a mission's own categories without one is filed
 *   by the mission (`draftMission`).
 *
 * A total whose parts do not add up is kept as printed and flagged, never corrected.
 */
import { FIGURE_STATUSES, OBSERVER_CATEGORIES } from '../schemas/vocabulary.ts';
import { findDates } from './dates.ts';
import { numbersIn } from './numbers.ts';
import { NEWS_OUTLETS } from './outlets.ts';
import { definedShortNames, withShortNames, type OrganizationMention } from './organizations-in-text.ts';
import { sentences } from './text.ts';

type ObserverCategory = keyof typeof OBSERVER_CATEGORIES;
type FigureStatus = keyof typeof FIGURE_STATUSES;

export type ObserverFigure = {
  category: ObserverCategory;
  count: number;
  approximate?: boolean;
  status: FigureStatus;
  organization?: string;
  fromStates?: number;
  note?: string;
};

const CATEGORY_WORDS: [RegExp, ObserverCategory][] = [
  [/^(?:long[- ]?term\b|LTOs?\b|долгосрочн)/iu, 'long-term'],
  [/^(?:short[- ]?term\b|STOs?\b|краткосрочн)/iu, 'short-term'],
  [
    /^(?:parliamentarians|(?:members|MPs) of (?:the )?(?:European Parliament|Parliament|parliament|(?:OSCE |NATO )?Parliamentary Assembly|PACE)|members of parliament|lawmakers|legislators|deputies|MPs\b|MEPs\b|парламентари|депутат|член\p{L}* (?:Парламентск|ПА|делегац|Европ))/iu,
    'parliamentarians',
  ],
  // "13 international staff from ten participating States": a mission's own staff is its core team.
  [/^(?:experts|analysts|international staff\b|core[- ](?:team\s+)?(?:staff|members|experts)\b|core[- ]team\b|эксперт|специалист)/iu, 'core-team'],
  [/^(?:observers|observants|monitors|наблюдател|представител|человек)/iu, 'total'],
];

/**
 * The category a noun phrase after a number names, looking past up to three words ("additional",
 * "ODIHR-deployed", "international"); a phrase that lists several ("experts and long-term and
 * short-term observers") counts them all.
 */
function categoryAfter(after: string): { category: ObserverCategory; end: number } | undefined {
  // A list runs over commas: "380 ODIHR-deployed experts, long-term, and short-term observers".
  // "We have 28, so-called long-term observers": the comma after the number does not end the phrase.
  const phrase = /^[^.;:()]*?(?=[.;:()]|,(?!\s*(?:and\s+)?(?:so-called\s+)?(?:long|short|experts|observers|parliamentarians|staff)\b)|$)/i.exec(after)![0];
  const tokens = [...phrase.matchAll(/\S+/g)];
  const seen: { category: ObserverCategory; end: number }[] = [];
  for (let i = 0; i < tokens.length && i < 8; i++) {
    const word = tokens[i]![0];
    // The next number, in figures or in words ("20 experts and about one hundred short-term observers"), is another figure.
    if (/^\d/.test(word) || (i > 0 && numbersIn(word).length > 0)) break;
    // "250 observers committed by the ODIHR on a long-term and short-term basis": what follows the noun is no category of its own.
    if (seen.length > 0 && /^(?:from|in|to|at|who|which|will|based|deployed|committed|sent|by|on|are|is|have|has|в|из|от|на)$/iu.test(word)) break;
    // «долгосрочных наблюдателей»: quotes around the noun.
    const rest = phrase.slice(tokens[i]!.index).replace(/^[«"“„]/u, '');
    for (const [pattern, category] of CATEGORY_WORDS) {
      const m = pattern.exec(rest);
      if (m && !seen.some((s) => s.category === category)) seen.push({ category, end: tokens[i]!.index + m[0].length });
    }
    if (seen.length === 0 && i >= 2) break;
  }
  if (seen.length === 0) return undefined;
  // Citizen observers are no mission's: "239 national observers on behalf of an association".
  if (
    /^\s*(?:\p{L}+\s+)?(?:national|domestic|local|citizen|party|национальн\p{L}*|местн\p{L}*|партийн\p{L}*)\s+(?:observers|monitors|наблюдател)/iu.test(phrase)
  )
    return undefined;
  const distinct = new Set(seen.map((s) => s.category).filter((c) => c !== 'total'));
  // "experts and observers" are the whole mission, not its core team.
  const expertsAndObservers = distinct.has('core-team') && seen.some((s) => s.category === 'total');
  const found =
    distinct.size > 1 || expertsAndObservers
      ? { category: 'total' as const, end: seen[seen.length - 1]!.end }
      : (seen.find((s) => s.category !== 'total') ?? seen[0]!);
  // The phrase runs to the end of its word and over the noun it qualifies ("долгосрочн|ых наблюдателей от миссии СНГ",
  // "long-term observers from the OSCE PA"), so what follows it is what follows the whole noun.
  const noun = /^[\p{L}-]*(?:[»"”]?\s+(?:наблюдател\p{L}*|observers|monitors|members))?/u.exec(after.slice(found.end))![0].length;
  return { category: found.category, end: found.end + noun };
}

/**
 * The words that name each category in a sentence that goes on about figures told before it. "The observers are drawn
 * from 20 States" after "13 experts … and 48 long-term observers" tells of observers of any term, not of the experts.
 */
const OBSERVERS_NAMED = String.raw`\bobservers\b|наблюдател`;
const CATEGORY_NAMED: Record<ObserverCategory, RegExp> = {
  'core-team': /\b(?:experts|core team|staff)\b|(?<!\p{L})(?:эксперт|специалист)/iu,
  'long-term': new RegExp(String.raw`\blong[- ]term\b|LTOs?\b|долгосрочн|${OBSERVERS_NAMED}`, 'iu'),
  'short-term': new RegExp(String.raw`\bshort[- ]term\b|STOs?\b|краткосрочн|${OBSERVERS_NAMED}`, 'iu'),
  parliamentarians: /\b(?:parliamentarians|MPs|members of parliament)\b|парламентари|депутат/iu,
  total: new RegExp(OBSERVERS_NAMED, 'iu'),
};

/** A mission's core named before its figure, in the same clause. */
const CORE_BEFORE =
  /(?:(?<!\p{L})ядр\p{L}*\s+мисси\p{L}*|(?<!\p{L})(?:основн|базов)\p{L}*\s+(?:групп|состав)\p{L}*|\b(?:core|main)\s+(?:team|group|staff)\b|\bcore\s+of\s+the\s+mission\b)[^.;]{0,150}$/iu;

/** A mission of one term named before a figure: "краткосрочной миссии ОБСЕ", "the short-term observation mission". */
const TERM_BEFORE =
  /(?:(?<!\p{L})(краткосрочн|долгосрочн)\p{L}*|\b(short|long)[- ]term)\s+(?:observation\s+|observer\s+)?(?:мисси\p{L}*|mission)[^.;]{0,60}$/iu;

/**
 * The category the clause before a count gives the people it counts, whatever noun counts them: a mission's core is
 * its core team ("прибыло ядро миссии, которое состоит из 13 человек", "The main group of the ODIHR … of 11 people"), a
 * short-term mission's people its short-term observers ("В состав краткосрочной миссии ОБСЕ войдут 420 человек").
 */
function clauseCategory(before: string): 'core-team' | 'short-term' | 'long-term' | undefined {
  if (CORE_BEFORE.test(before.slice(-160))) return 'core-team';
  const term = TERM_BEFORE.exec(before);
  if (!term) return undefined;
  return /^(?:краткосрочн|short)/iu.test(term[1] ?? term[2]!) ? 'short-term' : 'long-term';
}

/** An election commission accrediting or registering observers: its count is of all missions together. */
const COMMISSION_COUNT =
  /(?:(?<!\p{L})(?:ЦИК|Центризбирком|Центральн\p{L}*\s+(?:избирательн\p{L}*\s+)?комисси\p{L}*)|\b(?:CEC|Central Election Commission)\b)[^.;]{0,80}?(?:(?<!\p{L})(?:аккредитовал\p{L}*|зарегистрировал\p{L}*)|\b(?:has\s+|had\s+)?(?:accredited|registered)\b)[^.;]{0,60}$/iu;

/** Cues of a figure's status, in the words before it (closest wins) and after it (first wins). */
const BEFORE_CUES: [RegExp, FigureStatus][] = [
  [
    /\b(?:request(?:s|ed|ing)?|signed\s+up|plans?\s+to|planning\s+to|intends?\s+to|will\s+(?:deploy|send|bring|dispatch|delegate|field|include|consist|comprise|be\s+composed|have)|(?:could|might|may)\s+(?:\p{L}+\s+)?(?:deploy|send|delegate|dispatch|field)|(?:is|are)\s+to\s+deploy|to\s+(?:deploy|send|assign|second|dispatch)|recommend(?:s|ed|ing)?|propos(?:es|ed|ing)|would|decided|decision)\b|запрос|просьб|планир|решил|решени|направит|направят|направлен|отправит|отправят|предлож|предлага|рекоменд|составит|составят|намерен|ходатайств|(?<!\p{L})будет|(?<!\p{L})будут|войдут|войдет/iu,
    'planned',
  ],
  // "прибудет мини-миссия в составе 5 человек": arriving, not the bare future its ending spells.
  // "The OSCE PA is deploying a mission of 56 observers": sent now, still to arrive.
  [
    /\b(?:expect(?:s|ed)?|anticipat\w+|(?:will\s+be\s+)?joined\s+by|(?:is|are)\s+deploying)\b|ожида|приед(?:ут|ет)|прибуд(?:ут|ет)|прибывают|начнут прибывать|прилет(?:ят|ит)|присоедин(?:ятся|ится)/iu,
    'expected',
  ],
  [
    /(?<!\p{L})прибыл[аио]?(?!\p{L})|\b(?:has\s+deployed|have\s+deployed|(?<!(?:to|will|would)\s+be\s+)deployed|(?<!will\s)consists?\s+of|consisted\s+of|compris(?:es|ed)|includ(?:es|ed)|composed\s+of|made\s+up\s+of|totals?|totalled|accredited|registered)\b|состоит|(?<!в\s)состав(?!ит|ят)\p{L}*|входят|входит|аккредит(?!овать)|зарегистр/iu,
    'deployed',
  ],
];
const AFTER_CUES: [RegExp, FigureStatus][] = [
  [
    /\b(?:(?:are|is)\s+(?:expected|due|scheduled)|will\s+(?:\p{L}+ly\s+)?(?:arrive|join|come|travel\s+to|begin|start)|will\s+be\s+in\b|to\s+(?:arrive|join)|arriving|will\s+be\s+arriving|(?:are|is)\s+deploying\s+(?:to|in)\b)\b|ожида|прибуд|приед|прибыва|присоедин|посетит|посетят/iu,
    'expected',
  ],
  [
    /\b(?:(?:were|was|have been|has been)\s+requested|(?:had|have|has)\s+signed\s+up|will|to\s+be\s+deployed|to\s+deploy|to\s+observe|to\s+monitor|shall|would)\b|(?<!\p{L})будут|(?<!\p{L})будет|направ|войдут/iu,
    'planned',
  ],
  [
    /(?<!(?:to|will|would|shall)\s+be\s+)\bdeployed\s+(?:throughout|across|around|in|to)\b|\b(?:(?:have|has)\s+(?:already\s+)?(?:arrived|been|started|begun|travell?ed)|starts|started|begins|began|commenced|arrived|travell?ed|(?:are|is)\s+(?:already\s+)?(?:deployed|based|working|stationed|in)|based\s+in|already|were|was|took part|observed|visited)\b|прибыл|работа|находятся|уже|приступил|базиру/iu,
    'deployed',
  ],
];

function lastCue(text: string, cues: readonly [RegExp, FigureStatus][]): FigureStatus | undefined {
  let best: { at: number; status: FigureStatus } | undefined;
  for (const [pattern, status] of cues) {
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) if (!best || m.index >= best.at) best = { at: m.index, status };
  }
  return best?.status;
}

function firstCue(text: string, cues: readonly [RegExp, FigureStatus][]): FigureStatus | undefined {
  let best: { at: number; status: FigureStatus } | undefined;
  for (const [pattern, status] of cues) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, status };
  }
  return best?.status;
}

/**
 * The status the verbs around a figure give it: the cue closest before it in its clause, else the first
 * after it up to the next figure, else none (the caller falls back on the list or the sentence).
 */
function statusAround(before: string, after: string): FigureStatus | undefined {
  const arriving = AFTER_CUES[0]![0].test(after);
  const cue = lastCue(before, BEFORE_CUES);
  // "войдут 13 экспертов …, 80 наблюдателей, которые начнут прибывать", "22 long-term observers to be deployed …,
  // who will arrive next week": arriving said of the figure itself outranks a bare future ("will", "to be
  // deployed", "войдут"); a request, a plan or a deployment ordered before the figure still governs it.
  if (arriving && (cue === undefined || (cue === 'planned' && !STRONG_PLAN.test(lastPlanned(before))))) return 'expected';
  // "it was decided to send an observation mission, consisting of 13 deputies": what a mission still to be sent
  // consists of is planned too.
  if (cue === 'deployed' && /(?:consist|compris|composed|made\s+up|состоит|состав)\p{L}*\s+(?:of\s+|из\s+)?$/iu.test(before) && DECIDED_TO_SEND.test(before))
    return 'planned';
  return cue ?? firstCue(after, AFTER_CUES);
}

/** A mission decided on or planned, not yet sent. */
const DECIDED_TO_SEND =
  /\b(?:decided|decision|plans?|planning|intends?|will|would)\s+(?:\p{L}+\s+){0,2}?(?:to\s+)?(?:send|deploy|dispatch|field)\b|(?:решил\p{L}*|решени\p{L}*|планир\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:направить|отправить)|(?:направит|отправит)\p{L}*/iu;

/** Verbs that order or plan a figure, which arriving after it does not undo. */
const STRONG_PLAN = /request|plan|intend|recommend|propos|deploy|send|dispatch|запрос|просьб|планир|направ|предлож|предлага|рекоменд|намерен|ходатайств/iu;

/** The last planning cue before a figure, as printed. */
function lastPlanned(before: string): string {
  const pattern = BEFORE_CUES[0]![0];
  return [...before.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].pop()?.[0] ?? '';
}

const APPROXIMATE =
  /(?:\b(?:some|about|around|approximately|nearly|almost|roughly|over|more than|at least|up to|close to|an estimated|upwards of)|около|примерно|порядка|почти|более|свыше|не менее|до)\s+$/iu;
const FROM_STATES = /^\s+(?:(?:OSCE|Allied|member|European|participating|\p{L}+)\s+){0,2}(?:countries|States|nations|стран|государств)/iu;
const FROM_BEFORE =
  /(?:from|representing|drawn from|come from|из|parliaments in|(?<!\p{L})представител\p{L}*)\s+(?:(?:over|more than|some|about|around)\s+|(?:более|свыше|около)\s+)?$/iu;

const MONTHS = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)`;
const MONTH_AFTER = new RegExp(String.raw`^\s*(?:-|to|and|–)?\s*(?:\d{1,2}\s+)?${MONTHS}`, 'iu');
const MONTH_BEFORE = new RegExp(String.raw`${MONTHS}\p{L}*\.?\s*$`, 'iu');

type Found = { category: ObserverCategory; end: number };

/**
 * The category a number counts when no noun follows it: "a core team of 12", "a 25-member delegation",
 * "composed of 30 members" of a parliamentary assembly's committee, "the OSCE ODIHR (33)", "в составе 29
 * специалистов".
 */
function categoryAround(sentence: string, n: { index: number; end: number }, orgBefore: boolean): Found | undefined {
  const before = sentence.slice(0, n.index);
  const after = sentence.slice(n.end);
  // "основная группа БДИПЧ (…) ОБСЕ из 11 человек", "The main observation mission of the OSCE consists of 12 people": the
  // body's name may stand between the core team and its number.
  if (
    /(?:core|headquarters|main|expert)\s+team\s+(?:of|comprising|consisting of)\s+$|основн\p{L}* (?:групп|команд)\p{L}*\s+(?:[^.;]{0,200}?\s)?(?:из|в составе)\s+$|основн\p{L}* (?:групп|команд)\p{L}*\s+$/iu.test(
      before,
    ) ||
    (/\b(?:core|main)\s+(?:observation\s+)?(?:team|group|mission)\b[^.;]{0,80}?\b(?:consists\s+of|comprises|numbers|is\s+made\s+up\s+of)\s+$/i.test(before) &&
      /^\s+(?:people|persons|experts|members|staff)\b/i.test(after))
  ) {
    // The phrase ends with the noun counted ("a core team of 11 experts"), so the verb after it is read.
    const noun = /^\s+(?:\p{L}+[\s-]+){0,2}?(?:experts|members|staff|people|analysts|экспертов|специалистов|человек)(?![\p{L}])/iu.exec(after);
    return { category: 'core-team', end: noun ? noun[0].length : 0 };
  }
  // "долгосрочные наблюдатели – порядка 20 человек", "long-term observers: some 20 people": the category before the dash.
  const named = /(long[- ]term|short[- ]term|долгосрочн\p{L}*|краткосрочн\p{L}*)\s+(?:observers|наблюдател\p{L}*)\s*[-–—:]\s*(?:\p{L}+\s+)?$/iu.exec(before);
  if (named && /^\s*(?:people|persons|observers|человек|наблюдател\p{L}*)?(?![\p{L}])/iu.test(after)) {
    const noun = /^\s*(?:people|persons|observers|человек|наблюдател\p{L}*)(?![\p{L}])/iu.exec(after);
    return { category: /^(?:long|долго)/iu.test(named[1]!) ? 'long-term' : 'short-term', end: noun ? noun[0].length : 0 };
  }
  // "the ODIHR observers, comprising 266 people": the people the observers number.
  // "A delegation of the Parliamentary Assembly … (PACE) consisting of 32 people": the body may stand between.
  const numbering =
    /\b(observers|mission|delegation|team)(?:\s+(?:of|from)\s+[^,;.]{2,90}?)?\s*,?\s*(?:comprising|consisting of|made up of|numbering|totall?ing)\s+$/i.exec(
      before,
    );
  const people = /^\s+(?:people|persons|members)\b/i.exec(after);
  if (numbering && people) return { category: /delegation/i.test(numbering[1]!) ? 'parliamentarians' : 'total', end: people[0].length };
  // "The OSCE PA will send a delegation of more than 60 observers": an assembly's delegation is of its members.
  // "Делегация ПАСЕ в составе 40 наблюдателей": the same, in Russian.
  const delegationOf =
    /\bdelegation\s+of\s+(?:(?:more than|over|some|about|around|up to|at least|nearly)\s+)?$/i.test(before) ||
    /делегаци\p{L}*\s+[^.;]{0,80}?в составе\s+(?:(?:около|более|свыше|порядка)\s+)?$/iu.test(before);
  const observersNoun = /^\s+(?:observers|members|наблюдател\p{L}*|член\p{L}*)(?![\p{L}])/iu.exec(after);
  if (
    delegationOf &&
    observersNoun &&
    /Parliamentary Assembly|European Parliament|\b(?:PACE|OSCE PA|PA)\b|ПАСЕ|ПА ОБСЕ|Парламентск\p{L}* ассамбле|Европарламент/iu.test(sentence)
  )
    return { category: 'parliamentarians', end: observersNoun[0].length };
  // "A 25-member delegation of PACE", "a 14-member group of ODIHR".
  // "the seven strong European Parliament delegation": the body's name may stand before the noun.
  const member = /^[-–]?\s*(?:member|strong|person)\s+(?:(?:[\p{L}]+-[\p{L}]+|\p{Lu}[\p{L}]*)\s+){0,3}(delegation|group|team|mission)\b/u.exec(
    after.replace(/^([-–]?\s*)(Member|Strong|Person)\b/u, (_, dash: string, w: string) => dash + w.toLowerCase()),
  );
  if (member) return { category: /delegation/i.test(member[1]!) ? 'parliamentarians' : 'core-team', end: member[0].length };
  // "the 26 delegation members", "at least 25 observers from parliaments in 16 countries": members of parliaments.
  const ofParliaments = /^\s+(?:delegation\s+members|(?:observers|members)\s+(?:from|of)\s+(?:national\s+)?parliaments)(?!\p{L})/iu.exec(after);
  if (ofParliaments) return { category: 'parliamentarians', end: ofParliaments[0].length };
  // "The PACE delegation consisted of 15 members", "composed of 30 members" (an ad hoc committee of an assembly),
  // "The mission of the OSCE Parliamentary Assembly … will comprise more than 35 members".
  // "Делегация состоит из 280 человек": people of a delegation are members only where an assembly sends it.
  const assemblyNamed = /Parliamentary Assembly|European Parliament|\b(?:PACE|OSCE PA)\b|ПАСЕ|МПА СНГ|ПА ОБСЕ|Парламентск\p{L}* ассамбле/iu.test(sentence);
  if (
    /^\s+(?:members|member|членов|человек)(?!\p{L})/iu.test(after) &&
    !(/^\s+человек/iu.test(after) && !assemblyNamed) &&
    (/\bdelegation\b|\bcommittee\b|делегаци/iu.test(sentence) ||
      // An assembly's own membership ("The OSCE PA has 320 members from 55 countries") is no mission's.
      (/Parliamentary Assembly|European Parliament|\b(?:PACE|OSCE PA)\b|ПАСЕ|МПА СНГ|ПА ОБСЕ/u.test(sentence) &&
        /\b(?:mission|observ\p{L}*|monitor\p{L}*)\b|наблюд/iu.test(sentence)))
  ) {
    const m = /^\s+\p{L}+/u.exec(after)!;
    return { category: 'parliamentarians', end: m[0].length };
  }
  // "the CIS IPA (34) and the OSCE ODIHR (33)": an organization's count in brackets.
  if (orgBefore && /^\)/.test(after) && /\(\s*$/.test(before)) return { category: 'total', end: 1 };
  return undefined;
}

type Figure = ObserverFigure & { index: number; end: number; repeats?: boolean; others?: number[] };

/** Observer figures of a text, in order, each with the words around it read for status and organization. */
export function observerFigures(
  text: string,
  findOrgs: (s: string) => OrganizationMention[],
  /** The year of the election the mission observes, where known: another election's figures are not its. */
  year?: string,
): { figures: ObserverFigure[]; flags: string[] } {
  const figures: Figure[] = [];
  const flags: string[] = [];
  findOrgs = withShortNames(findOrgs, definedShortNames(text));
  // The figures of the sentence before, which a sentence of States alone may go on to tell of.
  let previousSentence: Figure[] = [];
  for (const sentence of text.split('\n').flatMap(sentences)) {
    if (aboutOtherElections(sentence, year)) continue;
    const dates = findDates(sentence);
    // A number is a day or a year only next to a month ("11 October", "March 20", "25.10.2014"):
    // chrono also reads "from 20 countries, to … 11 October" as a range, which must not hide the 20.
    const inDate = (n: { index: number; end: number; value: number }) =>
      dates.some((d) => n.index >= d.index && n.index < d.end) &&
      (MONTH_AFTER.test(sentence.slice(n.end)) ||
        MONTH_BEFORE.test(sentence.slice(0, n.index)) ||
        /^[.:/-]\d/.test(sentence.slice(n.end)) ||
        (n.value >= 1900 && n.value <= 2100));
    const numbers = numbersIn(sentence).filter(
      (n) =>
        !inDate(n) &&
        !/(?:No\.|№|\/|:|Doc\.)\s*$/.test(sentence.slice(0, n.index)) &&
        !/^[:/]\d|^\s*(?:%|per ?cent|процент)/.test(sentence.slice(n.end)) &&
        !/^(?:st|nd|rd|th)\b/.test(sentence.slice(n.end)),
    );
    const orgs = findOrgs(sentence);
    const inSentence: Figure[] = [];
    numbers.forEach((n, i) => {
      if (n.value < 1 || n.value > 100000 || (n.value >= 1900 && n.value <= 2100)) return;
      const before = sentence.slice(0, n.index);
      const after = sentence.slice(n.end);
      // "50-60 observers", "some 540–550": a range is one figure, an approximate one, counted by its upper bound.
      const range = (m: { text?: string; end: number }, next: { value: number; index: number } | undefined, value: number) =>
        next !== undefined &&
        next.value > value &&
        (/^\d[\d,.]*\s*[-–—]\s*\d/.test(m.text ?? '') || /^\s*[-–—]\s*\d/.test(sentence.slice(m.end, m.end + 3)) || next.index < m.end);
      if (range(n, numbers[i + 1], n.value)) return;
      // "подали заявления на аккредитацию порядка 90 представителей": applicants are not yet observers of a mission.
      if (/(?:заявлени\p{L}*\s+на\s+аккредитаци\p{L}*|appli(?:ed|cations?)\s+for\s+accreditation)[^.;]{0,40}$/iu.test(before)) return;
      // "The OSCE Parliamentary Assembly is comprised of 323 parliamentarians from 57 countries": a release's note on the
      // assembly's own membership, no figure of observers.
      if (
        /^\s*(?:The\s+)?(?:OSCE Parliamentary Assembly|OSCE PA|Parliamentary Assembly of the Council of Europe|PACE|NATO Parliamentary Assembly|NATO PA|European Parliament|Assembly)\s+(?:is\s+comprised\s+of|is\s+composed\s+of|comprises|consists\s+of|is\s+made\s+up\s+of|has|brings\s+together|unites)\s+$/i.test(
          before,
        ) &&
        !/observ|monitor/i.test(sentence)
      )
        return;
      // "Voters will choose 600 members of parliament", "избирают 120 депутатов": seats, no figure of observers.
      if (/(?:\b(?:choose|chooses|elect|elects|electing|choosing|vote\s+for)|(?<!\p{L})(?:избира\p{L}*|изберут|выберут))\s+(?:\p{L}+\s+){0,2}$/iu.test(before))
        return;
      // "Половина из 450 депутатов будут избраны", "the 150 members will be elected": seats, told the other way round.
      if (
        /^\s*(?:депутат\p{L}*|мест\p{L}*|members|seats|deputies|MPs)\s+(?:\p{L}+\s+){0,2}?(?:будут\s+|будет\s+|will\s+be\s+|are\s+|is\s+)?(?:избр\p{L}*|избир\p{L}*|elected)/iu.test(
          after,
        )
      )
        return;
      // "in teams of two", "командами по два человека": the size of a team, no figure of observers.
      if (/(?:\bin\s+teams?\s+of|\bteams\s+of|\bin\s+groups?\s+of|\bpairs?\s+of|(?<!\p{L})по)\s+$/iu.test(before)) return;
      if (FROM_STATES.test(after) && FROM_BEFORE.test(before)) {
        // "235 observers (35 long-term and 200 short-term) from over 20 countries": the States are the total's,
        // the figure before the bracket the breakdown stands in.
        // "It comprises 17 experts … and 22 long-term observers … The experts and long-term observers are drawn from 23
        // participating States": a sentence of States alone tells of the figures before it, those it names or all.
        if (inSentence.length === 0) {
          const names = (Object.keys(CATEGORY_NAMED) as ObserverCategory[]).filter((c) => CATEGORY_NAMED[c].test(before));
          for (const f of previousSentence) if (names.length === 0 || names.includes(f.category)) f.fromStates ??= n.value;
          return;
        }
        const last = [...inSentence].reverse().find((f) => !/\)/.test(sentence.slice(f.end, n.index)) || /\(/.test(sentence.slice(f.end, n.index)));
        if (last && last.fromStates === undefined) last.fromStates = n.value;
        // "13 international experts and 16 long-term observers from 22 countries": a list's States are each of its figures'.
        for (let k = inSentence.indexOf(last!) - 1; last && k >= 0; k--) {
          const f = inSentence[k]!;
          if (f.fromStates !== undefined || !/^\s*(?:,|and|и)\s*$/iu.test(sentence.slice(f.end, inSentence[k + 1]!.index))) break;
          f.fromStates = n.value;
        }
        return;
      }
      const orgBefore = orgs.some((o) => /^\s*\(\s*$/.test(sentence.slice(o.end, n.index)));
      // "43 parliamentarians from the OSCE PA and 20 from PACE": the noun left out is the one before.
      const elidedFrom = /^\s+(?:from|of)\s+(?:the\s+)?/i.exec(after);
      const elided =
        inSentence.length > 0 && elidedFrom && orgs.some((o) => o.index === n.end + elidedFrom[0].length)
          ? {
              // "250 observers deployed by ODIHR, 78 from the OSCE PA, and 18 from PACE": what a parliamentary
              // assembly sends are its members, whatever the list counted before.
              category: PARLIAMENTARY_BODIES.test(orgs.find((o) => o.index === n.end + elidedFrom[0].length)!.id)
                ? ('parliamentarians' as const)
                : (inSentence.filter((f) => !(f.organization && PARLIAMENTARY_BODIES.test(f.organization))).pop() ?? inSentence[inSentence.length - 1]!)
                    .category,
              end: 0,
            }
          : undefined;
      // A count the clause gives a category to: a mission's core or its term (clauseCategory). "The main group of the
      // mission of 11 people": the people of its core count, though "people" names no category.
      const inClause = clauseCategory(before);
      const core = inClause === 'core-team' ? /^\s+(?:people|persons|members|staff|человек)(?!\p{L})/iu.exec(after) : null;
      // "28 observers will arrive next week, with another 250 arriving …", "и еще 250": the noun left out is the one before.
      const another =
        inSentence.length > 0 && /(?:\banother|\ba further|(?<!\p{L})(?:ещ[её]|другие))\s+$/iu.test(before)
          ? { category: inSentence[inSentence.length - 1]!.category, end: 0 }
          : undefined;
      const worded =
        categoryAround(sentence, n, orgBefore) ??
        categoryAfter(after) ??
        elided ??
        (core ? { category: 'total' as const, end: core[0].length } : undefined) ??
        another;
      if (!worded) return;
      const found = worded.category === 'total' && inClause ? { ...worded, category: inClause } : worded;
      // "Центризбирком аккредитовал … 691 иностранного наблюдателя": the commission counts every mission's observers, no one's.
      if (COMMISSION_COUNT.test(before)) return;
      // "540 international observers from the CIS, the SCO and ODIHR", "700 observers from various countries and
      // international organizations": everyone a country expects, no one mission's figure.
      const phrase = after.slice(0, 100);
      // Only the bodies of its own phrase: a breakdown that follows ("including 250 from ODIHR, 60 from the CIS") is each part's.
      const phraseEnd0 = Math.min(n.end + 100, numbers[i + 1]?.index ?? sentence.length);
      const named = orgs.filter((o) => o.index >= n.end && o.index <= phraseEnd0).map((o) => o.id);
      if (
        /^[^.;]{0,40}?\bfrom\s+(?:various|different|many|other)\s+(?:countries|states)\b|^[^.;]{0,40}?(?<!\p{L})из\s+(?:разных|различных)\s+стран|^\s*представител\p{L}*\s+(?:[\p{L}-]+,?\s+){0,4}(?:организаций|государств)/iu.test(
          phrase,
        ) ||
        (named.some((id) => /^(?:cis|ipa-cis|sco|cis-emo|csto)$/.test(id)) && named.some((id) => /^(?:odihr|osce-pa|pace|osce|european-parliament)$/.test(id)))
      )
        return;
      const previous = inSentence[inSentence.length - 1];
      const previousEnd = previous?.end ?? 0;
      const phraseEnd = n.end + found.end;
      // The next figure, not a number of States of origin ("300 observers from 40 countries will observe").
      const nextFigure = numbers.slice(i + 1).find((m) => !(FROM_STATES.test(sentence.slice(m.end)) && FROM_BEFORE.test(sentence.slice(0, m.index))));
      const nextStart = nextFigure?.index ?? sentence.length;
      // The words just before the next number belong to it ("22 long-term and expected 300 short-term").
      // "из которых 10 работают в долгосрочном формате": a verb may stand between the number and its category's words.
      const rawFollowing = sentence.slice(n.end, nextStart);
      const following = nextFigure ? rawFollowing.replace(/(?:,|\band\b|(?<!\p{L})и(?!\p{L}))[^,]*$/u, '') : rawFollowing;
      // The clause before the figure starts after the previous figure, or after a clause break.
      const clause =
        sentence
          .slice(previousEnd, n.index)
          .split(/[;:]|,\s+(?:while|but|and|whereas|а)\s+|\.\s/u)
          .pop() ?? '';
      // A figure that opens its sentence or its list ("More than 800 observers, including …, will observe")
      // takes the verb that follows the whole list.
      const tail = sentence.slice(phraseEnd);
      const status: FigureStatus =
        statusAround(clause, following) ??
        (previous &&
        /^[\s,]*(?:and|as well as|including|of whom|и|а также|в том числе|из них|из которых)?\s*(?:\p{L}+\s+){0,2}$/iu.test(
          sentence.slice(previous.end, n.index),
        )
          ? previous.status
          : undefined) ??
        firstCue(tail, AFTER_CUES) ??
        (/\bwill\b|(?<!\p{L})будут|(?<!\p{L})будет/iu.test(before) ? 'planned' : 'deployed');
      const figure: Figure = {
        category: found.category,
        count: n.value,
        status,
        index: n.index,
        end: phraseEnd,
        others: numbers.filter((m) => m !== n).map((m) => m.value),
      };
      if (/\bthe\s+$/i.test(before)) figure.repeats = true;
      // "some 300", "300-plus", "300+": a round figure, not a count.
      if (
        APPROXIMATE.test(sentence.slice(Math.max(0, n.index - 24), n.index)) ||
        /^(?:[-\s]?plus\b|\+)/i.test(after) ||
        (i > 0 && range(numbers[i - 1]!, n, numbers[i - 1]!.value))
      )
        figure.approximate = true;
      const organization = figureOrganization(sentence, orgs, n, phraseEnd, previousEnd, inSentence.length === 0, orgBefore);
      if (organization) figure.organization = organization;
      inSentence.push(figure);
    });
    assemblyMembers(sentence, orgs, inSentence);
    // "за несколько дней до выборов прибудут еще 250 человек", "another 300 will arrive shortly before the election": who
    // comes for the last days is a short-term observer, whatever the noun.
    // "На следующей неделе ожидается приезд 28 наблюдателей, а за несколько дней до выборов … еще 250 человек": the group
    // told before them, in the same sentence, comes for the weeks before, as long-term observers.
    inSentence.forEach((f, k) => {
      // The words leading to the figure since the one before, and its own clause after it.
      const clause =
        sentence.slice(inSentence[k - 1]?.end ?? 0, f.end) +
        sentence.slice(f.end, inSentence[k + 1]?.index ?? sentence.length).split(/;|,\s+(?:а|и|но|while|but|and|whereas)\s/u)[0]!;
      if (f.category !== 'total' || (f.organization && PARLIAMENTARY_BODIES.test(f.organization)) || !ARRIVING_FOR_ELECTION_DAY.test(clause)) return;
      f.category = 'short-term';
      const earlier = inSentence[k - 1];
      if (earlier?.category === 'total' && earlier.organization === f.organization) earlier.category = 'long-term';
    });
    flagTotals(sentence, inSentence, flags);
    if (inSentence.length > 0) previousSentence = inSentence;
    // Pushed as they are: a sentence of States after them still completes them.
    figures.push(...inSentence);
  }
  return { figures: mergeRepeated(withoutParts(figures).map(({ others: _others, index: _index, end: _end, ...f }) => f)), flags };
}

/**
 * "35 long-term observers … The first 15 long-term observers start work on 25 October. Another 20 long-term observers
 * will be registered next week", "30 long-term observers … Twelve long-term observers will be based in the capital and
 * the 18 others will be sent to the provinces": figures that share out one told before, with another figure of theirs
 * or a number beside them, are its parts, no figures of their own. A breakdown of a total by body is kept.
 */
function withoutParts<F extends ObserverFigure & { others?: number[] }>(figures: readonly F[]): F[] {
  const partOf = (f: F, i: number) =>
    f.category !== 'total' &&
    figures
      .slice(0, i)
      .some(
        (e) =>
          e.category === f.category &&
          e.count > f.count &&
          (!e.organization || !f.organization || e.organization === f.organization) &&
          (figures.some((g, k) => k > figures.indexOf(e) && k !== i && g.category === f.category && f.count + g.count === e.count) ||
            (f.others ?? []).some((v) => f.count + v === e.count)),
      );
  return figures.filter((f, i) => !partOf(f, i));
}

/**
 * "Since 1993, the OSCE PA has deployed more than 4,000 parliamentarians to observe 125 elections", "This mission
 * numbered 40 long-term … in the previous parliamentary elections", "The OSCE sent 400 … for the 2003 elections" in a
 * text on the 2007 ones: a body's record or an earlier election's figures, none of the mission's.
 */
function aboutOtherElections(sentence: string, year: string | undefined): boolean {
  if (OTHER_ELECTIONS.test(sentence)) return true;
  if (!year) return false;
  const earlier = [...sentence.matchAll(/(?<!\d)((?:19|20)\d\d)\s+(?:\p{L}+\s+){0,2}?(?:elections?|polls?|vote|выбор\p{L}*)(?!\p{L})/giu)];
  return earlier.length > 0 && earlier.every((m) => m[1]! < year);
}

const OTHER_ELECTIONS =
  /\b(?:previous|past|prior(?!\s+to\b)|earlier)\s+(?:\p{L}+\s+){0,2}?elections?\b|\bsince\s+(?:19|20)\d\d\b|\b(?:observed|observe|monitored|monitor)\s+(?:more than\s+|over\s+|some\s+)?\d+\s+(?:\p{L}+\s+)?elections\b|(?<!\p{L})(?:прошл|предыдущ)\p{L}*\s+(?:\p{L}+\s+){0,2}?выбор|(?<!\p{L})с\s+(?:19|20)\d\d\s+год/iu;

/** Observers who come in the last days before the vote. */
const ARRIVING_FOR_ELECTION_DAY =
  /за\s+(?:несколько|\p{L}+|\d+)\s+(?:\p{L}+\s+)?дн\p{L}*\s+до\s+(?:выбор|голосован|дня\s+(?:выбор|голосован))|(?:shortly|just|(?:a\s+few\s+)?days)\s+before\s+(?:the\s+)?(?:election|polling|voting|vote)|\b(?:close|closer|nearer)\s+to\s+(?:the\s+)?(?:election|polling|voting)\s+day/iu;

/** Parliamentary assemblies, whose observers are their members. */
const PARLIAMENTARY_BODIES = /^(?:osce-pa|pace|nato-pa|european-parliament|ipa-cis)$/;

/** Organizations that are not observers' (outlets, election bodies) never own a figure. */
const OUTLET_IDS = new Set(NEWS_OUTLETS.map((o) => o.id));
function notDeploying(id: string): boolean {
  return /^[a-z]{2}-(?:cec|sec|mfa)$/.test(id) || OUTLET_IDS.has(id);
}

/**
 * The organization a figure belongs to: the one after its noun ("observers from the OSCE PA", "members of
 * the PACE delegation"), inside its phrase ("ODIHR-deployed experts"), right before it in brackets ("the
 * OSCE ODIHR (33)"), or the subject of the clause it opens ("The OSCE PA will deploy 30").
 */
function figureOrganization(
  sentence: string,
  orgs: readonly OrganizationMention[],
  n: { index: number; end: number },
  phraseEnd: number,
  previousEnd: number,
  first: boolean,
  orgBefore: boolean,
): string | undefined {
  const ok = (o: OrganizationMention | undefined) => (o && !notDeploying(o.id) ? o.id : undefined);
  const from =
    /^[-–\s]*(?:(?:member|strong)\s+(?:delegation|group|team|mission)\s+)?(?:and staff\s+|who will (?:represent|join)\s+)?(?:from|of|representing|deployed by|sent by|committed by|от|из)\s+(?:the\s+)?(?:\p{L}+\s+){0,1}/iu.exec(
      sentence.slice(phraseEnd),
    );
  const fromOrg = from
    ? orgs.find(
        (o) =>
          o.index >= phraseEnd &&
          o.index <= phraseEnd + from[0].length + 1 &&
          !/^\s*(?:participating\s+)?(?:countries|States|nations|member)/i.test(sentence.slice(o.end)),
      )
    : undefined;
  const inside = orgs.find((o) => o.index > n.end && o.index < phraseEnd);
  // "30 parliamentarians and OSCE PA staff members": the staff's body is the members'.
  const staff = orgs.find((o) => /^\s+and\s+(?:the\s+)?$/i.test(sentence.slice(phraseEnd, o.index)) && /^\s+staff\b/i.test(sentence.slice(o.end)));
  const bracket = orgBefore ? orgs.filter((o) => o.end <= n.index).pop() : undefined;
  // The organization that deploys them is the subject right before the verb: "The OSCE PA will deploy 30".
  const subject = first
    ? orgs
        .filter((o) => o.end <= n.index && o.index >= previousEnd && /^[^,]{0,40}$/.test(sentence.slice(o.end, n.index)))
        .filter((o) => /(?:^|[,;:]\s*)(?:The\s+|In addition,\s+)?$/i.test(sentence.slice(0, o.index)))
        .pop()
    : undefined;
  // "the ODIHR observers, comprising 266 people": the body whose observers the number counts.
  const owner = orgs
    .filter(
      (o) =>
        o.end <= n.index &&
        /^\s*\)?\s*(?:(?:observers|mission|delegation|team)\s*)?,?\s*(?:comprising|consisting of|made up of|numbering|totall?ing)\s+$/i.test(
          sentence.slice(o.end, n.index),
        ),
    )
    .pop();
  return ok(fromOrg) ?? ok(inside) ?? ok(staff) ?? ok(bracket) ?? ok(subject) ?? ok(owner);
}

/** Assemblies whose delegations are made of members of parliament. */
const MP_DELEGATIONS = /^(?:osce-pa|pace|nato-pa|european-parliament)$/;

/**
 * "ПАСЕ отправит … 40 наблюдателей", "The delegation is comprised of 30 observers from the OSCE PA": in a sentence that
 * names one such assembly, and no other observing body, as sending them or as their delegation, its observers are its
 * members, unless the sentence counts its members apart ("60 observers from the OSCE PA, including 42
 * parliamentarians"): then they are the whole team.
 */
function assemblyMembers(sentence: string, orgs: readonly OrganizationMention[], inSentence: Figure[]): void {
  // "The OSCE PA delegation includes 50 parliamentarians from 17 countries": members of the one assembly the sentence names.
  const assemblies = [...new Set(orgs.map((o) => o.id).filter((id) => MP_DELEGATIONS.test(id)))];
  if (assemblies.length === 1) for (const f of inSentence) if (f.category === 'parliamentarians' && !f.organization) f.organization = assemblies[0];
  // "Порядка 40 парламентариев из 15 стран-членов ОБСЕ прибудут", "parliamentarians from 30 OSCE participating States": the
  // OSCE's parliamentarians are its Parliamentary Assembly's, where the sentence names no assembly.
  const osceMembers =
    /\bfrom\s+(?:\d+|\p{L}+)\s+OSCE\s+(?:participating\s+)?(?:States|countries)|(?<!\p{L})из\s+\d+\s+(?:стран|государств)[-–\s]*(?:член\p{L}*|участни\p{L}*)\s+(?:Организации по безопасности и сотрудничеству в Европе|ОБСЕ)/iu;
  if (assemblies.length === 0 && osceMembers.test(sentence))
    for (const f of inSentence) if (f.category === 'parliamentarians' && !f.organization) f.organization = 'osce-pa';
  const bodies = new Set(orgs.map((o) => o.id).filter((id) => !notDeploying(id)));
  const [assembly] = bodies;
  if (bodies.size !== 1 || !MP_DELEGATIONS.test(assembly!) || inSentence.some((f) => f.category === 'parliamentarians')) return;
  // The assembly's delegation, or what the assembly itself sends; "60 observers from the OSCE PA are deploying" may
  // count its staff too.
  if (!/\bdelegations?\b|\bmission\b|\bsend(?:s|ing)?\b|\bsent\b|делегаци|мисси|направ|отправ/iu.test(sentence)) return;
  for (const f of inSentence) {
    if (f.category !== 'total' || (f.organization && f.organization !== assembly)) continue;
    f.category = 'parliamentarians';
    f.organization = assembly;
  }
}

/** "500 observers, including 320 … and 150 …": a total whose parts do not add up is kept as printed and flagged. */
function flagTotals(sentence: string, inSentence: readonly Figure[], flags: string[]): void {
  const total = inSentence.find((f) => f.category === 'total' && f.organization === undefined);
  const parts = inSentence.filter((f) => f !== total && f.index > (total?.index ?? Infinity));
  if (total && parts.length > 1 && /including|of whom|among them|composed of|в том числе/i.test(sentence)) {
    const sum = parts.reduce((s, f) => s + f.count, 0);
    if (sum !== total.count) {
      const note = `as printed: the parts (${parts.map((p) => p.count).join(' + ')} = ${sum}) do not add up to ${total.count}`;
      total.note = note;
      flags.push(`observers: ${note}; kept as printed, not corrected`);
    }
  }
}

/** Two figures' bodies are one where one names it and the other names none or the same. */
function sameBody(a: string | undefined, b: string | undefined): boolean {
  return (a ?? b) !== undefined && (a === undefined || b === undefined || a === b);
}

/** A headline's "400 observers" and the article's "some 400 observers" are one figure, with what each adds. */
function mergeRepeated(figures: readonly (ObserverFigure & { repeats?: boolean })[]): ObserverFigure[] {
  const merged: ObserverFigure[] = [];
  for (const { repeats, ...f } of figures) {
    // "the 60 observers … are to arrive" after "60 observers would be deployed": the same figure, told later.
    // "ПАСЕ направит 40 наблюдателей" and "Делегация ПАСЕ в составе 40 наблюдателей … посетит": one body's same count
    // of the same people, told with another verb, is the figure told first.
    const same = merged.find(
      (m) => m.category === f.category && m.count === f.count && (m.status === f.status || repeats || sameBody(m.organization, f.organization)),
    );
    // A headline's "ПАСЕ направит 40 наблюдателей" and the article's "делегация ПАСЕ в составе 40 наблюдателей": one figure,
    // counted by the article's more precise noun, with the status the headline gave it.
    const vaguer = same
      ? undefined
      : merged.find(
          (m) =>
            m.count === f.count &&
            m.category !== f.category &&
            (m.category === 'total' || f.category === 'total') &&
            (!m.organization || !f.organization || m.organization === f.organization),
        );
    if (vaguer) {
      if (vaguer.category === 'total') vaguer.category = f.category;
      vaguer.organization ??= f.organization;
      vaguer.fromStates ??= f.fromStates;
      if (f.approximate) vaguer.approximate = true;
      continue;
    }
    if (!same) merged.push({ ...f });
    else {
      if (repeats) same.status = f.status;
      if (f.approximate) same.approximate = true;
      same.organization ??= f.organization;
      same.fromStates ??= f.fromStates;
    }
  }
  return merged;
}
