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
  checked: /content files checked/,
  synced: /\[content\] Synced content/,
  routes: /generating static routes/,
  completed: /✓ Completed in/,
} as const;

/**
 * The build's phases, from the moments its progress messages arrived. A phase whose markers are
 * missing (a bare project has no content check) is empty.
 */
export function buildPhases(lines: readonly LogLine[], totalMs: number): PhaseSpan[] {
  const index = (re: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i]!.text)) return i;
    return -1;
  };
  const ms = (i: number, fallback: number) => (i < 0 ? fallback : lines[i]!.ms);
  const checked = ms(index(MARKERS.checked), 0);
  const synced = ms(index(MARKERS.synced), checked);
  const routesAt = index(MARKERS.routes);
  const routes = ms(routesAt, synced);
  // Astro prints "✓ Completed" after several steps; the one that ends rendering follows the routes.
  const rendered = routesAt < 0 ? routes : ms(index(MARKERS.completed, routesAt), routes);
  return [
    { phase: 'start-up + content check', fromMs: 0, toMs: checked },
    { phase: 'content sync (load, validate, render Markdown, store)', fromMs: checked, toMs: synced },
    { phase: 'bundle (Vite/Rolldown)', fromMs: synced, toMs: routes },
    { phase: 'render pages', fromMs: routes, toMs: rendered },
    { phase: 'Pagefind + finish', fromMs: rendered, toMs: totalMs },
  ];
}

/** `/statements/2021-01-04-x/index.html` → `/statements/*\/`; `/contacts/a--b.vcf` → `/contacts/*.vcf`. */
export function routePattern(path: string): string {
  const segments = path.replace(/^\//, '').split('/');
  const last = segments[segments.length - 1]!;
  const isIndex = last === 'index.html';
  if (isIndex) segments.pop();
  const out = segments.map((s, i) => {
    // A section name (`statements`, `404.html`) is literal; an entry id at the top (a bare site) is not.
    if ((i === 0 && /^[a-z]+(?:\.html)?$|^\d{3}\.html$/.test(s)) || s === 'page') return s;
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
