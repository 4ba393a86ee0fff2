/**
 * The mission page's view model: the facts at a glance, milestones, observer figures, findings and
 * leaders, with every label and sentence in the page's language, so `MissionPage.astro` only lays
 * them out and the wording is tested without a build.
 */
import { electionDay, electionYear } from '../../missions/election-day.ts';
import type { Archive, Mission } from '../../archive/query.ts';
import { missionPage } from '../../citations/pages.ts';
import { missionCalendarPath } from '../../calendar/ics.ts';
import { countryFeedPath } from '../../feeds/statements.ts';
import { formatDate } from '../../format/dates.ts';
import { holdsNo, stepDateText, stepState, stepStatusShort } from '../../format/holdings.ts';
import { describeCount, latestFigures, orderedMilestones, secondingStates } from '../../missions/glance.ts';
import { searchVariant } from '../../search/fold.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { countryName, entryText, optionalText, ownText, type LocalText, organizationShortName } from '../../i18n/names.ts';
import { translator } from '../../i18n/translate.ts';
import { label } from '../../i18n/vocabulary.ts';
import { missionContactsView, type MissionContactsView } from '../contacts/contacts.ts';
import { missionName, personDisplayName, type Link } from '../names.ts';
import { phrase, type Phrase } from '../phrases.ts';
import { around } from '../slots.ts';
import type { ColumnHead } from '../tables.ts';
import { missionTypeName } from '../../missions/type.ts';
import { bodyView, type BodyView } from '../body.ts';
import { statementItems, type StatementItem } from '../statements/list.ts';
import { sourceView, type SourceView } from '../sources.ts';
import { MISSION_TIMELINE, drawChart } from '../../charts/index.ts';
import { chartView, type ChartView } from '../charts.ts';

/** A date as `<time datetime>` holds it and as the reader reads it. */
interface DateText {
  iso: string;
  text: string;
}

interface LeaderView {
  role: string;
  person: Link;
  /** " (ODIHR)" when the source says on whose behalf. */
  organization: LocalText | undefined;
  /** ", appointed by the <office> of the <organization> (<person>)": the office is content, in English. */
  appointedBy: { before: string; office: LocalText; after: string; organization: Link; person: Link | undefined } | undefined;
  note: LocalText | undefined;
  source: SourceView;
}

interface FigureView {
  category: string;
  count: string;
  organization: LocalText | undefined;
  date: DateText;
  source: SourceView;
}

interface MilestoneRow {
  stage: string;
  planned: boolean;
  /** The date as the table prints it ("by 5 December 2005"); undefined when the source gives none. */
  date: DateText | undefined;
  /** The date with what the archive knows of it, for "At a glance". */
  glance: string | undefined;
  status: string;
  note: LocalText | undefined;
  source: SourceView;
}

interface FigureRow {
  date: DateText;
  category: string;
  organization: LocalText | undefined;
  count: string;
  status: string;
  note: LocalText | undefined;
  source: SourceView;
}

interface FindingView {
  topic: string;
  assessment: 'positive' | 'mixed' | 'negative';
  mark: string;
  assessmentLabel: string;
  summary: LocalText;
  /** Who assessed it; an organization's English short name is marked inside a Russian sentence. */
  assessedBy: Phrase;
  source: SourceView;
}

export interface MissionView {
  /** "Kazakhstan: Parliamentary elections, 10 January 2021": `<title>` and the search result's title. */
  title: string;
  description: string;
  /** Names as phrases, so one in another language than the page is marked as such. */
  crumbs: { href?: string; label: string | Phrase }[];
  /** The first round, ISO: the search sorts and dates the page by it. */
  date: string;
  search: { country: string; year: string; type: string | undefined; kind: string; organizations: string[]; variants: string[] };
  country: Link;
  electionLine: string;
  heading: LocalText;
  lede: LocalText;
  calendar: { href: string; label: string };
  feed: { href: string; label: string };
  contents: { title: string; items: { id: string; label: string }[] };
  /** Section headings by anchor id. */
  headings: Record<SectionId, string>;
  glance: {
    type: { label: string; value: string };
    election: { label: string; kind: string; rounds: DateText[]; join: string; twoRounds: string };
    leaders: LeaderView[];
    organizations: { label: string; list: Link[] };
    figures: FigureView[];
    asOf: string;
    noFigures: { label: string; text: string } | undefined;
    seconding: { label: string; text: string; source: SourceView } | undefined;
  };
  milestones: { rows: MilestoneRow[]; none: string; caption: string; columns: ColumnHead[]; noDate: string };
  figures: {
    rows: FigureRow[];
    none: string;
    caption: string;
    columns: ColumnHead[];
  };
  /**
   * The mission's own conclusions first, then others' (a government's, another organization's); when
   * it holds only others', `notOwn` says so before them, so no reader takes them for the mission's.
   */
  findings: { list: FindingView[]; none: string; notOwn: string | undefined };
  /** The mission over time; its tables are not printed, as the page's own tables give the same. */
  timeline: ChartView;
  contacts: MissionContactsView;
  statements: { list: StatementItem[]; none: string };
  body: BodyView;
  cite: ReturnType<typeof missionPage>;
}

