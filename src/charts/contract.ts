/**
 * The contract every chart follows, and the frame they share.
 *
 * A chart is three pure parts: its input (what a page's view model hands it), its layout (from the
 * input and a drawing's size to geometry, with scales fitted and text measured, wrapped and
 * squeezed: a `ChartBase` with the chart's own fields) and its view (the marks to draw, as plain
 * data, src/charts/marks.ts). `drawChart` lays a chart out for each drawing and gathers what its
 * frame prints, so a view model calls it and the page's component only draws the result.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Mark } from './marks.ts';
import type { ChartBase, DataTable, LegendEntry } from './types.ts';

/**
 * Each chart is drawn twice: at the narrow width a phone shows at about its own size, and at a wide
 * width for everything else. Scaling one drawing down to 320 px would shrink its labels below a
 * readable size; CSS shows the one that fits the space the figure has.
 */
const VARIANTS = ['wide', 'narrow'] as const;
export type Variant = (typeof VARIANTS)[number];

export const WIDTH: Record<Variant, number> = { wide: 760, narrow: 320 };

/** What a chart draws in one drawing: its marks, and its viewBox where it differs from the layout's. */
interface ChartView {
  marks: Mark[];
  viewBox?: string;
}

/** A chart: its kind, its layout at each drawing's size and the view of a layout. */
export interface Chart<Input, Layout extends ChartBase> {
  /** For the figure's class (`chart--mission-timeline`) and the drawings' ids. */
  kind: string;
  /** Pure: geometry, text fitting and scales for one drawing. */
  layout: (input: Input, variant: Variant, locale: Locale) => Layout;
  /** Pure: the marks that drawing shows. */
  view: (layout: Layout, variant: Variant) => ChartView;
}

/** One drawing of a chart, as `ChartSvg.astro` prints it. */
export interface ChartDrawing {
  /** Unique on the page; `-title` and `-desc` are appended for the labels. */
  id: string;
  variant: Variant;
  title: string;
  desc: string;
  viewBox: string;
  marks: Mark[];
}

/** A legend entry as the key prints it: its swatch's shape, and its text without a glyph the swatch already shows. */
interface LegendItem {
  shape: 'symbol' | 'glyph' | 'rule' | 'bracket' | 'box';
  className: string;
  symbol?: string | undefined;
  glyph?: string | undefined;
  text: string;
}

/** A note under the drawings; one that only one drawing needs shows with that drawing alone. */
interface ChartNote {
  text: string;
  className: string;
}

/** A chart as its frame prints it (`Chart.astro`): both drawings, the key, the caption and the tables. */
export interface DrawnChart {
  kind: string;
  /** The point in words: the wide drawing's description (both drawings say the same). */
  desc: string;
  legend: LegendItem[];
  notes: ChartNote[];
  tables: DataTable[];
  /** False where the page prints the same figures in its own tables. */
  printTables: boolean;
  drawings: ChartDrawing[];
}

/**
 * Lays `chart` out for every drawing and gathers its frame. `subject` keeps ids unique on a page
 * that shows one chart of a kind per subject (a mission, a country).
 */
export function drawChart<Input, Layout extends ChartBase>(
  chart: Chart<Input, Layout>,
  input: Input,
  locale: Locale,
  options: { subject?: string; printTables?: boolean } = {},
): DrawnChart {
  const id = chartId(chart.kind, options.subject);
  const layouts = VARIANTS.map((variant) => ({ variant, layout: chart.layout(input, variant, locale) }));
  const wide = layouts[0]!.layout;
  const narrow = layouts[1]!.layout;
  return {
    kind: chart.kind,
    desc: wide.desc,
    legend: wide.legend.map(legendItem),
    notes: noteItems(splitNotes(wide.notes, narrow.notes)),
    tables: wide.tables,
    printTables: options.printTables ?? true,
    drawings: layouts.map(({ variant, layout }) => {
      const view = chart.view(layout, variant);
      return { id: `${id}-${variant}`, variant, title: layout.title, desc: layout.desc, viewBox: view.viewBox ?? layout.viewBox, marks: view.marks };
    }),
  };
}

/** `kz/2021-parliamentary` → `kz-2021-parliamentary`: safe inside an id on any page. */
function slug(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `mission-timeline-kz-2021-parliamentary`: unique per page as long as one chart of a kind shows one subject. */
function chartId(kind: string, subject?: string): string {
  return subject ? `${kind}-${slug(subject)}` : kind;
}

/** Notes shared by both drawings go in the caption once; a note only one drawing needs shows with it. */
function splitNotes(wide: readonly string[], narrow: readonly string[]) {
  return {
    common: wide.filter((n) => narrow.includes(n)),
    wide: wide.filter((n) => !narrow.includes(n)),
    narrow: narrow.filter((n) => !wide.includes(n)),
  };
}

function noteItems(notes: ReturnType<typeof splitNotes>): ChartNote[] {
  return [
    ...notes.common.map((text) => ({ text, className: 'chart__note' })),
    ...notes.wide.map((text) => ({ text, className: 'chart__note chart__only--wide' })),
    ...notes.narrow.map((text) => ({ text, className: 'chart__note chart__only--narrow' })),
  ];
}

/** The swatch a legend entry draws when it brings neither a symbol nor a glyph. */
function swatchShape(entry: LegendEntry): LegendItem['shape'] {
  if (entry.symbol) return 'symbol';
  if (entry.glyph) return 'glyph';
  return entry.swatch ?? 'box';
}

/** A glyph already printed before the label is not repeated in it: "LEOM — Limited…" → "Limited…". */
function legendText(entry: LegendEntry): string {
  const prefix = entry.glyph ? `${entry.glyph} — ` : null;
  return prefix && entry.label.startsWith(prefix) ? entry.label.slice(prefix.length) : entry.label;
}

function legendItem(entry: LegendEntry): LegendItem {
  return { shape: swatchShape(entry), className: entry.className, symbol: entry.symbol, glyph: entry.glyph, text: legendText(entry) };
}
