/**
 * One mission over time: its milestones on a calendar, election day as a rule, and the observer
 * figures the sources report as one step line per category.
 *
 * Figures are drawn as separate step lines, not a stacked area: categories overlap (a "total" already
 * counts the core team) and are reported on different days, so stacking would add people twice.
 */
import { format, scaleLinear, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye } from 'd3';
import type { SymbolType } from 'd3';
import { MILESTONE_KINDS, OBSERVER_CATEGORIES } from '../schemas/vocabulary.ts';
import { CATEGORY_ORDER, figureLabel, figurePhrase, statesPhrase } from './figures.ts';
import { checkedPath, day, formatCount, formatDate, listInWords, placeDate, px, symbolPath, textWidth, emptyChartBase } from './svg.ts';
import type { PlacedDate } from './svg.ts';
import { stepDateInList, stepDateText, stepState, stepStatusShort, type StepState } from '../format/holdings.ts';
import { timeAxis } from './time-axis.ts';
import type {
  ChartBase,
  ChartFigure,
  ChartMilestone,
  ChartMission,
  ChartSize,
  DataTable,
  FigureStatus,
  LegendEntry,
  MilestoneKind,
  MilestoneStatus,
  ObserverCategory,
  XTick,
  YTick,
} from './types.ts';

export type MissionTimelineInput = Pick<ChartMission, 'election' | 'observers' | 'milestones'> & {
  title?: string | undefined;
  /**
   * The day the archive speaks (the build date): a step announced for an earlier day, with no later
   * record, is told as such rather than as "planned". Left out, nothing counts as passed.
   */
  asOf?: string | undefined;
};

interface MilestoneMark {
  kind: MilestoneKind;
  /** Printed next to the marker: the kind, with "planned" and the month or year when the day is unknown. */
  label: string;
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
  lane: number;
  labelX: number;
  labelY: number;
  textAnchor: 'start' | 'end';
  /** Vertical line from the label down to the marker. */
  leader: string;
  note: string | null;
  source: string;
}

interface RoundMark {
  round: 1 | 2;
  date: string;
  dateText: string;
  label: string;
  /** From the `election-day` milestones on this day; null when the archive lists none. */
  status: MilestoneStatus | null;
  state: StepState | null;
  className: string;
  x: number;
  /** The rule across the marker row and the plot. */
  d: string;
  /** Dashed when the sources only announce the vote. */
  dash: string | null;
  lane: number;
  labelX: number;
  labelY: number;
  textAnchor: 'start' | 'end';
  /** Sources of `election-day` milestones on this day, which the rule stands for. */
  sources: string[];
}

interface UndatedMilestone {
  kind: MilestoneKind;
  label: string;
  status: MilestoneStatus;
  state: StepState;
  note: string | null;
  source: string;
}

