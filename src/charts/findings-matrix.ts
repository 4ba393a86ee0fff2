/**
 * Findings as a matrix: topics down, elections across, each finding a mark carrying its assessment as
 * a class (for colour) and as a glyph and word (for everyone else).
 *
 * Several findings in one cell are each shown, side by side in the order the archive lists them, never
 * merged into one verdict: two sources may disagree (a mission praises what a delegation criticises),
 * and a combined "mixed" would state a judgement no source made. Every mark links its own source.
 */
import { ASSESSMENTS, FINDING_TOPICS } from '../schemas/vocabulary.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import { label as vocabularyLabel } from '../i18n/vocabulary.ts';
import { ownText } from '../i18n/names.ts';
import { byElection, electionHeading, electionName, firstRound, upperFirst } from './figures.ts';
import { formatDate, formatMonthShort, listInWords, px, emptyChartBase } from './svg.ts';
import { charUnits, textWidth, wrapWords } from './text-fit.ts';
import type { Assessment, ChartBase, ChartFinding, ChartMission, DataTable, FindingTopic, LegendEntry } from './types.ts';
import { contentText } from './content-text.ts';
import { WIDTH, type Chart, type Variant } from './contract.ts';
import { lines, message, type Mark } from './marks.ts';

interface FindingsMatrixOptions {
  /** Width of the topic labels' column. */
  labelWidth?: number;
  columnWidth?: number;
  rowHeight?: number;
  /** Language of every word the chart prints; English by default. */
  locale: Locale;
}

interface FindingMark {
  assessment: Assessment;
  /** ✓ ~ ✗: the assessment without colour. */
  glyph: string;
  className: string;
  summary: string;
  assessedBy: string | null;
  /** "Negative: <summary>", for the mark's <title> and its link text. */
  text: string;
  source: string;
  x: number;
  y: number;
  width: number;
  height: number;
  glyphX: number;
  glyphY: number;
}

interface MatrixCell {
  topic: FindingTopic;
  mission: string;
  className: string;
  /** "2 findings: negative, negative" or "No finding recorded". */
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  findings: FindingMark[];
}

interface MatrixRow {
  topic: FindingTopic;
  label: string;
  y: number;
  height: number;
  labelX: number;
  labelY: number;
  /** The label wrapped to the labels' column, one entry a line, the first at `linesY` so the lines centre on `labelY`. */
  lines: string[];
  linesY: number;
}

interface MatrixColumn {
  mission: string;
  /** First round, ISO day. */
  date: string;
  /** "Jan 2021". */
  label: string;
  /** "Parliamentary". */
  sublabel: string;
  title: string;
  x: number;
  width: number;
  labelX: number;
  labelY: number;
  sublabelY: number;
  /**
   * Whose assessments the column holds ("by EU"): readers otherwise take every finding for the
   * mission's own. Empty when no finding names its assessor.
   */
  assessors: string;
  /** The assessors wrapped to the column's width, one entry a line, the first at `assessorsY`. */
  assessorLines: string[];
  assessorsY: number;
}

export interface FindingsMatrixView extends ChartBase {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  cells: MatrixCell[];
}

const ASSESSMENT_GLYPHS: Record<Assessment, string> = { positive: '✓', mixed: '~', negative: '✗' };

const TOPIC_ORDER = Object.keys(FINDING_TOPICS) as FindingTopic[];
const ASSESSMENT_ORDER = Object.keys(ASSESSMENTS) as Assessment[];
const HEADER = 48;
/** Line height and the average advance of a character of the 11 px tick labels (0.58 em). */
const LINE = 14;
const TICK_CHAR = 11 * 0.58;
/** Line height and the average advance of a character of the 12 px topic labels. */
const LABEL_LINE = 13;
const LABEL_CHAR = 12 * 0.58;
const PAD = 8;
const INSET = 3;
const GAP = 2;
const MIN_SLOT = 14;
/** How far a column heading's estimated width may exceed the column (see `widestHeading`). */
const HEADING_SLACK = 9;

