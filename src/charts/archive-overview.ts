/**
 * The whole archive per year: how many missions, and how many observers they reported, on one band
 * axis that keeps every year from the first to the last so quiet years show as gaps.
 */
import { holdsNo, holdsNoMissionFor } from '../format/holdings.ts';
import { format, scaleBand, scaleLinear } from 'd3';
import { figurePhrase, firstRound, largestFigure } from './figures.ts';
import { anchorWithin, checkedPath, formatCount, listInWords, plural, px, textWidth, yearRangesInWords, emptyChartBase } from './svg.ts';
import type { ChartBase, ChartMission, ChartSize, DataTable, FigureStatus, LegendEntry, XTick, YTick } from './types.ts';

interface YearBar {
  year: number;
  value: number;
  /** Printed above the bar: "2", "about 460", "at least 300". */
  valueLabel: string;
  /** The whole fact in a sentence, for the bar's <title>. */
  text: string;
  className: string;
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  labelY: number;
  missions: string[];
  sources: string[];
}

interface OverviewPanel {
  key: 'missions' | 'observers';
  title: string;
  /** Top of the panel's plot and its baseline. */
  y: number;
  baseline: number;
  yAxis: { x: number; ticks: YTick[]; d: string };
  bars: YearBar[];
  /** Years with missions but not one observer figure: a marker on the baseline says "no figure". */
  noFigure: { year: number; x: number; y: number; label: string; missions: string[] }[];
  /** Baseline from the first to the last year, drawn through the gaps. */
  d: string;
  /** Right end of the baseline, where the gridlines and the panel's title end too. */
  right: number;
  /** A sentence printed in the panel when it has nothing to draw. */
  message: { x: number; y: number; text: string } | null;
  titleX: number;
  titleY: number;
}

export interface ArchiveOverviewView extends ChartBase {
  years: number[];
  /** Years with no mission: the axis keeps them, no bar is drawn. */
  gapYears: number[];
  xAxis: { y: number; ticks: XTick[] } | null;
  panels: OverviewPanel[];
}

const MARGIN = { top: 8, right: 16, bottom: 28, left: 56 };
const PANEL_TITLE = 18;
const PANEL_GAP = 20;
const LABEL_ROOM = 14;
const count = format(',d');

interface YearData {
  year: number;
  missions: ChartMission[];
  observers: number;
  approximate: boolean;
  /** Status of each mission figure that was only planned or expected. */
  notDeployed: FigureStatus[];
  withoutFigure: ChartMission[];
  sources: string[];
}

