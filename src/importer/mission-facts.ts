/**
 * The facts of a mission a text gives: its type from the wording, the election (kind, country,
 * rounds), the organizations that observe, the observer figures and the milestones. Each reader
 * keeps to what is printed: a figure keeps the status its verb gives ("will request" is expected,
 * "will deploy" planned), a day without a year gets the year only from the statement's own date,
 * and a total that its parts do not add up to is kept as printed and flagged.
 */
import { ELECTION_KINDS, MILESTONE_KINDS, MISSION_TYPES, OBSERVER_CATEGORIES, FIGURE_STATUSES } from '../schemas/vocabulary.ts';
import { DEMONYMS, findCountryMentions } from './countries.ts';
import { findDates, isoDay, nearestDay, type PrintedDate } from './dates.ts';
import { numbersIn } from './numbers.ts';
import type { OrganizationMention } from './organizations-in-text.ts';
import { sentences } from './text.ts';

export type MissionType = keyof typeof MISSION_TYPES;
type ElectionKind = keyof typeof ELECTION_KINDS;
type ObserverCategory = keyof typeof OBSERVER_CATEGORIES;
type FigureStatus = keyof typeof FIGURE_STATUSES;
type MilestoneKind = keyof typeof MILESTONE_KINDS;

/** Organizations whose observers make up a mission. */
export const OBSERVING = ['odihr', 'osce-pa', 'pace', 'nato-pa', 'european-parliament'];
const PARLIAMENTARY = ['osce-pa', 'pace', 'nato-pa', 'european-parliament'];

const ODIHR_WORDS = /ODIHR|Office for Democratic Institutions and Human Rights|БДИПЧ/;

/** The mission type the wording gives, most specific first; undefined when the text does not say. */
export function missionType(text: string): MissionType | undefined {
  if (/needs[- ]assessment/i.test(text) || /оценке потребностей/i.test(text)) return 'NAM';
  if (
    /International Election Observation Mission|\bIEOM\b|joint (?:undertaking|effort|(?:observation )?mission) of\b|международн\p{L}* мисси\p{L}* по наблюдению/iu.test(
      text,
    )
  )
    return 'IEOM';
  if (/limited election observation mission|\bLEOM\b|ограниченн\p{L}* мисси/iu.test(text)) return 'LEOM';
  if (/special election assessment mission|\bSEAM\b/i.test(text)) return 'SEAM';
  if (/election assessment mission|\bEAM\b/i.test(text)) return 'EAM';
  if (/election expert team|\bEET\b/i.test(text)) return 'EET';
  for (const sentence of text.split('\n').flatMap(sentences)) {
    if (ODIHR_WORDS.test(sentence) && /election observation mission|мисси\p{L}*(?:\s+\S+){0,3}\s+по наблюдению/iu.test(sentence)) return 'EOM';
  }
  return undefined;
}

/**
 * The observing organizations a text names, ODIHR first, then in order of mention. A parliamentary
 * assembly counts only in a text about its delegation, parliamentarians or a joint mission: "President
 * Emeritus of the OSCE PA" or "campaigns for the European Parliament" name it in another capacity.
 */
export function observingOrganizations(mentions: readonly OrganizationMention[], text: string): string[] {
  const parliamentary =
    /\bdelegations?\b|\bparliamentarians\b|\bmembers of (?:the )?(?:European )?Parliament|joint (?:undertaking|effort)|International Election Observation Mission|делегаци|парламентари/iu.test(
      text,
    );
  const ids = [...new Set(mentions.map((m) => m.id).filter((id) => OBSERVING.includes(id) && (id === 'odihr' || parliamentary)))];
  return ids.includes('odihr') ? ['odihr', ...ids.filter((id) => id !== 'odihr')] : ids;
}

export type ElectionMention = { kind: ElectionKind; country?: string; sentence: string; at: number; end: number };

// "parliamentary and presidential elections" are read as the first kind named; the second is reported.
const ENGLISH_ELECTION =
  /\b(?:(last|previous|past|former|earlier)\s+)?(?:(early|snap|pre-term)\s+)?(parliamentary|presidential|local|municipal)(?:\s+and\s+(?:early\s+)?(?:parliamentary|presidential|local|municipal))?\s+elections?\b|\b(referendum)\b/gi;
const RUSSIAN_ELECTION =
  /(досрочн\p{L}*\s+)?(парламентск|президентск|местн)\p{L}*\s+выбор\p{L}*|выбор\p{L}*\s+(?:в\s+(Государственную\s+[Дд]ум|парламент)|(президент))\p{L}*/giu;

