/**
 * `npm run lighthouse`'s pure parts: its arguments, which pages it measures from a build's files, and
 * the table and list of failed audits it prints from Lighthouse's results.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseLighthouseArgs } from '../../scripts/cli-args.ts';
import { PAGE_TYPES, choosePages, htmlFiles, type BuiltFile } from '../../scripts/lighthouse/pages.ts';
import {
  belowMinimum,
  categoryScores,
  failedAudits,
  formatFailures,
  formatSkipped,
  formatTable,
  type LighthouseResult,
  type PageResult,
} from '../../scripts/lighthouse/report.ts';
import { REPO } from '../support/content-tree.ts';

const TYPES = PAGE_TYPES.map((t) => t.name);

describe('parseLighthouseArgs', () => {
  test('defaults: dist/ of the repository, every score at 100, the mobile preset, every page type', () => {
    expect(parseLighthouseArgs([], join(REPO, 'src'), TYPES)).toEqual({ dist: join(REPO, 'src'), min: 100, formFactors: ['mobile'], pages: [] });
  });
  test('reads the folder, the minimum, both form factors and repeated page types', () => {
    expect(
      parseLighthouseArgs(['--dist', join(REPO, 'scripts'), '--min=90', '--form-factor', 'both', '--page', 'country', '--page', '404'], REPO, TYPES),
    ).toEqual({
      dist: join(REPO, 'scripts'),
      min: 90,
      formFactors: ['mobile', 'desktop'],
      pages: ['country', '404'],
    });
  });
  test('refuses a score out of range, an unknown form factor or page type, a missing folder', () => {
    expect(parseLighthouseArgs(['--min', '101'], REPO, TYPES)).toEqual({ error: '--min is "101" — expected a whole score from 0 to 100' });
    expect(parseLighthouseArgs(['--min', '9.5'], REPO, TYPES)).toEqual({ error: '--min is "9.5" — expected a whole score from 0 to 100' });
    expect(parseLighthouseArgs(['--form-factor', 'tablet'], REPO, TYPES)).toEqual({ error: '--form-factor is "tablet" — expected mobile, desktop or both' });
    expect(parseLighthouseArgs(['--page', 'contry'], REPO, TYPES)).toMatchObject({
      error: expect.stringMatching(/^--page is "contry" — expected one of home, countries, country, /),
    });
    expect(parseLighthouseArgs(['--dist', join(REPO, 'no-such-build')], REPO, TYPES)).toMatchObject({
      error: expect.stringMatching(/which is no folder — run npm run build first$/),
    });
    expect(parseLighthouseArgs(['--bogus'], REPO, TYPES)).toEqual({ error: "Unknown option '--bogus'" });
    expect(parseLighthouseArgs(['-h'], REPO, TYPES)).toEqual({ help: true });
  });
});

describe('choosePages', () => {
  const files: BuiltFile[] = [
    { path: 'index.html', bytes: 10 },
    { path: 'ru/index.html', bytes: 12 },
    { path: 'countries/index.html', bytes: 40 },
    { path: 'countries/kz/index.html', bytes: 900 },
    { path: 'countries/am/index.html', bytes: 300 },
    { path: 'countries/kz/statements/index.html', bytes: 50 },
    { path: 'ru/countries/kz/index.html', bytes: 950 },
    { path: 'ru/countries/am/index.html', bytes: 999_999 },
    { path: 'missions/kz/2021-parliamentary/index.html', bytes: 70 },
    { path: 'missions/am/2021-parliamentary/index.html', bytes: 70 },
    { path: 'ru/missions/am/2021-parliamentary/index.html', bytes: 70 },
    { path: 'ru/missions/kz/2021-parliamentary/index.html', bytes: 70 },
    { path: '404.html', bytes: 5 },
    { path: 'ru/404.html', bytes: 5 },
  ];
  const pages = choosePages(files, ['en', 'ru']);

  test('the largest English page of a type, and the same page in Russian, so the rows compare', () => {
    expect(pages.filter((p) => p.type === 'country').map((p) => p.url)).toEqual(['/countries/kz/', '/ru/countries/kz/']);
  });
  test('a tie goes to the first path, so runs measure the same page', () => {
    expect(pages.filter((p) => p.type === 'mission').map((p) => p.url)).toEqual(['/missions/am/2021-parliamentary/', '/ru/missions/am/2021-parliamentary/']);
  });
  test('a page the Russian build lacks is left out, and a type the build lacks is not invented', () => {
    expect(pages.filter((p) => p.type === 'countries').map((p) => p.url)).toEqual(['/countries/']);
    expect(pages.filter((p) => p.type === 'country statements').map((p) => p.url)).toEqual(['/countries/kz/statements/']);
    expect(pages.some((p) => p.type === 'person')).toBe(false);
  });
  test('pages come in the order of the types, each language in turn; the 404 page at its own address, its noindex not held against it', () => {
    expect(pages.map((p) => `${p.type} ${p.locale}`)).toEqual([
      'home en',
      'home ru',
      'countries en',
      'country en',
      'country ru',
      'country statements en',
      'mission en',
      'mission ru',
      '404 en',
      '404 ru',
    ]);
    expect(pages.at(-1)).toMatchObject({ url: '/ru/404.html', skip: [{ audit: 'is-crawlable' }] });
    expect(pages[0]).toEqual({ type: 'home', locale: 'en', url: '/', skip: [] });
  });
  test('a file is served at its folder', () => {
    // The addresses chosen for a page published at `path` and at its Russian twin.
    const urls = (path: string) =>
      choosePages(
        [
          { path, bytes: 1 },
          { path: `ru/${path}`, bytes: 1 },
        ],
        ['en', 'ru'],
        [{ name: 't', pattern: path }],
      ).map((p) => p.url);
    expect(urls('index.html')).toEqual(['/', '/ru/']);
    expect(urls('people/x/index.html')).toEqual(['/people/x/', '/ru/people/x/']);
    expect(urls('404.html')).toEqual(['/404.html', '/ru/404.html']);
  });
});

describe('htmlFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'lighthouse-pages-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  test('every HTML file under the build with its size, and nothing else', () => {
    mkdirSync(join(root, 'ru', 'countries', 'kz'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<p>home</p>');
    writeFileSync(join(root, 'ru', 'countries', 'kz', 'index.html'), '<p>Казахстан</p>');
    writeFileSync(join(root, 'robots.txt'), 'User-agent: *');
    expect(htmlFiles(root).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'index.html', bytes: 11 },
      // Bytes, not characters: nine Cyrillic letters take two bytes each.
      { path: 'ru/countries/kz/index.html', bytes: 25 },
    ]);
  });
});

/** A Lighthouse result with the shape the report reads. */
function lhr(
  scores: Record<string, number | null>,
  audits: LighthouseResult['audits'],
  refs: Record<string, { id: string; weight: number }[]>,
): LighthouseResult {
  return {
    environment: { benchmarkIndex: 812.4 },
    categories: Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, { score, auditRefs: refs[id] ?? [] }])),
    audits,
  };
}