/** @internal Exported for the layout tests, which lay the chart out at widths and with data no page uses. */
export function findingsMatrix(missionsIn: readonly ChartMission[], options: FindingsMatrixOptions): FindingsMatrixView {
  const { labelWidth = 200, rowHeight = 32, locale } = options;
  const t = translator(locale);
  const topicLabel = (topic: FindingTopic) => vocabularyLabel(locale, 'findingTopic', topic);
  const assessmentLabel = (a: Assessment) => vocabularyLabel(locale, 'assessment', a);
  const assessorsOf = (m: Pick<ChartMission, 'findings'>) => assessorsIn(m, locale);
  const sorted = missionsIn.filter((m) => firstRound(m) !== null).sort(byElection);
  const missions = sorted.filter((m) => (m.findings ?? []).length > 0);
  const silent = sorted.filter((m) => (m.findings ?? []).length === 0);
  const topics = TOPIC_ORDER.filter((t) => missions.some((m) => (m.findings ?? []).some((f) => f.topic === t)));
  const all = missions.flatMap((m) => (m.findings ?? []).map((f) => ({ m, f })));
  // A crowded cell widens every column rather than squeezing its marks below a glyph's width.
  const most = Math.max(0, ...missions.flatMap((m) => topics.map((topic) => (m.findings ?? []).filter((f) => f.topic === topic).length)));
  // An assessor's name is never split inside a word: its longest word widens the columns if need be.
  const longestWord = Math.max(0, ...missions.flatMap((m) => assessorsOf(m).split(' ').map(charUnits)));
  // Two elections in the same month would share "Jan 2021"; the day then tells them apart.
  const monthLabels = missions.map((m) => formatMonthShort(firstRound(m)!, locale));
  const columnLabels = missions.map((m, i) =>
    monthLabels.filter((l) => l === monthLabels[i]).length > 1 ? formatDate(firstRound(m)!, locale) : monthLabels[i]!,
  );
  const sublabels = missions.map((m) => vocabularyLabel(locale, 'electionKind', m.election.kind));
  // Neighbouring headings stand one column apart, so the widest heading sets the least width a
  // column has. Estimates run ahead of real widths by more than HEADING_SLACK for every election
  // kind and month label in both languages, so headings that fit today keep today's columns.
  const widestHeading = Math.max(0, ...monthLabels.map((l) => textWidth(l, 12)), ...sublabels.map((l) => textWidth(l, 11)));
  // The slack was measured on month labels and kinds; a full date in bold ("28 October 2018", two
  // elections on one day) runs nearer its estimate, so it gets its whole estimate and a gap.
  const widestDate = Math.max(0, ...columnLabels.filter((l, i) => l !== monthLabels[i]).map((l) => textWidth(l, 12) + GAP));
  const columnWidth = Math.max(
    options.columnWidth ?? 112,
    2 * INSET + most * (MIN_SLOT + GAP) - GAP,
    Math.ceil(longestWord * TICK_CHAR) + 2 * INSET,
    Math.ceil(widestHeading - HEADING_SLACK),
    Math.ceil(widestDate),
  );
  const maxChars = Math.floor((columnWidth - 2 * INSET) / TICK_CHAR);
  const assessorLines = missions.map((m) => wrapWords(assessorsOf(m), maxChars));
  const header = HEADER + LINE * Math.max(0, ...assessorLines.map((l) => l.length));

  const title = t('chart.findings.title');
  const summary = (f: ChartFinding) => contentText(locale, f.summary, { ru: f.ru?.summary });
  const untranslated = missions.some((m) => (m.findings ?? []).some((f) => summary(f).untranslated));
  const table: DataTable = {
    caption: t('chart.findings.caption'),
    columns: [
      { key: 'election', label: t('chart.col.election') },
      { key: 'topic', label: t('chart.findings.col.topic') },
      { key: 'assessment', label: t('chart.findings.col.assessment') },
      // Summaries are the content's prose: marked English where one is shown untranslated.
      { key: 'summary', label: t('chart.findings.col.finding'), ...(untranslated ? { lang: 'en' as const } : {}) },
      { key: 'assessedBy', label: t('chart.findings.col.assessedBy') },
    ],
    rows: missions.flatMap((m) =>
      [...(m.findings ?? [])]
        .map((f, i) => ({ f, i }))
        .sort((a, b) => TOPIC_ORDER.indexOf(a.f.topic) - TOPIC_ORDER.indexOf(b.f.topic) || a.i - b.i)
        .map(({ f }) => ({
          cells: [
            `${vocabularyLabel(locale, 'electionKind', m.election.kind)}, ${formatDate(firstRound(m)!, locale)}`,
            topicLabel(f.topic),
            `${ASSESSMENT_GLYPHS[f.assessment]} ${assessmentLabel(f.assessment)}`,
            summary(f).text,
            f.assessedBy ?? '',
          ],
          sources: [f.source],
          mission: m.id,
        })),
    ),
  };
  const notes =
    silent.length > 0
      ? [
          t('chart.findings.noteSilent', {
            elections: listInWords(
              silent.map((m) => electionName(m, locale)),
              locale,
            ),
          }),
        ]
      : [];

  if (all.length === 0) {
    const width = px(labelWidth + columnWidth + PAD);
    const height = px(HEADER + rowHeight + PAD);
    const message = sorted.length === 0 ? t('chart.findings.emptyNoElections') : t('chart.findings.empty');
    return {
      ...emptyChartBase(width, height, title, message, [table], notes),
      rows: [],
      columns: [],
      cells: [],
    };
  }

  const width = px(labelWidth + missions.length * columnWidth + PAD);
  const height = px(header + topics.length * rowHeight + PAD);

  const labelChars = Math.floor((labelWidth - 12) / LABEL_CHAR);
  const rows: MatrixRow[] = topics.map((topic, i) => {
    const y = px(header + i * rowHeight);
    const labelY = px(y + rowHeight / 2 + 4);
    const wrapped = wrapWords(topicLabel(topic), labelChars);
    return {
      topic,
      label: topicLabel(topic),
      y,
      height: rowHeight,
      labelX: PAD,
      labelY,
      lines: wrapped,
      linesY: px(labelY - ((wrapped.length - 1) * LABEL_LINE) / 2),
    };
  });
  const columns: MatrixColumn[] = missions.map((m, i) => {
    const x = px(labelWidth + i * columnWidth);
    const round = firstRound(m)!;
    return {
      mission: m.id,
      date: round,
      label: columnLabels[i]!,
      sublabel: sublabels[i]!,
      title: ownText(locale, m, 'title') ?? electionHeading(m, locale),
      x,
      width: columnWidth,
      labelX: px(x + columnWidth / 2),
      labelY: 20,
      sublabelY: 36,
      assessors: assessorsOf(m),
      assessorLines: assessorLines[i]!,
      assessorsY: 52,
    };
  });

  const cells: MatrixCell[] = [];
  rows.forEach((row) => {
    columns.forEach((col, ci) => {
      const found = (missions[ci]!.findings ?? []).filter((f) => f.topic === row.topic);
      const k = found.length;
      const slot = k > 0 ? (columnWidth - 2 * INSET - GAP * (k - 1)) / k : 0;
      const findings = found.map((f: ChartFinding, i): FindingMark => {
        const x = px(col.x + INSET + i * (slot + GAP));
        const y = px(row.y + INSET);
        const w = px(slot);
        const h = px(rowHeight - 2 * INSET);
        return {
          assessment: f.assessment,
          glyph: ASSESSMENT_GLYPHS[f.assessment],
          className: `mark finding finding--${f.assessment}`,
          summary: summary(f).text,
          assessedBy: f.assessedBy ?? null,
          // A summary shown untranslated is English prose: a tooltip in another language cannot mark
          // it, so it stays in the table, whose summary column then carries lang="en".
          text: `${topicLabel(f.topic)}, ${col.title}: ${assessmentLabel(f.assessment)}${f.assessedBy ? t('chart.findings.assessedBy', { name: f.assessedBy }) : ''}.${summary(f).untranslated ? '' : ` ${summary(f).text}`}`,
          source: f.source,
          x,
          y,
          width: w,
          height: h,
          glyphX: px(x + w / 2),
          glyphY: px(y + h / 2 + 5),
        };
      });
      cells.push({
        topic: row.topic,
        mission: col.mission,
        className: k > 0 ? 'cell' : 'cell cell--empty',
        label:
          k > 0
            ? t('chart.findings.cell', { count: k, assessments: found.map((f) => assessmentLabel(f.assessment)).join(', ') })
            : t('chart.findings.cellEmpty'),
        x: col.x,
        y: row.y,
        width: columnWidth,
        height: rowHeight,
        findings,
      });
    });
  });

  const counts = ASSESSMENT_ORDER.map((a) =>
    t('chart.findings.count', { count: all.filter(({ f }) => f.assessment === a).length, assessment: assessmentLabel(a) }),
  );
  const first = monthLabels[0]!;
  const last = monthLabels[monthLabels.length - 1]!;
  const span =
    missions.length === 1
      ? t('chart.findings.spanOne', { election: electionName(missions[0]!, locale) })
      : t('chart.findings.spanMany', { count: missions.length, first, last });
  const lead = t('chart.findings.lead', { count: all.length, topics: topics.length, span, counts: listInWords(counts, locale) });
  const byAssessment = ASSESSMENT_ORDER.map((a) => {
    const parts = topics
      .map((topic) => {
        const where = columns.filter((_, ci) => (missions[ci]!.findings ?? []).some((f) => f.topic === topic && f.assessment === a));
        return where.length > 0 ? `${topicLabel(topic).toLocaleLowerCase(locale)} (${where.map((c) => c.label).join(', ')})` : null;
      })
      .filter((p): p is string => p !== null);
    return parts.length > 0 ? `${upperFirst(assessmentLabel(a), locale)}: ${parts.join('; ')}.` : '';
  }).filter((s) => s !== '');

  const legend: LegendEntry[] = ASSESSMENT_ORDER.filter((a) => all.some(({ f }) => f.assessment === a)).map((a) => ({
    key: `assessment:${a}`,
    label: assessmentLabel(a),
    className: `finding finding--${a}`,
    glyph: ASSESSMENT_GLYPHS[a],
  }));

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    title,
    desc: [lead, ...byAssessment].join(' '),
    empty: false,
    message: null,
    notes,
    legend,
    tables: [table],
    rows,
    columns,
    cells,
  };
}