const SECTIONS = ['at-a-glance', 'timeline', 'milestones', 'observers', 'findings', 'narrative', 'media-contacts', 'statements'] as const;
type SectionId = (typeof SECTIONS)[number];

const MARK = { positive: '✓', mixed: '~', negative: '✗' } as const;

/** Findings of the mission's own organizations first, each group in the order the entry gives. */
function ownFirst<F extends { assessedBy: string }>(findings: readonly F[], organizations: readonly string[]): F[] {
  const own = (f: F) => organizations.includes(f.assessedBy);
  return [...findings.filter(own), ...findings.filter((f) => !own(f))];
}

/** Content prose (notes, summaries of findings) is English: marked so on a page in another language. */
/** A note printed inside a sentence of the page, which supplies the full stop. */
const withoutFinalStop = (text: LocalText | undefined): LocalText | undefined => text && { ...text, text: text.text.replace(/\.$/, '') };

/**
 * Everything the mission page shows, in `locale`. `asOf` is the day the archive speaks (the build
 * date): a step announced for a day before it, with no later record, is worded as such.
 */
export function missionView(mission: Mission, archive: Archive, locale: Locale, site: string, asOf: string): MissionView {
  const t = translator(locale);
  const to = (path: string) => localizedPath(locale, path);
  const d = mission.data;
  const country = archive.country.get(d.country)!;
  const countryText = countryName(locale, country.data);
  const heading = entryText(locale, d, 'title');
  const person = (id: string): Link => ({ href: to(`/people/${id}/`), text: personDisplayName(locale, archive.person.get(id)!.data) });
  const personName = (id: string): Link => ({ href: to(`/people/${id}/`), text: entryText(locale, archive.person.get(id)!.data, 'name') });
  const orgShort = (id: string): LocalText => {
    const org = archive.organization.get(id);
    return org ? organizationShortName(locale, org.data) : { text: id, lang: 'en' };
  };
  const date = (iso: string): DateText => ({ iso, text: formatDate(iso, locale) });
  const cite = (id: string) => sourceView(id, archive, locale);
  const title = missionName(locale, d, () => country.data).text;
  const figures = latestFigures(d.observers);
  const seconding = secondingStates(d.observers);
  const milestones = orderedMilestones(d.milestones);
  const headings = Object.fromEntries(SECTIONS.map((id) => [id, t(`mission.section.${id}`)])) as Record<SectionId, string>;
  const forThisMission = 'for this mission';

  return {
    title,
    description: entryText(locale, d, 'summary').text,
    crumbs: [{ href: to('/missions/'), label: t('nav.missions') }, { href: to(`/countries/${country.id}/`), label: [countryText] }, { label: [heading] }],
    date: electionDay(d),
    search: {
      country: countryText.text,
      year: electionYear(d),
      type: d.type,
      kind: t('mission.kind', { type: d.type ?? 'unstated' }),
      organizations: d.organizations.map((o) => orgShort(o).text),
      // Plain spellings of leaders' names Pagefind cannot fold (Jarosław → Jaroslaw).
      variants: d.leaders.map((l) => searchVariant(archive.person.get(l.person)!.data.name)).filter((v): v is string => Boolean(v)),
    },
    country: { href: to(`/countries/${country.id}/`), text: countryText },
    electionLine: t('mission.electionLine', { kind: label(locale, 'electionKind', d.election.kind), kindId: d.election.kind }),
    heading,
    lede: entryText(locale, d, 'summary'),
    calendar: { href: to(missionCalendarPath(mission.id)), label: t('mission.calendar') },
    feed: { href: to(countryFeedPath(country.id)), label: t('mission.feed', { country: countryText.text }) },
    contents: { title: t('mission.contents'), items: SECTIONS.map((id) => ({ id, label: headings[id] })) },
    headings,
    glance: {
      type: { label: t('mission.type'), value: t('mission.typeValue', { label: missionTypeName(locale, d.type), type: d.type ?? 'unstated' }) },
      election: {
        label: t('mission.election'),
        kind: label(locale, 'electionKind', d.election.kind),
        rounds: d.election.rounds.map(date),
        join: t('mission.roundsJoin'),
        twoRounds: d.election.rounds.length > 1 ? t('mission.twoRounds') : '',
      },
      leaders: d.leaders.map((l) => {
        const appointed = l.appointedBy;
        const [before, after] = appointed ? around(t, 'mission.appointedBy', 'office') : ['', ''];
        return {
          role: label(locale, 'leaderRole', l.role),
          person: person(l.person),
          organization: l.organization ? orgShort(l.organization) : undefined,
          appointedBy: appointed && {
            before,
            office: entryText(locale, appointed, 'office'),
            after,
            organization: { href: to(`/organizations/${appointed.organization}/`), text: orgShort(appointed.organization) },
            person: appointed.person ? personName(appointed.person) : undefined,
          },
          note: withoutFinalStop(optionalText(locale, l, 'note')),
          source: cite(l.source),
        };
      }),
      organizations: {
        label: t('mission.organizations'),
        list: d.organizations.map((o) => {
          const org = archive.organization.get(o)!.data;
          return { href: to(`/organizations/${o}/`), text: entryText(locale, org, 'name') };
        }),
      },
      figures: figures.map((f) => ({
        category: label(locale, 'observerCategory', f.category),
        count: describeCount(f, locale),
        organization: f.organization ? orgShort(f.organization) : undefined,
        date: date(f.date),
        source: cite(f.source),
      })),
      asOf: t('mission.asOf'),
      noFigures: figures.length === 0 ? { label: t('mission.observers'), text: holdsNo('observer figure', forThisMission, locale) } : undefined,
      seconding: seconding && {
        label: t('mission.seconding', { status: seconding.status }),
        text: `${seconding.fromStates} (${label(locale, 'observerCategory', seconding.category).toLowerCase()})`,
        source: cite(seconding.source),
      },
    },
    milestones: {
      rows: milestones.map((m) => {
        const state = stepState(m.status, m.date, asOf);
        return {
          stage: label(locale, 'milestoneKind', m.kind),
          planned: m.status === 'planned',
          date: m.date ? { iso: m.date, text: `${m.onOrBefore ? t('mission.milestones.by') : ''}${formatDate(m.date, locale)}` } : undefined,
          glance: m.date ? stepDateText(state, m.date, m.onOrBefore, locale) : undefined,
          status: stepStatusShort(state, locale),
          note: optionalText(locale, m, 'note'),
          source: cite(m.source),
        };
      }),
      none: holdsNo('milestones', forThisMission, locale),
      caption: t('mission.milestones.caption'),
      noDate: t('mission.milestones.noDate'),
      columns: (['stage', 'date', 'status', 'note', 'source'] as const).map((c) => ({ text: t(`mission.milestones.${c}`) })),
    },
    figures: {
      rows: [...d.observers]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((f) => ({
          date: date(f.date),
          category: label(locale, 'observerCategory', f.category),
          organization: f.organization ? orgShort(f.organization) : undefined,
          count: `${f.approximate ? t('mission.figures.about') : ''}${f.count}${f.fromStates ? t('mission.figures.fromStates', { count: f.fromStates }) : ''}`,
          status: label(locale, 'figureStatus', f.status),
          note: optionalText(locale, f, 'note'),
          source: cite(f.source),
        })),
      none: holdsNo('observer figures', forThisMission, locale),
      caption: t('mission.figures.caption'),
      columns: (['asOf', 'observers', 'number', 'status', 'note', 'source'] as const).map((c) => ({
        text: t(`mission.figures.${c}`),
        class: c === 'number' ? 'num' : undefined,
      })),
    },
    findings: {
      list: ownFirst(d.findings, d.organizations).map((f) => ({
        topic: label(locale, 'findingTopic', f.topic),
        assessment: f.assessment,
        mark: MARK[f.assessment],
        assessmentLabel: label(locale, 'assessment', f.assessment),
        summary: entryText(locale, f, 'summary'),
        assessedBy: phrase(locale, t, 'mission.findings.assessedBy', orgShort(f.assessedBy)),
        source: cite(f.source),
      })),
      none: holdsNo('findings', 'for this election', locale),
      notOwn: d.findings.length > 0 && !d.findings.some((f) => d.organizations.includes(f.assessedBy)) ? t('mission.findings.notOwn') : undefined,
    },
    timeline: chartView(
      drawChart(
        MISSION_TIMELINE,
        // The title names the mission in the page's language, or not at all: an English title inside a
        // Russian sentence could not be marked as English.
        { election: d.election, observers: d.observers, milestones: d.milestones, title: ownText(locale, d, 'title'), asOf },
        locale,
        { subject: mission.id, printTables: false },
      ),
      [d],
      archive,
      locale,
    ),
    contacts: missionContactsView(mission.id, archive, locale, asOf),
    statements: {
      list: statementItems(archive.statementsByMission.get(mission.id) ?? [], archive, locale),
      none: holdsNo('statements', 'about this mission', locale),
    },
    body: bodyView(mission, archive, locale),
    cite: missionPage(mission, archive, site),
  };
}
