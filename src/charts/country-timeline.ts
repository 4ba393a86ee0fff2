/**
 * A country's observed elections across the years: one bar per mission at its election day, as tall
 * as the largest observer figure known for it, labelled with its mission type.
 */
import { format, scaleLinear } from 'd3';
import { MISSION_TYPES } from '../schemas/vocabulary.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import { label } from '../i18n/vocabulary.ts';
import { formatCount as groupThousands } from '../format/counts.ts';
import { byElection, electionName, figurePhrase, firstRound, largestFigure, missionTypeLabel, upperFirst } from './figures.ts';
import { checkedPath, day, formatCount, formatDate, listInWords, px, emptyChartBase } from './svg.ts';
import { centredBox, labelsThatFit, textWidth } from './text-fit.ts';
import { timeAxis } from './time-axis.ts';
import type { ChartBase, ChartFigure, ChartMission, ChartSize, FigureStatus, LegendEntry, MissionType, XTick, YTick } from './types.ts';
import { WIDTH, type Chart } from './contract.ts';
import { axes, axisLine, xTicks, yGrid, type Mark } from './marks.ts';
import { missionTypeClass, missionTypeCode, missionTypeName } from '../missions/type.ts';

/** What the country page's view model hands the chart. */
export interface CountryTimelineInput {
  /** `{ id: entry.id, ...entry.data }` of each mission entry. */
  missions: readonly ChartMission[];
  /** Country name in the page's language, for the title and description. */
  country: string;
}

interface CountryTimelineOptions extends ChartSize {
  /** Country name for the title and description, e.g. "Kazakhstan". */
  country?: string;
  /** Language of every word the chart prints; English by default. */
  locale: Locale;
}

interface CountryMissionMark {
  mission: string;
  /** Null where no source states the type. */
  type: MissionType | null;
  /** The type's abbreviation, printed above the mark: the non-colour cue for the type. */
  typeLabel: string;
  /** The class that colours the type label as its bar. */
  typeClass: string;
  /** First round, ISO day. */
  date: string;
  className: string;
  /** False for a mission without any observer figure: the mark then says "no figure". */
  hasFigure: boolean;
  count: number | null;
  approximate: boolean;
  status: FigureStatus | null;
  /** "about 460", "300 (expected)", "no figure" — printed above the type label. */
  valueLabel: string;
  /** The whole fact in a sentence, for the mark's <title>. */
  text: string;
  x: number;
  /** Bar (or no-figure box) rectangle. */
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  /** Labels are centred on `labelX` (the bar's x, moved in where the bar sits near an edge). */
  labelX: number;
  /** False when the labels would touch another mark's: the bar is drawn without them, the table gives them. */
  labelled: boolean;
  /** Label baselines above the bar. */
  valueLabelY: number;
  typeLabelY: number;
  /** For two-round elections, a bracket along the baseline from the first to the second round. */
  rounds: { x1: number; x2: number; d: string; text: string } | null;
  sources: string[];
}

export interface CountryTimelineView extends ChartBase {
  plot: { x: number; y: number; width: number; height: number };
  xAxis: { y: number; domain: [string, string]; ticks: XTick[]; d: string } | null;
  yAxis: { x: number; label: string; ticks: YTick[]; d: string } | null;
  marks: CountryMissionMark[];
}

const MARGIN = { top: 44, right: 16, bottom: 32, left: 52 };
const BAR = 14;
const NO_FIGURE_HEIGHT = 6;
const LABEL_FONT = 11;
/** The widest bold capital of the fonts labels may be drawn in (M, W), in em: bounds a mission type's width. */
const BOLD_CAPITAL_EM = 0.9;
const count = format(',d');

