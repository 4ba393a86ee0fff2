/**
 * What a real host sends: the built site served by nginx with the configuration the project ships
 * (`npm run nginx-config`), and the `_headers` file static hosts read, both from one policy in
 * src/security/headers.ts. Every kind of published file is fetched and its headers asserted; in real
 * Chromium, the header CSP refuses framing and blocks nothing a page needs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { FILE_TYPES } from '../../src/security/headers.ts';
import { headerRules, SECURITY_HEADERS } from '../support/headers.ts';
import { launchChromium } from '../support/browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const CSP_HEADER = new Map(SECURITY_HEADERS).get('Content-Security-Policy');
/** A year, and never asked for again: the name changes with the content. */
const HASHED_ASSETS_CACHE = 'public, max-age=31536000, immutable';

/** The first file under `dir` whose name ends with `suffix`, as a URL path. */
function firstFile(dir: string, suffix: string): string {
  const found = (readdirSync(join(dist, dir), { recursive: true }) as string[]).sort().find((f) => f.endsWith(suffix));
  if (!found) throw new Error(`no ${suffix} file under ${dir}`);
  return `/${dir}/${found.split('\\').join('/')}`;
}

function expectSecurityHeaders(response: Response) {
  for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name), name).toBe(value);
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
}

describe('nginx serves every kind of file with its headers', () => {
  test.each(['/', '/countries/', '/search/', '/contacts/'])('the page %s', async (path) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
  });

  test('a page that does not exist: 404, the archive’s own page, and the same headers', async () => {
    const response = await fetch(`${base}/countries/atlantis/`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/);
    expect(html).toContain('<h1>Page not found</h1>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
  });

  // nginx's `error_page` and `add_header` hold for the location they are in: the /ru/ location
  // names its own page and repeats every header, its nested file types too.
  test.each(['/ru/countries/atlantis/', '/ru/no-such-section/', '/ru/calendar/countries/atlantis.ics'])(
    'a Russian address that does not exist (%s): 404, the Russian page, and the same headers',
    async (path) => {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toMatch(/^<!DOCTYPE html><html lang="ru"/);
      expect(html).toContain('<h1>Страница не найдена</h1>');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expectSecurityHeaders(response);
    },
  );

  test('Russian pages and files keep their headers and types under the /ru/ location', async () => {
    const page = await fetch(`${base}/ru/countries/kz/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(page);
    const calendar = await fetch(`${base}${firstFile('ru/calendar', '.ics')}`);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expectSecurityHeaders(calendar);
  });

  test('each 404 page is also served at its own address', async () => {
    for (const [path, lang] of [
      ['/404.html', 'en'],
      ['/ru/404.html', 'ru'],
    ] as const) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${lang}"`));
      expectSecurityHeaders(response);
    }
  });

  test('a vCard is text/vcard', async () => {
    const response = await fetch(`${base}${firstFile('contacts', '.vcf')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/vcard; charset=utf-8');
    expect(await response.text()).toMatch(/^BEGIN:VCARD\r\n/);
    expectSecurityHeaders(response);
  });

  test('Pagefind’s compressed files go out as they are, never compressed again', async () => {
    for (const suffix of ['.pf_fragment', '.pf_meta', '.pagefind']) {
      const path = firstFile('pagefind', suffix);
      const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-encoding'), path).toBeNull();
      const type = FILE_TYPES.find((t) => path.endsWith(`.${t.extension}`))!.type;
      expect(response.headers.get('content-type'), path).toBe(type);
      // fetch would have decoded a second gzip layer; what arrives is Pagefind's own gzip stream.
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.equals(readFileSync(join(dist, path)))).toBe(true);
      expect(() => gunzipSync(bytes)).not.toThrow();
      expectSecurityHeaders(response);
    }
  });

  test('text is compressed where the client accepts it', async () => {
    const path = firstFile('_astro', '.css');
    const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expectSecurityHeaders(response);
  });

  // Lighthouse's "efficient cache policy": the stylesheet every page loads went out with no lifetime.
  test('Astro’s hashed styles and scripts may be kept for a year; pages, data and a missing file may not', async () => {
    for (const path of [firstFile('_astro', '.css'), firstFile('_astro', '.js')]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(HASHED_ASSETS_CACHE);
      expectSecurityHeaders(response);
    }
    for (const path of ['/', '/ru/countries/kz/', firstFile('pagefind', '.pf_meta'), '/pagefind/pagefind.js']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBeNull();
    }
    const missing = await fetch(`${base}/_astro/no-such-file.0000.css`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
    expect(await missing.text()).toContain('<h1>Page not found</h1>');
    expectSecurityHeaders(missing);
  });
});

describe('static hosts get the same policy', () => {
  test('the build writes _headers with every header for every path and the file types', () => {
    const rules = headerRules(readFileSync(join(dist, '_headers'), 'utf8'));
    expect(Object.fromEntries(rules.get('/*')!)).toEqual(Object.fromEntries(SECURITY_HEADERS));
    for (const { extension, type } of FILE_TYPES) expect(rules.get(`/*.${extension}`)?.get('Content-Type')).toBe(type);
    expect(Object.fromEntries(rules.get('/_astro/*')!)).toEqual({ 'Cache-Control': HASHED_ASSETS_CACHE });
  });
});

describe('in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchChromium()));
  afterAll(async () => browser?.close());

  test('the site cannot be framed by another page', async () => {
    // Another site on this machine, with no policy of its own, frames the archive and a control page.
    const framer = createServer((_, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>framer</title><iframe src="${base}/"></iframe><iframe srcdoc="<p>control</p>"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, 'localhost', resolve));
    const page = await browser.newPage();
    try {
      await page.goto(`http://localhost:${(framer.address() as AddressInfo).port}/`);
      await page.waitForTimeout(1000);
      const urls = page.frames().map((f) => f.url());
      // The control frame loads; the archive's frame is replaced by Chromium's error page.
      expect(urls).toContain('about:srcdoc');
      expect(urls).not.toContain(`${base}/`);
      expect(urls).toContain('chrome-error://chromewebdata/');
    } finally {
      await page.close();
      framer.close();
    }
  });

  test('the header CSP blocks nothing the search page needs', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
    const response = await page.goto(`${base}/search/?q=Kazakhstan`);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(response?.headers()['content-security-policy']).toBe(CSP_HEADER);
    await page.waitForSelector('[data-search-results] li, .pagefind-ui__result, [role="status"]', { timeout: 15_000 }).catch(() => undefined);
    expect(violations).toEqual([]);
    await page.close();
  });
});
