/**
 * The view model of the mission timeline: everything its component draws, already placed and
 * worded, so the component only writes it out.
 */
import type { StepState } from '../../format/holdings.ts';
import type { ChartBase, ChartMission, FigureStatus, MilestoneKind, MilestoneStatus, ObserverCategory, XTick, YTick } from '../types.ts';

export type MissionTimelineInput = Pick<ChartMission, 'election' | 'observers' | 'milestones'> & {
  title?: string | undefined;
  /**
   * The day the archive speaks (the build date): a step announced for an earlier day, with no later
   * record, is told as such rather than as "planned". Left out, nothing counts as passed.
   */
  asOf?: string | undefined;
};

/** A label above the marker row, in its lane. */
export interface LaneLabel {
  label: string;
  /** False when the drawing leaves the label out (too many, or too close to clear): the description and table give it. */
  labelled: boolean;
  lane: number;
  labelX: number;
  labelY: number;
  textAnchor: 'start' | 'end';
  /** Set when the label would run past the drawing's edge: the length its letters are squeezed to. */
  textLength: number | null;
}

export interface MilestoneMark extends LaneLabel {
  kind: MilestoneKind;
  /** The whole fact in a sentence, for the marker's <title>. */
  text: string;
  /** The date as the archive writes it (`2005-10`). */
  date: string;
  dateText: string;
  status: MilestoneStatus;
  /** Took place, still planned, or announced for a day now past with no later record. */
  state: StepState;
  approximate: boolean;
  /** The source shows only that it had happened by `date`; the label says "by …". */
  onOrBefore: boolean;
  hollow: boolean;
  className: string;
  x: number;
  y: number;
  /** Marker symbol, an absolute path. */
  d: string;
  /** For month- or year-only dates: a bracket over the whole period the date may stand for. */
  range: { x1: number; x2: number; d: string } | null;
  /** Vertical line from the label down to the marker; none for a label left out. */
  leader: string | null;
  note: string | null;
  source: string;
}

export interface RoundMark extends LaneLabel {
  round: 1 | 2;
  date: string;
  dateText: string;
  /** "Election day: 9 June 2019", for the rule's <title>. */
  text: string;
  /** From the `election-day` milestones on this day; null when the archive lists none. */
  status: MilestoneStatus | null;
  state: StepState | null;
  className: string;
  x: number;
  /** The rule across the marker row and the plot. */
  d: string;
  /** Dashed when the sources only announce the vote. */
  dash: string | null;
  /** Sources of `election-day` milestones on this day, which the rule stands for. */
  sources: string[];
}

export interface UndatedMilestone {
  kind: MilestoneKind;
  label: string;
  status: MilestoneStatus;
  state: StepState;
  note: string | null;
  source: string;
}

export interface FigurePoint {
  category: ObserverCategory;
  count: number;
  approximate: boolean;
  status: FigureStatus;
  date: string;
  fromStates: number | null;
  hollow: boolean;
  className: string;
  x: number;
  y: number;
  d: string;
  /** "Long-term observers: 24 planned, 15 December 2020", for the point's <title>. */
  label: string;
  source: string;
}

export interface FigureSegment {
  category: ObserverCategory;
  /** Status of the figure the segment holds: a planned figure's run is dashed. */
  status: FigureStatus;
  className: string;
  dash: string | null;
  from: string;
  to: string;
  d: string;
}

export interface FigureSeries {
  category: ObserverCategory;
  label: string;
  className: string;
  /** The category's point symbol around (0, 0), for a legend. */
  symbol: string;
  points: FigurePoint[];
  segments: FigureSegment[];
}

export interface MissionTimelineView extends ChartBase {
  plot: { x: number; y: number; width: number; height: number };
  xAxis: {
    y: number;
    domain: [string, string];
    /** Each tick with its mark below the axis and where its label stands. */
    ticks: (XTick & { d: string; labelY: number })[];
    d: string;
  } | null;
  yAxis: {
    x: number;
    label: string;
    /** Where the rotated axis label is centred. */
    labelX: number;
    labelY: number;
    ticks: YTick[];
    /** Right end of the gridlines: the plot's right edge. */
    gridRight: number;
    d: string;
  } | null;
  /** Vertical position of the milestone markers. */
  markerRowY: number;
  rounds: RoundMark[];
  milestones: MilestoneMark[];
  undated: UndatedMilestone[];
  series: FigureSeries[];
  /** A sentence to print inside the plot when it has no figures. */
  plotMessage: { x: number; y: number; text: string } | null;
}