/** @internal Exported for the layout tests, which lay the chart out at widths and with data no page uses. */
export function countryTimeline(missionsIn: readonly ChartMission[], options: CountryTimelineOptions): CountryTimelineView {
  const width = px(options.width);
  const height = px(Math.max(options.height, MARGIN.top + MARGIN.bottom + 60));
  const { locale } = options;
  const t = translator(locale);
  const country = options.country;
  // Each sentence naming the country has its own message, so no language has to decline the name.
  const inCountry = (key: 'chart.countryTimeline.title' | 'chart.countryTimeline.caption' | 'chart.countryTimeline.empty', values = {}) =>
    country === undefined ? t(key, values) : t(`${key}In`, { ...values, country });
  const missions = missionsIn.filter((m) => firstRound(m) !== null).sort(byElection);
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = px(height - MARGIN.bottom);
  const plot = { x: left, y: top, width: px(right - left), height: px(bottom - top) };

  const rows = missions.map((m) => {
    const best = largestFigure(m);
    return {
      cells: [
        formatDate(firstRound(m)!, locale),
        label(locale, 'electionKind', m.election.kind),
        missionTypeLabel(m.type, locale),
        best ? formatCount(best.count, best.approximate, locale) : t('chart.noFigure'),
        best ? `${label(locale, 'observerCategory', best.category)}, ${label(locale, 'figureStatus', best.status)}, ${formatDate(best.date, locale)}` : '',
      ],
      sources: best ? [best.source] : [],
      mission: m.id,
    };
  });
  const table = {
    caption: inCountry('chart.countryTimeline.caption'),
    columns: [
      { key: 'date', label: t('chart.col.electionDay') },
      { key: 'election', label: t('chart.col.election') },
      { key: 'type', label: t('chart.col.missionType') },
      { key: 'observers', label: t('chart.col.observers'), numeric: true },
      { key: 'figure', label: t('chart.col.figureCounts') },
    ],
    rows,
  };
  const title = inCountry('chart.countryTimeline.title');

  if (missions.length === 0) {
    const message = inCountry('chart.countryTimeline.empty');
    return {
      ...emptyChartBase(width, height, title, message, [table]),
      plot,
      xAxis: null,
      yAxis: null,
      marks: [],
    };
  }

  const allRounds = missions.flatMap((m) => m.election.rounds.map(day));
  // Half a year either side at least: one mission alone still sits on a readable calendar.
  const axis = timeAxis(allRounds, [left, right], { minPadDays: 183, bounds: [0, width], locale });
  const x = (d: Date) => px(axis.scale(d));

  const bests = missions.map((m) => largestFigure(m));
  const known = bests.filter((b): b is ChartFigure => b !== null);
  const max = known.length > 0 ? Math.max(...known.map((b) => b.count)) : 0;
  const tickCount = Math.max(2, Math.floor((bottom - top) / 40));
  const y = scaleLinear()
    .domain([0, Math.max(max, 1)])
    .nice(tickCount)
    .range([bottom, top]);
  const yAxis =
    known.length > 0
      ? {
          x: left,
          label: t('chart.countryTimeline.yAxis'),
          ticks: y
            .ticks(tickCount)
            .filter((v) => Number.isInteger(v))
            .map((v) => ({ value: v, y: px(y(v)), label: locale === 'en' ? count(v) : groupThousands(v, locale) })),
          d: checkedPath(`M${left},${top}V${bottom}`),
        }
      : null;

  const marks = missions.map((m, i): CountryMissionMark => {
    const best = bests[i] ?? null;
    const round = firstRound(m)!;
    const cx = x(day(round));
    const barHeight = best ? Math.max(px(bottom - y(best.count)), 1) : NO_FIGURE_HEIGHT;
    const barY = px(bottom - barHeight);
    const valueLabel = best
      ? `${formatCount(best.count, best.approximate, locale)}${best.status === 'deployed' ? '' : ` (${label(locale, 'figureStatus', best.status)})`}`
      : t('chart.noFigure');
    const second = m.election.rounds[1];
    const rounds = second
      ? (() => {
          const x2 = x(day(second));
          const yb = px(bottom + 5);
          return {
            x1: cx,
            x2,
            d: checkedPath(`M${cx},${bottom}V${yb}H${x2}V${bottom}`),
            text: t('chart.secondRound', { date: formatDate(second, locale) }),
          };
        })()
      : null;
    const state = best ? (best.status === 'deployed' ? 'deployed' : 'planned') : 'none';
    // The type code is set in bold capitals, wider than the average letter the estimate assumes
    // ("EOM" is 27 px at 12 px, not 21): measured as the collision boxes below measure it.
    const half = Math.max(textWidth(valueLabel, LABEL_FONT), missionTypeCode(m.type).length * 12 * BOLD_CAPITAL_EM) / 2;
    // Kept inside the plot: a label pushed left of the axis would sit on the axis and its tick labels.
    const labelX = px(Math.min(Math.max(cx, left + half + 2), width - half - 2));
    return {
      mission: m.id,
      type: m.type ?? null,
      typeLabel: missionTypeCode(m.type),
      typeClass: `bar--type-${missionTypeClass(m.type)}`,
      date: round,
      className: `mark bar bar--type-${missionTypeClass(m.type)} bar--${state}`,
      hasFigure: best !== null,
      count: best?.count ?? null,
      approximate: best?.approximate ?? false,
      status: best?.status ?? null,
      valueLabel,
      text: t('chart.countryTimeline.mark', {
        typeName: missionTypeName(locale, m.type),
        type: missionTypeCode(m.type),
        election: electionName(m, locale),
        figure: best ? figurePhrase(best, locale) : t('chart.noObserverFigure'),
      }),
      x: cx,
      labelX,
      labelled: true,
      barX: px(cx - BAR / 2),
      barY,
      barWidth: BAR,
      barHeight: px(barHeight),
      valueLabelY: px(barY - 18),
      typeLabelY: px(barY - 5),
      rounds,
      sources: best ? [best.source] : [],
    };
  });

  // In the vocabulary's order; a type no source states comes last.
  const order = (type: ChartMission['type']) => (type === undefined ? Infinity : Object.keys(MISSION_TYPES).indexOf(type));
  const types = [...new Set(missions.map((m) => m.type))].sort((a, b) => order(a) - order(b));
  const legend: LegendEntry[] = types.map((type) => ({
    key: `type:${type ?? 'unstated'}`,
    label: missionTypeLabel(type, locale),
    className: `bar bar--type-${missionTypeClass(type)}`,
    glyph: missionTypeCode(type),
  }));
  if (marks.some((mk) => mk.status !== null && mk.status !== 'deployed'))
    legend.push({ key: 'status:planned', label: t('chart.countryTimeline.legendPlanned'), className: 'bar bar--planned' });
  if (marks.some((mk) => !mk.hasFigure)) legend.push({ key: 'none', label: t('chart.countryTimeline.legendNone'), className: 'bar bar--none' });

  const notes: string[] = [];
  const without = marks.filter((mk) => !mk.hasFigure).length;
  if (known.length === 0) notes.push(t('chart.countryTimeline.noteNoFigures'));
  else if (without > 0) notes.push(t('chart.countryTimeline.noteWithout', { count: without }));
  notes.push(t('chart.countryTimeline.noteBarHeight'));
  // Elections close in time would put their labels over each other: such a mark is drawn without its
  // labels, and the table carries the same facts. Labels print at 12 px, so their boxes are measured
  // so; the type is bold capitals, wider than the average letter the estimate counts.
  const boxes = marks.map((mk) => {
    const value = centredBox(mk.valueLabel, mk.labelX, mk.valueLabelY);
    const half = (mk.typeLabel.length * 12 * BOLD_CAPITAL_EM) / 2;
    return { x1: Math.min(value.x1, mk.labelX - half), x2: Math.max(value.x2, mk.labelX + half), y1: value.y1, y2: mk.typeLabelY + 0.2 * 12 };
  });
  // A label kept inside the plot at its edge, or a long one («около 30 (планировалось)»), may reach
  // over a neighbour's taller bar: it would read as that bar's figure, so it is not drawn either.
  const clearOfBars = boxes.map((b, i) =>
    marks.every((other, j) => j === i || b.x2 + 2 <= other.barX || other.barX + other.barWidth <= b.x1 - 2 || b.y2 + 2 <= other.barY),
  );
  const fits = labelsThatFit(boxes).map((fit, i) => fit && clearOfBars[i]!);
  marks.forEach((mk, i) => (mk.labelled = fits[i]!));
  if (fits.includes(false)) notes.push(t('chart.countryTimeline.noteCrowded'));

  const first = firstRound(missions[0]!)!;
  const last = firstRound(missions[missions.length - 1]!)!;
  const span =
    first.slice(0, 4) === last.slice(0, 4)
      ? t('chart.span.year', { year: first.slice(0, 4) })
      : t('chart.span.years', { first: first.slice(0, 4), last: last.slice(0, 4) });
  const lead =
    country === undefined
      ? t('chart.countryTimeline.lead', { count: missions.length, span })
      : t('chart.countryTimeline.leadIn', { count: missions.length, span, country });
  let body: string;
  if (missions.length <= 6)
    body = missions
      .map((m, i) => {
        const best = bests[i];
        return `${upperFirst(electionName(m, locale), locale)}: ${missionTypeCode(m.type)}, ${best ? figurePhrase(best, locale) : t('chart.noObserverFigure')}.`;
      })
      .join(' ');
  else {
    const biggest = known.reduce((a, b) => (b.count > a.count ? b : a), known[0]!);
    const biggestMission = biggest ? missions[bests.indexOf(biggest)] : undefined;
    body =
      biggest && biggestMission
        ? t('chart.countryTimeline.largest', {
            figure: figurePhrase(biggest, locale),
            election: electionName(biggestMission, locale),
            type: missionTypeCode(biggestMission.type),
          }) + (without > 0 ? ` ${t('chart.countryTimeline.withoutFigure', { count: without })}` : '')
        : t('chart.countryTimeline.noFigures');
    body += ` ${t('chart.countryTimeline.types', {
      list: listInWords(
        types.map((type) => `${missionTypeCode(type)} ${missions.filter((m) => m.type === type).length}`),
        locale,
      ),
    })}`;
    // The summary names one figure; the bars drawn hollow (a plan, not a deployment) are named here,
    // so the text tells what the drawing does. Six or fewer missions are each described with their status.
    const planned = missions.filter((_, i) => bests[i] && bests[i].status !== 'deployed');
    if (planned.length > 0)
      body += ` ${t('chart.countryTimeline.plannedBars', {
        count: planned.length,
        list: listInWords(
          planned.map((m) => electionName(m, locale)),
          locale,
        ),
      })}`;
  }

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    title,
    desc: `${lead} ${body}`,
    empty: false,
    message: null,
    notes,
    legend,
    tables: [table],
    plot,
    xAxis: { y: bottom, domain: axis.domain, ticks: axis.ticks, d: checkedPath(`M${left},${bottom}H${px(right)}`) },
    yAxis,
    marks,
  };
}