export function archiveOverview(missionsIn: readonly ChartMission[], size: ChartSize = { width: 640, height: 360 }): ArchiveOverviewView {
  const width = px(size.width);
  const minHeight = MARGIN.top + MARGIN.bottom + PANEL_GAP + 2 * (PANEL_TITLE + LABEL_ROOM + 40);
  const height = px(Math.max(size.height, minHeight));
  const missions = missionsIn.filter((m) => firstRound(m) !== null);
  const title = 'Missions and observers per year';
  const yearOf = (m: ChartMission) => Number(firstRound(m)!.slice(0, 4));

  const yearsPresent = missions.map(yearOf);
  const years =
    yearsPresent.length > 0 ? Array.from({ length: Math.max(...yearsPresent) - Math.min(...yearsPresent) + 1 }, (_, i) => Math.min(...yearsPresent) + i) : [];
  const data: YearData[] = years.map((year) => {
    const own = missions.filter((m) => yearOf(m) === year).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const bests = own.map((m) => ({ m, best: largestFigure(m) }));
    const known = bests.filter((b) => b.best !== null);
    return {
      year,
      missions: own,
      observers: known.reduce((sum, b) => sum + b.best!.count, 0),
      approximate: known.some((b) => b.best!.approximate),
      notDeployed: known.filter((b) => b.best!.status !== 'deployed').map((b) => b.best!.status),
      withoutFigure: bests.filter((b) => b.best === null).map((b) => b.m),
      sources: [...new Set(known.map((b) => b.best!.source))],
    };
  });

  // "at least" when a mission of the year has no figure; the status when a figure was never reported deployed.
  const observerNumber = (d: YearData): string =>
    d.withoutFigure.length > 0 ? `at least ${formatCount(d.observers)}` : formatCount(d.observers, d.approximate);
  const observerText = (d: YearData): string => {
    if (d.missions.length === 0) return 'no missions';
    if (d.withoutFigure.length === d.missions.length) return 'no figure';
    const n = observerNumber(d);
    if (d.notDeployed.length === 0) return n;
    const known = d.missions.length - d.withoutFigure.length;
    const kinds = [...new Set(d.notDeployed)].sort();
    return d.notDeployed.length === known ? `${n} (${kinds.join(' or ')})` : `${n} (partly ${kinds.join(' or ')})`;
  };

  const table: DataTable = {
    caption: 'Missions and observers per year, all countries',
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'missions', label: 'Missions', numeric: true },
      { key: 'observers', label: 'Observers (largest figure per mission, added up)', numeric: true },
      { key: 'note', label: 'Note' },
    ],
    rows: data.map((d) => ({
      cells: [String(d.year), String(d.missions.length), d.missions.length === 0 ? '' : observerText(d), yearNote(d)],
      sources: d.sources,
    })),
  };

  if (missions.length === 0) {
    const message = holdsNo('missions');
    return {
      ...emptyChartBase(width, height, title, message, [table]),
      years: [],
      gapYears: [],
      xAxis: null,
      panels: [],
    };
  }

  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const band = scaleBand<number>().domain(years).range([left, right]).paddingInner(0.2).paddingOuter(0.1);
  const bandWidth = px(band.bandwidth());
  // A panel of bars all one high says no more than "never more than one a year", which the
  // description says: missions get a panel only when some year has several.
  const drawMissions = data.some((d) => d.missions.length > 1);
  const panelCount = drawMissions ? 2 : 1;
  const panelHeight = (height - MARGIN.top - MARGIN.bottom - (panelCount - 1) * PANEL_GAP) / panelCount;

  // Label every year while they fit, else every 2nd, 5th or 10th: all years keep their band either way.
  const step = [1, 2, 5, 10, 20, 50].find((s) => band.step() * s >= 40) ?? 50;
  const labelled = years.filter((y) => (y - years[0]!) % step === 0);
  const xAxis = {
    y: px(height - MARGIN.bottom),
    ticks: labelled.map((y) => {
      const x = px(band(y)! + band.bandwidth() / 2);
      return { value: String(y), x, label: String(y), textAnchor: anchorWithin(x, String(y), 0, width) };
    }),
  };

  const panel = (key: 'missions' | 'observers', index: number): OverviewPanel => {
    const top = MARGIN.top + index * (panelHeight + PANEL_GAP);
    const plotTop = px(top + PANEL_TITLE + LABEL_ROOM);
    const baseline = px(top + panelHeight);
    const values = data.map((d) => (key === 'missions' ? d.missions.length : d.observers));
    const max = Math.max(1, ...values);
    const nothing = values.every((v) => v === 0);
    const tickCount = Math.max(2, Math.floor((baseline - plotTop) / 30));
    const y = scaleLinear().domain([0, max]).nice(tickCount).range([baseline, plotTop]);
    const bars: YearBar[] = data
      .filter((d) => (key === 'missions' ? d.missions.length > 0 : d.observers > 0))
      .map((d) => {
        const value = key === 'missions' ? d.missions.length : d.observers;
        const x = px(band(d.year)!);
        const yTop = px(y(value));
        const partial = key === 'observers' && (d.withoutFigure.length > 0 || d.notDeployed.length > 0);
        const valueLabel = key === 'missions' ? String(value) : observerText(d);
        return {
          year: d.year,
          value,
          valueLabel,
          text:
            key === 'missions'
              ? `${d.year}: ${plural(value, 'mission')}.`
              : `${d.year}: ${observerNumber(d)} observers${yearNote(d) ? ` (${yearNote(d)})` : ''}.`,
          className: `mark bar bar--${key}${partial ? ' bar--partial' : ''}`,
          x,
          y: yTop,
          width: bandWidth,
          height: px(Math.max(baseline - yTop, 1)),
          // Moved in from the y-axis labels when the first year's bar is the tallest.
          labelX: px(Math.max(x + bandWidth / 2, left + textWidth(valueLabel, 11) / 2 + 2)),
          labelY: px(yTop - 4),
          missions: d.missions.map((m) => m.id),
          sources: key === 'observers' ? d.sources : [],
        };
      });
    const noFigure =
      key === 'observers'
        ? data
            .filter((d) => d.missions.length > 0 && d.withoutFigure.length === d.missions.length)
            .map((d) => ({
              year: d.year,
              x: px(band(d.year)! + band.bandwidth() / 2),
              y: px(baseline - 4),
              label: 'no figure',
              missions: d.missions.map((m) => m.id),
            }))
        : [];
    return {
      key,
      title: key === 'missions' ? 'Missions' : 'Observers (largest figure known per mission, added up)',
      y: plotTop,
      baseline,
      yAxis: {
        x: left,
        // A scale with no data behind it would invent a range; the message speaks instead.
        ticks: nothing
          ? []
          : y
              .ticks(tickCount)
              .filter((v) => Number.isInteger(v))
              .map((v) => ({ value: v, y: px(y(v)), label: count(v) })),
        d: checkedPath(`M${left},${plotTop}V${baseline}`),
      },
      bars,
      noFigure,
      d: checkedPath(`M${left},${baseline}H${px(right)}`),
      right: px(right),
      message: nothing ? { x: px((left + right) / 2), y: px((plotTop + baseline) / 2), text: holdsNo('observer figures for these missions') } : null,
      titleX: left,
      titleY: px(top + 12),
    };
  };
  const panels = drawMissions ? [panel('missions', 0), panel('observers', 1)] : [panel('observers', 0)];

  const gapYears = data.filter((d) => d.missions.length === 0).map((d) => d.year);
  const most = data.reduce((a, b) => (b.missions.length > a.missions.length ? b : a), data[0]!);
  const busiest = data.filter((d) => d.missions.length === most.missions.length).map((d) => String(d.year));
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const withoutFigure = data.flatMap((d) => d.withoutFigure);
  const total = data.reduce((s, d) => s + d.observers, 0);
  const sentences = [
    first === last
      ? `The archive holds ${plural(missions.length, 'mission')} in ${first}.`
      : most.missions.length === 1
        ? `The archive holds ${plural(missions.length, 'mission')} from ${first} to ${last}, never more than one a year.`
        : `The archive holds ${plural(missions.length, 'mission')} from ${first} to ${last}, most in ${listInWords(busiest)} (${most.missions.length}).`,
  ];
  if (total > 0) {
    const largest = missions
      .map((m) => ({ m, best: largestFigure(m) }))
      .filter((b) => b.best !== null)
      .reduce((a, b) => (b.best!.count > a.best!.count ? b : a));
    // Deployed, expected and planned figures are different facts: they are never added into one number.
    sentences.push(`The largest observer figure a source gives is ${figurePhrase(largest.best!)} in ${yearOf(largest.m)}.`);
  } else sentences.push(holdsNo('observer figures for these missions'));
  if (withoutFigure.length > 0 && total > 0) sentences.push(`${plural(withoutFigure.length, 'mission')} without any observer figure.`);
  if (gapYears.length > 0) sentences.push(holdsNoMissionFor(yearRangesInWords(gapYears)));

  const notes = [
    'Each mission counts once, in the year of its first round. Its observers are the largest single figure a source gives for it (its total when one is reported), so figures that were only planned or expected are included and marked.',
  ];
  if (withoutFigure.length > 0) notes.push(`Missions without any observer figure: ${withoutFigure.map((m) => m.id).join(', ')}.`);

  const legend: LegendEntry[] = [
    ...(drawMissions ? [{ key: 'missions', label: 'Missions', className: 'bar bar--missions' }] : []),
    { key: 'observers', label: 'Observers', className: 'bar bar--observers' },
  ];
  if (data.some((d) => d.withoutFigure.length > 0 || d.notDeployed.length > 0))
    legend.push({
      key: 'partial',
      label: 'Hollow bar, labelled "at least", "planned" or "expected": not every figure is a reported deployment',
      className: 'bar bar--partial',
    });

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    title,
    desc: sentences.join(' '),
    empty: false,
    message: null,
    notes,
    legend,
    tables: [table],
    years,
    gapYears,
    xAxis,
    panels,
  };
}

function yearNote(d: YearData): string {
  const parts: string[] = [];
  if (d.missions.length === 0) return 'the archive holds none';
  if (d.withoutFigure.length > 0 && d.withoutFigure.length < d.missions.length) parts.push(`${plural(d.withoutFigure.length, 'mission')} without a figure`);
  if (d.notDeployed.length > 0)
    parts.push(`${plural(d.notDeployed.length, 'figure')} ${[...new Set(d.notDeployed)].sort().join(' or ')}, not reported deployed`);
  return parts.join('; ');
}