/** "by EU", "by EU and OSCE PA": the assessors of a mission's findings, in the order they first appear. */
function assessorsIn(m: Pick<ChartMission, 'findings'>, locale: Locale): string {
  const names = [...new Set((m.findings ?? []).map((f) => f.assessedBy).filter((a): a is string => Boolean(a)))];
  return names.length === 0 ? '' : translator(locale)('chart.findings.by', { names: listInWords(names, locale) });
}

/** Findings name their assessor by organization id; a reader of the table needs its name. */
export function nameAssessors(missions: readonly ChartMission[], nameOf: (id: string) => string): ChartMission[] {
  return missions.map((m) => ({
    ...m,
    findings: m.findings?.map((f) => (f.assessedBy ? { ...f, assessedBy: nameOf(f.assessedBy) } : f)),
  }));
}

/** The matrix's marks: column headings, topic labels, then each cell with its findings. */
function findingsMatrixMarks(v: FindingsMatrixView): Mark[] {
  return [
    ...(v.empty ? [message(px(v.width / 2), px(v.height / 2), v.message ?? '')] : []),
    ...v.columns.flatMap((c): Mark[] => [
      { mark: 'text', className: 'chart__label chart__label--strong', x: c.labelX, y: c.labelY, anchor: 'middle', title: c.title, text: c.label },
      { mark: 'text', className: 'chart__tick', x: c.labelX, y: c.sublabelY, anchor: 'middle', text: c.sublabel },
      ...(c.assessorLines.length > 0
        ? [
            {
              mark: 'text',
              className: 'chart__tick',
              x: c.labelX,
              y: c.assessorsY,
              anchor: 'middle',
              text: lines(c.assessorLines, c.labelX, LINE),
            } satisfies Mark,
          ]
        : []),
    ]),
    ...v.rows.map((r): Mark => ({ mark: 'text', className: 'chart__label', x: r.labelX, y: r.linesY, text: lines(r.lines, r.labelX, LABEL_LINE) })),
    ...v.cells.map((c): Mark => ({
      mark: 'g',
      children: [
        { mark: 'rect', className: c.className, x: c.x, y: c.y, width: c.width, height: c.height, title: c.label },
        ...c.findings.map((f): Mark => ({
          mark: 'g',
          className: f.className,
          title: f.text,
          children: [
            { mark: 'rect', x: f.x, y: f.y, width: f.width, height: f.height, rx: 3 },
            { mark: 'text', x: f.glyphX, y: f.glyphY, anchor: 'middle', text: f.glyph },
          ],
        })),
      ],
    })),
  ];
}

/** Column widths and row heights of each drawing; the wide one's labels have room to stand on one line. */
const SIZES: Record<Variant, Required<Omit<FindingsMatrixOptions, 'locale'>>> = {
  wide: { labelWidth: 200, columnWidth: 112, rowHeight: 32 },
  narrow: { labelWidth: 124, columnWidth: 80, rowHeight: 36 },
};

/** Findings as a matrix; its input is the missions with each finding's assessor named (`nameAssessors`). */
export const FINDINGS_MATRIX: Chart<readonly ChartMission[], FindingsMatrixView> = {
  kind: 'findings-matrix',
  layout: (missions, variant, locale) => findingsMatrix(missions, { ...SIZES[variant], locale }),
  // Drawn at the width the other charts use, so its text is the same size as theirs on the page; a
  // matrix with many elections is wider and scales down (the table carries every finding).
  view: (v, variant) => ({ marks: findingsMatrixMarks(v), viewBox: `0 0 ${Math.max(WIDTH[variant], v.width)} ${v.height}` }),
};
