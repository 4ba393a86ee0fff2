/**
 * Site-wide gates over the built site: no broken internal link or fragment, valid HTML, a strict
 * CSP obeyed by every page, safe external links, and every published URL still served.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenLinks } from '../gates/links.ts';
import { cspProblems, externalLinkProblems } from '../gates/policy.ts';
import { htmlProblems } from '../gates/html.ts';
import { allFiles, publishedFiles } from '../gates/site-files.ts';
import { compareUrls, parseUrlList } from '../gates/urls.ts';
import { redirects } from '../../src/archive/redirects.ts';
import { builtPages, isRedirect, pageHtml } from '../support/site.ts';
import { REPO } from '../support/content-tree.ts';

const dist = inject('archiveDistDir');
const SITE = 'https://election-observation-archive.org';
const pages = builtPages(dist).map((path) => ({ path, html: pageHtml(dist, path) }));

test('no internal link or fragment is broken', () => {
  expect(brokenLinks(pages, allFiles(dist), SITE)).toEqual([]);
});

describe.each(pages.map((p) => [p.path, p.html] as const))('%s', (path, html) => {
  test('is valid HTML', async () => {
    expect(await htmlProblems(html, path)).toEqual([]);
  });
  test('obeys a strict Content-Security-Policy', () => {
    expect(cspProblems(html)).toEqual([]);
  });
  test('opens external links safely', () => {
    expect(externalLinkProblems(html, SITE)).toEqual([]);
  });
});

test('every moved URL is served as a refresh to a page that exists', () => {
  for (const [from, to] of Object.entries(redirects)) {
    const html = pageHtml(dist, from);
    expect(isRedirect(html), from).toBe(true);
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${to}">`);
    expect(builtPages(dist), from).toContain(to);
  }
});

test('every published URL is still served or redirected', () => {
  // New URLs are not a failure: a contributor adding an entry adds pages. `npm run urls` records them
  // (CONTRIBUTING's checklist), and from then on this gate keeps them.
  const published = parseUrlList(readFileSync(join(REPO, 'tests/gates/published-urls.txt'), 'utf8'));
  const report = compareUrls(published, publishedFiles(dist), redirects);
  expect(report.missing, 'published URLs gone without a redirect (add one in src/archive/redirects.ts)').toEqual([]);
});
