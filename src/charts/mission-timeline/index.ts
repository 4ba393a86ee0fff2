/**
 * One mission over time: its milestones on a calendar, election day as a rule, and the observer
 * figures the sources report as one step line per category.
 *
 * Figures are drawn as separate step lines, not a stacked area: categories overlap (a "total" already
 * counts the core team) and are reported on different days, so stacking would add people twice.
 *
 * This module decides what is drawn; where it stands is layout.ts, its words text.ts, the key
 * legend.ts and the tables tables.ts. The view model (view.ts) carries all of it to the component.
 */
import { stepState, type StepState } from '../../format/holdings.ts';
import { figureLabel } from '../figures.ts';
import { day, emptyChartBase, formatDate, placeDate, px } from '../svg.ts';
import type { PlacedDate } from '../svg.ts';
import { timeAxis } from '../time-axis.ts';
import type { ChartMilestone, ChartSize, MilestoneStatus } from '../types.ts';
import {
  countAxis,
  figureSeries,
  laneLabel,
  leaderPath,
  MARGIN,
  markerPath,
  MILESTONE_ORDER,
  PLANNED_DASH,
  placeLabels,
  rangeBracket,
  rows,
  rulePath,
  unplaced,
  usesShortLabels,
  xAxisAt,
  type Labelled,
} from './layout.ts';
import { timelineLegend } from './legend.ts';
import { figuresTable, milestonesTable } from './tables.ts';
import {
  MISSION_TIMELINE_WORDS,
  milestoneLabel,
  milestonesSentence,
  milestoneText,
  observersSentence,
  roundLabel,
  roundsSentence,
  timelineNotes,
  undatedNote,
  type MissionTimelineWords,
} from './text.ts';
import type { FigureSeries, MilestoneMark, MissionTimelineInput, MissionTimelineView, RoundMark, UndatedMilestone } from './view.ts';

export type { MissionTimelineInput, MissionTimelineView } from './view.ts';

