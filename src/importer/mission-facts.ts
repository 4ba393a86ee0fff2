/**
 * The facts of a mission a text gives: its type from the wording, the election (kind, country,
 * rounds), the organizations that observe, the observer figures and the milestones. Each reader
 * keeps to what is printed: a figure keeps the status its verb gives ("will request" is expected,
 * "will deploy" planned), a day without a year gets the year only from the statement's own date,
 * and a total that its parts do not add up to is kept as printed and flagged.
 */
import { ELECTION_KINDS, MISSION_TYPES } from '../schemas/vocabulary.ts';
import { DEMONYMS, findCountryMentions } from './countries.ts';
import { findDates, nearestDay, type PrintedDate } from './dates.ts';
import { EARLIER_MISSION } from './missions.ts';
import type { OrganizationMention } from './organizations-in-text.ts';
import { sentences } from './text.ts';

export type MissionType = keyof typeof MISSION_TYPES;
type ElectionKind = keyof typeof ELECTION_KINDS;

/** Organizations whose observers make up a mission. */
// The Council of Europe's Congress observes local elections with a delegation of its members, as the assemblies do.
export const OBSERVING = ['odihr', 'osce-pa', 'pace', 'nato-pa', 'european-parliament', 'coe-congress'];
const PARLIAMENTARY = ['osce-pa', 'pace', 'nato-pa', 'european-parliament', 'coe-congress'];
/** Bodies whose observers come as a delegation of members: the OSCE's partners and the CIS's Interparliamentary Assembly. */
export const ASSEMBLIES = [...PARLIAMENTARY, 'ipa-cis'];

const ODIHR_WORDS = /ODIHR|Office for Democratic Institutions and Human Rights|БДИПЧ|БДИЧП/;

/** Wordings of each mission type, the more specific before the one they contain. */
const TYPE_WORDINGS: [RegExp, MissionType][] = [
  // "Предварительная миссия экспертов БДИПЧ": the experts who come before an election to assess the needs.
  [/needs[- ]assessment(?: mission)?|\bNAM\b|миссии? по оценке потребностей|оценке потребностей|предварительн\p{L}* мисси\p{L}* экспертов/giu, 'NAM'],
  [
    /international (?:election |referendum )?observation mission|\bIEOM\b|joint (?:undertaking|effort|endeavou?r|(?:observation )?mission)\b|common endeavou?r|co-operative undertaking|международн\p{L}* мисси\p{L}* по наблюдению/giu,
    'IEOM',
  ],
  [/limited (?:election |referendum )?observation mission|\bL[ER]OM\b|ограниченн\p{L}* мисси\p{L}*/giu, 'LEOM'],
  [/special election assessment mission|\bSEAM\b/giu, 'SEAM'],
  [/election assessment mission|limited mission for election assessment|\bEAM\b|мисси\p{L}* (?:\S+\s+){0,2}по оценке (?:проведения )?выборов/giu, 'EAM'],
  [/election expert team|\bEET\b/giu, 'EET'],
  // "миссия наблюдателей БДИПЧ ОБСЕ", "миссия наблюдения Бюро …": ODIHR's mission of observers, as news sites name it.
  [
    /(?:election|referendum) observation mission|\bEOM\b|observation mission|мисси\p{L}*(?:\s+\S+){0,3}\s+по наблюдению|мисси\p{L}*\s+(?:наблюдател\p{L}*|наблюдения)\s+(?:от\s+)?(?:БДИПЧ|БДИЧП|Бюро по демократическим|Бюро демократических)/giu,
    'EOM',
  ],
];

/**
 * Whether a text words its mission as an election observation mission: "election observation mission", "EOM",
 * "Миссию по наблюдению за … выборами". A bare "observation mission", "the ODIHR mission" or "Миссию по наблюдению
 * возглавит" tell that there is a mission, as a news report calls any, not its type.
 */
export function wordsEom(text: string): boolean {
  return /(?:election|referendum) observation mission|\bEOM\b|мисси\p{L}*(?:\s+\S+){0,3}\s+по наблюдению\s+за\s+(?:\p{L}+\s+){0,3}(?:выбор|референдум)|мисси\p{L}*\s+(?:наблюдател\p{L}*|наблюдения)\s+(?:от\s+)?(?:БДИПЧ|БДИЧП|Бюро по демократическим|Бюро демократических)/iu.test(
    text,
  );
}

