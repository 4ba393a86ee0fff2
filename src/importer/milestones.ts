/**
 * The stages of a mission a text announces or reports: needs assessment, opening, deployment of the
 * long-term observers, interim report, election day, statement of preliminary findings, final report.
 *
 * Each stage is actual when the text reports it done and planned when it announces it; its date is the
 * one the text gives it: printed ("opened on 7 January 2020", "from 15 March"), the statement's own day
 * for "today", the day a weekday points to in the week of the statement ("opened on Tuesday" in a report
 * of Thursday), the day after the election for "the day after the elections", a month for "in May this
 * year". A report is its own stage, on its own date. A mission's page may list its schedule ("- 8 October:
 * Opening of the mission"). A stage the text names without a day keeps no date.
 */
import { MILESTONE_KINDS } from '../schemas/vocabulary.ts';
import { findDates, isoDay, nearestDay, type PrintedDate } from './dates.ts';
import { sentences } from './text.ts';

type MilestoneKind = keyof typeof MILESTONE_KINDS;
export type Milestone = { kind: MilestoneKind; date?: string; status: 'actual' | 'planned'; note?: string };

export type MilestoneContext = {
  statementDate?: string | undefined;
  statementKind?: string | undefined;
  /** The first round, when the text gives it. */
  electionDay?: string | undefined;
  /** Whether the text prints a day for the election the mission observes (with or without its year). */
  election: boolean;
  /** The organization that issued the text: a report is a stage of its own mission only when ODIHR issued it. */
  statementSource?: string | undefined;
  type?: string | undefined;
};

/** A date printed with a day and month, completed with the statement's year when it has none. */
function dayOf(d: PrintedDate, statementDate: string | undefined): string | undefined {
  if (d.date) return d.date;
  if (d.month && d.day && !d.year && statementDate) return nearestDay(d.month, d.day, statementDate);
  return undefined;
}

function shift(iso: string, days: number): string | undefined {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RU_WEEKDAYS = ['воскресен', 'понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот'];

/**
 * The day a weekday names in the week of the statement: the last such day on or before it for what was
 * done ("opened on Tuesday"), the next one after it for what is to come ("will present … on Monday").
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function weekdayDate(sentence: string, statementDate: string | undefined, future: boolean): string | undefined {
  if (!statementDate) return undefined;
  const lower = sentence.toLowerCase();
  let weekday = WEEKDAYS.findIndex((w) => new RegExp(`\\bon ${w}\\b`).test(lower));
  if (weekday === -1) weekday = RU_WEEKDAYS.findIndex((w) => new RegExp(`(?:^|\\s)в(?:о)?\\s+${w}`, 'u').test(lower));
  if (weekday === -1) return undefined;
  const today = new Date(`${statementDate}T12:00:00Z`).getUTCDay();
  const back = (today - weekday + 7) % 7;
  return future ? shift(statementDate, (weekday - today + 7) % 7 || 7) : shift(statementDate, -back);
}

const FUTURE =
  /\bwill\b|\bto be\b|\bto (?:present|hold|publish|issue|release|deliver|announce)\b|\bshall\b|\bis to\b|\bare to\b|\bplans? to\b|\bscheduled\b|\bupcoming\b|\bforthcoming\b|будет|будут|планиру|предстоящ|обнародует|огласит|представит|подготовит|опубликует|опубликуем|представим|запланирован|состоится/iu;
// ODIHR observes only with a mission: "The ODIHR … started its work in Norvik" opens one. An election commission is
// no mission ("the Media Center established by the Central Election Commission").
const MISSION = /(?<!\p{L})(?:mission|team)|мисси|\bODIHR\b|БДИПЧ/iu;

/** "in May this year", "in early February 2008": a month, as `YYYY-MM`, with the year printed or the statement's. */
function monthOf(text: string, statementDate: string | undefined): string | undefined {
  const m =
    /\bin (?:early |mid-|late )?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4})|\s+this year)?\b/i.exec(
      text,
    );
  if (!m) return undefined;
  const month =
    ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].indexOf(m[1]!.toLowerCase()) + 1;
  const year = m[2] ?? (statementDate ? statementDate.slice(0, 4) : undefined);
  return year ? `${year}-${String(month).padStart(2, '0')}` : undefined;
}