function kindOf(early: boolean, word: string): ElectionKind {
  const base = /^(?:parl|парл)/i.test(word) ? 'parliamentary' : /^(?:pres|през)/i.test(word) ? 'presidential' : 'local';
  return early && base !== 'local' ? (`early-${base}` as ElectionKind) : base;
}

/**
 * Elections a text speaks of, first mention first; an election qualified as past ("since the last
 * parliamentary elections") is not the one observed and is skipped. The country is the one the
 * phrase names ("in Georgia", "held in Bosnia and Herzegovina", "the Kazakh …", "в Грузии").
 */
export function electionMentions(text: string): ElectionMention[] {
  const found: ElectionMention[] = [];
  for (const sentence of text.split('\n').flatMap(sentences)) {
    for (const m of sentence.matchAll(ENGLISH_ELECTION)) {
      if (m[1]) continue;
      const kind: ElectionKind = m[4] ? 'referendum' : kindOf(Boolean(m[2]), m[3]!);
      const end = m.index + m[0].length;
      const after = /^,?\s+(?:(?:held|taking place|to be held|that took place|which took place)\s+)?in\s+(?:the\s+)?/i.exec(sentence.slice(end));
      let country = after ? findCountryMentions(sentence.slice(end + after[0].length))[0] : undefined;
      if (country && country.index !== 0) country = undefined;
      const before = /(\p{L}+)\s+(?:(?:\d{1,2}\s+\p{L}+\s+)?\d{4}\s+)?$/u.exec(sentence.slice(0, m.index).replace(/\s*(?:early|snap)\s*$/i, ' '));
      const adjective = before && Object.keys(DEMONYMS).find((d) => d === before[1]);
      const mention: ElectionMention = { kind, sentence, at: m.index, end };
      if (country) mention.country = country.id;
      else if (adjective) mention.country = DEMONYMS[adjective];
      found.push(mention);
    }
    for (const m of sentence.matchAll(RUSSIAN_ELECTION)) {
      const word = m[2] ?? (m[3] ? 'парл' : 'през');
      const mention: ElectionMention = { kind: kindOf(Boolean(m[1]), word), sentence, at: m.index, end: m.index + m[0].length };
      const country = findCountryMentions(sentence.slice(mention.end))[0];
      if (country) mention.country = country.id;
      found.push(mention);
    }
  }
  return found;
}

/** A date printed with a day and month, completed with the statement's year when it has none. */
function dayOf(d: PrintedDate, statementDate: string | undefined): string | undefined {
  if (d.date) return d.date;
  if (d.month && d.day && !d.year && statementDate) return nearestDay(d.month, d.day, statementDate);
  return undefined;
}

/**
 * Election days of a mention: the date printed right before the phrase ("the 14 April 2024
 * parliamentary elections", "January 10, 2021, parliamentary elections"), else the dates after it
 * in the same sentence that say when it is held ("held on 26 October", "the first round on 2 March
 * 2025 and a possible second round on 16 March 2025"), never a press conference's or a report's.
 */
export function electionDays(mention: ElectionMention, statementDate: string | undefined): { rounds: string[]; dayWithoutYear?: string } {
  const dates = findDates(mention.sentence);
  const adjacent = dates.find((d) => d.month && d.day && d.end <= mention.at && /^[\s,]*(?:\p{Ll}+\s+)?$/u.test(mention.sentence.slice(d.end, mention.at)));
  const chosen = adjacent
    ? [adjacent]
    : dates
        .filter(
          (d) =>
            d.index >= mention.end &&
            d.month &&
            d.day &&
            !/press conference|findings|report|statement|deploy|from\s*$/i.test(mention.sentence.slice(mention.end, d.index)),
        )
        .slice(0, 2);
  const rounds = chosen.map((d) => dayOf(d, statementDate)).filter((d): d is string => d !== undefined);
  const unplacedDay = chosen.find((d) => !dayOf(d, statementDate));
  return unplacedDay ? { rounds, dayWithoutYear: unplacedDay.text.trim() } : { rounds };
}

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
  [/^(?:long[- ]term\b|LTOs?\b|долгосрочн)/iu, 'long-term'],
  [/^(?:short[- ]term\b|STOs?\b|краткосрочн)/iu, 'short-term'],
  [
    /^(?:parliamentarians|members of (?:the )?(?:European Parliament|Parliament|(?:OSCE |NATO )?Parliamentary Assembly|PACE)|MPs\b|парламентари)/iu,
    'parliamentarians',
  ],
  [/^(?:experts|эксперт)/iu, 'core-team'],
  [/^(?:observers|observants|наблюдател)/iu, 'total'],
];

