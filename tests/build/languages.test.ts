/**
 * The Russian edition over the real archive: every English page has its Russian twin, the two link to
 * each other, and each page speaks its own language except where it marks a text as the other's.
 */
import { describe, expect, inject, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, pageHtml } from '../support/site.ts';
import { hreflangs, languageProblems, namesWithoutRussian } from '../support/languages.ts';
import { REAL_CONTENT } from '../support/content-tree.ts';

const dist = inject('archiveDistDir');
// Every page, the 404 pages (`/404.html`, `/ru/404.html`) included: they are twins like the rest.
const pages = builtPages(dist);
const english = pages.filter((p) => !p.startsWith('/ru/'));
const russian = pages.filter((p) => p.startsWith('/ru/'));
const latinNames = namesWithoutRussian(REAL_CONTENT);
const file = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

test('every English page has its Russian twin, and no Russian page is without an English one', () => {
  expect(english.length).toBeGreaterThan(20);
  expect(english).toContain('/404.html');
  expect(english.filter((p) => !existsSync(file(`/ru${p}`)))).toEqual([]);
  expect(russian.filter((p) => !english.includes(p.slice(3)))).toEqual([]);
});

describe.each(english.map((p) => [p] as const))('%s', (path) => {
  const twin = `/ru${path}`;
  test('and its Russian twin name each other as alternates, with English as the default', () => {
    const expected = { en: path, ru: twin, 'x-default': path };
    expect(hreflangs(pageHtml(dist, path))).toEqual(expected);
    expect(hreflangs(pageHtml(dist, twin))).toEqual(expected);
  });
  test('are each in their own language', () => {
    expect(pageHtml(dist, path)).toMatch(/^<!DOCTYPE html><html lang="en"/);
    expect(pageHtml(dist, twin)).toMatch(/^<!DOCTYPE html><html lang="ru"/);
    expect(languageProblems(pageHtml(dist, path))).toEqual([]);
    expect(languageProblems(pageHtml(dist, twin), latinNames)).toEqual([]);
  });
});
