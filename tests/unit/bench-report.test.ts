import { describe, expect, test } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench/args.ts';
import { bareProject } from '../../scripts/bench/bare.ts';
import { floorDifferences, floorProject, writeFloorManifest } from '../../scripts/bench/manifest-floor.ts';
import { buildPhases, isStatementPageLine, routeCosts } from '../../scripts/bench/build-log.ts';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cpuBetween, descendants, peakRssBetween, parseProcStat, parseTimeReport, stripAnsi, treeUsage } from '../../scripts/bench/measure.ts';
import { fairFloorLine, formatBytes, heapTable, median, siteLine } from '../../scripts/bench/report.ts';
import { copyProject } from '../../scripts/bench/run.ts';
import { SITE_LANGUAGES, SITE_RENDER_CONCURRENCY } from '../../scripts/bench/site-settings.ts';
import siteConfig from '../../astro.config.mjs';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';
import { siteStats } from '../../scripts/bench/site-stats.ts';

/** A folder holding `files` (path → text), removed by `done`. */
function folderOf(files: Record<string, string>): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The route a page's render line is counted under. */
const routePattern = (path: string) => routeCosts([{ ms: 0, text: `├─ ${path} (+1ms)` }])[0]!.route;

/** A build's figure over the floor's, as the benchmark's last line writes the wall time. */
const formatRatio = (ours: number | undefined, floor: number | undefined) =>
  /wall (\S+),/.exec(fairFloorLine({ seconds: ours!, cpuSeconds: ours, peakBytes: ours! }, { seconds: floor!, cpuSeconds: floor, peakBytes: floor! }))![1];

describe('parseBenchArgs', () => {
  test('defaults to 10,000 statements, 1,000 missions, one run, Markdown', () => {
    expect(parseBenchArgs([])).toMatchObject({ statements: 10_000, missions: 1_000, runs: 1, format: 'md', floor: true, detail: false, heap: false });
  });

  test('reads sizes, runs and format', () => {
    expect(parseBenchArgs(['--statements', '500', '--missions=50', '--runs', '3', '--format', 'mdx', '--no-floor'])).toMatchObject({
      statements: 500,
      missions: 50,
      runs: 3,
      format: 'mdx',
      floor: false,
    });
  });

  test('--heap asks for a heap snapshot of the site build', () => {
    expect(parseBenchArgs(['--heap'])).toMatchObject({ heap: true });
  });

  test('refuses nonsense', () => {
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchArgs(['--statements', 'many'])).toThrow(/--statements/);
    expect(() => parseBenchArgs(['--format', 'html'])).toThrow(/--format/);
    expect(() => parseBenchArgs(['--stataments', '5'])).toThrow();
  });
});

