/**
 * The importer's answer for one source text, in the field names and values of the content schemas:
 * the statement, the mission (a new draft, or a patch of additions to one the archive holds), the
 * people with their roles and contact points, the organizations, and what could not be placed.
 * This is what `npm run import -- --json` prints and what the draft files are written from.
 */
import { ELECTION_KINDS } from '../schemas/vocabulary.ts';
import { findArchivePerson, findArchiveStatement, foldName, type ArchiveIndex, type ArchiveMission } from './archive.ts';
import { draftPath, draftSlug } from './draft.ts';
import { extractStatement, type Extraction } from './extract.ts';
import { readDateline, splitArticle } from './layout.ts';
import { leadersOf, type Leader } from './leaders.ts';
import {
  electionDayAnywhere,
  electionDays,
  electionMentions,
  OBSERVING,
  missionType,
  observingOrganizations,
  PARLIAMENTARY,
  wordsEom,
} from './mission-facts.ts';
import { milestones, type Milestone } from './milestones.ts';
import { observerFigures, type ObserverFigure } from './observers.ts';
import { ORGANIZATION_NAMES } from './organizations.ts';
import { NEWS_OUTLETS } from './outlets.ts';
import { findDates, firstFullDate, isoDay } from './dates.ts';
import { definedShortNames, findOrganizations, withShortNames } from './organizations-in-text.ts';
import { findCountryMentions } from './countries.ts';
import { splitSource } from './parse.ts';
import type { NamedPerson } from './people.ts';

type Unplaced = { field: string; why: string };

type Sourced = { source: string };
type MissionLeader = { person: string; role: Leader['role']; organization?: string } & Sourced;
type MissionFigure = ObserverFigure & { date?: string } & Sourced;
type MissionMilestone = Milestone & Sourced;

export type MissionDraft = {
  id?: string;
  exists: boolean;
  title?: string;
  country?: string;
  election: { kind?: string; rounds?: string[] };
  type?: string;
  organizations: string[];
  leaders: MissionLeader[];
  observers: MissionFigure[];
  milestones: MissionMilestone[];
  /** For a mission the archive holds: only what this text adds to it. */
  patch?: { leaders?: MissionLeader[]; observers?: MissionFigure[]; milestones?: MissionMilestone[] };
};

type PersonRole = { title: string; organization?: string; mission?: string; asOf?: string } & Sourced;
type ContactPoint = { role: string; title?: string; organization?: string; mission?: string; phone?: string; email?: string } & Sourced;

export type PersonDraft = {
  id: string;
  name: string;
  exists: boolean;
  honorific?: string;
  nationality?: string;
  roles: PersonRole[];
  contactPoints: ContactPoint[];
  /** The name as a Cyrillic text prints it, where the Latin name is a transliteration. */
  ru?: { name: string };
  /** Other people, here or in the archive, whose name may be the same person's: never merged by the importer. */
  possibleMatches?: { id: string; name: string; why: string }[];
};

export type OrganizationDraft = { id: string; exists: boolean; name?: string; kind?: string; country?: string; source?: string };

export type ImportResult = {
  file: string;
  statement: Record<string, unknown> & { id: string; path: string };
  missions: MissionDraft[];
  people: PersonDraft[];
  organizations: OrganizationDraft[];
  unplaced: Unplaced[];
  /** Values kept as printed that a maintainer should look at: figures that do not add up, inferred years. */
  review: Unplaced[];
};

/** The paragraphs the importer reads as the article: no menus, datelines stamps, bylines or contacts. */
function articleOf(text: string): string {
  const parts = splitSource(text);
  if (parts.format !== 'unknown') return [parts.title ?? '', ...parts.paragraphs.map(withoutDateline)].join('\n');
  const article = splitArticle(text);
  return [article.title ?? '', ...article.paragraphs.map(withoutDateline)].join('\n');
}

/** The lines above an article of no known layout (a report's cover, a mission page's schedule); none for a known layout. */
function linesAbove(text: string): readonly string[] {
  return splitSource(text).format === 'unknown' ? splitArticle(text).header : [];
}