/** A needs assessment named as what came before the mission: "following … a needs assessment mission". */
const EARLIER_ASSESSMENT =
  /(?:following|after|based on|on the basis of|in line with|findings (?:and conclusions )?of|conclusions of|recommended by|recommendation of|conducted|undertaken)\b[^.]{0,80}$/i;

/**
 * The mission type the wording gives: the first type the text names, the specific wording winning over the
 * general one it contains ("limited election observation mission" over "election observation mission").
 * A needs assessment the mission followed does not count, and a mission recommended counts over the needs
 * assessment that recommends it; a report of a needs assessment is one. An ODIHR election observation mission
 * must be ODIHR's: a sentence about it names ODIHR or its mission.
 */
export function missionType(text: string, statementKind?: string): MissionType | undefined {
  if (statementKind === 'needs-assessment-report') return 'NAM';
  const found: { type: MissionType; at: number; end: number; bare?: boolean }[] = [];
  let offset = 0;
  for (const sentence of text.split('\n').flatMap((p) => sentences(p))) {
    for (const [pattern, type] of TYPE_WORDINGS) {
      for (const m of sentence.matchAll(pattern)) {
        const at = offset + m.index;
        if (found.some((f) => at >= f.at && at < f.end)) continue;
        if (type === 'NAM' && EARLIER_ASSESSMENT.test(sentence.slice(0, m.index))) continue;
        if (type === 'EOM' && !ODIHR_WORDS.test(text) && !/\bEOM\b/.test(m[0])) continue;
        found.push({ type, at, end: at + m[0].length, ...(type === 'EOM' && /^observation mission$/i.test(m[0]) ? { bare: true } : {}) });
      }
    }
    offset += sentence.length + 1;
  }
  // "the OSCE/ODIHR mission", "The Observer Mission of the OSCE ODIHR": where the text words it no other way,
  // ODIHR's mission for an election observes it.
  if (found.length === 0)
    return /observer mission of the (?:OSCE\s+)?(?:ODIHR|Office for Democratic)|(?:OSCE\/)?ODIHR (?:election )?mission\b/i.test(text) ? 'EOM' : undefined;
  found.sort((a, b) => a.at - b.at);
  // "The NAM recommends the deployment of a limited election observation mission": the mission recommended.
  const recommended = found.find((f) => f.type !== 'NAM' && /recommend|рекоменд/i.test(text.slice(Math.max(0, f.at - 120), f.at)));
  if (recommended && found[0]?.type === 'NAM') return recommended.type;
  // A headline's bare "observation mission" says less than the lead's "limited election observation mission".
  if (found[0]?.bare) {
    const specific = found.find((f) => f.type === 'LEOM' || f.type === 'IEOM' || f.type === 'EAM' || f.type === 'SEAM');
    if (specific) return specific.type;
  }
  return found[0]?.type;
}

/** Organizations that send observers of their own. */
const OTHER_OBSERVERS = ['cis', 'ipa-cis', 'guam', 'turkpa', 'turkic-council', 'sco', 'pabsec', 'pam', 'cis-emo'];

/**
 * The observing organizations a text names, ODIHR first, then in order of mention.
 *
 * - ODIHR observes wherever it is named.
 * - A parliamentary assembly counts in a text about its delegation, its parliamentarians or a joint
 *   mission, or when it issued the text: "President Emeritus of the OSCE PA" or "campaigns for the European
 *   Parliament" name it in another capacity.
 * - Another organization (the CIS, TURKPA, GUAM …) counts where the text speaks of its observers, mission
 *   or delegation ("observers from the CIS", "Миссия наблюдателей от СНГ").
 * - The OSCE itself counts only where no OSCE body is named and the text speaks of OSCE observers or an
 *   OSCE mission ("OSCE observers said …").
 */