describe('measure helpers', () => {
  test('parseTimeReport reads the peak RSS and CPU time of GNU time -v', () => {
    const report = '\tUser time (seconds): 4.13\n\tSystem time (seconds): 1.51\n\tMaximum resident set size (kbytes): 511328\n';
    const parsed = parseTimeReport(report);
    expect(parsed.maxRssBytes).toBe(511328 * 1024);
    expect(parsed.cpuSeconds).toBeCloseTo(5.64);
    expect(parseTimeReport('')).toEqual({});
  });

  test('parseProcStat reads the parent and CPU ticks, whatever the command name holds', () => {
    const stat = '1234 (node (worker) x) S 77 1234 1234 0 -1 4194304 100 0 0 0 250 50 7 3 20 0 1 0';
    expect(parseProcStat(stat)).toEqual({ ppid: 77, cpuTicks: 310 });
    expect(parseProcStat('garbage')).toBeUndefined();
  });

  test('peakRssBetween takes the largest sample inside the span', () => {
    const samples = [
      { ms: 0, cpuSeconds: 0, rssBytes: 100 },
      { ms: 1000, cpuSeconds: 1, rssBytes: 300 },
      { ms: 2000, cpuSeconds: 2, rssBytes: 200 },
      { ms: 3000, cpuSeconds: 3 },
    ];
    expect(peakRssBetween(samples, 500, 2500)).toBe(300);
    expect(peakRssBetween(samples, 1500, 3000)).toBe(200);
    expect(peakRssBetween(samples, 3500, 4000)).toBe(0);
  });

  test('cpuBetween interpolates the cumulative samples', () => {
    const samples = [
      { ms: 1000, cpuSeconds: 1 },
      { ms: 2000, cpuSeconds: 3 },
      { ms: 3000, cpuSeconds: 3.5 },
    ];
    expect(cpuBetween(samples, 1000, 2000)).toBe(2);
    expect(cpuBetween(samples, 1500, 2500)).toBeCloseTo(1.25);
    expect(cpuBetween(samples, 0, 5000)).toBe(3.5);
    expect(cpuBetween([], 0, 5000)).toBe(0);
  });

  test('descendants walks the whole tree below the root only', () => {
    const parents = new Map([
      [2, 1],
      [3, 2],
      [4, 2],
      [5, 9],
    ]);
    expect(descendants(2, parents).sort()).toEqual([2, 3, 4]);
  });

  test.skipIf(!existsSync('/proc/self/stat'))('treeUsage measures a live process and nothing once it is gone', () => {
    const usage = treeUsage(process.pid)!;
    expect(usage.rssBytes).toBeGreaterThan(1024 * 1024);
    expect(usage.cpuSeconds).toBeGreaterThan(0);
    expect(treeUsage(2 ** 22 + 12345)).toBeUndefined();
  });

  test('stripAnsi removes colour codes', () => {
    expect(stripAnsi('\x1b[2m12:36:55\x1b[22m   \x1b[34m├─\x1b[39m')).toBe('12:36:55   ├─');
  });
});

describe('build log', () => {
  const lines = [
    { ms: 3000, text: '12:00:00 [content] Syncing content' },
    { ms: 5000, text: '12:00:02 [content] Synced content' },
    { ms: 5500, text: '12:00:02 [election-archive] 87 content files checked: no problems' },
    { ms: 5000, text: '12:00:02 [build] ✓ Completed in 2.03s.' },
    { ms: 9000, text: ' generating static routes ' },
    { ms: 9100, text: '12:00:06   ├─ /statements/2021-01-04-x/index.html (+12ms) ' },
    { ms: 9200, text: '12:00:06   ├─ /statements/2021-01-05-y/index.html (+8ms) ' },
    { ms: 9300, text: '12:00:06   ├─ /missions/kz/2021-parliamentary/contacts.vcf (+1.5s) ' },
    { ms: 9400, text: '12:00:06   └─ /index.html (+30ms) ' },
    { ms: 12000, text: '12:00:09 ✓ Completed in 3.0s.' },
    { ms: 15000, text: '12:00:12 [election-archive] Pagefind indexed 95 pages' },
  ];

  test("buildPhases times the stretches between Astro's progress messages", () => {
    expect(buildPhases(lines, 16000).map((p) => p.toMs - p.fromMs)).toEqual([3000, 2000, 500, 3500, 3000, 4000]);
    expect(buildPhases([], 5000).map((p) => p.toMs - p.fromMs)).toEqual([0, 0, 0, 0, 0, 5000]);
    // A bare project: no check, so nothing is spent waiting for one.
    const bare = lines.filter((l) => !l.text.includes('checked'));
    expect(buildPhases(bare, 16000).map((p) => p.toMs - p.fromMs)).toEqual([3000, 2000, 0, 4000, 3000, 4000]);
  });

  test('routePattern groups pages by route', () => {
    expect(routePattern('/statements/2021-01-04-x/index.html')).toBe('/statements/*/');
    expect(routePattern('/statements/page/3/index.html')).toBe('/statements/page/*/');
    expect(routePattern('/missions/kz/2021-parliamentary/contacts.vcf')).toBe('/missions/*/*/*.vcf');
    expect(routePattern('/contacts/a--b.vcf')).toBe('/contacts/*.vcf');
    expect(routePattern('/index.html')).toBe('/');
    expect(routePattern('/404.html')).toBe('/404.html');
    expect(routePattern('/2021-01-04-x/index.html')).toBe('/*/');
    // A language edition keeps its section names; the bare floor's ids stay ids.
    expect(routePattern('/ru/statements/2021-01-04-x/index.html')).toBe('/ru/statements/*/');
    expect(routePattern('/ru/missions/kz/2021-parliamentary/index.html')).toBe('/ru/missions/*/*/');
    expect(routePattern('/ru/2021-01-04-x/index.html')).toBe('/ru/*/');
  });

  test('routeCosts sums per route, costliest first', () => {
    expect(routeCosts(lines)).toEqual([
      { route: '/missions/*/*/*.vcf', pages: 1, ms: 1500 },
      { route: '/', pages: 1, ms: 30 },
      { route: '/statements/*/', pages: 2, ms: 20 },
    ]);
  });
});