/** The country timeline's marks: axes, one bar per mission with its rounds, then the labels that fit. */
function countryTimelineMarks(v: CountryTimelineView): Mark[] {
  return [
    axes([
      ...(v.yAxis
        ? [
            ...yGrid(v.yAxis.ticks, { x: v.yAxis.x, start: v.plot.x, right: px(v.plot.x + v.plot.width), lines: false }),
            axisLine(v.yAxis.d),
            { mark: 'text', className: 'chart__axis-label', x: 4, y: 12, text: v.yAxis.label } satisfies Mark,
          ]
        : []),
      ...(v.xAxis ? [axisLine(v.xAxis.d), ...xTicks(v.xAxis.ticks, { y: v.xAxis.y, labelDy: 20 })] : []),
    ]),
    ...v.marks.map((mk): Mark => ({
      mark: 'g',
      title: mk.text,
      children: [
        { mark: 'rect', className: mk.className, x: mk.barX, y: mk.barY, width: mk.barWidth, height: mk.barHeight },
        ...(mk.rounds ? [{ mark: 'path', className: 'range', d: mk.rounds.d } satisfies Mark] : []),
      ],
    })),
    ...v.marks
      .filter((mk) => mk.labelled)
      .flatMap((mk): Mark[] => [
        { mark: 'text', className: 'chart__label chart__halo', x: mk.labelX, y: mk.valueLabelY, anchor: 'middle', text: mk.valueLabel },
        {
          mark: 'text',
          className: `chart__label chart__label--strong chart__type chart__halo ${mk.typeClass}`,
          x: mk.labelX,
          y: mk.typeLabelY,
          anchor: 'middle',
          text: mk.typeLabel,
        },
      ]),
  ];
}

/** A country's observed elections across the years, 240 px high in both drawings. */
export const COUNTRY_TIMELINE: Chart<CountryTimelineInput, CountryTimelineView> = {
  kind: 'country-timeline',
  layout: (input, variant, locale) => countryTimeline(input.missions, { width: WIDTH[variant], height: 240, country: input.country, locale }),
  view: (v) => ({ marks: countryTimelineMarks(v) }),
};
