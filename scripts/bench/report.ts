/** Turning measurements into the one table the benchmark prints. */
import type { PhaseSpan, RouteCost } from './build-log.ts';
import type { HeapSummary } from './heap-snapshot.ts';
import { cpuBetween, peakRssBetween, type CpuSample } from './measure.ts';

export interface BuildResult {
  label: string;
  entries: number;
  pages: number;
  /** Median over runs. */
  seconds: number;
  /** Median over runs. */
  peakBytes: number;
  distBytes: number;
  pagefindBytes?: number;
  largestPage?: { path: string; gzipBytes: number };
  /** Each run's seconds, to show the spread. */
  runs: number[];
  /** Median CPU seconds (user + system), when measured. */
  cpuSeconds?: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Binary units, three significant figures: `1.23 GiB`, `812 KiB`, `97 B`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** A plain-text table with a header rule; numbers right-aligned. */
function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^\d/.test(r[i] ?? '') && !(r[i] ?? '').includes('/')));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

const number = (n: number) => n.toLocaleString('en');

/** `1.43×`: a build's figure over the floor's, two decimals; `n/a×` when either is missing. */
function formatRatio(ours: number | undefined, floor: number | undefined): string {
  if (ours === undefined || floor === undefined || !(floor > 0) || !Number.isFinite(ours)) return 'n/a×';
  return `${(ours / floor).toFixed(2)}×`;
}

/**
 * The benchmark's last line, the figure issue reports quote: the site's build over the fair floor's
 * in wall time, CPU time and peak memory (medians when there are several runs).
 */
export function fairFloorLine(
  site: Pick<BuildResult, 'seconds' | 'cpuSeconds' | 'peakBytes'>,
  floor: Pick<BuildResult, 'seconds' | 'cpuSeconds' | 'peakBytes'>,
  label = 'fair floor',
): string {
  return `${label}: wall ${formatRatio(site.seconds, floor.seconds)}, CPU ${formatRatio(site.cpuSeconds, floor.cpuSeconds)}, peak memory ${formatRatio(site.peakBytes, floor.peakBytes)}`;
}

/** The last line of a run without a floor: `site at 30000 statements: wall 612.4s, peak memory 7.81 GiB`. */
export function siteLine(statements: number, site: Pick<BuildResult, 'seconds' | 'peakBytes'>): string {
  return `site at ${statements} statements: wall ${site.seconds.toFixed(1)}s, peak memory ${(site.peakBytes / 1024 ** 3).toFixed(2)} GiB`;
}

/** Wall-time ratio, and the CPU-time ratio that a busy machine distorts less. */
function ratio(r: BuildResult, floor: BuildResult): string {
  const wall = formatRatio(r.seconds, floor.seconds);
  return r.cpuSeconds !== undefined && floor.cpuSeconds ? `${wall} (CPU ${formatRatio(r.cpuSeconds, floor.cpuSeconds)})` : wall;
}

/** The benchmark's table: the archive, the bare floor, and the archive's time as a multiple of the floor. */
export function resultsTable(results: readonly BuildResult[], floor?: BuildResult): string {
  const header = ['build', 'entries', 'pages', 'build s', 'CPU s', 'pages/s', 'peak RSS', 'dist/', 'Pagefind', 'largest page (gz)', '× floor'];
  const rows = results.map((r) => [
    r.label,
    number(r.entries),
    number(r.pages),
    r.runs.length > 1 ? `${r.seconds.toFixed(1)} (${r.runs.map((s) => s.toFixed(1)).join('/')})` : r.seconds.toFixed(1),
    r.cpuSeconds === undefined ? '-' : r.cpuSeconds.toFixed(1),
    (r.pages / r.seconds).toFixed(0),
    formatBytes(r.peakBytes),
    formatBytes(r.distBytes),
    r.pagefindBytes === undefined ? '-' : formatBytes(r.pagefindBytes),
    r.largestPage ? `${formatBytes(r.largestPage.gzipBytes)} ${r.largestPage.path}` : '-',
    floor ? ratio(r, floor) : '-',
  ]);
  return formatTable(header, rows);
}

/**
 * Wall and CPU seconds per phase, and the costliest routes, for `--detail`. CPU seconds count every
 * process of the build (Pagefind too) and do not grow when other work slows the machine down.
 */
export function detailTable(
  label: string,
  phases: readonly PhaseSpan[],
  cpu: readonly CpuSample[],
  routes: readonly RouteCost[],
  concurrency = 1,
  top = 12,
): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const total = phases.reduce((n, p) => n + p.toMs - p.fromMs, 0);
  const phaseRows = phases.map((p) => [
    p.phase,
    s(p.toMs - p.fromMs),
    cpuBetween(cpu, p.fromMs, p.toMs).toFixed(1),
    formatBytes(peakRssBetween(cpu, p.fromMs, p.toMs)),
    `${((100 * (p.toMs - p.fromMs)) / total).toFixed(0)}%`,
  ]);
  const routeRows = routes.slice(0, top).map((r) => [r.route, number(r.pages), s(r.ms), (r.ms / r.pages).toFixed(1)]);
  return [
    `${label}: phases`,
    formatTable(['phase', 'wall s', 'CPU s', 'peak RSS', 'wall share'], phaseRows),
    '',
    concurrency > 1
      ? `${label}: render time by route (Astro's per-page times; ${concurrency} pages render at once, so a page's time includes its share of the others')`
      : `${label}: render time by route (Astro's per-page times)`,
    formatTable(['route', 'pages', 's', 'ms/page'], routeRows),
  ].join('\n');
}

/** `--heap`: the classes that retain the most, and the single objects that do, with who holds them. */
export function heapTable(summary: HeapSummary, top = 15): string {
  const share = (bytes: number) => `${((100 * bytes) / summary.totalBytes).toFixed(1)}%`;
  const classRows = summary.classes
    .slice(0, top)
    .map((c) => [c.name.slice(0, 60), number(c.count), formatBytes(c.selfBytes), formatBytes(c.retainedBytes), share(c.retainedBytes)]);
  const objectRows = summary.retainers
    .slice(0, top)
    .map((r) => [
      r.name.slice(0, 60),
      formatBytes(r.selfBytes),
      formatBytes(r.retainedBytes),
      share(r.retainedBytes),
      r.heldBy.map((h) => h.slice(0, 30)).join(' ← ') || '-',
    ]);
  return [
    `heap: ${formatBytes(summary.totalBytes)} reachable in ${number(summary.nodeCount)} objects; classes by retained size`,
    formatTable(['class', 'objects', 'own', 'retained', 'share'], classRows),
    '',
    'heap: the single objects that retain the most',
    formatTable(['object', 'own', 'retained', 'share', 'held by (nearest first)'], objectRows),
  ].join('\n');
}