/** A statement's cover, as one text; no list's items. */
function coverOf(above: readonly string[]): string {
  return above.filter((l) => !/^\s*[-•·]/u.test(l) && l.length < 200).join(' ');
}

/**
 * The lines of a mission's schedule above its article ("- 13 May: Opening press conference", "- 26 June: Election
 * day"), which the page prints as a list before the text.
 */
function scheduleOf(above: readonly string[]): string {
  return above
    .filter((l) => {
      const m = /^\s*[-•·]?\s*([^:]{3,30}):\s+\S/u.exec(l);
      const d = m ? findDates(m[1]!)[0] : undefined;
      return d?.day !== undefined && d.month !== undefined;
    })
    .join('\n');
}

/** A paragraph without the dateline that opens it: its date is the statement's, not a fact of the mission. */
function withoutDateline(paragraph: string): string {
  return readDateline(paragraph)?.rest ?? paragraph;
}

const FIELD_OF_MESSAGE: [RegExp, string][] = [
  [/^phone of /, 'phone'],
  [/^email of /, 'email'],
  [/^contact/, 'contact'],
  [/^country/, 'countries'],
  [/^aligning State/, 'aligningStates'],
  [/^field of work/, 'fieldsOfWork'],
  [/^mission: .* gives no year/, 'mission.id'],
];

/** "date: the text …" → `{ field: 'date', why: 'the text …' }`. */
function unplacedEntry(message: string): Unplaced {
  for (const [pattern, field] of FIELD_OF_MESSAGE) if (pattern.test(message)) return { field, why: message };
  const m = /^([A-Za-z.]+)(?:\s*\([^)]*\))?:\s*([\s\S]*)$/.exec(message);
  return m ? { field: m[1]!, why: m[2]! } : { field: message.split(/\s/)[0]!, why: message };
}

