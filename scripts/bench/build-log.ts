/**
 * Where a build's time goes, read from Astro's own log: the phases between its progress messages,
 * and the time it reports for each generated page, grouped by route.
 */
import type { LogLine } from './measure.ts';

export interface PhaseSpan {
  phase: string;
  fromMs: number;
  toMs: number;
}

const MARKERS = {
  syncing: /\[content\] Syncing content/,
  synced: /\[content\] Synced content/,
  checked: /content files checked/,
  routes: /generating static routes/,
  completed: /✓ Completed in/,
} as const;

/**
 * The build's phases, from the moments its progress messages arrived. The content check runs
 * beside the content sync and is awaited after it; the time spent waiting for it once the sync is
 * done is its own phase. A phase whose markers are missing (a bare project has no content check)
 * is empty.
 */
export function buildPhases(lines: readonly LogLine[], totalMs: number): PhaseSpan[] {
  const index = (re: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i]!.text)) return i;
    return -1;
  };
  const ms = (i: number, fallback: number) => (i < 0 ? fallback : lines[i]!.ms);
  const syncing = ms(index(MARKERS.syncing), 0);
  const synced = ms(index(MARKERS.synced), syncing);
  const checked = Math.max(synced, ms(index(MARKERS.checked), synced));
  const routesAt = index(MARKERS.routes);
  const routes = ms(routesAt, checked);
  // Astro prints "✓ Completed" after several steps; the one that ends rendering follows the routes.
  const rendered = routesAt < 0 ? routes : ms(index(MARKERS.completed, routesAt), routes);
  return [
    { phase: 'start-up', fromMs: 0, toMs: syncing },
    { phase: 'content sync (load, validate, render Markdown, store), check beside it', fromMs: syncing, toMs: synced },
    { phase: 'content check, after the sync', fromMs: synced, toMs: checked },
    { phase: 'bundle (Vite/Rolldown)', fromMs: checked, toMs: routes },
    { phase: 'render pages, Pagefind reading them', fromMs: routes, toMs: rendered },
    { phase: 'Pagefind index + finish', fromMs: rendered, toMs: totalMs },
  ];
}

/** `/statements/2021-01-04-x/index.html` → `/statements/*\/`; `/contacts/a--b.vcf` → `/contacts/*.vcf`. */
function routePattern(path: string): string {
  const segments = path.replace(/^\//, '').split('/');
  const last = segments[segments.length - 1]!;
  const isIndex = last === 'index.html';
  if (isIndex) segments.pop();
  const out = segments.map((s, i) => {
    // A section name (`statements`, `404.html`), also after a language prefix (`/ru/statements/`), is
    // literal; an entry id at the top (a bare site) is not.
    const top = i === 0 || (i === 1 && /^[a-z]{2}$/.test(segments[0]!));
    if ((top && /^[a-z]+(?:\.html)?$|^\d{3}\.html$/.test(s)) || s === 'page') return s;
    const ext = /\.[a-z0-9]+$/.exec(s)?.[0];
    return ext ? `*${ext}` : '*';
  });
  return `/${out.join('/')}${isIndex && out.length ? '/' : ''}`;
}

export interface RouteCost {
  route: string;
  pages: number;
  ms: number;
}

/** Pages and summed render time per route, most expensive first, from `├─ /path (+12ms)` lines. */
export function routeCosts(lines: readonly LogLine[]): RouteCost[] {
  const costs = new Map<string, RouteCost>();
  for (const { text } of lines) {
    const m = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
    if (!m) continue;
    const route = routePattern(m[1]!);
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const cost = costs.get(route) ?? { route, pages: 0, ms: 0 };
    cost.pages++;
    cost.ms += ms;
    costs.set(route, cost);
  }
  return [...costs.values()].sort((a, b) => b.ms - a.ms);
}

/** Whether a log line reports a statement's page (`├─ /statements/<id>/index.html (+3ms)`), not a list page. */
export function isStatementPageLine(text: string): boolean {
  return /[├└]─ \/statements\/(?!page\/)[^/\s]+\/index\.html\b/.test(text);
}