describe('statement page lines', () => {
  test('a statement page counts; its list pages and other routes do not', () => {
    expect(isStatementPageLine('18:35:59   ├─ /statements/1997-05-08-observers-deployed-2/index.html (+9ms) ')).toBe(true);
    expect(isStatementPageLine('  └─ /statements/a/index.html (+1ms)')).toBe(true);
    expect(isStatementPageLine('  ├─ /statements/index.html (+5ms)')).toBe(false);
    expect(isStatementPageLine('  ├─ /statements/page/2/index.html (+5ms)')).toBe(false);
    expect(isStatementPageLine('  ├─ /citations/statements/a.bib/index.html (+5ms)')).toBe(false);
  });
});

describe('report', () => {
  test('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('a ratio has two decimals and the multiplication sign; a missing figure is n/a', () => {
    expect(formatRatio(143, 100)).toBe('1.43×');
    expect(formatRatio(1, 3)).toBe('0.33×');
    expect(formatRatio(undefined, 3)).toBe('n/a×');
    expect(formatRatio(3, 0)).toBe('n/a×');
  });

  test('the fair-floor line divides the site by the floor in wall time, CPU time and peak memory', () => {
    const floor = { seconds: 90, cpuSeconds: 100, peakBytes: 4 * 1024 ** 3 };
    expect(fairFloorLine({ seconds: 139.2, cpuSeconds: 203.1, peakBytes: 4.56 * 1024 ** 3 }, floor)).toBe(
      'fair floor: wall 1.55×, CPU 2.03×, peak memory 1.14×',
    );
    expect(fairFloorLine({ seconds: 90, peakBytes: 4 * 1024 ** 3 }, floor)).toBe('fair floor: wall 1.00×, CPU n/a×, peak memory 1.00×');
    expect(fairFloorLine({ seconds: 180, peakBytes: 4 * 1024 ** 3 }, floor, 'bare floor (earlier)')).toBe(
      'bare floor (earlier): wall 2.00×, CPU n/a×, peak memory 1.00×',
    );
  });

  test('without a floor, the last line gives the site’s wall time and peak memory at its size', () => {
    expect(siteLine(30000, { seconds: 612.44, peakBytes: 7.81 * 1024 ** 3 })).toBe('site at 30000 statements: wall 612.4s, peak memory 7.81 GiB');
  });

  test('the heap table lists classes and single retainers with their share of the heap', () => {
    const table = heapTable({
      totalBytes: 1000,
      nodeCount: 12_345,
      classes: [{ name: 'CSL.Engine', count: 1, selfBytes: 296, retainedBytes: 400 }],
      retainers: [{ name: 'Map', selfBytes: 56, retainedBytes: 250, heldBy: ['Store', 'Object'] }],
    });
    expect(table).toContain('heap: 1000 B reachable in 12,345 objects');
    expect(table).toMatch(/CSL\.Engine \|\s+1 \| 296 B \|\s+400 B \| 40\.0%/);
    expect(table).toMatch(/Map\s+\|\s+56 B \|\s+250 B \| 25\.0% \| Store ← Object/);
  });

  test('formatBytes uses binary units with three significant figures', () => {
    expect(formatBytes(97)).toBe('97 B');
    expect(formatBytes(1536)).toBe('1.50 KiB');
    expect(formatBytes(812 * 1024)).toBe('812 KiB');
    expect(formatBytes(1.234 * 1024 ** 3)).toBe('1.23 GiB');
  });

  test('a table aligns its columns, text to the left and numbers to the right, under a header rule', () => {
    const classes = [
      { name: 'a', count: 1, selfBytes: 5, retainedBytes: 5 },
      { name: 'bbb', count: 10, selfBytes: 50, retainedBytes: 500 },
    ];
    expect(heapTable({ totalBytes: 1000, nodeCount: 2, classes, retainers: [] })).toContain(
      [
        'class | objects |  own | retained | share',
        '------|---------|------|----------|------',
        'a     |       1 |  5 B |      5 B |  0.5%',
        'bbb   |      10 | 50 B |    500 B | 50.0%',
      ].join('\n'),
    );
  });
});

