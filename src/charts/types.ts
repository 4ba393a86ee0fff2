/**
 * Inputs and shared outputs of the chart modules.
 *
 * Inputs are the plain shape of a mission entry (what `MissionData` holds, plus the entry id), so a
 * page passes `{ id: entry.id, ...entry.data }` and a test passes an object literal. Outputs are
 * view models: coordinates already rounded to 0.1 px, colours left to CSS through class names.
 */
import type {
  ASSESSMENTS,
  ELECTION_KINDS,
  FIGURE_STATUSES,
  FINDING_TOPICS,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  MISSION_TYPES,
  OBSERVER_CATEGORIES,
} from '../schemas/vocabulary.ts';

export type ObserverCategory = keyof typeof OBSERVER_CATEGORIES;
export type FigureStatus = keyof typeof FIGURE_STATUSES;
export type MilestoneKind = keyof typeof MILESTONE_KINDS;
export type MilestoneStatus = keyof typeof MILESTONE_STATUSES;
export type FindingTopic = keyof typeof FINDING_TOPICS;
export type Assessment = keyof typeof ASSESSMENTS;
export type MissionType = keyof typeof MISSION_TYPES;
type ElectionKind = keyof typeof ELECTION_KINDS;

export interface ChartFigure {
  category: ObserverCategory;
  count: number;
  approximate?: boolean | undefined;
  status: FigureStatus;
  /** YYYY-MM-DD. */
  date: string;
  fromStates?: number | undefined;
  /** Statement id. */
  source: string;
}

export interface ChartMilestone {
  kind: MilestoneKind;
  /** YYYY-MM-DD, YYYY-MM or YYYY; absent when the source gives none. */
  date?: string | undefined;
  status: MilestoneStatus;
  /** True when the source shows only that it had happened by `date`. */
  onOrBefore?: boolean | undefined;
  note?: string | undefined;
  /** The content's Russian texts, where it has them. */
  ru?: { note?: string | undefined } | undefined;
  source: string;
}

export interface ChartFinding {
  topic: FindingTopic;
  assessment: Assessment;
  summary: string;
  assessedBy?: string | undefined;
  /** The content's Russian texts, where it has them. */
  ru?: { summary?: string | undefined } | undefined;
  source: string;
}

export interface ChartMission {
  /** Entry id, e.g. `kz/2021-parliamentary`. */
  id: string;
  title?: string | undefined;
  /** The content's Russian texts, where it has them. */
  ru?: { title?: string | undefined } | undefined;
  election: { kind: ElectionKind; rounds: readonly string[] };
  /** Left out where no source says what kind of mission it was. */
  type?: MissionType | undefined;
  observers?: readonly ChartFigure[] | undefined;
  milestones?: readonly ChartMilestone[] | undefined;
  findings?: readonly ChartFinding[] | undefined;
}

export interface ChartSize {
  width: number;
  height: number;
}

// ---------------------------------------------------------------------------------------------------
// Shared outputs

export interface XTick {
  /** ISO day for time axes, the year for year axes. */
  value: string;
  x: number;
  label: string;
  /** `middle`, except where a centred label would run off the picture. */
  textAnchor: 'start' | 'middle' | 'end';
}

export interface YTick {
  value: number;
  y: number;
  label: string;
}

export interface LegendEntry {
  key: string;
  label: string;
  /** Classes the page's CSS colours; the same classes the marks carry. */
  className: string;
  /** The non-colour cue: a symbol path drawn around (0, 0), or a glyph such as ✓. */
  symbol?: string;
  glyph?: string;
  /** Without a symbol or glyph: a vertical rule or a date bracket, as the chart draws them; else a box. */
  swatch?: 'rule' | 'bracket';
}

interface TableColumn {
  key: string;
  label: string;
  /** Numbers align right in a table. */
  numeric?: boolean;
  /** The language of the column's cells where it differs from the page's (content prose shown untranslated). */
  lang?: 'en';
}

interface TableRow {
  /** One text per column, in column order, with the same figures the chart draws. */
  cells: string[];
  /** Statement ids the row's figures come from, for the page to link. */
  sources: string[];
  /** Mission the row belongs to, when the table spans several. */
  mission?: string;
}

export interface DataTable {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

/** What every chart returns, whatever it draws. */
export interface ChartBase {
  width: number;
  height: number;
  viewBox: string;
  /** Short name of the chart, for <title>. */
  title: string;
  /** The chart's point in words, for <desc> and for readers who skip the picture. */
  desc: string;
  /** True when there is nothing to draw; `message` then says so in a sentence. */
  empty: boolean;
  message: string | null;
  /** Sentences about what the chart cannot show (no figures, undated milestones…). */
  notes: string[];
  legend: LegendEntry[];
  tables: DataTable[];
}