/**
 * The category a noun phrase after a number names, looking past up to three words ("additional",
 * "ODIHR-deployed"); a phrase that lists several ("experts and long-term and short-term observers")
 * counts them all.
 */
function categoryAfter(after: string): { category: ObserverCategory; end: number } | undefined {
  const phrase = /^[^,.;:()]*/.exec(after)![0];
  const tokens = [...phrase.matchAll(/\S+/g)];
  const seen: { category: ObserverCategory; end: number }[] = [];
  for (let i = 0; i < tokens.length && i < 8; i++) {
    const word = tokens[i]![0];
    if (/^\d/.test(word)) break;
    if (seen.length > 0 && /^(?:from|in|to|at|who|which|will|based|deployed|в|из)$/iu.test(word)) break;
    const rest = phrase.slice(tokens[i]!.index);
    for (const [pattern, category] of CATEGORY_WORDS) {
      const m = pattern.exec(rest);
      if (m && !seen.some((s) => s.category === category)) seen.push({ category, end: tokens[i]!.index + m[0].length });
    }
    if (seen.length === 0 && i >= 2) break;
  }
  if (seen.length === 0) return undefined;
  const distinct = new Set(seen.map((s) => s.category).filter((c) => c !== 'total'));
  // "experts and observers" are the whole mission, not its core team.
  const expertsAndObservers = distinct.has('core-team') && seen.some((s) => s.category === 'total');
  if (distinct.size > 1 || expertsAndObservers) return { category: 'total', end: seen[seen.length - 1]!.end };
  return seen.find((s) => s.category !== 'total') ?? seen[0];
}