describe('linkedAssets', () => {
  test('finds same-site stylesheets, scripts and module preloads in any attribute order', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link href='/_astro/b.css' rel=stylesheet>
      <link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/c.js?v=1"></script>
      <link rel="modulepreload" href="/_astro/d.js"><script src="https://cdn.example/x.js"></script><script>inline()</script>`;
    const dist = folderOf({ 'index.html': html });
    try {
      expect(siteStats(dist.dir).largestPage.assets).toEqual(['/_astro/a.css', '/_astro/b.css', '/_astro/c.js', '/_astro/d.js']);
    } finally {
      dist.done();
    }
  });
});

describe('the fair floor', () => {
  const built = [
    'statements/a/index.html',
    'index.html',
    'pagefind/en_1.pf_index',
    'pagefind/pagefind.js',
    '404.html',
    'statements/a.bib',
    'ru/404.html',
    'ru/index.html',
    '_astro/x.css',
  ];

  test('publishes every page of the site as a page and every other file as a file, but not the search index', () => {
    const dist = folderOf(Object.fromEntries(built.map((f) => [f, f])));
    const manifest = folderOf({});
    try {
      const read = writeFloorManifest(dist.dir, manifest.dir);
      expect(read).toEqual({ pages: ['', 'ru', 'statements/a'], files: ['404.html', '_astro/x.css', 'ru/404.html', 'statements/a.bib'] });
      // The floor's dist/ is fair when it holds every file but the search index, byte for byte.
      expect(floorDifferences(manifest.dir, dist.dir, read)).toEqual([]);
      rmSync(join(dist.dir, 'ru/404.html'));
      expect(floorDifferences(manifest.dir, dist.dir, read)).toEqual(["in the site's dist/ but not published: ru/404.html"]);
    } finally {
      dist.done();
      manifest.done();
    }
  });

  test('loads each of the site’s collections, reads the manifest once for both routes, and is refused without collections or pages at once', () => {
    const files = floorProject({
      manifestDir: '/srv/bench/manifest',
      siteSrc: '/srv/repo/src',
      collections: ['countries', 'statements'],
      renderConcurrency: 4,
      collectionStorage: 'chunked',
    });
    expect([...files.keys()].sort()).toEqual([
      'astro.config.mjs',
      'src/content.config.ts',
      'src/manifest.mjs',
      'src/pages/[...file].ts',
      'src/pages/[...page].astro',
    ]);
    expect(files.get('src/content.config.ts')).toContain('"countries": collection("countries"),');
    expect(files.get('src/content.config.ts')).not.toMatch(/schema:/);
    expect(files.get('src/manifest.mjs')).toContain('export const dir = "/srv/bench/manifest";');
    expect(files.get('astro.config.mjs')).toContain('concurrency: 4');
    expect(files.get('astro.config.mjs')).toContain(`experimental: { collectionStorage: "chunked" }`);
    expect(files.get('astro.config.mjs')).toContain('import { pagefindSearch } from "/srv/repo/src/search/pagefind-integration.ts"');
    const bad = { manifestDir: '/m', siteSrc: '/s', collectionStorage: 'single-file' };
    expect(() => floorProject({ ...bad, collections: [], renderConcurrency: 1 })).toThrow(/at least one collection/);
    expect(() => floorProject({ ...bad, collections: ['statements'], renderConcurrency: 0 })).toThrow(/at least one page at a time/);
  });
});

describe('generated projects', () => {
  const bare = (languages: string[], renderConcurrency = 1) =>
    bareProject('/srv/archive/content/statements', { languages, searchModule: '/srv/repo/src/search/pagefind-integration.ts', renderConcurrency });

  test('the fair floor has one catch-all page, a glob collection, no schema, and Pagefind fed as the site feeds it', () => {
    const files = bare(['en']);
    expect([...files.keys()].sort()).toEqual(['astro.config.mjs', 'src/content.config.ts', 'src/pages/[...path].astro']);
    expect(files.get('src/content.config.ts')).toContain('base: "/srv/archive/content/statements"');
    expect(files.get('src/content.config.ts')).not.toContain('schema');
    expect(files.get('astro.config.mjs')).toContain('import { pagefindSearch } from "/srv/repo/src/search/pagefind-integration.ts"');
    expect(files.get('astro.config.mjs')).toContain('pagefindSearch()');
  });

  test('each floor page is a full HTML page with its language, the title and the body marked for Pagefind', () => {
    const page = bare(['en']).get('src/pages/[...path].astro')!;
    expect(page).toContain('<html lang={lang}>');
    expect(page).toContain('<title>{entry.data.title}</title>');
    expect(page).toContain('<main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main>');
  });

  test('the floor renders every statement once per language, the first unprefixed', async () => {
    const page = bare(['en', 'ru']).get('src/pages/[...path].astro')!;
    // Run the generated getStaticPaths() on two entries, as Astro would.
    const source = /export async function getStaticPaths\(\) \{[\s\S]*?\n\}/.exec(page)![0].replace('export ', '');
    const entries = [{ id: 'a' }, { id: 'b' }];
    // `a` has its body's Russian translation; `b` has none, and its Russian page renders the English.
    const translations = [{ id: 'a.ru' }];
    const getStaticPaths = new Function('getCollection', `${source}; return getStaticPaths;`)(async (name: string) =>
      name === 'translations' ? translations : entries,
    ) as () => Promise<{ params: { path: string }; props: { lang: string; body: { id: string } } }[]>;
    const paths = await getStaticPaths();
    expect(paths.map((p) => [p.params.path, p.props.lang, p.props.body.id])).toEqual([
      ['a', 'en', 'a'],
      ['b', 'en', 'b'],
      ['ru/a', 'ru', 'a.ru'],
      ['ru/b', 'ru', 'b'],
    ]);
    // Translations are not statements of their own.
    expect(bare(['en', 'ru']).get('src/content.config.ts')).toContain('pattern: ["**/*.{md,mdx}","!**/*.ru.{md,mdx}"]');
    expect(() => bare([])).toThrow(/at least one language/);
  });

  test('the floor renders the languages the site publishes, the default first', () => {
    expect(SITE_LANGUAGES[0]).toBe(DEFAULT_LOCALE);
    expect([...SITE_LANGUAGES].sort()).toEqual([...LOCALES].sort());
  });

  test('the floor renders as many pages at once as the site does', () => {
    expect(SITE_RENDER_CONCURRENCY).toBe(siteConfig.build?.concurrency ?? 1);
    expect(bare(['en'], 4).get('astro.config.mjs')).toContain('build: { concurrency: 4 }');
    expect(bare(['en']).get('astro.config.mjs')).toContain('build: { concurrency: 1 }');
    expect(() => bare(['en'], 0)).toThrow(/at least one page at a time/);
  });

  test('the site is built from a copy of everything its build reads', () => {
    const repo = folderOf({ 'astro.config.mjs': '', 'src/pages/index.astro': '', 'public/robots.txt': '', 'tests/unit/a.test.ts': '' });
    const copy = folderOf({});
    try {
      copyProject(repo.dir, join(copy.dir, 'project'));
      expect(readdirSync(join(copy.dir, 'project')).sort()).toEqual(['astro.config.mjs', 'public', 'src']);
      expect(existsSync(join(copy.dir, 'project', 'src/pages/index.astro'))).toBe(true);
    } finally {
      repo.done();
      copy.done();
    }
  });
});
