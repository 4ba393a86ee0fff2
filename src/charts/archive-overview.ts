/**
 * The whole archive per year: how many missions, and how many observers they reported, on one band
 * axis that keeps every year from the first to the last so quiet years show as gaps.
 */
import { format, scaleBand, scaleLinear } from 'd3';
import { holdsNo, holdsNoMissionFor } from '../format/holdings.ts';
import { formatCount as groupThousands } from '../format/counts.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import { label } from '../i18n/vocabulary.ts';
import { figurePhrase, firstRound, largestFigure } from './figures.ts';
import { checkedPath, formatCount, listInWords, px, yearRangesInWords, emptyChartBase } from './svg.ts';
import { anchorWithin, centredBox, fitHeading, labelsThatFit, textWidth } from './text-fit.ts';
import { WIDTH, type Chart, type Variant } from './contract.ts';
import { axes, axisLine, message, xTicks, yGrid, type Mark } from './marks.ts';
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
  /** False when the label would touch another: the bar is drawn without it, its <title> and the table give it. */
  labelled: boolean;
  missions: string[];
  sources: string[];
}

interface OverviewPanel {
  key: 'missions' | 'observers';
  title: string;
  /** The title as its line has room for it (`fitHeading`). */
  heading: string;
  /** Top of the panel's plot and its baseline. */
  y: number;
  baseline: number;
  yAxis: { x: number; ticks: YTick[]; d: string };
  bars: YearBar[];
  /** Years with missions but not one observer figure: a marker on the baseline says "no figure". */
  noFigure: { year: number; x: number; y: number; label: string; labelled: boolean; missions: string[] }[];
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

/** @internal Exported for the layout tests, which lay the chart out at widths and with data no page uses. */
export function archiveOverview(missionsIn: readonly ChartMission[], size: ChartSize = { width: 640, height: 360 }, locale: Locale): ArchiveOverviewView {
  const t = translator(locale);
  const tickLabel = (v: number) => (locale === 'en' ? count(v) : groupThousands(v, locale));
  const statusList = (statuses: FigureStatus[]) =>
    [...new Set(statuses)]
      .sort()
      .map((s) => label(locale, 'figureStatus', s))
      .join(t('chart.overview.or'));
  const width = px(size.width);
  const minHeight = MARGIN.top + MARGIN.bottom + PANEL_GAP + 2 * (PANEL_TITLE + LABEL_ROOM + 40);
  const height = px(Math.max(size.height, minHeight));
  const missions = missionsIn.filter((m) => firstRound(m) !== null);
  const title = t('chart.overview.title');
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
    d.withoutFigure.length > 0 ? t('chart.overview.atLeast', { n: formatCount(d.observers, false, locale) }) : formatCount(d.observers, d.approximate, locale);
  const observerText = (d: YearData): string => {
    if (d.missions.length === 0) return t('chart.overview.noMissions');
    if (d.withoutFigure.length === d.missions.length) return t('chart.noFigure');
    const n = observerNumber(d);
    if (d.notDeployed.length === 0) return n;
    const known = d.missions.length - d.withoutFigure.length;
    const kinds = statusList(d.notDeployed);
    return d.notDeployed.length === known ? `${n} (${kinds})` : t('chart.overview.partly', { n, kinds });
  };
  const yearNote = (d: YearData): string => {
    const parts: string[] = [];
    if (d.missions.length === 0) return t('chart.overview.holdsNone');
    if (d.withoutFigure.length > 0 && d.withoutFigure.length < d.missions.length)
      parts.push(t('chart.overview.withoutAFigure', { count: d.withoutFigure.length }));
    if (d.notDeployed.length > 0) parts.push(t('chart.overview.notDeployed', { count: d.notDeployed.length, kinds: statusList(d.notDeployed) }));
    return parts.join('; ');
  };

  const table: DataTable = {
    caption: t('chart.overview.caption'),
    columns: [
      { key: 'year', label: t('chart.overview.col.year') },
      { key: 'missions', label: t('chart.overview.col.missions'), numeric: true },
      { key: 'observers', label: t('chart.overview.col.observers'), numeric: true },
      { key: 'note', label: t('chart.overview.col.note') },
    ],
    rows: data.map((d) => ({
      cells: [String(d.year), String(d.missions.length), d.missions.length === 0 ? '' : observerText(d), yearNote(d)],
      sources: d.sources,
    })),
  };

  if (missions.length === 0) {
    const message = holdsNo('missions', undefined, locale);
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
              ? t('chart.overview.barMissions', { year: String(d.year), count: value })
              : t('chart.overview.barObservers', { year: String(d.year), n: observerNumber(d), note: yearNote(d) ? ` (${yearNote(d)})` : '' }),
          className: `mark bar bar--${key}${partial ? ' bar--partial' : ''}`,
          x,
          y: yTop,
          width: bandWidth,
          height: px(Math.max(baseline - yTop, 1)),
          // Kept right of the y-axis (its line and tick labels) and inside the drawing's right edge, at
          // 12 px as labels print; a label wider than that room is left out below.
          labelX: px(Math.min(Math.max(x + bandWidth / 2, left + textWidth(valueLabel) / 2 + 2), width - textWidth(valueLabel) / 2 - 2)),
          labelY: px(yTop - 4),
          labelled: true,
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
              label: t('chart.noFigure'),
              labelled: true,
              missions: d.missions.map((m) => m.id),
            }))
        : [];
    // Many years on a narrow drawing would put labels over each other: a label that would touch
    // another is left out (bars first, then the "no figure" marks, each left to right).
    // A label wider than the room between the y-axis and the right edge ("at least 2,307 (partly
    // expected or planned)" on a phone) is left out first, so it cannot cross the axis or hide another.
    const room = (text: string) => textWidth(text) + 4 <= width - left;
    const candidates = [
      ...bars.filter((b) => room(b.valueLabel)).map((b) => ({ mark: b as { labelled: boolean }, box: centredBox(b.valueLabel, b.labelX, b.labelY) })),
      ...noFigure.map((n) => ({ mark: n as { labelled: boolean }, box: centredBox(n.label, n.x, n.y, 11) })),
    ];
    for (const b of bars) b.labelled = false;
    const fits = labelsThatFit(candidates.map((c) => c.box));
    candidates.forEach((c, i) => (c.mark.labelled = fits[i]!));
    const panelTitle = key === 'missions' ? t('chart.overview.missions') : t('chart.overview.observersPanel');
    return {
      key,
      title: panelTitle,
      heading: fitHeading(panelTitle, px(right) - left),
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
              .map((v) => ({ value: v, y: px(y(v)), label: tickLabel(v) })),
        d: checkedPath(`M${left},${plotTop}V${baseline}`),
      },
      bars,
      noFigure,
      d: checkedPath(`M${left},${baseline}H${px(right)}`),
      right: px(right),
      message: nothing
        ? { x: px((left + right) / 2), y: px((plotTop + baseline) / 2), text: holdsNo('observer figures for these missions', undefined, locale) }
        : null,
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
      ? t('chart.overview.holdsIn', { count: missions.length, year: String(first) })
      : most.missions.length === 1
        ? t('chart.overview.holdsOneAYear', { count: missions.length, first: String(first), last: String(last) })
        : t('chart.overview.holdsMost', {
            count: missions.length,
            first: String(first),
            last: String(last),
            busiest: listInWords(busiest, locale),
            most: most.missions.length,
          }),
  ];
  if (total > 0) {
    const largest = missions
      .map((m) => ({ m, best: largestFigure(m) }))
      .filter((b) => b.best !== null)
      .reduce((a, b) => (b.best!.count > a.best!.count ? b : a));
    // Deployed, expected and planned figures are different facts: they are never added into one number.
    sentences.push(t('chart.overview.largest', { figure: figurePhrase(largest.best!, locale), year: String(yearOf(largest.m)) }));
  } else sentences.push(holdsNo('observer figures for these missions', undefined, locale));
  if (withoutFigure.length > 0 && total > 0) sentences.push(t('chart.overview.withoutAny', { count: withoutFigure.length }));
  if (gapYears.length > 0) sentences.push(holdsNoMissionFor(yearRangesInWords(gapYears, locale), locale));

  const notes = [t('chart.overview.noteCounting')];
  if (withoutFigure.length > 0) notes.push(t('chart.overview.noteWithout', { ids: withoutFigure.map((m) => m.id).join(', ') }));

  const legend: LegendEntry[] = [
    ...(drawMissions ? [{ key: 'missions', label: t('chart.overview.missions'), className: 'bar bar--missions' }] : []),
    { key: 'observers', label: t('chart.col.observers'), className: 'bar bar--observers' },
  ];
  if (data.some((d) => d.withoutFigure.length > 0 || d.notDeployed.length > 0))
    legend.push({ key: 'partial', label: t('chart.overview.legendPartial'), className: 'bar bar--partial' });

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

