/** The 404 page's view model in both languages: words from the catalogue, links into its own edition. */
import { expect, test } from 'vitest';
import { notFoundView } from '../../src/views/not-found/not-found.ts';

test('English: links to the English search and lists, and both 404 pages as its twins', () => {
  const view = notFoundView('en');
  expect(view.title).toBe('Page not found');
  expect([view.search, view.countries, view.missions, view.statements].map((l) => l.href)).toEqual(['/search/', '/countries/', '/missions/', '/statements/']);
  expect(view.twins).toEqual([
    { locale: 'en', path: '/404.html' },
    { locale: 'ru', path: '/ru/404.html' },
  ]);
});

test('Russian: Russian words, links to the Russian search and lists, the same twins', () => {
  const view = notFoundView('ru');
  expect(view.title).toBe('Страница не найдена');
  expect(view.search).toEqual({ href: '/ru/search/', text: 'искать по архиву' });
  expect([view.countries, view.missions, view.statements].map((l) => l.href)).toEqual(['/ru/countries/', '/ru/missions/', '/ru/statements/']);
  expect(view.report.link.text).toBe('напишите редакторам');
  expect(view.report.link.href).toMatch(/^mailto:/);
  expect(view.twins).toEqual(notFoundView('en').twins);
});
