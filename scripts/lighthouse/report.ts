/**
 * What `npm run lighthouse` prints: a table of the four category scores per page, and the audits that
 * did not pass, each with the pages it failed on. Pure functions over the parts of Lighthouse's result
 * (LHR) they read, so the figures printed are pinned by unit tests.
 */
import type { Locale } from '../../src/i18n/locales.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
const SHORT: Record<Category, string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'practices', seo: 'seo' };

export type FormFactor = 'mobile' | 'desktop';

/** The parts of a Lighthouse result read here. */
export interface LighthouseResult {
  runtimeError?: { code: string; message: string };
  /** Lighthouse's measure of the machine's speed at the time of the run; its throttling is calibrated for about 1000 and up. */
  environment?: { benchmarkIndex?: number };
  categories: Partial<Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

export interface FailedAudit {
  id: string;
  title: string;
  score: number;
  /** The categories it counts in with a weight above 0: a failure there lowers the score. */
  weighted: Category[];
  displayValue?: string;
}

export interface PageResult {
  type: string;
  locale: Locale;
  url: string;
  formFactor: FormFactor;
  /** 0–100 per category, null where Lighthouse gave none. */
  scores: Record<Category, number | null>;
  failed: FailedAudit[];
  /** Lighthouse's own error, when it could not measure the page. */
  error?: string;
  /** `environment.benchmarkIndex` of the run: how fast this machine was then (higher is faster). */
  benchmark?: number;
}

/** Audits whose score is a pass or fail of the page (informative, manual and not-applicable ones are not). */
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

/** The audits of the four categories that scored below 1, worst first, then by id. */
export function failedAudits(lhr: LighthouseResult): FailedAudit[] {
  const weighted = new Map<string, Category[]>();
  const inCategories = new Set<string>();
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      inCategories.add(ref.id);
      if (ref.weight > 0) weighted.set(ref.id, [...(weighted.get(ref.id) ?? []), category]);
    }
  }
  return [...inCategories]
    .map((id) => lhr.audits[id])
    .filter((a): a is NonNullable<typeof a> => !!a && SCORED_MODES.has(a.scoreDisplayMode) && a.score !== null && a.score < 1)
    .map((a) => ({
      id: a.id,
      title: a.title,
      score: a.score!,
      weighted: weighted.get(a.id) ?? [],
      ...(a.displayValue ? { displayValue: a.displayValue } : {}),
    }))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
}

/** A page's scores as whole numbers out of 100, as Lighthouse's report rounds them. */
export function categoryScores(lhr: LighthouseResult): Record<Category, number | null> {
  const scores = {} as Record<Category, number | null>;
  for (const category of CATEGORIES) {
    const score = lhr.categories[category]?.score;
    scores[category] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  return scores;
}

/** The pages with a category below `min`, or with no score at all (a page not measured is no pass). */
export function belowMinimum(results: readonly PageResult[], min: number): PageResult[] {
  return results.filter((r) => CATEGORIES.some((c) => r.scores[c] === null || r.scores[c]! < min));
}

/** Columns padded to their widest cell; the columns in `right` (the scores) right-aligned. */
function columns(rows: readonly (readonly string[])[], right: ReadonlySet<number>): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (right.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * One line per page and form factor: page type, language, form factor, four scores, the machine's
 * speed during the run (a low performance score beside a low figure there says more of the machine
 * than of the page), and the address.
 */
export function formatTable(results: readonly PageResult[]): string {
  const header = ['page', 'lang', 'form', ...CATEGORIES.map((c) => SHORT[c]), 'cpu', 'address'];
  const rows = results.map((r) => [
    r.type,
    r.locale,
    r.formFactor,
    ...CATEGORIES.map((c) => (r.scores[c] === null ? '—' : String(r.scores[c]))),
    r.benchmark === undefined ? '—' : String(Math.round(r.benchmark)),
    r.url,
  ]);
  return columns([header, ...rows], new Set([...CATEGORIES.map((_, i) => 3 + i), 3 + CATEGORIES.length]));
}

/**
 * Every failed audit once, with its title, the categories whose score it lowers (or "no weight" for a
 * diagnostic that only advises), and the pages it failed on with their score of it.
 */
export function formatFailures(results: readonly PageResult[]): string {
  const byAudit = new Map<string, { audit: FailedAudit; pages: string[] }>();
  for (const r of results) {
    for (const audit of r.failed) {
      const entry = byAudit.get(audit.id) ?? { audit, pages: [] };
      entry.pages.push(`${r.type} ${r.locale} ${r.formFactor} (${Math.round(audit.score * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
      byAudit.set(audit.id, entry);
    }
  }
  const errors = results.filter((r) => r.error).map((r) => `${r.type} ${r.locale} ${r.formFactor} ${r.url}: ${r.error}`);
  const audits = [...byAudit.values()]
    .sort((a, b) => b.audit.weighted.length - a.audit.weighted.length || a.audit.id.localeCompare(b.audit.id))
    .map(({ audit, pages }) => {
      const where = audit.weighted.length > 0 ? audit.weighted.join(', ') : 'no weight';
      return `${audit.id} — ${audit.title} [${where}]\n${pages.map((p) => `    ${p}`).join('\n')}`;
    });
  return [...(errors.length > 0 ? ['Not measured:', ...errors.map((e) => `  ${e}`)] : []), ...audits].join('\n');
}

/** The audits left out on some pages, once each, with the pages and the reason. */
export function formatSkipped(pages: readonly { type: string; locale: Locale; skip: readonly { audit: string; why: string }[] }[]): string {
  const byAudit = new Map<string, { why: string; pages: string[] }>();
  for (const page of pages) {
    for (const { audit, why } of page.skip) {
      const entry = byAudit.get(audit) ?? { why, pages: [] };
      entry.pages.push(`${page.type} ${page.locale}`);
      byAudit.set(audit, entry);
    }
  }
  return [...byAudit].map(([audit, { why, pages: on }]) => `${audit} on ${on.join(', ')}: ${why}`).join('\n');
}