/** The archive overview's marks: each panel's axes, heading, bars and labels, then the year axis. */
function archiveOverviewMarks(v: ArchiveOverviewView): Mark[] {
  return [
    ...(v.empty ? [message(px(v.width / 2), px(v.height / 2), v.message ?? '')] : []),
    ...v.panels.flatMap((p): Mark[] => [
      axes([...yGrid(p.yAxis.ticks, { x: p.yAxis.x, right: p.right, lines: false }), axisLine(p.yAxis.d), axisLine(p.d)]),
      { mark: 'text', className: 'chart__label chart__label--strong', x: p.titleX, y: p.titleY, text: p.heading },
      ...p.bars.map((b): Mark => ({ mark: 'rect', className: b.className, x: b.x, y: b.y, width: b.width, height: b.height, title: b.text })),
      ...p.bars
        .filter((b) => b.labelled)
        .map((b): Mark => ({ mark: 'text', className: 'chart__label chart__halo', x: b.labelX, y: b.labelY, anchor: 'middle', text: b.valueLabel })),
      ...p.noFigure.filter((n) => n.labelled).map((n): Mark => ({ mark: 'text', className: 'chart__tick', x: n.x, y: n.y, anchor: 'middle', text: n.label })),
      ...(p.message ? [message(p.message.x, p.message.y, p.message.text)] : []),
    ]),
    ...(v.xAxis ? [axes(xTicks(v.xAxis.ticks, { y: v.xAxis.y, labelDy: 17, marks: false }))] : []),
  ];
}

const HEIGHT: Record<Variant, number> = { wide: 340, narrow: 320 };

/** The whole archive per year. */
export const ARCHIVE_OVERVIEW: Chart<readonly ChartMission[], ArchiveOverviewView> = {
  kind: 'archive-overview',
  layout: (missions, variant, locale) => archiveOverview(missions, { width: WIDTH[variant], height: HEIGHT[variant] }, locale),
  view: (v) => ({ marks: archiveOverviewMarks(v) }),
};