const sample = lhr(
  { performance: 0.874, accessibility: 1, 'best-practices': 1, seo: 0.995 },
  {
    'total-blocking-time': { id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.57, scoreDisplayMode: 'numeric', displayValue: '510 ms' },
    'dom-size': { id: 'dom-size', title: 'Avoid an excessive DOM size', score: 0, scoreDisplayMode: 'metricSavings', displayValue: '1,663 elements' },
    'color-contrast': {
      id: 'color-contrast',
      title: 'Background and foreground colors have a sufficient contrast ratio',
      score: 1,
      scoreDisplayMode: 'binary',
    },
    'meta-description': { id: 'meta-description', title: 'Document has a meta description', score: 0, scoreDisplayMode: 'binary' },
    'uses-http2': { id: 'uses-http2', title: 'Use HTTP/2', score: 0, scoreDisplayMode: 'informative' },
    'not-in-a-category': { id: 'not-in-a-category', title: 'Elsewhere', score: 0, scoreDisplayMode: 'binary' },
  },
  {
    performance: [
      { id: 'total-blocking-time', weight: 30 },
      { id: 'dom-size', weight: 0 },
      { id: 'uses-http2', weight: 0 },
    ],
    accessibility: [{ id: 'color-contrast', weight: 7 }],
    seo: [{ id: 'meta-description', weight: 1 }],
  },
);