const MONTHS = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)`;
const MONTH_AFTER = new RegExp(String.raw`^\s*(?:-|to|and|–)?\s*(?:\d{1,2}\s+)?${MONTHS}`, 'iu');
const MONTH_BEFORE = new RegExp(String.raw`${MONTHS}\p{L}*\.?\s*$`, 'iu');

const EXPECTED = /\b(?:will request|request(?:s|ed)?|expect(?:s|ed)?|anticipate[sd]?)\b|запрос|ожида/iu;
const PLANNED = /\bwill\b|\bto deploy\b|\bto be deployed\b|\bplan(?:s|ned)?\b|\brecommend(?:s|ed)?\b|направит|будут|будет/iu;
const APPROXIMATE = /(?:\b(?:some|about|around|approximately|nearly|almost|roughly)|около|примерно|порядка|почти)\s+$/iu;
const FROM_STATES = /^\s+(?:OSCE\s+)?(?:participating\s+)?(?:countries|States|nations|стран|государств)/iu;

/** Observer figures of a text, in order, each with the words around it read for status and organization. */
export function observerFigures(text: string, findOrgs: (s: string) => OrganizationMention[]): { figures: ObserverFigure[]; flags: string[] } {
  const figures: ObserverFigure[] = [];
  const flags: string[] = [];
  for (const sentence of text.split('\n').flatMap(sentences)) {
    const dates = findDates(sentence);
    // A number is a day or a year only next to a month ("11 October", "March 20", "25.10.2014"):
    // chrono also reads "from 20 countries, to … 11 October" as a range, which must not hide the 20.
    const inDate = (n: { index: number; end: number; value: number }) =>
      dates.some((d) => n.index >= d.index && n.index < d.end) &&
      (MONTH_AFTER.test(sentence.slice(n.end)) ||
        MONTH_BEFORE.test(sentence.slice(0, n.index)) ||
        /^[.:]\d/.test(sentence.slice(n.end)) ||
        (n.value >= 1900 && n.value <= 2100));
    const numbers = numbersIn(sentence).filter(
      (n) => !inDate(n) && !/(?:No\.|\/|:)\s*$/.test(sentence.slice(0, n.index)) && !/^[:/]\d/.test(sentence.slice(n.end)),
    );
    const orgs = findOrgs(sentence);
    const inSentence: (ObserverFigure & { index: number; end: number })[] = [];
    numbers.forEach((n, i) => {
      if (n.value < 1 || n.value > 100000 || (n.value >= 1900 && n.value <= 2100)) return;
      const after = sentence.slice(n.end);
      if (FROM_STATES.test(after) && /(?:from|из)\s+$/iu.test(sentence.slice(0, n.index))) {
        const last = inSentence[inSentence.length - 1];
        if (last && last.fromStates === undefined) last.fromStates = n.value;
        return;
      }
      const core = /core team of\s+$|(?:core team|headquarters team)\s+(?:of|comprising)\s+$/i.test(sentence.slice(0, n.index));
      // "The PACE delegation consisted of 15 members": members of a delegation are parliamentarians.
      const members =
        /^\s+members\b/i.test(after) && /\bdelegation\b/i.test(sentence)
          ? { category: 'parliamentarians' as const, end: after.indexOf('members') + 'members'.length }
          : undefined;
      // "43 parliamentarians from the OSCE PA and 20 from PACE": the noun left out is the one before.
      const elided =
        inSentence.length > 0 && /^\s+from\s+(?:the\s+)?/i.test(after) && orgs.some((o) => o.index === n.end + /^\s+from\s+(?:the\s+)?/i.exec(after)![0].length)
          ? { category: inSentence[inSentence.length - 1]!.category, end: 0 }
          : undefined;
      const found = core ? { category: 'core-team' as const, end: after.search(/[,.;]|$/) } : (members ?? categoryAfter(after) ?? elided);
      if (!found) return;
      const previousEnd = inSentence.length > 0 ? inSentence[inSentence.length - 1]!.end : 0;
      // The next figure, not a number of States of origin ("300 observers from 40 countries will observe").
      const nextFigure = numbers.slice(i + 1).find((m) => !FROM_STATES.test(sentence.slice(m.end)));
      const nextStart = nextFigure?.index ?? sentence.length;
      // The words before the next number belong to it ("22 long-term and expected 300 short-term").
      const rawFollowing = sentence.slice(n.end + found.end, nextStart);
      const following = nextFigure ? rawFollowing.replace(/(?:,|\band\b|\bи\b)[^,]*$/u, '') : rawFollowing;
      // A figure that opens its sentence ("More than 800 observers, including …, will observe") takes the sentence's verb.
      const opens = inSentence.length === 0 && /^\s*(?:\p{L}+\s+){0,2}$/u.test(sentence.slice(0, n.index));
      const window = sentence.slice(previousEnd, n.index) + (opens ? sentence.slice(n.end) : following);
      // A figure in a list after another ("80 observers, including 60 parliamentarians") shares its verb.
      const previous = inSentence[inSentence.length - 1];
      const status: FigureStatus = EXPECTED.test(window) ? 'expected' : PLANNED.test(window) ? 'planned' : (previous?.status ?? 'deployed');
      const figure: ObserverFigure & { index: number; end: number } = {
        category: found.category,
        count: n.value,
        status,
        index: n.index,
        end: n.end + found.end,
      };
      if (APPROXIMATE.test(sentence.slice(Math.max(0, n.index - 20), n.index))) figure.approximate = true;
      const phraseEnd = n.end + found.end;
      const from = /^\s+(?:and staff\s+)?(?:from|of)\s+(?:the\s+)?/i.exec(sentence.slice(phraseEnd));
      const fromOrg = from ? orgs.find((o) => o.index === phraseEnd + from[0].length) : undefined;
      const deployedBy = orgs.find((o) => o.index > n.end && o.index < phraseEnd);
      // The organization that deploys them is the subject right before the verb: "The OSCE PA will deploy 30".
      const subject = orgs
        .filter((o) => o.end <= n.index && o.index >= previousEnd && /^[^,]{0,40}$/.test(sentence.slice(o.end, n.index)))
        .filter((o) => /(?:^|[,;:]\s*)(?:The\s+)?$/i.test(sentence.slice(0, o.index)))
        .pop();
      const organization = fromOrg ?? deployedBy ?? (inSentence.length === 0 ? subject : undefined);
      if (organization && OBSERVING.includes(organization.id)) figure.organization = organization.id;
      inSentence.push(figure);
    });
    const total = inSentence.find((f) => f.category === 'total' && f.organization === undefined);
    const parts = inSentence.filter((f) => f !== total && f.index > (total?.index ?? Infinity));
    if (total && parts.length > 1 && /including|of whom|among them|в том числе/i.test(sentence)) {
      const sum = parts.reduce((s, f) => s + f.count, 0);
      if (sum !== total.count) {
        const note = `as printed: the parts (${parts.map((p) => p.count).join(' + ')} = ${sum}) do not add up to ${total.count}`;
        total.note = note;
        flags.push(`observers: ${note}; kept as printed, not corrected`);
      }
    }
    figures.push(...inSentence.map(({ index: _index, end: _end, ...f }) => f));
  }
  return { figures: mergeRepeated(figures), flags };
}

/** A headline's "400 observers" and the article's "some 400 observers" are one figure, with what each adds. */
function mergeRepeated(figures: readonly ObserverFigure[]): ObserverFigure[] {
  const merged: ObserverFigure[] = [];
  for (const f of figures) {
    const same = merged.find((m) => m.category === f.category && m.count === f.count && m.status === f.status);
    if (!same) merged.push({ ...f });
    else {
      if (f.approximate) same.approximate = true;
      same.organization ??= f.organization;
      same.fromStates ??= f.fromStates;
    }
  }
  return merged;
}

export type Milestone = { kind: MilestoneKind; date?: string; status: 'actual' | 'planned'; note?: string };

/** Milestones a text announces or reports. "today" is the statement's date; a report "about two months after" keeps no date, only a note. */
export function milestones(text: string, statementDate: string | undefined, electionDay: string | undefined, type: string | undefined): Milestone[] {
  const found: Milestone[] = [];
  // The headline often names a stage without its day ("ODIHR opens …"); the article's dated mention wins.
  const add = (m: Milestone) => {
    const at = found.findIndex((f) => f.kind === m.kind);
    if (at === -1) found.push(m);
    else if (!found[at]!.date && m.date) found[at] = m;
  };
  const dayAfter = (iso: string) => {
    const d = new Date(`${iso}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  };
  for (const sentence of text.split('\n').flatMap(sentences)) {
    const future = /\bwill\b|\bto be\b|будет/i.test(sentence);
    const dates = findDates(sentence).map((d) => ({ d, day: dayOf(d, statementDate) }));
    const today = /\btoday\b|сегодня/i.test(sentence) ? statementDate : undefined;
    const dated = (m: Milestone, day: string | undefined) => (day ? { ...m, date: day } : m);
    if (/\b(?:opened|opens)\b|открыл/iu.test(sentence) && /mission|мисси/iu.test(sentence)) {
      add(dated({ kind: 'opening', status: 'actual' }, today ?? dates.find((x) => x.day && x.day !== electionDay)?.day));
    }
    // "24 long-term observers will be deployed throughout the country from 15 December".
    const from = dates.find((x) => /\bdeployed\b[^.]*\bfrom\s*$/i.test(sentence.slice(0, x.d.index)));
    if (from && /long[- ]term observers|LTOs|долгосрочн/iu.test(sentence))
      add(dated({ kind: 'lto-deployment', status: future ? 'planned' : 'actual' }, from.day));
    if (/interim report/i.test(sentence)) add(dated({ kind: 'interim-report', status: future ? 'planned' : 'actual' }, future ? undefined : today));
    if (
      /preliminary (?:findings|statement|conclusions)/i.test(sentence) &&
      /press conference|will be (?:issued|presented|published|delivered)|will present/i.test(sentence)
    ) {
      const day =
        /(?:the )?day after the elections?/i.test(sentence) && electionDay
          ? dayAfter(electionDay)
          : (dates.find((x) => x.day && x.day !== electionDay)?.day ?? today);
      add(dated({ kind: 'preliminary-statement', status: future ? 'planned' : 'actual' }, day));
    }
    if (/final report/i.test(sentence) && !future && /\b(?:published|issued|released|presented)\b/i.test(sentence))
      add(dated({ kind: 'final-report', status: 'actual' }, today));
    if (/final report/i.test(sentence) && future) {
      const when = /((?:about|approximately|some)\s+\w+\s+(?:weeks|months)\s+after[^.,;]*)/i.exec(sentence);
      add(
        when
          ? { kind: 'final-report', status: 'planned', note: `Announced for ${when[1]!.replace(/\s+/g, ' ')}.` }
          : { kind: 'final-report', status: 'planned' },
      );
    }
    if (type === 'NAM' && /needs[- ]assessment/i.test(sentence) && /visit|held|conducted|met|undert(?:ook|aken)|carried out|took place/i.test(sentence)) {
      const first = dates.find((x) => x.day && x.day !== electionDay);
      add(dated({ kind: 'needs-assessment', status: future ? 'planned' : 'actual' }, first?.day));
    }
  }
  if (electionDay) add({ kind: 'election-day', date: electionDay, status: statementDate && electionDay <= statementDate ? 'actual' : 'planned' });
  const order = Object.keys(MILESTONE_KINDS);
  return found.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

export { PARLIAMENTARY };
