import { describe, expect, test } from 'vitest';
import { entityListPaths, latest, listPages, pageHref } from '../../src/lists/paging.ts';
import { formatCount } from '../../src/format/counts.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const pages = <T>(items: readonly T[], size?: number) => listPages(items, size).map((p) => p.items);

test('a list splits into pages, of 50 statements unless told otherwise, and an empty list still has its first page', () => {
  expect(pages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  expect(pages([], 2)).toEqual([[]]);
  expect(pages(range(51)).map((page) => page.length)).toEqual([50, 1]);
});

describe('listPages', () => {
  test('numbers pages from 1 and tells every page the page count and the total', () => {
    expect(listPages(range(5), 2)).toEqual([
      { items: [1, 2], page: 1, pages: 3, total: 5 },
      { items: [3, 4], page: 2, pages: 3, total: 5 },
      { items: [5], page: 3, pages: 3, total: 5 },
    ]);
  });
  test('an empty list has one empty page', () => {
    expect(listPages([], 50)).toEqual([{ items: [], page: 1, pages: 1, total: 0 }]);
  });
});

test('page 1 is the list itself, page N sits below it', () => {
  expect(() => pageHref('/missions', 2)).toThrow('a list\'s address ends in "/": /missions');
  expect(pageHref('/missions/', 1)).toBe('/missions/');
  expect(pageHref('/missions/', 2)).toBe('/missions/page/2/');
  expect(pageHref('/countries/kz/statements/', 12)).toBe('/countries/kz/statements/page/12/');
  expect(() => pageHref('/missions', 2)).toThrow('ends in "/"');
  // The route parameter: none for page 1, so it is served at the list's own address.
  expect(entityListPaths([{ id: 'kz' }], () => range(3), 1).map((p) => p.params.page)).toEqual([undefined, 'page/2', 'page/3']);
});

describe('latest', () => {
  test('shows the newest entries and asks for a link only when some are left out', () => {
    expect(latest(range(3), 10)).toEqual({ shown: [1, 2, 3], total: 3, more: false });
    expect(latest(range(10), 10).more).toBe(false);
    expect(latest(range(11), 10)).toEqual({ shown: range(10), total: 11, more: true });
  });
  test('shows 10 unless told otherwise', () => {
    expect(latest(range(100)).shown).toHaveLength(10);
  });
});

describe('entityListPaths', () => {
  const entities = [{ id: 'kz' }, { id: 'mn' }, { id: 'at' }];
  const lists: Record<string, number[]> = { kz: range(5), at: [9] };
  const paths = entityListPaths(entities, (e) => lists[e.id], 2);
  test('every page of every entity that has anything to list', () => {
    expect(paths.map((p) => [p.params.id, p.params.page])).toEqual([
      ['kz', undefined],
      ['kz', 'page/2'],
      ['kz', 'page/3'],
      ['at', undefined],
    ]);
  });
  test('each page carries its entity, entries and place in the list', () => {
    expect(paths[1]!.props).toEqual({ entity: { id: 'kz' }, items: [3, 4], page: 2, pages: 3, total: 5 });
  });
  test('a short list still gets its own address, whatever an entity page shows', () => {
    expect(entityListPaths([{ id: 'x' }], () => [1])).toHaveLength(1);
  });
  test('an empty list the page still has something to say about keeps one empty page', () => {
    const kept = entityListPaths(
      entities,
      (e) => lists[e.id],
      2,
      (e) => e.id === 'mn',
    );
    expect(kept.filter((p) => p.params.id === 'mn').map((p) => p.props)).toEqual([{ entity: { id: 'mn' }, items: [], page: 1, pages: 1, total: 0 }]);
    expect(kept).toHaveLength(paths.length + 1);
  });
});

test('counts in prose', () => {
  expect(formatCount(0, 'en')).toBe('0');
  expect(formatCount(999, 'en')).toBe('999');
  expect(formatCount(5783, 'en')).toBe('5,783');
  expect(formatCount(1234567, 'en')).toBe('1,234,567');
});