describe('reading a Lighthouse result', () => {
  test('scores are whole numbers out of 100, rounded as Lighthouse reports them; a missing one is null', () => {
    expect(categoryScores(sample)).toEqual({ performance: 87, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(categoryScores(lhr({ performance: null, seo: 0.5 }, {}, {}))).toEqual({ performance: null, accessibility: null, 'best-practices': null, seo: 50 });
  });
  test('failed audits: scored ones of the four categories below 1, worst first, with the categories they weigh in', () => {
    expect(failedAudits(sample)).toEqual([
      { id: 'dom-size', title: 'Avoid an excessive DOM size', score: 0, weighted: [], displayValue: '1,663 elements' },
      { id: 'meta-description', title: 'Document has a meta description', score: 0, weighted: ['seo'] },
      { id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.57, weighted: ['performance'], displayValue: '510 ms' },
    ]);
  });
});

const result = (type: string, locale: 'en' | 'ru', scores: PageResult['scores'], extra: Partial<PageResult> = {}): PageResult => ({
  type,
  locale,
  url: locale === 'en' ? `/${type}/` : `/ru/${type}/`,
  formFactor: 'mobile',
  scores,
  failed: [],
  ...extra,
});
const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };

describe('the report', () => {
  const results = [
    result('about', 'en', perfect, { benchmark: 1234.6 }),
    result('about', 'ru', { ...perfect, performance: 87 }, { failed: failedAudits(sample), benchmark: 812.4 }),
    result('search', 'ru', { performance: null, accessibility: 100, 'best-practices': null, seo: 100 }, { error: 'NO_NAVSTART: no trace' }),
  ];

  test('a table of scores, right-aligned, with the machine speed and address', () => {
    expect(formatTable(results)).toBe(
      [
        'page    lang  form    perf  a11y  practices  seo   cpu  address',
        'about   en    mobile   100   100        100  100  1235  /about/',
        'about   ru    mobile    87   100        100  100   812  /ru/about/',
        'search  ru    mobile     —   100          —  100     —  /ru/search/',
      ].join('\n'),
    );
  });
  test('pages below the minimum, a page not measured among them', () => {
    expect(belowMinimum(results, 100).map((r) => r.url)).toEqual(['/ru/about/', '/ru/search/']);
    expect(belowMinimum(results, 80).map((r) => r.url)).toEqual(['/ru/search/']);
  });
  test('each failed audit once, the weighted ones first, with the pages and their score of it', () => {
    expect(formatFailures(results)).toBe(
      [
        'Not measured:',
        '  search ru mobile /ru/search/: NO_NAVSTART: no trace',
        'meta-description — Document has a meta description [seo]',
        '    about ru mobile (0)',
        'total-blocking-time — Total Blocking Time [performance]',
        '    about ru mobile (57, 510 ms)',
        'dom-size — Avoid an excessive DOM size [no weight]',
        '    about ru mobile (0, 1,663 elements)',
      ].join('\n'),
    );
    expect(formatFailures([result('about', 'en', perfect)])).toBe('');
  });
  test('audits left out are named once, with their pages and reason', () => {
    const pages = choosePages(
      [
        { path: '404.html', bytes: 1 },
        { path: 'ru/404.html', bytes: 1 },
        { path: 'index.html', bytes: 1 },
      ],
      ['en', 'ru'],
    );
    expect(formatSkipped(pages)).toBe(
      'is-crawlable on 404 en, 404 ru: the page for a missing address carries noindex, so that /404.html itself never shows in search results',
    );
  });
});

describe('npm run lighthouse', () => {
  test('a bad argument prints the usage and exits 2 before serving or launching anything', () => {
    const run = spawnSync(process.execPath, [join(REPO, 'scripts', 'lighthouse.ts'), '--form-factor', 'tablet'], { cwd: REPO, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^--form-factor is "tablet" — expected mobile, desktop or both\nusage: npm run lighthouse -- /);
    expect(run.stdout).toBe('');
  });
});