interface FigurePoint {
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

interface FigureSegment {
  category: ObserverCategory;
  /** Status of the figure the segment holds: a planned figure's run is dashed. */
  status: FigureStatus;
  className: string;
  dash: string | null;
  from: string;
  to: string;
  d: string;
}

interface FigureSeries {
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
  xAxis: { y: number; domain: [string, string]; ticks: XTick[]; d: string } | null;
  yAxis: { x: number; label: string; ticks: YTick[]; d: string } | null;
  /** Vertical position of the milestone markers. */
  markerRowY: number;
  rounds: RoundMark[];
  milestones: MilestoneMark[];
  undated: UndatedMilestone[];
  series: FigureSeries[];
  /** A sentence to print inside the plot when it has no figures. */
  plotMessage: { x: number; y: number; text: string } | null;
}

const MARGIN = { left: 48, right: 16, bottom: 32 };
const LANE = 16;
const FONT = 12;
const MIN_PLOT = 60;
const POINT_SIZE = 64;
const PLANNED_DASH = '4 3';

const CATEGORY_SYMBOL: Record<ObserverCategory, SymbolType> = {
  'core-team': symbolSquare,
  'long-term': symbolTriangle,
  'short-term': symbolDiamond,
  parliamentarians: symbolWye,
  total: symbolCircle,
};

const MILESTONE_ORDER = Object.keys(MILESTONE_KINDS) as MilestoneKind[];
const count = format(',d');

interface Labelled {
  x: number;
  label: string;
  lane: number;
  labelX: number;
  textAnchor: 'start' | 'end';
}

/**
 * Puts labels in lanes above the marker row so no two labels overlap however close their dates are,
 * and no leader or election-day rule runs through a label: a label whose box covers another item's
 * date sits above that item, whichever way it is anchored, since that item's line rises through
 * every lane below its own label. Items are placed once all the items they cover are; only two
 * labels covering each other's dates leave a conflict, and then overlap-free wins over crossing-free.
 * Widths are estimates; the gap absorbs the error.
 */
function assignLanes(items: Labelled[], left: number, right: number): number {
  const GAP = 8;
  const boxes = new Map<Labelled, { x1: number; x2: number }>();
  /** Sets the label to run right of its date (`start`) or left of it (`end`), kept within [left, right]. */
  const anchor = (item: Labelled, side: 'start' | 'end') => {
    const w = textWidth(item.label, FONT);
    let start = side === 'start' ? item.x - 3 : item.x + 3 - w;
    item.textAnchor = side;
    if (start + w > right) {
      item.textAnchor = 'end';
      start = right - w;
    }
    if (start < left) {
      item.textAnchor = 'start';
      start = left;
    }
    item.labelX = px(item.textAnchor === 'start' ? start : start + w);
    boxes.set(item, { x1: start, x2: start + w });
  };
  for (const item of items) anchor(item, 'start');
  const covers = (a: Labelled, b: Labelled) => {
    const box = boxes.get(a)!;
    // Half a pixel: two dates a few pixels apart can still stand on either side of each other's lines.
    return a !== b && box.x1 - 0.5 <= b.x && b.x <= box.x2 + 0.5;
  };
  const coversNone = (item: Labelled, others: readonly Labelled[]) => others.every((other) => !covers(item, other));
  const placed: Labelled[] = [];
  // Rightmost first among those ready, so start-anchored labels still form a staircase.
  const waiting = [...items].sort((a, b) => b.x - a.x);
  while (waiting.length > 0) {
    let ready = waiting.find((item) => coversNone(item, waiting));
    // Two labels covering each other's dates: turning one to the other side of its date may part them.
    for (const item of ready ? [] : waiting) {
      const side = item.textAnchor;
      anchor(item, side === 'start' ? 'end' : 'start');
      if (coversNone(item, waiting)) {
        ready = item;
        break;
      }
      anchor(item, side);
    }
    // Still none: the one covering fewest dates goes lower, the narrower on a tie, so the fewest lines
    // cross it and a wide label is the one lifted clear.
    const cost = (i: Labelled) => [waiting.filter((o) => covers(i, o)).length, boxes.get(i)!.x2 - boxes.get(i)!.x1] as const;
    const item =
      ready ??
      [...waiting].sort((a, b) => {
        const [ca, wa] = cost(a);
        const [cb, wb] = cost(b);
        return ca - cb || wa - wb;
      })[0]!;
    waiting.splice(waiting.indexOf(item), 1);
    const box = boxes.get(item)!;
    const overlapsIn = (lane: number) =>
      placed.some((p) => {
        const b = boxes.get(p)!;
        return p.lane === lane && b.x1 < box.x2 + GAP && box.x1 < b.x2 + GAP;
      });
    let lane = Math.max(-1, ...placed.filter((p) => covers(item, p)).map((p) => p.lane)) + 1;
    while (overlapsIn(lane)) lane += 1;
    item.lane = lane;
    placed.push(item);
  }
  return Math.max(0, ...items.map((i) => i.lane)) + (items.length > 0 ? 1 : 0);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "(planned)" while a step is ahead, "(announced)" once its day has passed with no later record. */
const STATE_WORD: Record<StepState, string | null> = { 'took-place': null, planned: 'planned', 'no-later-record': 'announced' };

/**
 * Milestone names for a drawing as narrow as a phone, where the full names with their dates cannot
 * stand side by side without a leader running through one of them. The marker's fill and the
 * legend give the status; the description and the table give every word.
 */
const SHORT_KINDS: Record<MilestoneKind, string> = {
  'needs-assessment': 'Needs assessment',
  opening: 'Opened',
  'lto-deployment': 'Long-term observers',
  'interim-report': 'Interim report',
  'election-day': 'Election day',
  'preliminary-statement': 'Preliminary statement',
  'final-report': 'Final report',
};
/** Below this width a drawing uses the short names. */
const SHORT_LABELS_BELOW = 480;

function milestoneLabel(m: ChartMilestone, placed: PlacedDate | null, asOf: string, short = false): string {
  if (short && placed) return SHORT_KINDS[m.kind];
  const parts: string[] = [];
  const word = STATE_WORD[stepState(m.status, m.date, asOf)];
  if (word) parts.push(word);
  if (placed && m.onOrBefore) parts.push(`by ${formatDate(m.date!)}`);
  else if (placed?.approximate) parts.push(formatDate(m.date!));
  const base = MILESTONE_KINDS[m.kind];
  return parts.length > 0 ? `${base} (${parts.join(', ')})` : base;
}

/** The observers in one or two sentences: where they started, where they ended. */
function observersSentence(figures: readonly ChartFigure[]): string {
  if (figures.length === 0) return 'No observer figures are recorded for this mission.';
  const dates = [...new Set(figures.map((f) => f.date))].sort();
  const withStates = (f: ChartFigure) => {
    const states = statesPhrase(f);
    return states ? `${figurePhrase(f)}, ${states}` : figurePhrase(f);
  };
  if (dates.length === 1) {
    const sameDay = [...figures].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
    return `Observers on ${formatDate(dates[0]!)}: ${listInWords(sameDay.map(withStates))}.`;
  }
  // On a day with several figures one speaks for the day: a total before a category, what was
  // deployed before what was only planned, then the largest.
  const representative = (date: string): ChartFigure => {
    const rank = (f: ChartFigure) => [f.category === 'total' ? 0 : 1, f.status === 'deployed' ? 0 : 1, -f.count];
    return figures
      .filter((f) => f.date === date)
      .reduce((best, f) => {
        const [a, b] = [rank(f), rank(best)];
        const i = a.findIndex((v, k) => v !== b[k]);
        return i !== -1 && a[i]! < b[i]! ? f : best;
      });
  };
  const first = representative(dates[0]!);
  const last = representative(dates[dates.length - 1]!);
  const verb = last.count > first.count ? 'grew' : last.count < first.count ? 'fell' : 'went';
  return `Observers ${verb} from ${figurePhrase(first)} on ${formatDate(first.date)} to ${withStates(last)} on ${formatDate(last.date)}.`;
}

export function missionTimeline(input: MissionTimelineInput, size: ChartSize): MissionTimelineView {
  const width = px(size.width);
  const figures = [...(input.observers ?? [])];
  const milestonesIn = [...(input.milestones ?? [])];
  const rounds = input.election.rounds.map((iso) => ({ iso, date: day(iso) }));
  const title = input.title ? `Observers and milestones: ${input.title}` : 'Observers and milestones of the mission';
  // Before any date: with no day given, no announced step counts as passed.
  const asOf = input.asOf ?? '0000-01-01';
  const short = width < SHORT_LABELS_BELOW;

  const placed = milestonesIn.map((m) => ({ m, placed: m.date ? placeDate(m.date) : null }));
  const dated = placed.filter((p): p is { m: ChartMilestone; placed: PlacedDate } => p.placed !== null);
  const undatedIn = placed.filter((p) => p.placed === null).map((p) => p.m);

  const allDates: Date[] = [
    ...rounds.map((r) => r.date),
    ...figures.map((f) => day(f.date)),
    ...dated.flatMap(({ placed: p }) => (p.approximate ? [p.start, new Date(p.end.getTime() - 1)] : [p.at])),
  ];

  const undated: UndatedMilestone[] = undatedIn.map((m) => ({
    kind: m.kind,
    label: milestoneLabel(m, null, asOf),
    status: m.status,
    state: stepState(m.status, m.date, asOf),
    note: m.note ?? null,
    source: m.source,
  }));
  const tables = [figuresTable(figures), milestonesTable(milestonesIn, asOf)];

  if (allDates.length === 0) {
    const height = px(size.height);
    const message = 'Nothing about this mission is dated yet, so there is no timeline to draw.';
    return {
      ...emptyChartBase(width, height, title, message, tables, undatedNote(undated)),
      plot: { x: MARGIN.left, y: 0, width: px(width - MARGIN.left - MARGIN.right), height },
      xAxis: null,
      yAxis: null,
      markerRowY: 0,
      rounds: [],
      milestones: [],
      undated,
      series: [],
      plotMessage: { x: px(width / 2), y: px(height / 2), text: message },
    };
  }

  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const axis = timeAxis(allDates, [left, right], { bounds: [0, width] });
  const x = (d: Date) => px(axis.scale(d));

  // Election days the sources also list as milestones are drawn once, as the rule.
  const roundSources = new Map<string, string[]>();
  const roundStatuses = new Map<string, MilestoneStatus[]>();
  const drawn = dated.filter(({ m }) => {
    if (m.kind !== 'election-day' || !rounds.some((r) => r.iso === m.date)) return true;
    roundSources.set(m.date!, [...(roundSources.get(m.date!) ?? []), m.source]);
    roundStatuses.set(m.date!, [...(roundStatuses.get(m.date!) ?? []), m.status]);
    return false;
  });
  // One source reporting the vote held outweighs another announcing it.
  const roundStatus = (iso: string): MilestoneStatus | null => {
    const statuses = roundStatuses.get(iso) ?? [];
    return statuses.includes('actual') ? 'actual' : statuses.includes('planned') ? 'planned' : null;
  };
  const roundState = (iso: string): StepState | null => {
    const status = roundStatus(iso);
    return status ? stepState(status, iso, asOf) : null;
  };
  const roundWord = (iso: string) => {
    const state = roundState(iso);
    return state ? STATE_WORD[state] : null;
  };
  drawn.sort((a, b) => a.placed.at.getTime() - b.placed.at.getTime() || MILESTONE_ORDER.indexOf(a.m.kind) - MILESTONE_ORDER.indexOf(b.m.kind));

  const roundItems = rounds.map((r, i) => ({
    r,
    i,
    item: {
      x: x(r.date),
      label: `${rounds.length === 1 ? 'Election day' : i === 0 ? 'First round' : 'Second round'}${roundWord(r.iso) && !short ? ` (${roundWord(r.iso)})` : ''}`,
      lane: 0,
      labelX: 0,
      textAnchor: 'start' as 'start' | 'end',
    },
  }));
  const milestoneItems = drawn.map((p) => ({
    p,
    item: { x: x(p.placed.at), label: milestoneLabel(p.m, p.placed, asOf, short), lane: 0, labelX: 0, textAnchor: 'start' as 'start' | 'end' },
  }));
  const lanes = assignLanes([...roundItems.map((r) => r.item), ...milestoneItems.map((m) => m.item)], 4, width - 4);

  const markerRowY = px(32 + (lanes - 1) * LANE);
  const plotTop = px(markerRowY + 14);
  const height = px(Math.max(size.height, plotTop + MIN_PLOT + MARGIN.bottom));
  const plotBottom = px(height - MARGIN.bottom);
  const labelY = (lane: number) => px(markerRowY - 12 - lane * LANE);

  const roundMarks: RoundMark[] = roundItems.map(({ r, i, item }) => ({
    round: (i + 1) as 1 | 2,
    date: r.iso,
    dateText: formatDate(r.iso),
    label: item.label,
    status: roundStatus(r.iso),
    state: roundState(r.iso),
    className: `rule rule--election${roundStatus(r.iso) === 'planned' ? ' rule--planned' : ''}`,
    x: item.x,
    d: checkedPath(`M${item.x},${px(labelY(item.lane) + 3)}V${plotBottom}`),
    dash: roundStatus(r.iso) === 'planned' ? PLANNED_DASH : null,
    lane: item.lane,
    labelX: item.labelX,
    labelY: labelY(item.lane),
    textAnchor: item.textAnchor,
    sources: roundSources.get(r.iso) ?? [],
  }));

  const milestoneMarks: MilestoneMark[] = milestoneItems.map(({ p, item }) => {
    const { m, placed: when } = p;
    const hollow = m.status === 'planned';
    const range = when.approximate
      ? (() => {
          const x1 = x(when.start);
          const x2 = x(when.end);
          const y = markerRowY;
          return { x1, x2, d: checkedPath(`M${x1},${px(y - 4)}V${px(y + 4)}M${x1},${y}H${x2}M${x2},${px(y - 4)}V${px(y + 4)}`) };
        })()
      : null;
    const dateText = formatDate(m.date!);
    const state = stepState(m.status, m.date, asOf);
    const statusText = stepStatusShort(state);
    const onOrBefore = m.onOrBefore ?? false;
    const whenText = `${onOrBefore ? 'on or before ' : ''}${dateText}${when.approximate ? ' (day not known)' : ''}`;
    return {
      kind: m.kind,
      label: item.label,
      text: `${MILESTONE_KINDS[m.kind]}: ${whenText}, ${statusText}${m.note ? `. ${m.note}` : ''}`,
      date: m.date!,
      dateText,
      status: m.status,
      state,
      approximate: when.approximate,
      onOrBefore,
      hollow,
      className: `mark milestone milestone--${m.status}${when.approximate ? ' milestone--approximate' : ''}${onOrBefore ? ' milestone--on-or-before' : ''}`,
      x: item.x,
      y: markerRowY,
      d: symbolPath(symbolCircle, POINT_SIZE, item.x, markerRowY),
      range,
      lane: item.lane,
      labelX: item.labelX,
      labelY: labelY(item.lane),
      textAnchor: item.textAnchor,
      leader: checkedPath(`M${item.x},${px(labelY(item.lane) + 3)}V${px(markerRowY - 5)}`),
      note: m.note ?? null,
      source: m.source,
    };
  });

  // Observer figures.
  let yAxis: MissionTimelineView['yAxis'] = null;
  let series: FigureSeries[] = [];
  let plotMessage: MissionTimelineView['plotMessage'] = null;
  if (figures.length > 0) {
    const max = Math.max(...figures.map((f) => f.count));
    const tickCount = Math.max(2, Math.floor((plotBottom - plotTop) / 40));
    const y = scaleLinear().domain([0, max]).nice(tickCount).range([plotBottom, plotTop]);
    const ticks = y.ticks(tickCount).filter((v) => Number.isInteger(v));
    yAxis = {
      x: left,
      label: 'Observers',
      ticks: ticks.map((v) => ({ value: v, y: px(y(v)), label: count(v) })),
      d: checkedPath(`M${left},${plotTop}V${plotBottom}`),
    };
    // A figure holds until the category's next figure, and the last one until the vote (or until the
    // last figure, when a source reports after the vote): observers leave after election day.
    const horizon = new Date(Math.max(...rounds.map((r) => r.date.getTime()), ...figures.map((f) => day(f.date).getTime())));
    series = CATEGORY_ORDER.filter((c) => figures.some((f) => f.category === c)).map((category) => {
      const own = figures
        .map((f, i) => ({ f, i }))
        .filter(({ f }) => f.category === category)
        .sort((a, b) => (a.f.date < b.f.date ? -1 : a.f.date > b.f.date ? 1 : a.i - b.i))
        .map(({ f }) => f);
      const points: FigurePoint[] = own.map((f) => {
        const cx = x(day(f.date));
        const cy = px(y(f.count));
        const hollow = f.status !== 'deployed';
        return {
          category,
          count: f.count,
          approximate: f.approximate ?? false,
          status: f.status,
          date: f.date,
          fromStates: f.fromStates ?? null,
          hollow,
          className: `mark point point--${category} point--${f.status}`,
          x: cx,
          y: cy,
          d: symbolPath(CATEGORY_SYMBOL[category], POINT_SIZE, cx, cy),
          label: figureLabel(f),
          source: f.source,
        };
      });
      const segments: FigureSegment[] = [];
      points.forEach((p, i) => {
        const next = points[i + 1];
        const toX = next ? next.x : x(horizon);
        const toDate = next ? next.date : horizon.toISOString().slice(0, 10);
        const rises = next !== undefined && next.y !== p.y;
        if (toX <= p.x && !rises) return;
        const d = `M${p.x},${p.y}H${toX}${rises ? `V${next!.y}` : ''}`;
        segments.push({
          category,
          status: p.status,
          className: `line line--${category} line--${p.status}`,
          dash: p.status === 'deployed' ? null : PLANNED_DASH,
          from: p.date,
          to: toDate,
          d: checkedPath(d),
        });
      });
      return {
        category,
        label: OBSERVER_CATEGORIES[category],
        className: `series series--${category}`,
        symbol: symbolPath(CATEGORY_SYMBOL[category], POINT_SIZE),
        points,
        segments,
      };
    });
  } else {
    plotMessage = { x: px((left + right) / 2), y: px((plotTop + plotBottom) / 2), text: 'No observer figures are recorded for this mission.' };
  }

  const notes: string[] = [];
  if (figures.length === 0) notes.push('No observer figures are recorded for this mission.');
  if (milestonesIn.length === 0) notes.push('No milestones are recorded for this mission.');
  for (const mark of milestoneMarks.filter((m) => m.approximate))
    notes.push(
      `${MILESTONE_KINDS[mark.kind]} is dated only to ${mark.dateText}; its marker sits in the middle of that period and the bracket spans all of it.`,
    );
  notes.push(...undatedNote(undated));

  const desc = [observersSentence(figures), roundsSentence(roundMarks), milestonesSentence(milestoneMarks, undated)].filter((s) => s !== '').join(' ');

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    title,
    desc,
    empty: false,
    message: null,
    notes,
    legend: legendFor(series, milestoneMarks, undated, figures, roundMarks),
    tables,
    plot: { x: left, y: plotTop, width: px(right - left), height: px(plotBottom - plotTop) },
    xAxis: { y: plotBottom, domain: axis.domain, ticks: axis.ticks, d: checkedPath(`M${left},${plotBottom}H${px(right)}`) },
    yAxis,
    markerRowY,
    rounds: roundMarks,
    milestones: milestoneMarks,
    undated,
    series,
    plotMessage,
  };
}

function undatedNote(undated: readonly UndatedMilestone[]): string[] {
  if (undated.length === 0) return [];
  return [`Not dated by any source, so not placed on the timeline: ${listInWords(undated.map((u) => u.label))}.`];
}

function roundsSentence(rounds: readonly RoundMark[]): string {
  const on = (r: RoundMark) => (r.state ? stepDateText(r.state, r.date) : r.dateText);
  if (rounds.length === 0) return '';
  if (rounds.length === 1) return `Election day: ${on(rounds[0]!)}.`;
  return `First round: ${on(rounds[0]!)}; second round: ${on(rounds[1]!)}.`;
}

function milestonesSentence(marks: readonly MilestoneMark[], undated: readonly UndatedMilestone[]): string {
  const parts: string[] = [];
  if (marks.length > 0)
    parts.push(`Milestones: ${marks.map((m) => `${lowerFirst(MILESTONE_KINDS[m.kind])} ${stepDateInList(m.state, m.date, m.onOrBefore)}`).join('; ')}.`);
  if (undated.length > 0) parts.push(`Not yet dated: ${listInWords(undated.map((u) => lowerFirst(u.label)))}.`);
  return parts.join(' ');
}

function legendFor(
  series: readonly FigureSeries[],
  milestones: readonly MilestoneMark[],
  undated: readonly UndatedMilestone[],
  figures: readonly ChartFigure[],
  rounds: readonly RoundMark[],
): LegendEntry[] {
  const entries: LegendEntry[] = series.map((s) => ({
    key: `category:${s.category}`,
    label: s.label,
    className: `point point--${s.category}`,
    symbol: s.symbol,
  }));
  const circle = symbolPath(symbolCircle, POINT_SIZE);
  const anyDone = figures.some((f) => f.status === 'deployed') || milestones.some((m) => m.status === 'actual');
  const anyPlanned =
    figures.some((f) => f.status !== 'deployed') ||
    milestones.some((m) => m.status === 'planned') ||
    rounds.some((r) => r.status === 'planned') ||
    undated.length > 0;
  if (anyDone)
    entries.push({ key: 'status:done', label: 'Filled, solid line: deployed or took place', className: 'legend-status legend-status--done', symbol: circle });
  if (anyPlanned)
    entries.push({
      key: 'status:planned',
      label: 'Hollow, dashed line: planned or expected',
      className: 'legend-status legend-status--planned',
      symbol: circle,
    });
  if (milestones.some((m) => m.approximate))
    entries.push({ key: 'approximate', label: 'Bracket: date known only to the month or year', className: 'legend-approximate' });
  entries.push({ key: 'election', label: 'Vertical rule: election day', className: 'rule rule--election' });
  return entries;
}

function figuresTable(figures: readonly ChartFigure[]): DataTable {
  const rows = figures
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (a.f.date < b.f.date ? -1 : a.f.date > b.f.date ? 1 : 0) || CATEGORY_ORDER.indexOf(a.f.category) - CATEGORY_ORDER.indexOf(b.f.category) || a.i - b.i,
    )
    .map(({ f }) => ({
      cells: [
        formatDate(f.date),
        OBSERVER_CATEGORIES[f.category],
        formatCount(f.count, f.approximate),
        f.status,
        f.fromStates === undefined ? '' : String(f.fromStates),
      ],
      sources: [f.source],
    }));
  return {
    caption: 'Observer figures as the sources report them',
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'category', label: 'Observers counted' },
      { key: 'count', label: 'Number', numeric: true },
      { key: 'status', label: 'Status' },
      { key: 'fromStates', label: 'From States', numeric: true },
    ],
    rows,
  };
}

