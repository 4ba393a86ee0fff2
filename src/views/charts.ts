/**
 * A drawn chart (`drawChart`, src/charts/contract.ts) as a page prints it: its data tables with
 * each row's statements resolved in the page's language, its mission linked, and the cell classes
 * and languages set, so `ChartTable.astro` only writes the rows out.
 */
import type { DrawnChart } from '../charts/index.ts';
import type { DataTable } from '../charts/types.ts';
import type { Archive } from '../archive/query.ts';
import { localizedPath, type Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import { chartSources, type SourceView } from './sources.ts';
import type { ColumnHead } from './tables.ts';

interface ChartCell {
  text: string;
  /** `num` for a column of numbers. */
  className: string | undefined;
  /** The language of content prose shown untranslated, so a screen reader switches voice. */
  lang: 'en' | undefined;
}

interface ChartRow {
  /** The first cell heads its row, linked to its mission where the row belongs to one. */
  head: { text: string; href: string | undefined };
  cells: ChartCell[];
  /** The statements the row's figures come from, or a sentence saying why none is linked. */
  sources: SourceView[] | string;
}

export interface ChartTableView {
  caption: string;
  columns: ColumnHead[];
  rows: ChartRow[];
  /** For a table with no row, the sentence printed instead. */
  none: string | undefined;
}

export interface ChartView extends Omit<DrawnChart, 'tables'> {
  tables: ChartTableView[];
}

/**
 * A row that sums many missions (a year of the archive overview) would cite hundreds of statements
 * and outweigh the page; past a handful, the figures' sources are left to each mission's page.
 */
const MAX_SOURCES = 5;

/** `chart` with its tables resolved; `cited` are the missions whose figures, milestones and findings it draws. */
export function chartView(chart: DrawnChart, cited: Parameters<typeof chartSources>[0], archive: Archive, locale: Locale): ChartView {
  const sources = chartSources(cited, archive, locale);
  const source = (id: string): SourceView => {
    const found = sources.get(id);
    // The chart cites only what its missions cite; one left out is a defect of the page, not of the content.
    if (!found) throw new Error(`chart ${chart.kind}: statement "${id}" is cited but not among its missions' sources`);
    return found;
  };
  return { ...chart, tables: chart.tables.map((table) => tableView(table, source, locale)) };
}

function tableView(table: DataTable, source: (id: string) => SourceView, locale: Locale): ChartTableView {
  const t = translator(locale);
  return {
    caption: table.caption,
    columns: [...table.columns.map((c) => ({ text: c.label, class: c.numeric ? 'num' : undefined })), { text: t('chart.table.source') }],
    rows: table.rows.map((row) => ({
      head: { text: row.cells[0] ?? '', href: row.mission ? localizedPath(locale, `/missions/${row.mission}/`) : undefined },
      cells: row.cells.slice(1).map((text, i) => {
        const column = table.columns[i + 1];
        return { text, className: column?.numeric ? 'num' : undefined, lang: column?.lang };
      }),
      sources:
        row.sources.length === 0
          ? t('chart.table.noSource')
          : row.sources.length > MAX_SOURCES
            ? t('chart.table.manySources', { count: row.sources.length })
            : row.sources.map(source),
    })),
    none: table.rows.length === 0 ? t('chart.table.none', { caption: table.caption }) : undefined,
  };
}
