/** Which 404 page answers a missing address, and where the build puts each language's page. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { notFoundPage, notFoundPageFor, placeNotFoundPages } from '../../src/archive/not-found-pages.ts';

test('each language has its 404 page, and a missing address gets the one of its prefix', () => {
  expect(notFoundPage('en')).toBe('/404.html');
  expect(notFoundPage('ru')).toBe('/ru/404.html');
  expect(notFoundPageFor('/countries/atlantis/')).toBe('/404.html');
  expect(notFoundPageFor('/ru/countries/atlantis/')).toBe('/ru/404.html');
  expect(notFoundPageFor('/ru')).toBe('/ru/404.html');
  // A prefix is a whole path segment: /rules/ and /russia/ are English addresses.
  expect(notFoundPageFor('/rules/')).toBe('/404.html');
  expect(notFoundPageFor('/russia/')).toBe('/404.html');
  // Russia's English page is English, whatever its id.
  expect(notFoundPageFor('/countries/ru/nothing/')).toBe('/404.html');
});

let out: string | undefined;
afterEach(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

test('the Russian page Astro writes as ru/404/index.html is moved to ru/404.html', () => {
  out = mkdtempSync(join(tmpdir(), 'not-found-'));
  mkdirSync(join(out, 'ru', '404'), { recursive: true });
  writeFileSync(join(out, 'ru', '404', 'index.html'), '<html lang="ru">');
  writeFileSync(join(out, '404.html'), '<html lang="en">');
  placeNotFoundPages(out);
  expect(readFileSync(join(out, 'ru', '404.html'), 'utf8')).toBe('<html lang="ru">');
  expect(existsSync(join(out, 'ru', '404'))).toBe(false);
  expect(readFileSync(join(out, '404.html'), 'utf8')).toBe('<html lang="en">');
  // Run again on a finished build: nothing to move, nothing changed.
  placeNotFoundPages(out);
  expect(readFileSync(join(out, 'ru', '404.html'), 'utf8')).toBe('<html lang="ru">');
});