function milestonesTable(milestones: readonly ChartMilestone[], asOf: string): DataTable {
  const keyed = milestones.map((m, i) => ({ m, i, placed: m.date ? placeDate(m.date) : null }));
  keyed.sort((a, b) => {
    // Dated first, in time order; undated after, in the order of the mission's stages.
    if (a.placed && b.placed) return a.placed.at.getTime() - b.placed.at.getTime() || a.i - b.i;
    if (a.placed) return -1;
    if (b.placed) return 1;
    return MILESTONE_ORDER.indexOf(a.m.kind) - MILESTONE_ORDER.indexOf(b.m.kind) || a.i - b.i;
  });
  return {
    caption: 'Milestones of the mission',
    columns: [
      { key: 'milestone', label: 'Milestone' },
      { key: 'date', label: 'Date' },
      { key: 'status', label: 'Status' },
      { key: 'note', label: 'Note' },
    ],
    rows: keyed.map(({ m }) => ({
      cells: [
        MILESTONE_KINDS[m.kind],
        m.date ? `${m.onOrBefore ? 'on or before ' : ''}${formatDate(m.date)}` : 'not dated',
        stepStatusShort(stepState(m.status, m.date, asOf)),
        m.note ?? '',
      ],
      sources: [m.source],
    })),
  };
}
