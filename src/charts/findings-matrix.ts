/**
 * Findings as a matrix: topics down, elections across, each finding a mark carrying its assessment as
 * a class (for colour) and as a glyph and word (for everyone else).
 *
 * Several findings in one cell are each shown, side by side in the order the archive lists them, never
 * merged into one verdict: two sources may disagree (a mission praises what a delegation criticises),
 * and a combined "mixed" would state a judgement no source made. Every mark links its own source.
 */
import { ASSESSMENTS, ELECTION_KINDS, FINDING_TOPICS } from '../schemas/vocabulary.ts';
import { byElection, electionName, firstRound } from './figures.ts';
import { formatDate, formatMonthShort, listInWords, plural, px, emptyChartBase, wrapWords } from './svg.ts';
import type { Assessment, ChartBase, ChartFinding, ChartMission, DataTable, FindingTopic, LegendEntry } from './types.ts';

export interface FindingsMatrixOptions {
  /** Width of the topic labels' column. */
  labelWidth?: number;
  columnWidth?: number;
  rowHeight?: number;
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
const PAD = 8;
const INSET = 3;
const GAP = 2;
const MIN_SLOT = 14;

export function findingsMatrix(missionsIn: readonly ChartMission[], options: FindingsMatrixOptions = {}): FindingsMatrixView {
  const { labelWidth = 200, rowHeight = 32 } = options;
  const sorted = missionsIn.filter((m) => firstRound(m) !== null).sort(byElection);
  const missions = sorted.filter((m) => (m.findings ?? []).length > 0);
  const silent = sorted.filter((m) => (m.findings ?? []).length === 0);
  const topics = TOPIC_ORDER.filter((t) => missions.some((m) => (m.findings ?? []).some((f) => f.topic === t)));
  const all = missions.flatMap((m) => (m.findings ?? []).map((f) => ({ m, f })));
  // A crowded cell widens every column rather than squeezing its marks below a glyph's width.
  const most = Math.max(0, ...missions.flatMap((m) => topics.map((t) => (m.findings ?? []).filter((f) => f.topic === t).length)));
  // An assessor's name is never split inside a word: its longest word widens the columns if need be.
  const longestWord = Math.max(
    0,
    ...missions.flatMap((m) =>
      assessorsOf(m)
        .split(' ')
        .map((w) => w.length),
    ),
  );
  const columnWidth = Math.max(options.columnWidth ?? 112, 2 * INSET + most * (MIN_SLOT + GAP) - GAP, Math.ceil(longestWord * TICK_CHAR) + 2 * INSET);
  const maxChars = Math.floor((columnWidth - 2 * INSET) / TICK_CHAR);
  const assessorLines = missions.map((m) => wrapWords(assessorsOf(m), maxChars));
  const header = HEADER + LINE * Math.max(0, ...assessorLines.map((l) => l.length));

  const title = 'Findings by topic and election';
  const table: DataTable = {
    caption: 'Findings by election and topic',
    columns: [
      { key: 'election', label: 'Election' },
      { key: 'topic', label: 'Topic' },
      { key: 'assessment', label: 'Assessment' },
      { key: 'summary', label: 'Finding' },
      { key: 'assessedBy', label: 'Assessed by' },
    ],
    rows: missions.flatMap((m) =>
      [...(m.findings ?? [])]
        .map((f, i) => ({ f, i }))
        .sort((a, b) => TOPIC_ORDER.indexOf(a.f.topic) - TOPIC_ORDER.indexOf(b.f.topic) || a.i - b.i)
        .map(({ f }) => ({
          cells: [
            `${ELECTION_KINDS[m.election.kind]}, ${formatDate(firstRound(m)!)}`,
            FINDING_TOPICS[f.topic],
            `${ASSESSMENT_GLYPHS[f.assessment]} ${f.assessment}`,
            f.summary,
            f.assessedBy ?? '',
          ],
          sources: [f.source],
          mission: m.id,
        })),
    ),
  };
  const notes = silent.length > 0 ? [`No findings are recorded for the ${listInWords(silent.map(electionName))}.`] : [];

  if (all.length === 0) {
    const width = px(labelWidth + columnWidth + PAD);
    const height = px(HEADER + rowHeight + PAD);
    const message =
      sorted.length === 0 ? 'No elections are recorded yet, so there are no findings to show.' : 'No findings are recorded for these elections yet.';
    return {
      ...emptyChartBase(width, height, title, message, [table], notes),
      rows: [],
      columns: [],
      cells: [],
    };
  }

  const width = px(labelWidth + missions.length * columnWidth + PAD);
  const height = px(header + topics.length * rowHeight + PAD);

  const rows: MatrixRow[] = topics.map((topic, i) => {
    const y = px(header + i * rowHeight);
    return { topic, label: FINDING_TOPICS[topic], y, height: rowHeight, labelX: PAD, labelY: px(y + rowHeight / 2 + 4) };
  });
  // Two elections in the same month would share "Jan 2021"; the day then tells them apart.
  const monthLabels = missions.map((m) => formatMonthShort(firstRound(m)!));
  const columns: MatrixColumn[] = missions.map((m, i) => {
    const x = px(labelWidth + i * columnWidth);
    const round = firstRound(m)!;
    const label = monthLabels.filter((l) => l === monthLabels[i]).length > 1 ? formatDate(round) : monthLabels[i]!;
    return {
      mission: m.id,
      date: round,
      label,
      sublabel: ELECTION_KINDS[m.election.kind],
      title: m.title ?? `${ELECTION_KINDS[m.election.kind]} election, ${formatDate(round)}`,
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
          summary: f.summary,
          assessedBy: f.assessedBy ?? null,
          text: `${FINDING_TOPICS[f.topic]}, ${col.title}: ${f.assessment}${f.assessedBy ? `, assessed by ${f.assessedBy}` : ''}. ${f.summary}`,
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
        label: k > 0 ? `${plural(k, 'finding')}: ${found.map((f) => f.assessment).join(', ')}` : 'No finding recorded',
        x: col.x,
        y: row.y,
        width: columnWidth,
        height: rowHeight,
        findings,
      });
    });
  });

  const counts = ASSESSMENT_ORDER.map((a) => `${all.filter(({ f }) => f.assessment === a).length} ${a}`);
  const first = monthLabels[0]!;
  const last = monthLabels[monthLabels.length - 1]!;
  const span = missions.length === 1 ? `for the ${electionName(missions[0]!)}` : `across ${missions.length} elections from ${first} to ${last}`;
  const lead = `${plural(all.length, 'finding')} on ${plural(topics.length, 'topic')} ${span}: ${listInWords(counts)}.`;
  const byAssessment = ASSESSMENT_ORDER.map((a) => {
    const parts = topics
      .map((t) => {
        const where = columns.filter((_, ci) => (missions[ci]!.findings ?? []).some((f) => f.topic === t && f.assessment === a));
        return where.length > 0 ? `${FINDING_TOPICS[t].toLowerCase()} (${where.map((c) => c.label).join(', ')})` : null;
      })
      .filter((p): p is string => p !== null);
    return parts.length > 0 ? `${a.charAt(0).toUpperCase()}${a.slice(1)}: ${parts.join('; ')}.` : '';
  }).filter((s) => s !== '');

  const legend: LegendEntry[] = ASSESSMENT_ORDER.filter((a) => all.some(({ f }) => f.assessment === a)).map((a) => ({
    key: `assessment:${a}`,
    label: a,
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
function assessorsOf(m: Pick<ChartMission, 'findings'>): string {
  const names = [...new Set((m.findings ?? []).map((f) => f.assessedBy).filter((a): a is string => Boolean(a)))];
  return names.length === 0 ? '' : `by ${listInWords(names)}`;
}