/**
 * Whether an undated text tells of a mission that is over: it says what the mission did ("deployed",
 * "consisted of", "According to the final report") and announces nothing it will do.
 */
function pastTense(text: string): boolean {
  const past = (
    text.match(
      /(?<!\b(?:to|will|would) be )\b(?:deployed|consisted|comprised|observed|were held|was held|took place|concluded|assessed|was headed|According to the (?:mission['’]s )?final report)\b|прошли|состоялись|состоявш\p{L}*|не обнаружил\p{L}*|голосование было/giu,
    ) ?? []
  ).length;
  const future = (text.match(/\bwill\b|\bto be\b|\bupcoming\b|\bforthcoming\b|\bscheduled for\b|будут|будет|предстоящ|намеченн/giu) ?? []).length;
  return past > 0 && past > future;
}

/** Milestones a text announces or reports, in the order they happen. */
export function milestones(text: string, ctx: MilestoneContext): Milestone[] {
  const { statementDate, electionDay, statementKind } = ctx;
  const found: Milestone[] = [];
  // The headline often names a stage without its day ("ODIHR opens …"); the article's dated mention wins.
  const add = (m: Milestone) => {
    const at = found.findIndex((f) => f.kind === m.kind);
    if (at === -1) found.push(m);
    else if (!found[at]!.date && m.date) found[at] = { ...m, status: found[at]!.status === 'actual' ? 'actual' : m.status };
  };
  const dated = (m: Milestone, day: string | undefined): Milestone => (day ? { ...m, date: day } : m);
  const otherThanElection = (ds: { day: string | undefined }[]) => ds.find((x) => x.day && x.day !== electionDay)?.day;

  // An ODIHR report is itself a stage of its mission, on its own date, and so is a CIS mission's statement, its
  // mission being its own; a parliamentary delegation's report is not.
  const own = ctx.statementSource === 'odihr' || ctx.statementSource === 'cis';
  if (own && statementKind === 'final-report') add(dated({ kind: 'final-report', status: 'actual' }, statementDate));
  if (own && statementKind === 'interim-report') add(dated({ kind: 'interim-report', status: 'actual' }, statementDate));
  if (own && statementKind === 'preliminary-statement') add(dated({ kind: 'preliminary-statement', status: 'actual' }, statementDate));

  let previousSentence = '';
  for (const line of text.split('\n')) {
    // A mission's schedule: "- 8 October: Opening of the mission", "- 5 December: Press conference on preliminary findings".
    const schedule = /^\s*[-•]?\s*([^:]{3,30}):\s+(.+)$/.exec(line);
    const scheduleDate = schedule ? findDates(schedule[1]!)[0] : undefined;
    if (schedule && scheduleDate?.day && scheduleDate.month) {
      const day = dayOf(scheduleDate, statementDate) ?? (electionDay ? nearestDay(scheduleDate.month, scheduleDate.day, electionDay) : undefined);
      const what = schedule[2]!;
      // A page without a date of its own prints its schedule ahead: what the text does not tell as done is to come.
      const status = statementDate && day && day <= statementDate ? 'actual' : 'planned';
      const stage: MilestoneKind | undefined = /opening/i.test(what)
        ? 'opening'
        : /arrival of long-term|long-term observers/i.test(what)
          ? 'lto-deployment'
          : /preliminary/i.test(what)
            ? 'preliminary-statement'
            : /interim report/i.test(what)
              ? 'interim-report'
              : /final report/i.test(what)
                ? 'final-report'
                : /needs assessment/i.test(what)
                  ? 'needs-assessment'
                  : undefined;
      if (stage) add(dated({ kind: stage, status: stage === 'opening' || stage === 'needs-assessment' ? 'actual' : status }, day));
      continue;
    }
    for (const sentence of sentences(line)) readSentence(sentence);
  }

  function readSentence(sentence: string): void {
    const future = FUTURE.test(sentence);
    // A text without a date of its own (a mission's page) places a day without a year by its election's:
    // "began its work in Norvia on 6 October" for the 19 October 2031 elections.
    const dates = findDates(sentence).map((d) => ({ d, day: dayOf(d, statementDate ?? electionDay) }));
    const today = /\btoday\b|сегодня/i.test(sentence) ? statementDate : undefined;

    // Opening: "today opened", "has launched", "began its work", "открыло миссию", "приступила к работе", "приступила к
    // мониторингу избирательной кампании 2 ноября".
    const opened =
      /\b(?:opened|opens|launched|launches|began (?:its )?work|begins (?:its )?work|started (?:its )?work|starts (?:its )?work|commenced|established|started monitoring|has started monitoring|(?:started|began|begun) (?:working|operating)|began|has begun|(?:has\s+)?arrived in|(?:was|has been)\s+deployed\s+(?:on|by))\b|открыл\p{L}*|открыт(?:а|о|ие|ия)(?!\p{L})|начал\p{L}* (?:свою )?(?:\p{L}+(?:ую|юю) )?(?:работу|деятельность)|начал\p{L}* мониторинг|объявил\p{L}* о начале (?:своей )?(?:работы|деятельности)|приступил\p{L}* (?:сегодня )?к (?:своей )?(?:работе|наблюдению|осуществлению|мониторингу)|(?:основн\p{L}*\s+групп\p{L}*|ядро)[^.]{0,160}?(?<!\p{L})прибыл[аи]?\s+в\s+\p{Lu}|(?<!\p{L})прибыл[аи]?\s+(?:\p{L}+\s+){0,2}(?:основн|перв)\p{L}*\s+(?:\p{L}+\s+)?групп|(?<!\p{L})работает\s+(?:в\s+\p{Lu}\p{L}+\s+)?с\s+(?:начала\s+)?\p{L}+/iu;
    // "announced on Monday the start of their mission": the opening, reported.
    // "announced on August 22 about the launch of election observation mission": the same, with another noun.
    const started =
      /\b(?:announced|marked|declared)\b[^.]{0,60}\b(?:the\s+)?(?:start|launch|opening) of (?:its |their |the )?(?:election )?(?:observation )?(?:mission|work|observation)\b/i.test(
        sentence,
      );
    // "opened the briefing of the short-term observers": what was opened is the briefing, not the mission.
    const openedOther =
      /\b(?:opened|opens|launched|launches)\s+(?:the|a|an|its|their)\s+(?:\p{L}+\s+)?(?:briefing|training|conference|meeting|session|seminar|debate|exhibition)\b/iu;
    if (
      (MISSION.test(sentence) && opened.test(sentence.replace(openedOther, '')) && !/\b(?:will|would)\s+(?:be\s+)?(?:open|launch)/i.test(sentence)) ||
      started
    ) {
      const printed = otherThanElection(dates.filter((x) => !x.d.weekdayOnly));
      // "has opened", "has launched": done as the statement is issued, on its day.
      // "официально приступила к работе", "официально открыла": the formal opening a dated report announces, on its day.
      const justNow =
        /\b(?:has|have)\s+(?:(?:officially|formally|just|already)\s+)?(?:opened|launched|started|begun|established|commenced)\b|(?<!\p{L})официально\s+(?:приступил|открыл|начал)/iu.test(
          sentence,
        )
          ? statementDate
          : undefined;
      const day = today ?? printed ?? weekdayDate(sentence, statementDate, false) ?? justNow;
      add(dated({ kind: 'opening', status: 'actual' }, day && (!statementDate || day <= statementDate) ? day : undefined));
    } else if (/мисси\p{L}*[^.]{0,80}(?:начн[её]т (?:свою )?работу|приступит к (?:своей )?работе)/iu.test(sentence)) {
      // "Миссия наблюдателей начнет работу 4 февраля": an opening announced for its day.
      add(dated({ kind: 'opening', status: 'planned' }, otherThanElection(dates.filter((x) => !x.d.weekdayOnly))));
    } else if (MISSION.test(sentence) && /\b(?:formal )?opening of the (?:election )?(?:observation )?mission\b/i.test(sentence) && future) {
      add(dated({ kind: 'opening', status: 'planned' }, weekdayDate(sentence, statementDate, true) ?? otherThanElection(dates)));
    }

    // Long-term observers deployed, or to be: "… who will be deployed throughout the country from 15 December";
    // "Миссия состоит из 13 экспертов и 27 долгосрочных наблюдателей. Наблюдатели будут распределены … с 1 октября.":
    // the observers of the next sentence are those long-term observers.
    const ltoBefore = /long[- ]term (?:observers|monitors)|\bLTOs?\b|долгосрочн\p{L}* наблюдател/iu.test(previousSentence);
    previousSentence = sentence;
    if (
      (/long[- ]term (?:observers|monitors)|\bLTOs?\b|долгосрочн\p{L}* (?:наблюдател|групп)|групп\p{L}* долгосрочн/iu.test(sentence) ||
        (ltoBefore && /^\s*(?:The\s+)?(?:observers|they|наблюдател\p{L}*|они)\s/iu.test(sentence))) &&
      /deploy|arriv|join|station|start (?:work|monitor)|направ|прибуд|прибыл|прибыва|присоедин|приступил|работает|работают|размещ|распредел/iu.test(sentence)
    ) {
      // A day without a year the text cannot complete ("from 14 January" in an undated text) still times the stage.
      // "The mission was deployed on 7 June and included … long-term observers deployed from 14 June": the day after
      // the long-term observers is theirs.
      const ltoAt = sentence.search(/long[- ]term (?:observers|monitors)|\bLTOs?\b|долгосрочн/iu);
      // The date as read may hold its own cue ("с 4 сентября").
      const fromCue = (x: (typeof dates)[number]) =>
        (/\b(?:from|on|by|starting|as of|beginning|since)\s*$|(?<!\p{L})с\s*$/iu.test(sentence.slice(0, x.d.index)) ||
          /^(?:с|from|since)\s/iu.test(x.d.text)) &&
        !(x.day && x.day === electionDay);
      const from = dates.find((x) => fromCue(x) && x.d.index > ltoAt) ?? dates.find(fromCue);
      const lto =
        /(?:will|to be|are expected|scheduled)\s+(?:be\s+)?(?:deployed|arriv|join)|will\s+(?:arrive|join|deploy|start)|who will|to arrive|прибуд|будут|будет|начнут|присоедин(?:ятся|ится)/iu.test(
          sentence,
        );
      // "С 7 декабря в Узбекистане работает группа долгосрочных наблюдателей": at work since a day, so arrived.
      const atWorkSince = /(?<!\p{L})[сС]\s+\d{1,2}\s+\p{L}+[^.]{0,60}(?<!\p{L})(?:работает|работают)(?!\p{L})/u.test(sentence);
      const done =
        /\b(?:have been|were|are|has been)\s+deployed\b|\bdeployed (?:across|throughout|in|to)\b(?![^.]*\bwill\b)|прибыл|приступил/iu.test(sentence) ||
        atWorkSince;
      // A deployment is a stage when the text says when: a day, "next week", "in a few days", "by the end of the week".
      const when = from ?? dates.find((x) => x.day && x.day !== electionDay);
      const timed =
        when !== undefined ||
        /\b(?:next week|this week|in (?:a few|the coming) days|shortly|soon|tomorrow|by the end of the week|in the coming weeks)\b|на следующей неделе|на этой неделе|в конце (?:этой )?недели|в ближайшие дни|в ближайшее время|(?<!\p{L})в (?:предстоящий |ближайший )?(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?!\p{L})/iu.test(
          sentence,
        ) ||
        weekdayDate(sentence, statementDate, true) !== undefined;
      // An arrival that has taken place is a stage whenever it was: "долгосрочные наблюдатели СНГ прибыли в Ташкент" (a
      // description of where observers are deployed is not).
      const arrived = /\b(?:have|has)\s+arrived\b|(?<!\p{L})(?:прибыл\p{L}*|приступил\p{L}*)(?!\p{L})/iu.test(sentence) || atWorkSince;
      if ((lto || done) && (timed || (arrived && !lto))) add(dated({ kind: 'lto-deployment', status: lto ? 'planned' : 'actual' }, when?.day));
    }

    // Interim report: announced, or published today.
    // "Примерно через три недели мы опубликуем наш первый отчет": a mission's first report, before the vote, is its interim one.
    if (
      /interim reports?|intermediate reports?|\bfirst (?:interim )?report\b|промежуточн\p{L}* (?:доклад|отч[её]т)|перв\p{L}* (?:промежуточн\p{L}* )?(?:доклад|отч[её]т)/iu.test(
        sentence,
      ) &&
      statementKind !== 'interim-report'
    ) {
      if (future) add({ kind: 'interim-report', status: 'planned' });
      // "огласила промежуточный отчет", "опубликовала промежуточный доклад": published, in Russian.
      else if (/\b(?:published|issued|released|presented)\b|(?<!\p{L})(?:огласил|опубликовал|обнародовал|представил)\p{L}*/iu.test(sentence))
        add(dated({ kind: 'interim-report', status: 'actual' }, today));
    }

    // Preliminary statement: announced for a day, or presented.
    if (
      (/preliminary (?:post-election )?(?:findings|statement|conclusions?|assessment|results|report)|\bprimary (?:report|findings|conclusions|statement)|post-election (?:assessment|statement)|предварительн\p{L}* (?:вывод|заявлени|итог|оценк|отч[её]т|доклад)|предварительн\p{L}* результат\p{L}* (?:мониторинга|наблюдения|работы)|statement of preliminary|заявлени\p{L}* по (?:результатам|итогам) наблюдения/iu.test(
        sentence,
      ) ||
        // "will give a press conference a day after the elections", "to issue its statement on their observation mission",
        // "will hold a press conference to present their findings on Monday following the elections",
        // "Их совместная пресс-конференция запланирована на 10 февраля", "will release results of their work in a news
        // conference on April 3".
        /(?:press|news) conference\b[^.]*\b(?:(?:a|the) day after the elections?|to (?:issue|present|deliver) (?:its|their) (?:statement|(?:preliminary )?(?:findings|conclusions)))|(?:совместн\p{L}*|итогов\p{L}*) пресс-конференци\p{L}* (?:запланирован|состоится|пройдет)|summary will be given at the press conference|\b(?:release|present|announce)\s+(?:the\s+)?(?:results|findings|conclusions)\s+of\s+(?:their|its)\s+(?:work|observation)\b[^.]*\b(?:press|news) conference/iu.test(
          sentence,
        )) &&
      statementKind !== 'preliminary-statement'
    ) {
      const announced =
        /press conference|news conference|will be (?:issued|presented|published|delivered|released|made public|made|given)|will (?:present|issue|publish|deliver|release|make public|give|produce)|to present|to issue|to be (?:issued|presented|published)|пресс-конференци|будет|огласит|представит|обнародует|запланирован/iu.test(
          sentence,
        );
      const presented = /\b(?:presented|released|issued|published|said|concluded|stated|found)\b|представил\p{L}*|заявил\p{L}*|опубликовал\p{L}*/iu.test(
        sentence,
      );
      if (announced && future) {
        const afterElection = /(?:on )?(?:the|a) day after (?:the )?(?:elections?|election day|the vote|voting)|next day|на следующий день после/i.test(
          sentence,
        );
        // "a press conference on Monday a day after the election": the Monday is the election's, which may be weeks away;
        // without the election's day, the weekday dates nothing.
        const day =
          afterElection && electionDay
            ? shift(electionDay, 1)
            : (otherThanElection(dates.filter((x) => !x.d.weekdayOnly)) ?? (afterElection ? undefined : weekdayDate(sentence, statementDate, true)));
        add(dated({ kind: 'preliminary-statement', status: 'planned' }, day));
      } else if (presented || announced) {
        const day = today ?? otherThanElection(dates.filter((x) => !x.d.weekdayOnly)) ?? weekdayDate(sentence, statementDate, false);
        add(dated({ kind: 'preliminary-statement', status: future ? 'planned' : 'actual' }, day));
      }
    }

    // Final report: published, or to be.
    // "will present a report in two months after the elections": the final report, by when it comes.
    if (
      /final report|окончательн\p{L}* доклад|итогов\p{L}* (?:доклад|отч[её]т)|\breport\b[^.]{0,80}?\b(?:(?:in|within) )?(?:about |approximately |some )?\w+ (?:weeks|months) (?:after|of) the (?:elections?|vote)/iu.test(
        sentence,
      ) &&
      statementKind !== 'final-report'
    ) {
      const done =
        /\b(?:takes? note of|welcomes?|welcomed|as stated in|in its)\s+(?:the\s+)?final report|\b(?:was|were|has been|have been)\s+(?:published|issued|released|presented)|\b(?:published|issued|released|presented)\s+(?:today|on|by|yesterday)\b|according to (?:the|its|the mission['’]s) final report|(?:^|\s)(?:ODIHR|OSCE\/ODIHR|mission)\s+(?:published|issued|released|presented)\b/i.test(
          sentence,
        );
      // Its day is today's, or the one printed with its publication ("issued … on 12 September 2018").
      const issuedOn = dates.find((x) => x.d.date && /\b(?:published|issued|released|presented)\b[^.]{0,60}\bon\s*$/i.test(sentence.slice(0, x.d.index)));
      if (done) add(dated({ kind: 'final-report', status: 'actual' }, today ?? issuedOn?.day));
      else {
        const when = /((?:about|approximately|some|around|within)\s+\w+\s+(?:weeks|months)\s+after[^.,;]*)/i.exec(sentence);
        add(
          when
            ? { kind: 'final-report', status: 'planned', note: `Announced for ${when[1]!.replace(/\s+/g, ' ')}.` }
            : { kind: 'final-report', status: 'planned' },
        );
      }
    }

    // Needs assessment: the visit that came before the mission ("undertook a NAM from 20 to 22 January", "a needs assessment mission conducted in May this year").
    // "based on conclusions made by an ODIHR assessment mission that worked in the republic": an assessment mission
    // that came before the observers is a needs assessment; an Election Assessment Mission is a mission of its own.
    if (
      /needs[- ]assessment|оценке потребностей|предварительн\p{L}* мисси\p{L}* экспертов|(?<!election\s)\bassessment mission\b(?=[^.]{0,60}\b(?:worked|visited|was in|conducted|held)\b)/iu.test(
        sentence,
      )
    ) {
      // "ODIHR to Send Needs Assessment Mission": a headline's "to send" announces it; "Предварительная миссия экспертов …
      // 21-22 февраля будет в Баку": so does the future in Russian, with its days.
      const planned =
        /\bwill\s+(?:be\s+)?(?:conduct|undertak|send|visit)\w*|\bto\s+(?:send|conduct|undertake)\b|(?<!\p{L})(?:будет|посетит|прибудет|проведет|проведёт)(?!\p{L})/iu.test(
          sentence,
        );
      const pastWords =
        /\b(?:undertook|undertaken|conducted|held|visited|was in|were in|has been to|based on|following|findings|recommend|carried out|took place|met)\b|провел\p{L}*|посетил\p{L}*/iu.test(
          sentence,
        );
      const past = pastWords || ctx.type === 'NAM' || statementKind === 'needs-assessment-report';
      // "will be sending a needs assessment mission … A decision on the timing of the Needs Assessment Mission has yet
      // to be taken": an assessment the text has announced stays to come until a sentence tells it done.
      const stillToCome =
        found.some((f) => f.kind === 'needs-assessment' && f.status === 'planned') && (!pastWords || /\b(?:will|would|yet to)\b/i.test(sentence));
      // Its days are ahead of the text's own, and no one's words: "its spokesman said on 10 April" dates the saying.
      const visit = dates.find(
        (x) =>
          x.day &&
          x.day !== electionDay &&
          (!statementDate || x.day > statementDate) &&
          !/(?:said|told|announced|stated|заявил\p{L}*|сообщил\p{L}*)\s+(?:on\s+)?$/iu.test(sentence.slice(0, x.d.index)),
      );
      if (planned) add(dated({ kind: 'needs-assessment', status: 'planned' }, visit?.day));
      else if (past && !stillToCome && !/\b(?:as a rule|traditionally|usually)\b/i.test(sentence)) {
        const first = dates.find((x) => x.day && x.day !== electionDay && (!statementDate || x.day <= statementDate));
        add(dated({ kind: 'needs-assessment', status: 'actual' }, first?.day ?? monthOf(sentence, statementDate)));
      }
    }
  }

  // A media advisory's block: the press conference its lead or its "What:" announces, on the day its
  // "When:" gives, on the next line or the same one ("When: 15:00 local time on 6 November 2024 Where: …").
  const when = /(?:^|\s)When:[ \t]*(?:\n[ \t]*[-•]?[ \t]*)?([^\n]*?)(?=\s+Where:|\n|$)/.exec(text);
  const whenDate = when ? findDates(when[1]!).find((d) => d.day && d.month) : undefined;
  const whenDay = whenDate ? dayOf(whenDate, statementDate) : undefined;
  if (when && whenDay) {
    const before = text.slice(0, when.index);
    if (/press conference|news conference|briefing|пресс-конференци/iu.test(before)) {
      const status = statementDate && whenDay < statementDate ? 'actual' : 'planned';
      // The block's own day outranks any other the lead prints (the dateline's, above all).
      const set = (kind: MilestoneKind) => {
        const at = found.findIndex((f) => f.kind === kind);
        if (at !== -1) found.splice(at, 1);
        found.push({ kind, status, date: whenDay });
      };
      if (/\b(?:preliminary|findings|conclusions)\b|предварительн/iu.test(before)) set('preliminary-statement');
      else if (
        /\bopen(?:ing|s)?\b[^.\n]{0,80}\bmission|\bmission\b[^.\n]{0,40}\bopen|role of the\b[^.\n]{0,80}\bmission\b[^.\n]{0,40}\b(?:planned|upcoming) activities|открыти/iu.test(
          before,
        )
      )
        set('opening');
    }
  }

  // Election day: whenever the text names the election, with its day when it gives one. Every election has a day, so
  // one still to come says something only with its date: an election announced without its day has no milestone yet.
  if (ctx.election) {
    const past = statementKind === 'final-report' || statementKind === 'preliminary-statement' || pastTense(text);
    const status: 'actual' | 'planned' = electionDay && statementDate ? (electionDay <= statementDate ? 'actual' : 'planned') : past ? 'actual' : 'planned';
    if (electionDay) add({ kind: 'election-day', date: electionDay, status });
    else if (status === 'actual') add({ kind: 'election-day', status });
  }
  const order = Object.keys(MILESTONE_KINDS);
  return found.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