export function observingOrganizations(mentions: readonly OrganizationMention[], text: string, source?: string): string[] {
  const parliamentary =
    /\bdelegations?\b|\bparliamentarians\b|\bmembers of (?:the )?(?:European )?Parliament|members of parliament|joint (?:undertaking|effort|endeavou?r)|common endeavou?r|International Election Observation Mission|alongside observers|observers on behalf of|join(?:ed)? efforts|делегаци|парламентари|депутат/iu.test(
      text,
    );
  const ids = mentions.map((m) => m.id);
  const said = sentences(text.replace(/\n/g, ' '));
  // The organization the text is about comes first among the observers it names. Where that is another
  // body (a CIS mission, a PACE delegation), ODIHR named in passing (in a list of registered observers,
  // in someone's title) is not the mission's: it counts only with its own observers or mission, or a
  // joint undertaking.
  // The source leads only where it observes itself: an outlet crediting itself ("Trend reports") is no observer.
  const ownSource = source !== undefined && (OBSERVING.includes(source) || OTHER_OBSERVERS.includes(source)) ? source : undefined;
  const lead = ids.find((id) => id === 'odihr' || id === ownSource || OTHER_OBSERVERS.includes(id) || (OBSERVING.includes(id) && parliamentary));
  const odihrOwn = () =>
    said.some(
      (s) =>
        (mentionsObservers(s, mentions, 'odihr') && !/\b(?:registered|accredited)\b|зарегистрир\p{L}*|аккредит\p{L}*/iu.test(s)) ||
        // "is now working with colleagues from the OSCE/ODIHR … to set up briefings": ODIHR's part in the same mission.
        (/\b(?:alongside|together with|jointly|joint|(?:closely|in co-?operation|in conjunction) with|work(?:s|ing|ed)?\s+with\s+colleagues|deployed by|co-?operat\p{L}*)\b|совместн\p{L}*|вместе с/iu.test(
          s,
        ) &&
          mentions.some((m) => m.id === 'odihr' && s.includes(m.name))),
    );
  const observes = (id: string) => {
    if (id === 'odihr') return lead === undefined || lead === 'odihr' || (!OTHER_OBSERVERS.includes(lead) && odihrOwn());
    // "The OSCE PA will observe the elections … to lead this OSCE PA Election Observation Mission": an assembly that
    // observes in its own name, with no word of a delegation.
    if (OBSERVING.includes(id)) return parliamentary || id === source || said.some((s) => observesItself(s, mentions, id));
    if (OTHER_OBSERVERS.includes(id)) return id === source || said.some((s) => mentionsObservers(s, mentions, id) || observesItself(s, mentions, id));
    return false;
  };
  const found = [...new Set(ids.filter(observes))];
  // "Seven MEPs will be in Norvik to observe …", "The EP delegation": members of the European Parliament observe as its delegation.
  if (!found.includes('european-parliament') && /\bMEPs\b[^.]{0,80}\bobserv|\bEP delegation\b|\bdelegation of (?:\w+\s+)?MEPs\b/.test(text))
    found.push('european-parliament');
  if (source && (OBSERVING.includes(source) || OTHER_OBSERVERS.includes(source)) && !found.includes(source)) found.push(source);
  const osceBodies = found.some((id) => id === 'odihr' || id === 'osce-pa');
  // An OSCE mission mentioned in a text about another organization's observers is not theirs.
  const otherLed = found[0] !== undefined && OTHER_OBSERVERS.includes(found[0]);
  if (
    !osceBodies &&
    !otherLed &&
    // "the OSCE's ODIHR mission" is ODIHR's, counted or not above.
    !ids.includes('odihr') &&
    ids.includes('osce') &&
    /\bOSCE(?:['’]s)?\s+(?:\p{L}+\s+)?(?:observers?|mission|monitors|team)\b|(?:observers?|mission|monitors|team)\s+(?:of|from)\s+the\s+(?:OSCE|Organi[sz]ation for Security)|наблюдател\p{L}*\s+(?:от\s+)?ОБСЕ|мисси\p{L}*\s+ОБСЕ/iu.test(
      text,
    )
  )
    found.push('osce');
  // "regret that the Parliamentary Assembly of the Council of Europe is not able to observe these elections": a body
  // named only as one that does not observe is none of the mission's.
  const observing = found.filter((id) => {
    const named = said.filter((s) => mentions.some((m) => m.id === id && s.includes(m.name)));
    return id === source || named.length === 0 || !named.every((s) => NOT_OBSERVING.test(s));
  });
  return observing.includes('odihr') ? ['odihr', ...observing.filter((id) => id !== 'odihr')] : observing;
}

/** A sentence that has a body not observe: "is not able to observe", "decided not to send observers", "не направит". */
const NOT_OBSERVING =
  /\b(?:(?:is|are|was|were)\s+not\s+able\s+to|unable\s+to|will\s+not|won['’]t|not\s+to)\s+(?:\p{L}+\s+){0,2}?(?:observe|send|deploy|monitor)|\bno\s+(?:election\s+)?(?:observers|observation\s+mission)\b|(?<!\p{L})не\s+(?:\p{L}+\s+){0,2}?(?:направ|наблюда|отправ)|отказал\p{L}*\s+(?:от\s+)?(?:наблюд|направ|отправ)/iu;

/** Whether a sentence has an organization observe in its own name: "The OSCE PA will observe the … elections". */
function observesItself(sentence: string, mentions: readonly OrganizationMention[], id: string): boolean {
  const names = mentions.filter((m) => m.id === id).map((m) => m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (names.length === 0) return false;
  return new RegExp(
    // "МПА СНГ будет наблюдать за президентскими выборами", "… сформирует и отправит наблюдательную миссию".
    String.raw`(?:^|\s)(?:the\s+)?(?:${names.join('|')})\s+(?:will|is to|is going to|shall|to)\s+(?:\p{Ll}+\s+)?observe\b|(?:${names.join('|')})\s+(?:Election\s+)?Observation\s+Mission\b|(?:${names.join('|')})\s+(?:будет|будут)\s+наблюдать(?!\p{L})|(?:${names.join('|')})\s+(?:сформирует\s+и\s+)?(?:направит|отправит)\s+(?:\p{L}+\s+){0,3}(?:наблюдател|мисси|делегаци)`,
    'iu',
  ).test(sentence);
}

/** Whether a sentence speaks of an organization's observers, mission or delegation. */
function mentionsObservers(sentence: string, mentions: readonly OrganizationMention[], id: string): boolean {
  const names = mentions.filter((m) => m.id === id).map((m) => m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (names.length === 0) return false;
  const name = `(?:${names.join('|')})`;
  return new RegExp(
    // A word boundary of any script: JavaScript's \b knows only ASCII letters ("наблюдатели от СНГ"). A
    // Russian genitive needs no preposition: "миссии наблюдателей СНГ", "Миссия СНГ".
    String.raw`(?:observers?|mission|delegation|monitors|наблюдател\p{L}*|мисси\p{L}*|делегаци\p{L}*)[^.]{0,40}?(?<!\p{L})(?:of|from|от|из стран)\s+(?:the\s+)?(?:\p{L}+\s+){0,3}${name}|${name}\s+(?:\p{L}+\s+){0,2}(?:observers?|mission|delegation|monitors|наблюдател\p{L}*|мисси\p{L}*)|${name}\s*\(\d+\)|(?:мисси\p{L}*|наблюдател\p{L}*)\s+(?:\p{Ll}+\s+){0,2}${name}`,
    'iu',
  ).test(sentence);
}

export type ElectionMention = { kind: ElectionKind; country?: string; sentence: string; at: number; end: number };

/** Parliaments by name, in English and Russian: an election to one of them is parliamentary. */
const PARLIAMENTS = String.raw`State Duma|Duma|Majilis|Mazhilis|Jogorku Kenesh|Riigikogu|Saeima|Seimas|Sejm|Verkhovna Rada|Milli Majlis|Oliy Majlis|Mejlis|Great (?:State )?Hural|National Assembly|Federal Assembly|Grand National Assembly|Bundestag|Storting|Folketing|Riksdag|Althing|Sabor|Sobranie|Skupstina|Skupština|Parliament|Congress|House of Representatives|lower house|legislature`;
// Capitals as printed, and as news sites write them too: "выборы в мажилис", "на выборах в ЖК" (the Jogorku Kenesh).
const RU_PARLIAMENTS = String.raw`Государственн\p{L}* Дум\p{L}*|Госдум\p{L}*|Дум\p{L}*|[Мм]ажилис\p{L}*|Жогорку Кенеш\p{L}*|ЖК(?!\p{L})|Рийгикогу|Сейм\p{L}*|Верховн\p{L}* Рад\p{L}*|Милли Меджлис\p{L}*|Меджлис\p{L}*|Народн\p{L}* Скупщин\p{L}*|Национальн\p{L}* собрани\p{L}*|[пП]арламент\p{L}*|депутат\p{L}*`;

const KIND_WORD = String.raw`parliamentary|presidential|local|municipal|general|legislative|congressional|midterm|mid-term|federal|${PARLIAMENTS}`;
const EARLY = String.raw`early|snap|pre-term|extraordinary|repeat|partial repeat|rerun|re-run`;

// "the 14 April early parliamentary elections", "the presidential and early parliamentary elections" (both kinds
// on one day make a general election), "State Duma elections", "the legislative ballot".
const ENGLISH_ELECTION = new RegExp(
  String.raw`\b(?:(last|previous|past|former|earlier|first-ever|preceding)\s+)?(?:(${EARLY})\s+)?(${KIND_WORD})(?:\s+and\s+(?:(${EARLY})\s+)?(${KIND_WORD}))?\s+(?:elections?|ballot|polls|vote)\b|\b(?:(${EARLY})\s+)?(?:elections?|ballot)\s+(?:to|of|for)\s+(?:the\s+)?(?:(President|Presidency|head of state|mayors?)|(?:\p{L}+\s+)?(${PARLIAMENTS}))\b|\b(referendum)\b`,
  'giu',
);
const RUSSIAN_ELECTION = new RegExp(
  String.raw`(?:(досрочн\p{L}*|внеочередн\p{L}*|повторн\p{L}*)\s+)?([пП]арламентск|[пП]резидентск|[мМ]естн|[мМ]униципальн)\p{L}*\s+выбор\p{L}*|(?:(досрочн\p{L}*|внеочередн\p{L}*)\s+)?[вВ]ыбор\p{L}*\s+(?:в\s+|на\s+должност\p{L}*\s+)?(?:(${RU_PARLIAMENTS})|(президент\p{L}*|Президент\p{L}*|глав\p{L}* государства))|((?<!(?:проведени|проведению|и)\s+)[рР]еферендум\p{L}*)`,
  'gu',
);
/** "на внеочередных выборах", "the snap elections": an election called early, its kind named elsewhere in the sentence. */
const BARE_EARLY = /(?:(?<!\p{L})(?:досрочн|внеочередн)\p{L}*\s+выбор\p{L}*|\b(?:early|snap|pre-term)\s+elections?\b)(?!\s+(?:в|на|to|of|for)\s)/giu;

/** The kind one word names: "parliamentary", "Majilis", "президентск", "general". */
function kindWord(word: string): 'parliamentary' | 'presidential' | 'local' | 'general' {
  if (/^(?:pres|през)/i.test(word)) return 'presidential';
  if (/^(?:local|municipal|mayor|местн|муницип)/i.test(word)) return 'local';
  if (/^general$/i.test(word)) return 'general';
  return 'parliamentary';
}

function kindOf(early: boolean, base: 'parliamentary' | 'presidential' | 'local' | 'general'): ElectionKind {
  return early && (base === 'parliamentary' || base === 'presidential') ? (`early-${base}` as ElectionKind) : base;
}

/**
 * Two kinds named together: a president and a parliament on one day are a general election; a local
 * election beside a national one is the national one's day.
 */
function combined(a: 'parliamentary' | 'presidential' | 'local' | 'general', b: 'parliamentary' | 'presidential' | 'local' | 'general') {
  if (a === b) return a;
  if ((a === 'parliamentary' && b === 'presidential') || (a === 'presidential' && b === 'parliamentary')) return 'general';
  return a === 'local' ? b : a;
}

/**
 * Elections a text speaks of, first mention first; an election qualified as past ("since the last
 * parliamentary elections") is not the one observed and is skipped. The country is the one the
 * phrase names ("in Georgia", "held in Bosnia and Herzegovina", "the Kazakh …", "в Грузии").
 */
export function electionMentions(text: string): ElectionMention[] {
  const found: ElectionMention[] = [];
  for (const sentence of text.split('\n').flatMap(sentences)) {
    // A leader's earlier missions are not the election the text is about.
    if (EARLIER_MISSION.test(sentence)) continue;
    for (const m of sentence.matchAll(ENGLISH_ELECTION)) {
      if (m[1]) continue;
      let kind: ElectionKind;
      if (m[9]) kind = 'referendum';
      else if (m[3]) {
        const first = kindWord(m[3]);
        const both = m[5] ? combined(first, kindWord(m[5])) : first;
        // "presidential and early parliamentary": the early one is the day's reason, the election is general.
        kind = kindOf(Boolean(m[2]) || (both !== 'general' && Boolean(m[4])), both);
      } else kind = kindOf(Boolean(m[6]), m[7] ? kindWord(m[7]) : 'parliamentary');
      const end = m.index + m[0].length;
      const after = /^,?\s+(?:(?:held|taking place|to be held|that took place|which took place|scheduled)\s+)?in\s+(?:the\s+)?/i.exec(sentence.slice(end));
      let country = after ? findCountryMentions(sentence.slice(end + after[0].length))[0] : undefined;
      if (country && country.index !== 0) country = undefined;
      const before = /(\p{L}+)(?:['’]s)?\s+(?:(?:\d{1,2}\s+\p{L}+\s+)?\d{4}\s+)?$/u.exec(sentence.slice(0, m.index).replace(/\s*(?:early|snap)\s*$/i, ' '));
      const adjective = before && Object.keys(DEMONYMS).find((d) => d === before[1]);
      const possessive = before ? findCountryMentions(before[1]!)[0] : undefined;
      const mention: ElectionMention = { kind, sentence, at: m.index, end };
      if (country) mention.country = country.id;
      else if (adjective) mention.country = DEMONYMS[adjective];
      else if (possessive && /['’]s\s/.test(sentence.slice(m.index - 4, m.index + 1))) mention.country = possessive.id;
      found.push(mention);
    }
    for (const m of sentence.matchAll(RUSSIAN_ELECTION)) {
      let kind: ElectionKind;
      if (m[6]) kind = 'referendum';
      else if (m[2]) kind = kindOf(Boolean(m[1]), kindWord(m[2]));
      else kind = kindOf(Boolean(m[3]), m[5] ? 'presidential' : 'parliamentary');
      const mention: ElectionMention = { kind, sentence, at: m.index, end: m.index + m[0].length };
      const country = findCountryMentions(sentence.slice(mention.end))[0];
      if (country) mention.country = country.id;
      found.push(mention);
    }
    // "выборов президента Казахстана на внеочередных выборах": the election named in the sentence was called early.
    const inSentence = found.filter((f) => f.sentence === sentence && (f.kind === 'parliamentary' || f.kind === 'presidential'));
    for (const m of sentence.matchAll(BARE_EARLY)) {
      if (inSentence.some((f) => m.index >= f.at && m.index < f.end)) continue;
      const named = inSentence[0];
      if (named && inSentence.every((f) => f.kind === named.kind))
        found.push({ ...named, kind: `early-${named.kind}` as ElectionKind, at: m.index, end: m.index + m[0].length });
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
/**
 * Verbs of what else a sentence that names an election tells: a meeting held, a mission's start ("Встреча … на выборах …
 * состоялась 28 ноября", "Миссия … на выборах … 25 января приступила к мониторингу"). A day beside them is theirs.
 */
const OTHER_EVENT =
  /(?<!\p{L})(?:состоял(?:ась|ся)|встреч\p{L}*|встретил\p{L}*|приступил\p{L}*|начал\p{L}*|открыл\p{L}*)(?!\p{L})|\b(?:met|meeting|began|begun|opened|started|visited)\b/iu;

export function electionDays(mention: ElectionMention, statementDate: string | undefined): { rounds: string[]; dayWithoutYear?: string } {
  const dates = findDates(mention.sentence);
  // One word may stand between, in either case: "the 14 April upcoming elections", "the 9 December Armenian parliamentary elections".
  const adjacent = dates.find((d) => d.month && d.day && d.end <= mention.at && /^[\s,]*(?:\p{L}+\s+)?$/u.test(mention.sentence.slice(d.end, mention.at)));
  const chosen = adjacent
    ? [adjacent]
    : dates
        .filter(
          (d) =>
            d.index >= mention.end &&
            d.month &&
            d.day &&
            !/press conference|findings|report|statement|deploy|from\s*$/i.test(mention.sentence.slice(mention.end, d.index)) &&
            // "назначены Указом … от 30 сентября 2025 года на 30 ноября": a document's date is no election day.
            !/(?<!\p{L})от\s*$/u.test(mention.sentence.slice(mention.end, d.index)) &&
            // "на выборах президента … начали работать, заявила во вторник, 20 февраля": the day someone spoke.
            !/(?<!\p{L})(?:заявил\p{L}*|сообщил\p{L}*|сказал\p{L}*|said|told|announced)(?!\p{L})/iu.test(mention.sentence.slice(mention.end, d.index)) &&
            // "на выборах … составит до 70 человек 5 февраля 2008 года": a figure of people stands between, the day is the news's.
            !/\d+\s+(?:человек|наблюдател\p{L}*|observers|people|members)/iu.test(mention.sentence.slice(mention.end, d.index)) &&
            // "Встреча Главы Миссии … на выборах … состоялась 28 ноября", "Миссия … на выборах … 25 января приступила к
            // мониторингу": the day of a meeting or of the mission's start, which the sentence is about.
            !OTHER_EVENT.test(mention.sentence.slice(mention.end, d.index) + mention.sentence.slice(d.end, d.end + 40)),
        )
        .slice(0, 2);
  // "will hold a press conference on the opening of the mission to the elections in Norvik on Wednesday, 3 May": the
  // day after the election's name is the press conference's, which the sentence is about.
  if (
    !adjacent &&
    /\b(?:hold|holds|held|give|gives|host|hosts|organi[sz]e)\s+(?:a|an|its|their)\s+(?:press|news|media)\s+(?:conference|briefing)|(?:провед|проведет|проведут)\p{L}*\s+пресс-конференци/iu.test(
      mention.sentence.slice(0, mention.at),
    )
  )
    return { rounds: [] };
  // "observe the ongoing parliamentary elections", "today's elections", "на проходящих выборах": the vote is held
  // on the day of the text, which prints no other day for it.
  if (
    chosen.length === 0 &&
    statementDate &&
    /(?:\bongoing|\btoday['’]s|\bthe current|(?<!\p{L})(?:проходящ|сегодняшн|текущ)\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
      mention.sentence.slice(0, mention.at),
    )
  )
    return { rounds: [statementDate] };
  const rounds = chosen.map((d) => dayOf(d, statementDate)).filter((d): d is string => d !== undefined);
  const unplacedDay = chosen.find((d) => !dayOf(d, statementDate));
  return unplacedDay ? { rounds, dayWithoutYear: unplacedDay.text.trim() } : { rounds };
}

/**
 * Nouns of an election, with the words that set its day, in the number and gender of elections (plural) or a vote
 * (neuter): "встреча … состоялась 28 ноября" and "с момента прошлой встречи" are no election's day.
 */
const VOTE = String.raw`(?:elections?|ballot|polls|vote|voting|election day|выбор\p{L}*|голосовани\p{L}*|референдум\p{L}*)`;
const SET_FOR = String.raw`(?:(?:will|would|to)\s+(?:be\s+)?(?:held|take place|taking place)|(?:are|is|were|was)\s+(?:to be\s+)?(?:held|scheduled|set|due|taking place|called)(?:\s+for)?|took place|scheduled(?:\s+for)?|set for|due|назначен\p{L}*\s+на|пройд(?:ут|ет)|состо(?:ятся|ялись|ится|ялось)|прошл[ио])(?!\p{L})`;

/**
 * The election's day where the text gives it apart from the kind of election: "the snap voting … on
 * December 9", "observing the ballot on 9 February", "the elections, which are to be held on March 26",
 * "On 23 October 2011, voters will elect …", "к … выборам …, которые назначены на 31 октября", a
 * mission's schedule "- 18 October: Election day", a page's heading "Federal Assembly Elections, 18
 * October 2015". Never the day of a press conference, a report or a deployment.
 */
export function electionDayAnywhere(text: string, statementDate: string | undefined): { rounds: string[]; dayWithoutYear?: string } {
  const patterns = [
    new RegExp(String.raw`^\s*[-•]?\s*(?<date>[^:]{3,25}):\s*(?:election|polling|voting) day\b`, 'imu'),
    // A word boundary that Cyrillic letters keep too ("выборами …, которые состоятся 28 ноября").
    new RegExp(String.raw`${VOTE}[^.;]{0,60}?(?<![\p{L}])${SET_FOR}\s+(?:on\s+|for\s+|в\s+|на\s+)?(?<date>[^.;,]{3,30})`, 'iu'),
    new RegExp(String.raw`\b(?:observ\p{L}*|monitor\p{L}*)\s+the\s+(?:ballot|vote|voting|polls|elections?)\s+on\s+(?<date>[^.;,]{3,30})`, 'iu'),
    new RegExp(String.raw`\b(?:snap |early )?(?:voting|ballot|polls|vote)\s+(?:in\s+[\p{L} ]+\s+)?on\s+(?<date>[^.;,]{3,30})`, 'iu'),
    new RegExp(String.raw`^(?:On\s+)?(?<date>[^,.;]{3,30}),\s+voters\s+(?:will\s+)?(?:elect|go to the polls|went to the polls|cast)`, 'imu'),
    new RegExp(String.raw`\b(?:elections?|election|referendum),\s+(?<date>\d{1,2}\s+\p{L}+\s+\d{4})\b`, 'iu'),
    // "on the day of the parliamentary elections, May 12": the day in apposition to the election, its year the text's.
    new RegExp(String.raw`\bday of (?:the\s+)?[\p{L} ]{0,30}?elections?,\s+(?<date>\p{L}+\s+\d{1,2}|\d{1,2}\s+\p{L}+)\b`, 'iu'),
    // "On Sunday, Oct. 26, on Election Day": the day set before "Election Day".
    new RegExp(String.raw`(?<date>(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+\.?)(?:,?\s+\d{4})?),\s+(?:on\s+)?election day\b`, 'iu'),
    new RegExp(String.raw`(?:^|\s)(?:The|the)\s+(?<date>\p{L}+\s+\d{1,2}|\d{1,2}\s+\p{L}+)\s+(?:elections?|ballot|vote|polls)\b`, 'u'),
    // "Выборы были назначены Указом Президента … от 30 сентября 2025 года № 272 на 30 ноября 2025 года": the day an
    // election is called for, past the decree's own date and number.
    new RegExp(
      String.raw`выбор\p{L}*[^.;]{0,20}?(?<!\p{L})назначен\p{L}*[^.;]{0,120}?(?<!\p{L})на\s+(?<date>\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+\d{4})?)`,
      'iu',
    ),
    new RegExp(
      // No other number between the election and the day: "на выборах … составит до 70 человек 5 февраля" dates the news;
      // nor a document's date ("назначены Указом … от 30 сентября").
      String.raw`выбор\p{L}*[^.;\d]{0,60}?(?<!(?<!\p{L})от\s)(?<date>\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+\d{4})?)`,
      'iu',
    ),
  ];
  let withoutYear: string | undefined;
  for (const line of text.split('\n')) {
    for (const sentence of sentences(line)) {
      for (const p of patterns) {
        const m = p.exec(sentence);
        // Nor the day observers arrive ("наблюдатели … прибудут в Кишинев 8 ноября").
        // Nor the day someone spoke ("на выборах президента … начали работать, заявила во вторник, 20 февраля").
        // Nor the day of what the sentence goes on to tell ("Миссия … на выборах … 25 января 2031 года приступила к мониторингу").
        const next = m ? sentence.slice(m.index + m[0].length, m.index + m[0].length + 40) : '';
        if (
          !m?.groups?.date ||
          OTHER_EVENT.test(next.split(/[.;]/)[0]!) ||
          /press conference|report|statement|deploy|arriv|прибуд|прибыл|пресс-конференц|доклад|заявлени|заявил|сообщил|сказал|\bsaid\b|\btold\b|\bannounced\b/iu.test(
            m[0],
          )
        )
          continue;
        const date = findDates(m.groups.date)[0];
        if (!date?.month || !date.day || date.index > 3) continue;
        const day = dayOf(date, statementDate);
        // "выборов …, которые пройдут 11 июля. Парламентские выборы … пройдут 11 июля 2021": a day printed with its year
        // further on completes the one printed without.
        if (day) return { rounds: [day] };
        withoutYear ??= date.text.trim();
      }
    }
  }
  return withoutYear ? { rounds: [], dayWithoutYear: withoutYear } : { rounds: [] };
}

export { PARLIAMENTARY };
