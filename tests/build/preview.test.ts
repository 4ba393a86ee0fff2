/**
 * `npm start`'s server, for real: `astro preview` through src/archive/preview-server.ts over the built
 * fixture archive. A missing address gets the 404 page of its language, as production (nginx) answers.
 */
import { resolve } from 'node:path';
import { preview } from 'astro';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let server: Awaited<ReturnType<typeof preview>>;
let base: string;

beforeAll(async () => {
  server = await preview({ root, outDir: inject('distDir'), server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => server?.stop());

test.each([
  ['/countries/atlantis/', 'en', 'Page not found'],
  ['/no-such-page', 'en', 'Page not found'],
  ['/ru/countries/atlantis/', 'ru', 'Страница не найдена'],
  ['/ru/no-such-page', 'ru', 'Страница не найдена'],
  ['/ru/calendar/countries/atlantis.ics', 'ru', 'Страница не найдена'],
])('%s: 404 and the page in %s', async (path, lang, title) => {
  const response = await fetch(`${base}${path}`);
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const html = await response.text();
  expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${lang}"`));
  expect(html).toContain(`<h1>${title}</h1>`);
});

test('pages that exist are served as they are', async () => {
  const response = await fetch(`${base}/ru/countries/kz/`);
  expect(response.status).toBe(200);
  expect(await response.text()).toMatch(/^<!DOCTYPE html><html lang="ru"/);
});