export function missionTimeline(input: MissionTimelineInput, size: ChartSize, words: MissionTimelineWords = MISSION_TIMELINE_WORDS): MissionTimelineView {
  const width = px(size.width);
  const figures = [...(input.observers ?? [])];
  const milestonesIn = [...(input.milestones ?? [])];
  const rounds = input.election.rounds.map((iso) => ({ iso, date: day(iso) }));
  const title = words.title(input.title);
  // Before any date: with no day given, no announced step counts as passed.
  const asOf = input.asOf ?? '0000-01-01';
  const short = usesShortLabels(width);
  const stateOf = (m: ChartMilestone) => stepState(m.status, m.date, asOf);

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
    label: milestoneLabel(m, null, stateOf(m), words),
    status: m.status,
    state: stateOf(m),
    note: m.note ?? null,
    source: m.source,
  }));
  const tables = [figuresTable(figures, words), milestonesTable(milestonesIn, asOf, words)];

  if (allDates.length === 0) {
    const height = px(size.height);
    return {
      ...emptyChartBase(width, height, title, words.nothingDated, tables, undatedNote(undated, words)),
      plot: { x: MARGIN.left, y: 0, width: px(width - MARGIN.left - MARGIN.right), height },
      xAxis: null,
      yAxis: null,
      markerRowY: 0,
      rounds: [],
      milestones: [],
      undated,
      series: [],
      plotMessage: { x: px(width / 2), y: px(height / 2), text: words.nothingDated },
    };
  }

  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const axis = timeAxis(allDates, [left, right], { bounds: [0, width], locale: words.locale });
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
  drawn.sort((a, b) => a.placed.at.getTime() - b.placed.at.getTime() || MILESTONE_ORDER.indexOf(a.m.kind) - MILESTONE_ORDER.indexOf(b.m.kind));

  const roundItems = rounds.map((r, i) => ({ r, i, item: unplaced(x(r.date), roundLabel(i + 1, rounds.length, roundState(r.iso), words, short)) }));
  const milestoneItems = drawn.map((p) => ({ p, item: unplaced(x(p.placed.at), milestoneLabel(p.m, p.placed, stateOf(p.m), words, short)) }));
  const roundSet = new Set(roundItems.map((r) => r.item));
  const lanes = placeLabels([...roundItems.map((r) => r.item), ...milestoneItems.map((m) => m.item)], 4, width - 4, (item) => roundSet.has(item));
  const { markerRowY, plotTop, height, plotBottom, labelY } = rows(lanes, size.height);
  // A line whose label is left out stops below the lowest lane, where no label can be.
  const lineTop = (item: Labelled) => (item.shown ? labelY(item.lane) : px(markerRowY - 8));
  // With no figures the plot holds only its sentence, so election rules stop at the plot's top and can
  // never run through it, whatever the dates.
  const ruleBottom = figures.length > 0 ? plotBottom : plotTop;

  const roundMarks: RoundMark[] = roundItems.map(({ r, i, item }) => {
    const status = roundStatus(r.iso);
    const dateText = formatDate(r.iso, words.locale);
    return {
      round: (i + 1) as 1 | 2,
      date: r.iso,
      dateText,
      text: `${item.label}: ${dateText}`,
      status,
      state: roundState(r.iso),
      className: `rule rule--election${status === 'planned' ? ' rule--planned' : ''}`,
      x: item.x,
      d: rulePath(item.x, lineTop(item), ruleBottom),
      dash: status === 'planned' ? PLANNED_DASH : null,
      ...laneLabel(item, labelY, width),
      sources: roundSources.get(r.iso) ?? [],
    };
  });

  const milestoneMarks: MilestoneMark[] = milestoneItems.map(({ p, item }) => {
    const { m, placed: when } = p;
    const onOrBefore = m.onOrBefore ?? false;
    return {
      kind: m.kind,
      text: milestoneText(m, when.approximate, stateOf(m), words),
      date: m.date!,
      dateText: formatDate(m.date!, words.locale),
      status: m.status,
      state: stateOf(m),
      approximate: when.approximate,
      onOrBefore,
      hollow: m.status === 'planned',
      className: `mark milestone milestone--${m.status}${when.approximate ? ' milestone--approximate' : ''}${onOrBefore ? ' milestone--on-or-before' : ''}`,
      x: item.x,
      y: markerRowY,
      d: markerPath(item.x, markerRowY),
      range: when.approximate ? rangeBracket(x(when.start), x(when.end), markerRowY) : null,
      ...laneLabel(item, labelY, width),
      leader: item.shown ? leaderPath(item.x, labelY(item.lane), markerRowY) : null,
      note: m.note ?? null,
      source: m.source,
    };
  });

  let yAxis: MissionTimelineView['yAxis'] = null;
  let series: FigureSeries[] = [];
  let plotMessage: MissionTimelineView['plotMessage'] = null;
  if (figures.length > 0) {
    const counts = countAxis(Math.max(...figures.map((f) => f.count)), left, right, plotTop, plotBottom, words.observersAxis, words.locale);
    yAxis = counts.axis;
    series = figureSeries(
      figures,
      rounds.map((r) => r.date),
      x,
      (n) => counts.scale(n),
      { category: (c) => words.categories[c], point: (f) => figureLabel(f, words.locale) },
    );
  } else {
    plotMessage = { x: px((left + right) / 2), y: px((plotTop + plotBottom) / 2), text: words.noFigures };
  }

  const notes = timelineNotes(
    figures.length,
    milestonesIn.length,
    milestoneMarks.filter((m) => m.approximate),
    undated,
    words,
  );
  const desc = [observersSentence(figures, words), roundsSentence(roundMarks, words), milestonesSentence(milestoneMarks, undated, words)]
    .filter((s) => s !== '')
    .join(' ');

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    title,
    desc,
    empty: false,
    message: null,
    notes,
    legend: timelineLegend(series, milestoneMarks, undated, figures, roundMarks, words),
    tables,
    plot: { x: left, y: plotTop, width: px(right - left), height: px(plotBottom - plotTop) },
    xAxis: xAxisAt(axis, left, right, plotBottom),
    yAxis,
    markerRowY,
    rounds: roundMarks,
    milestones: milestoneMarks,
    undated,
    series,
    plotMessage,
  };
}