function electionTitle(kind: string, rounds: readonly string[]): string | undefined {
  const label = ELECTION_KINDS[kind as keyof typeof ELECTION_KINDS];
  if (!label || rounds.length === 0) return undefined;
  const day = new Date(`${rounds[0]}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const plural = /parliamentary|local/.test(kind) ? 'elections' : kind === 'referendum' ? '' : 'election';
  return `${label}${plural ? ` ${plural}` : ''}, ${day}`;
}

function sameFigure(a: { category?: unknown; count?: unknown; status?: unknown }, b: typeof a): boolean {
  return a.category === b.category && a.count === b.count && a.status === b.status;
}

/** What a mission the archive holds does not have yet. */
function patchOf(existing: ArchiveMission, draft: MissionDraft): MissionDraft['patch'] {
  const data = existing.data as {
    leaders?: { person?: string; role?: string }[];
    observers?: { category?: string; count?: number; status?: string }[];
    milestones?: { kind?: string; date?: string }[];
  };
  const patch: NonNullable<MissionDraft['patch']> = {};
  const leaders = draft.leaders.filter((l) => !(data.leaders ?? []).some((x) => x.person === l.person && x.role === l.role));
  const observers = draft.observers.filter((o) => !(data.observers ?? []).some((x) => sameFigure(x, o)));
  const stages = draft.milestones.filter((m) => !(data.milestones ?? []).some((x) => x.kind === m.kind && (x.date === m.date || m.date === undefined)));
  if (leaders.length > 0) patch.leaders = leaders;
  if (observers.length > 0) patch.observers = observers;
  if (stages.length > 0) patch.milestones = stages;
  return patch;
}

/**
 * The organization a figure the text does not attribute belongs to, from the mission's organizations:
 * a core team, long-term and short-term observers are ODIHR's where ODIHR observes; parliamentarians are
 * the one parliamentary assembly's that observes (or, of several, the one the text reports); a total is the mission's
 * when one organization observes.
 */
function withOwner(f: ObserverFigure, organizations: readonly string[], about?: string): ObserverFigure {
  if (f.organization) return f;
  const parliamentary = organizations.filter((o) => PARLIAMENTARY.includes(o));
  let owner: string | undefined;
  // Where several assemblies observe, a text that reports one of them ("… the OSCE PA said") counts its members.
  if (f.category === 'parliamentarians') owner = parliamentary.length === 1 ? parliamentary[0] : about && parliamentary.includes(about) ? about : undefined;
  else if (f.category === 'total') owner = organizations.length === 1 ? organizations[0] : undefined;
  else owner = organizations.includes('odihr') ? 'odihr' : organizations.length === 1 ? organizations[0] : undefined;
  return owner ? { ...f, organization: owner } : f;
}

/** Drafts the mission the text speaks of, if it speaks of one. */
function draftMission(
  e: Extraction,
  article: string,
  statementId: string,
  archive: ArchiveIndex,
  people: (name: string) => string,
  unplaced: Unplaced[],
  review: Unplaced[],
  cover = '',
  schedule = '',
): MissionDraft | undefined {
  const worded = missionType(article, e.kind);
  const orgMentions = findOrganizations(article, archive);
  // A statement's cover names its election ("ЗАЯВЛЕНИЕ … по результатам наблюдения за … досрочных выборов депутатов
  // Жогорку Кенеша …") where the article says only "the elections".
  const inArticle = electionMentions(article);
  const mentions = inArticle.length > 0 ? inArticle : electionMentions(cover);
  // "возглавит Миссию наблюдателей от СНГ": a mission of observers the text names is one, though it names no election.
  const observersMission =
    /(?:мисси\p{L}*|групп\p{L}*)\s+(?:международных\s+)?(?:долгосрочных\s+)?наблюдател\p{L}*\s+от\s+\p{Lu}|(?:election\s+)?observ(?:ation|er)\s+mission\s+(?:of|from)\s+the\s+\p{Lu}/u.test(
      article,
    ) && orgMentions.length > 0;
  // "ПАСЕ направит на Украину свою делегацию в связи с предстоящими выборами": a body that observes sends observers
  // to elections the text does not name by kind.
  const sentToElections =
    /(?:делегаци\p{L}*|наблюда\p{L}*|\bdelegation\b|\bobservers\b|\bmonitors\b|\bteam\b)[^.;]{0,120}(?:выбор\p{L}*|\belections?\b)/iu.test(article) &&
    // "A team from the OSCE which is currently in Türkiye to observe the May 14 elections", "has deployed 40 long-term
    // observers … to monitor the midterm elections": observers at work count as well as observers to be sent.
    /(?:направит|направят|отправит|пошлет|наблюда|will send|to send|to deploy|will deploy|deployed|deploying|to observe|to monitor|will observe)/iu.test(
      article,
    ) &&
    orgMentions.some((o) => [...OBSERVING, 'osce', 'cis', 'ipa-cis', 'sco'].includes(o.id));
  if (mentions.length === 0 && !worded && !observersMission && !sentToElections) return undefined;
  // "parliamentary elections" in a headline and "early parliamentary elections" in the article are one election.
  const first = mentions[0]?.kind;
  const kind = mentions.find((m) => first && m.kind === `early-${first}`)?.kind ?? first;
  // "внеочередных выборов в Парламент … Парламентские выборы … пройдут 11 июля 2021": an early election named again without "early".
  const sameKind = mentions.filter(
    (m) => m.kind === kind || (first && m.kind === first && kind === `early-${first}`) || (kind?.startsWith('early-') && m.kind === kind.slice(6)),
  );
  // Else the text's one country, or, where it names several, the one the sentence of the election names
  // ("are deploying to Ukraine this week for the 21 July parliamentary elections").
  const inSentence = (m: (typeof sameKind)[number]) => {
    const named = [...new Set(findCountryMentions(m.sentence).map((c) => c.id))].filter((id) => e.countries.includes(id));
    return named.length === 1 ? named[0] : undefined;
  };
  const country =
    sameKind.find((m) => m.country)?.country ??
    (e.countries.length === 1 ? e.countries[0] : sameKind.map(inSentence).find((c): c is string => c !== undefined));
  let rounds: string[] = [];
  let withoutYear: string | undefined;
  for (const m of sameKind) {
    const days = electionDays(m, e.date);
    if (days.rounds.length > 0) {
      rounds = days.rounds;
      break;
    }
    withoutYear ??= days.dayWithoutYear;
  }
  if (rounds.length === 0 && kind) {
    const anywhere = electionDayAnywhere(article, e.date);
    rounds = anywhere.rounds;
    withoutYear ??= anywhere.dayWithoutYear;
  }
  // A mission's page heads its article with its election ("Presidential Election, 26 June 2031"), above the text.
  if (rounds.length === 0 && kind) rounds = electionDayAnywhere(cover, e.date).rounds;
  const proposed = e.missions.find((p) => country && kind && p.id.startsWith(`${country}/`) && p.id.endsWith(`-${kind}`));
  // "the 2014 parliamentary elections … On Sunday, Oct. 26, on Election Day": the year the text prints with the election
  // completes the day it prints without one.
  const electionYear = proposed?.yearFrom === 'text' ? /\/(\d{4})-/.exec(proposed.id)?.[1] : undefined;
  const printedDay = withoutYear && rounds.length === 0 && electionYear ? findDates(withoutYear)[0] : undefined;
  const completed = printedDay?.month && printedDay.day ? isoDay(Number(electionYear), printedDay.month, printedDay.day) : undefined;
  if (completed) {
    rounds = [completed];
    withoutYear = undefined;
  }
  // The year: the election day's, else the one printed with the election, else the statement's own, which
  // the text prints in its dateline: a text announces or reports the election of its year.
  const year = rounds[0]?.slice(0, 4) ?? electionYear ?? (withoutYear ? undefined : (e.date?.slice(0, 4) ?? leadYear(article)));
  const organizations = observingOrganizations(orgMentions, article, e.source);
  // NAM, EAM, LEOM, EOM, IEOM are the kinds of ODIHR's (or the OSCE's) missions: a CIS mission or an assembly's
  // delegation, however the text words it, has none of them.
  const type =
    (organizations.length > 0 && !organizations.some((o) => o === 'odihr' || o === 'osce')) || (worded === 'EOM' && !wordsEom(article)) ? undefined : worded;
  // A mission of an organization outside the OSCE's family is told apart by it: "az/2024-early-presidential-cis".
  // "ru/2018-presidential-ipa-cis": the Assembly's mission, with the CIS's observers beside it, is filed under the first.
  const other = organizations.length > 0 && organizations.every((o) => !OBSERVING.includes(o) && o !== 'osce') ? `-${organizations[0]}` : '';
  const id = country && kind && year ? `${country}/${year}-${kind}${other}` : undefined;
  if (!id) {
    const missing = [
      !country && 'the country is never named',
      !kind && 'the kind of election is not named',
      !year && (withoutYear ? `"${withoutYear}" has no year and the statement has no date` : 'no year of the election is printed'),
    ].filter(Boolean);
    unplaced.push({ field: 'mission.id', why: `needs <country>/<year>-<kind>: ${missing.join('; ')}` });
  }
  if (!type) unplaced.push({ field: 'mission.type', why: 'the text does not word the mission as NAM, EAM, LEOM, EOM or IEOM' });
  if (rounds.length === 0 && kind)
    unplaced.push({ field: 'mission.election.rounds', why: withoutYear ? `"${withoutYear}" has no year the text gives` : 'the text gives no election day' });
  else if (rounds.length > 0 && !sameKind.some((m) => findDateYear(m.sentence)))
    review.push({ field: 'mission.election.rounds', why: `the year of ${rounds.join(', ')} is the statement's own; the text prints the day and month only` });

  // "Head of the Congress Delegation", "13 from the EP": short names the text defined count in every sentence.
  const findOrgs = withShortNames((s: string) => findOrganizations(s, archive), definedShortNames(article, archive));
  const chairNamed = /Chair(?:man|person)-in-Office/.test(article);
  const leaders = leadersOf(e.people, { mentions: orgMentions, findOrgs, organizations }, chairNamed);
  // "the largest-ever delegation, PanArmenian reports": a news outlet the archive holds reports figures and deploys none
  // (the outlets of the importer's own table observers.ts knows).
  const media = new Set(archive.organizations.filter((o) => o.kind === 'media').map((o) => o.id));
  const { figures, flags } = observerFigures(article, (s) => findOrgs(s).filter((o) => !media.has(o.id)), year);
  review.push(...flags.map((f) => unplacedEntry(f)));
  const stages = milestones([article, schedule].filter(Boolean).join('\n'), {
    statementDate: e.date,
    statementKind: e.kind,
    statementSource: e.source,
    electionDay: rounds[0],
    // An election whose day the text prints, with or without its year ("the 10 October elections").
    election: Boolean(kind) && (rounds.length > 0 || withoutYear !== undefined),
    type,
  });
  // "Миссия состоит из 13 экспертов и 27 долгосрочных наблюдателей. Наблюдатели будут распределены … с 1 октября": long-term
  // observers whose deployment is still to come are planned, though the mission "consists" of them.
  const ltoToCome = stages.some((m) => m.kind === 'lto-deployment' && m.status === 'planned');
  // An assessment mission has no core team beside observers: "The EAM consists of 11 experts" is the whole mission.
  const assessment = (type === 'EAM' || type === 'NAM') && !/\bcore[- ]team\b/i.test(article);
  const figuresNow = figures.map((f): ObserverFigure => {
    if (assessment && f.category === 'core-team') return { ...f, category: 'total' };
    if (ltoToCome && f.category === 'long-term' && f.status === 'deployed') return { ...f, status: 'planned' };
    return f;
  });
  const draft: MissionDraft = {
    exists: false,
    election: kind ? { kind, ...(rounds.length > 0 ? { rounds } : {}) } : {},
    organizations,
    leaders: leaders.map((l) => ({ person: people(l.name), role: l.role, ...(l.organization ? { organization: l.organization } : {}), source: statementId })),
    observers: figuresNow.map((f) => ({ ...withOwner(f, organizations, e.reportsOn ?? e.source), ...(e.date ? { date: e.date } : {}), source: statementId })),
    milestones: stages.map((m) => ({
      ...m,
      source: statementId,
    })),
  };
  if (id) draft.id = id;
  const title = kind ? electionTitle(kind, rounds) : undefined;
  if (title) draft.title = title;
  if (country) draft.country = country;
  if (type) draft.type = type;
  const existing = id ? archive.missions.find((m) => m.id === id) : undefined;
  if (existing) {
    draft.exists = true;
    draft.patch = patchOf(existing, draft);
  }
  return draft;
}

/**
 * A text without a date of its own may print one in its lead ("Рабочая встреча Главы Миссии … на выборах …
 * состоялась 28 ноября 2031 года"): the mission it tells of works in that year.
 */
function leadYear(article: string): string | undefined {
  return firstFullDate(article.split('\n').slice(0, 3).join('\n'))?.slice(0, 4);
}

function findDateYear(sentence: string): boolean {
  return /\b(?:19|20)\d\d\b/.test(sentence);
}

/** Names that may be one person's but are printed differently: a letter swapped, or an initial. */
function possibleMatch(a: string, b: string): string | undefined {
  const x = foldName(a).split('-');
  const y = foldName(b).split('-');
  if (x.join('-') === y.join('-') || x[x.length - 1] !== y[y.length - 1]) return undefined;
  const [fx, fy] = [x[0]!, y[0]!];
  if ((fx.length === 1 || fy.length === 1) && fx[0] === fy[0]) return `"${a}" and "${b}": same family name, the first name given as an initial`;
  const sorted = (w: string) => [...w].sort().join('');
  if (fx.length === fy.length && sorted(fx) === sorted(fy)) return `"${a}" and "${b}": same letters in another order, perhaps a misprint`;
  return undefined;
}

const BYLINE_TITLES = { author: 'Author', translator: 'Translator', editor: 'Editor' } as const;

/** What the maintainer tells the importer besides the text: the address of the public original. */
export type ImportOptions = { url?: string };

/** Reads one source text into the importer's answer. Pure apart from what `archive` already holds. */
export function importText(text: string, file: string, archive: ArchiveIndex, options: ImportOptions = {}): ImportResult {
  const e = extractStatement(text, archive, options);
  const article = articleOf(text);
  const { path, id: statementId } = draftPath(e.date, draftSlug(e));
  // The mission draft says itself why it has no id; the statement reader's line about it would repeat it.
  const unplaced: Unplaced[] = e.unplaced.map(unplacedEntry).filter((u) => u.field !== 'mission.id');
  const review: Unplaced[] = [];

  // People printed in Cyrillic are filed under a transliteration, which the person may not use: say so.
  for (const p of e.people.filter((x) => x.ru))
    review.push({ field: 'people', why: `"${p.ru}" is filed as "${p.name}", a transliteration; use the Latin spelling the person uses if it differs` });
  const latin = e.people;

  const idOf = (p: NamedPerson) => findArchivePerson(archive, p.name)?.id ?? p.aliases.map((a) => findArchivePerson(archive, a)?.id).find(Boolean) ?? p.id;
  const personIdByName = (name: string) => {
    const p = latin.find((x) => x.name === name);
    return p ? idOf(p) : foldName(name);
  };
  const above = linesAbove(text);
  const mission = draftMission(e, article, statementId, archive, personIdByName, unplaced, review, coverOf(above), scheduleOf(above));

  const people: PersonDraft[] = latin.map((p) => {
    const id = idOf(p);
    const known = archive.people.find((a) => a.id === id);
    // The name as this text prints it; a person the archive holds keeps the archive's id, and its file its name.
    const draft: PersonDraft = { id, name: p.name, exists: Boolean(known), roles: [], contactPoints: [] };
    if (p.ru) draft.ru = { name: p.ru };
    if (p.honorific) draft.honorific = p.honorific;
    if (p.nationality) draft.nationality = p.nationality;
    const asOf = e.date ? { asOf: e.date } : {};
    for (const leader of mission?.leaders.filter((l) => l.person === id) ?? []) {
      const title = p.roles.find((r) => /head|co-?ordinator/i.test(r)) ?? leader.role;
      draft.roles.push({
        title,
        ...(leader.organization ? { organization: leader.organization } : {}),
        ...(mission?.id ? { mission: mission.id } : {}),
        ...asOf,
        source: statementId,
      });
    }
    for (const title of p.roles) if (!draft.roles.some((r) => r.title === title)) draft.roles.push({ title, ...asOf, source: statementId });
    const byline = e.notes?.bylines?.find((b) => b.name === p.name);
    if (byline) draft.roles.push({ title: BYLINE_TITLES[byline.role], ...(e.source ? { organization: e.source } : {}), ...asOf, source: statementId });
    const contact = e.contacts.find((c) => c.id === p.id || c.name === p.name);
    if (contact) {
      const orgName = e.notes?.contactOrganizations?.[contact.id];
      const organization = (orgName ? findOrganizations(orgName, archive)[0]?.id : undefined) ?? e.source;
      const phones = e.notes?.contactPhones?.[contact.id] ?? (contact.phone ? [contact.phone] : [undefined]);
      for (const phone of phones) {
        draft.contactPoints.push({
          role: contact.role ?? contact.title ?? 'Media contact',
          ...(contact.title ? { title: contact.title } : {}),
          ...(organization ? { organization } : {}),
          ...(mission?.id ? { mission: mission.id } : {}),
          ...(phone ? { phone } : {}),
          ...(contact.email ? { email: contact.email } : {}),
          source: statementId,
        });
      }
    }
    // A media contact is in the archive for the role the contacts block gives.
    const point = draft.contactPoints[0];
    if (draft.roles.length === 0 && point) {
      draft.roles.push({
        title: point.title ?? point.role,
        ...(point.organization ? { organization: point.organization } : {}),
        ...(point.mission ? { mission: point.mission } : {}),
        ...asOf,
        source: statementId,
      });
    }
    const matches = [
      ...latin.filter((o) => o !== p).map((o) => ({ id: idOf(o), name: o.name })),
      ...archive.people.filter((a) => a.id !== id).map((a) => ({ id: a.id, name: a.name })),
    ].flatMap((o) => {
      const why = possibleMatch(p.name, o.name);
      return why ? [{ ...o, why }] : [];
    });
    if (matches.length > 0) {
      draft.possibleMatches = matches;
      review.push({ field: 'people', why: `${matches.map((m) => m.why).join('; ')}; kept apart, merge by hand if they are one person` });
    }
    return draft;
  });

  const statement: ImportResult['statement'] = { id: statementId, path: `${path}` };
  if (e.title) statement.title = e.title;
  else statement.titleIsOurs = true;
  for (const key of ['kind', 'date', 'place', 'source', 'reportsOn'] as const) if (e[key]) statement[key] = e[key];
  if (e.ruPlace) statement.ru = { place: e.ruPlace };
  statement.people = latin.map((p) => ({ person: idOf(p), as: p.as }));
  statement.fieldsOfWork = e.fieldsOfWork;
  statement.countries = e.countries;
  // The drafted mission stands for the election; another id only for another country the text names.
  const country = mission?.id?.split('/')[0];
  const missionIds = [
    ...new Set([...(mission?.id ? [mission.id] : []), ...e.missions.map((m) => m.id).filter((id) => !country || !id.startsWith(`${country}/`))]),
  ];
  statement.missions = missionIds;
  // What the statement is about: the country of every mission it speaks of. The other countries a text names
  // (delegates' home States, a head of mission's nationality, the last host) are not.
  const aboutCountries = [...new Set(missionIds.map((m) => m.split('/')[0]!).concat(mission?.country ?? []))];
  if (aboutCountries.length > 0) statement.countries = aboutCountries;
  if (e.documentNumber) statement.documentNumber = e.documentNumber;
  if (e.aligningStates) statement.aligningStates = e.aligningStates;
  statement.language = e.language;
  if (options.url) statement.url = options.url;
  if (e.notes?.aligningCutOff)
    unplaced.push({
      field: 'aligningStates',
      why: `the list is cut off in the source ("…${e.notes.aligningCutOff.slice(-40)}"); the States drafted are incomplete`,
    });
  if (e.notes?.meeting)
    unplaced.push({
      field: 'meeting',
      why: `delivered at Permanent Council meeting No. ${e.notes.meeting}; the statement schema has no field for it, say it in the body`,
    });

  const referenced = new Set<string>(
    [e.source, e.reportsOn, ...(mission?.organizations ?? []), ...(mission?.leaders.map((l) => l.organization) ?? [])].filter((x): x is string => Boolean(x)),
  );
  const organizations: OrganizationDraft[] = [...referenced].map((id) => {
    if (archive.organizations.some((o) => o.id === id)) return { id, exists: true };
    const drafted = e.newOrganizations?.find((d) => d.id === id);
    if (drafted) return { ...drafted, exists: false, source: statementId };
    const outlet = NEWS_OUTLETS.find((o) => o.id === id);
    const names = (outlet ?? ORGANIZATION_NAMES.find((o) => o.id === id))?.names ?? [];
    // An outlet is drafted under its name as the table gives it first; another organization under its longest, its full name.
    const name = outlet ? outlet.names[0] : [...names].sort((a, b) => b.length - a.length)[0];
    const kind = outlet ? { kind: 'media' as const } : {};
    return name ? { id, exists: false, name, ...kind, source: statementId } : { id, exists: false, ...kind, source: statementId };
  });

  // A text the archive holds already (its original's address, or its headline on its day) is that statement:
  // the importer links to it and to its mission instead of drafting twins.
  const held = findArchiveStatement(archive, options.url, e.title, e.date);
  if (held) {
    statement.id = held.id;
    statement.path = held.file.replace(/^statements\//, '');
    statement.exists = true;
    // The values a maintainer settled for it stand over what this reading drafts; a date the text does not
    // print stays the archive's own and is not drafted.
    for (const key of ['source', 'place', 'kind'] as const) if (held[key]) statement[key] = held[key];
    const heldMission = held.missions.find((id) => archive.missions.some((m) => m.id === id));
    if (mission && heldMission && mission.id !== heldMission) {
      const existing = archive.missions.find((m) => m.id === heldMission)!;
      mission.id = heldMission;
      mission.exists = true;
      mission.patch = patchOf(existing, mission);
      statement.missions = [heldMission, ...(statement.missions as string[]).filter((id) => id !== heldMission)];
    }
    review.push({ field: 'statement', why: `the archive holds this text already as ${held.id} (content/${held.file}); nothing new is drafted for it` });
  }
  return { file, statement, missions: mission ? [mission] : [], people, organizations, unplaced, review };
}
