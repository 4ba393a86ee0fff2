import { describe, expect, test } from 'vitest';
import { InOrder, isIndexable, mergeEntries, pageLanguage } from '../../src/search/indexer.ts';
import { join } from 'node:path';
import { builtPage } from '../../src/search/pagefind-integration.ts';
import { partFolder, searchParts } from '../../src/search/parts.ts';

test('only HTML pages that mark a searchable body are sent to Pagefind', () => {
  const page = '<main><article data-pagefind-body>Statement</article></main>';
  expect(isIndexable('text/html', page)).toBe(true);
  expect(isIndexable('text/html; charset=utf-8', page)).toBe(true);
  // Lists and the 404 page carry no body marker; Pagefind would ignore them.
  expect(isIndexable('text/html', '<main><ul><li>A list</li></ul></main>')).toBe(false);
  // A vCard that happens to mention the attribute is still not a page.
  expect(isIndexable('text/vcard', 'NOTE:data-pagefind-body')).toBe(false);
  expect(isIndexable(null, page)).toBe(false);
});

describe('InOrder', () => {
  test('passes items on in the order their places were taken, whatever order they arrive in', async () => {
    const passed: string[] = [];
    const line = new InOrder<string>(async (item) => void passed.push(item));
    const places = ['a', 'b', 'c', 'd'].map((item) => ({ item, place: line.place() }));
    await line.arrive(places[2]!.place, 'c');
    await line.arrive(places[1]!.place, 'b');
    expect(passed).toEqual([]);
    await line.arrive(places[0]!.place, 'a');
    expect(passed).toEqual(['a', 'b', 'c']);
    await line.arrive(places[3]!.place, 'd');
    expect(passed).toEqual(['a', 'b', 'c', 'd']);
  });

  test('a place given up without an item lets the line go on', async () => {
    const passed: number[] = [];
    const line = new InOrder<number>(async (item) => void passed.push(item));
    const [first, second, third] = [line.place(), line.place(), line.place()];
    await line.arrive(third, 3);
    await line.arrive(first, undefined);
    expect(passed).toEqual([]);
    await line.arrive(second, undefined);
    expect(passed).toEqual([3]);
  });

  test('an arrival resolves once what it released has been passed on', async () => {
    let finish!: () => void;
    const line = new InOrder<string>(() => new Promise<void>((resolve) => (finish = resolve)));
    const place = line.place();
    let settled = false;
    const arrival = line.arrive(place, 'x').then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    finish();
    await arrival;
    expect(settled).toBe(true);
  });

  test('refuses a place that was never taken, and one that arrives twice', async () => {
    const line = new InOrder<string>(async () => {});
    await expect(line.arrive(0, 'x')).rejects.toThrow('place 0 was not taken or has already arrived');
    const place = line.place();
    await line.arrive(place, 'x');
    await expect(line.arrive(place, 'x')).rejects.toThrow('place 0 was not taken or has already arrived');
  });
});

describe('index parts', () => {
  test('a page belongs to the part of its <html lang>, as Pagefind files it', () => {
    expect(pageLanguage('<!doctype html><html lang="ru" dir="ltr"><head>')).toBe('ru');
    expect(pageLanguage("<html class='x' lang='en-XA'>")).toBe('en-xa');
    expect(pageLanguage('<html lang=en><body lang="ru">')).toBe('en');
    expect(pageLanguage('<html><body>')).toBe('unknown');
    expect(pageLanguage('<html lang="">')).toBe('unknown');
  });

  const entry = (languages: Record<string, unknown>, version = '1.6.0') => ({ version, languages, include_characters: ['_'] });

  test('the parts’ entry files become one, languages in order, the rest as they agree on it', () => {
    const ru = { hash: 'ru_1', wasm: 'ru', page_count: 2 };
    const en = { hash: 'en_1', wasm: 'en', page_count: 3 };
    const merged = mergeEntries([entry({ ru }), entry({ en })]);
    expect(JSON.stringify(merged)).toBe(JSON.stringify({ version: '1.6.0', languages: { en, ru }, include_characters: ['_'] }));
  });

  test('two parts with one language, parts that disagree, or no part at all are refused', () => {
    expect(() => mergeEntries([entry({ en: {} }), entry({ en: {} })])).toThrow('two parts of the index both hold the language "en"');
    expect(() => mergeEntries([entry({ en: {} }), entry({ ru: {} }, '1.7.0')])).toThrow(/disagree/);
    expect(() => mergeEntries([])).toThrow('no part of the index was written');
  });
});

describe('built pages read back', () => {
  test('a page address is its index.html in the output folder, as build.format "directory" writes it', () => {
    expect(builtPage('/out', '/')).toBe(join('/out', 'index.html'));
    expect(builtPage('/out', '/ru/missions/kz/2021-parliamentary/')).toBe(join('/out', 'ru', 'missions', 'kz', '2021-parliamentary', 'index.html'));
    expect(builtPage('/out', '/people/%C3%A9lise/')).toBe(join('/out', 'people', 'élise', 'index.html'));
  });

  test('anything but a page address inside the output folder is refused', () => {
    for (const url of ['/feed.xml', 'missions/', '/a//b/', '/../etc/', '/a/%2e%2e/', '/a%2Fb/', '/a/./']) {
      expect(() => builtPage('/out', url), url).toThrow('not the address of a built page');
    }
  });
});

describe('parts of the index', () => {
  test('a further part sits below the bundle, named after its language and number', () => {
    expect(partFolder('en', 1)).toBe('parts/en-1');
    expect(partFolder('ru', 12)).toBe('parts/ru-12');
    for (const [language, index] of [
      ['en', 0],
      ['../x', 1],
      ['en', 1.5],
    ] as const)
      expect(() => partFolder(language, index)).toThrow('no search index part');
  });

  test('a page searches the further parts its own language lists, and only paths inside the bundle', () => {
    const entry = {
      version: '1',
      languages: {},
      parts: { en: ['/pagefind/parts/en-1/', '/pagefind/parts/en-2/'], ru: ['/pagefind/parts/ru-1/', 'https://elsewhere.example/', '/pagefind/../x/'] },
    };
    expect(searchParts(entry, 'en')).toEqual(['/pagefind/parts/en-1/', '/pagefind/parts/en-2/']);
    expect(searchParts(entry, 'RU')).toEqual(['/pagefind/parts/ru-1/']);
    expect(searchParts(entry, 'fr')).toEqual([]);
    expect(searchParts({ version: '1', languages: {} }, 'en')).toEqual([]);
    expect(searchParts(null, 'en')).toEqual([]);
  });
});
