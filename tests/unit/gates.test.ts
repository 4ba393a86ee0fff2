/** Each site-wide gate fails on a seeded fault of its kind, and passes on a clean page. */
import { afterEach, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokenLinks } from '../gates/links.ts';
import { cspProblems, externalLinkProblems } from '../gates/policy.ts';
import { htmlProblems } from '../gates/html.ts';
import { treeDifferences, treeDigest } from '../gates/reproducible.ts';
import { compareUrls, parseUrlList } from '../gates/urls.ts';
import { publishedFiles } from '../gates/site-files.ts';

const SITE = 'https://election-observation-archive.org';
const CSP = `default-src 'self'; object-src 'none'; base-uri 'self'; script-src 'self'; style-src 'self'`;
const page = (body: string, csp = CSP, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test page</title><meta http-equiv="content-security-policy" content="${csp}">${head}</head><body><main id="main"><h1>Test</h1>${body}</main></body></html>`;

describe('internal links', () => {
  const files = new Set(['/index.html', '/missions/index.html', '/missions/kz/2021-parliamentary/index.html', '/_astro/site.css', '/contacts/a.vcf']);
  const pages = [
    { path: '/missions/', html: page('<p id="top">x</p>') },
    { path: '/missions/kz/2021-parliamentary/', html: page('<h2 id="findings">F</h2>') },
  ];
  test('clean links pass, including fragments, relative paths and files', () => {
    const home = {
      path: '/',
      html: page(
        '<a href="/missions/#top">m</a> <a href="missions/kz/2021-parliamentary/#findings">x</a> <a href="/contacts/a.vcf">v</a> <a href="mailto:a@b.org">e</a> <a href="https://example.org/">ext</a>',
        CSP,
        '<link rel="stylesheet" href="/_astro/site.css">',
      ),
    };
    expect(brokenLinks([...pages, home], files, SITE)).toEqual([]);
  });
  test('a missing page and a missing fragment are each reported', () => {
    const home = { path: '/', html: page('<a href="/missions/kz/2021-parlamentary/">typo</a> <a href="/missions/kz/2021-parliamentary/#finding">frag</a>') };
    expect(brokenLinks([...pages, home], files, SITE)).toEqual([
      '/ → /missions/kz/2021-parlamentary/: no page or file at /missions/kz/2021-parlamentary/',
      '/ → /missions/kz/2021-parliamentary/#finding: /missions/kz/2021-parliamentary/ has no element with id "finding"',
    ]);
  });
});

describe('content security policy', () => {
  test('a page that obeys its strict CSP passes; JSON-LD is data, not script', () => {
    expect(
      cspProblems(page('<p>ok</p>', CSP, '<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/x.js"></script>')),
    ).toEqual([]);
  });
  test('an inline script with its hash passes, without it fails', () => {
    const code = 'console.log(1)';
    const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    expect(cspProblems(page(`<script>${code}</script>`, `${CSP} ${hash}`.replace("script-src 'self'", `script-src 'self' ${hash}`)))).toEqual([]);
    expect(cspProblems(page(`<script>${code}</script>`))).toEqual(['inline script without its hash in script-src: console.log(1)']);
  });
  test('each kind of fault is reported', () => {
    expect(cspProblems(page('<button onclick="go()">x</button><a href="javascript:go()">y</a><p style="color:red">z</p>'))).toEqual([
      'event-handler attribute onclick on <button>',
      'href="javascript:go()" on <a>',
      'style attribute on <p> (blocked by style-src)',
    ]);
    expect(cspProblems(page('', "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'"))).toEqual([
      "script-src allows 'unsafe-inline'",
      "style-src allows 'unsafe-inline'",
      "object-src is not 'none'",
      'no base-uri directive',
    ]);
    expect(cspProblems('<!doctype html><html><head></head><body></body></html>')).toEqual(['no Content-Security-Policy meta element']);
  });
  test('external links need noopener and noreferrer; our own absolute links do not', () => {
    const html = page(`<a href="https://osce.org/x" rel="noopener noreferrer">ok</a><a href="https://osce.org/y">bad</a><a href="${SITE}/missions/">own</a>`);
    expect(externalLinkProblems(html, SITE)).toEqual(['external link without rel="noopener noreferrer": https://osce.org/y']);
  });
});

describe('HTML validation', () => {
  test('a valid page passes', async () => {
    expect(await htmlProblems(page('<p>Valid.</p>'), 'ok.html')).toEqual([]);
  });
  test('invalid markup fails with line, column and rule', async () => {
    const problems = await htmlProblems(page('<p><div>block in paragraph</div></p><img src="/x.png">'), 'bad.html');
    expect(problems.map((p) => p.split(' ')[1])).toEqual(expect.arrayContaining(['wcag/h37']));
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});

describe('reproducibility', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tree = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'tree-'));
    dirs.push(dir);
    for (const [f, c] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), c);
    }
    return treeDigest(dir);
  };
  test('identical trees have no differences; one byte and one file are caught', () => {
    expect(treeDifferences(tree({ 'a/index.html': 'x', 'b.css': 'y' }), tree({ 'a/index.html': 'x', 'b.css': 'y' }))).toEqual([]);
    expect(treeDifferences(tree({ 'a/index.html': 'x', 'b.css': 'y' }), tree({ 'a/index.html': 'X', 'c.js': 'z' }))).toEqual([
      'differs: a/index.html',
      'only in the first build: b.css',
      'only in the second build: c.js',
    ]);
  });
});

describe('permanent URLs', () => {
  test('a published URL that disappears fails unless redirected; new URLs must be listed', () => {
    const published = parseUrlList('# comment\n/a/\n/b/\n\n/c.vcf\n');
    expect(published).toEqual(['/a/', '/b/', '/c.vcf']);
    expect(compareUrls(published, ['/a/', '/c.vcf', '/d/'], {})).toEqual({ missing: ['/b/'], unlisted: ['/d/'] });
    expect(compareUrls(published, ['/a/', '/c.vcf'], { '/b': '/a/' })).toEqual({ missing: [], unlisted: [] });
  });
});

describe('published files', () => {
  test('pages, vCards and the open data, feeds, calendars and citations are published; assets, the search index and numbered sitemaps are not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    try {
      for (const f of [
        'index.html',
        'about/index.html',
        'contacts/a.vcf',
        'data/v1/missions.csv',
        'data/v1/missions.json',
        'feeds/statements.xml',
        'calendar/elections.ics',
        'citations/countries/kz.bib',
        'citations/countries/kz.ris',
        'robots.txt',
        'sitemap-index.xml',
        'sitemap-0.xml',
        '_astro/x.css',
        'pagefind/pagefind.js',
        'favicon.svg',
      ]) {
        mkdirSync(join(dir, f, '..'), { recursive: true });
        writeFileSync(join(dir, f), 'x');
      }
      expect(publishedFiles(dir)).toEqual([
        '/',
        '/about/',
        '/calendar/elections.ics',
        '/citations/countries/kz.bib',
        '/citations/countries/kz.ris',
        '/contacts/a.vcf',
        '/data/v1/missions.csv',
        '/data/v1/missions.json',
        '/feeds/statements.xml',
        '/robots.txt',
        '/sitemap-index.xml',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
