/** The open-data and codebook pages' view models in both languages, over the invented open-data archive. */
import { describe, expect, test } from 'vitest';
import type { Archive } from '../../src/archive/query.ts';
import { downloads } from '../../src/data/catalogue.ts';
import { formatBytes } from '../../src/data/sizes.ts';
import { codebookView } from '../../src/views/data/codebook.ts';
import { dataView } from '../../src/views/data/data.ts';
import { archive as fixture } from '../support/open-data-fixture.ts';

const archive = fixture as unknown as Archive;
const BUILT = '2025-11-28';

describe('open-data page', () => {
  test('English: each file says what it holds, as the downloads name it, with its size', () => {
    const view = dataView(archive, 'en', BUILT);
    const files = view.groups.flatMap((g) => g.files);
    expect(files.map((f) => f.holds)).toEqual(downloads(archive, BUILT).map((d) => d.title));
    expect(files[0]).toMatchObject({ href: '/data/v1/countries.json', file: 'countries.json', format: 'JSON' });
    expect(view.groups.map((g) => g.caption)).toEqual([
      'Collections: files and sizes',
      'Lists of facts, one row each: files and sizes',
      'JSON Schemas: files and sizes',
    ]);
    expect(view.facts.built.text).toBe('28 November 2025');
    expect(view.howToRead.items[3]).toBe(
      "CSV files are UTF-8, starting with a byte-order mark so that Excel reads them as UTF-8, with a header row and CRLF line ends (RFC 4180). A cell that would start with `=`, `+`, `-` or `@` starts with `'`, so that no spreadsheet runs it as a formula.",
    );
    expect(view.follow.allStatements.href).toBe('/feeds/statements.xml');
  });

  test('Russian: words and sizes in Russian; the files stay where they are, links to pages go to /ru/', () => {
    const view = dataView(archive, 'ru', BUILT);
    const files = view.groups.flatMap((g) => g.files);
    expect(files[0]).toMatchObject({ href: '/data/v1/countries.json', holds: 'Страны' });
    expect(files.find((f) => f.file === 'schemas/missions.schema.json')!.holds).toBe('Миссии: JSON-файл для скачивания, запись за записью');
    expect(files.find((f) => f.file === 'schemas/missions.entry.schema.json')!.holds).toBe('Миссии: поля одной записи в том виде, в каком её пишут в архиве');
    expect(files.find((f) => f.file === 'leaders.csv')!.holds).toBe('Руководители миссий, по строке на человека и должность');
    expect(files.every((f) => /^[\d,]+ (байт|КБ|МБ)$/.test(f.size))).toBe(true);
    expect(view.facts.built.text).toBe('28 ноября 2025 г.');
    expect(view.facts.fields.codebook.href).toBe('/ru/data/v1/codebook/');
    expect(view.facts.licence.citeLink.href).toBe('/ru/about/#how-to-cite');
    expect(view.follow.allStatements.href).toBe('/ru/feeds/statements.xml');
    expect(view.follow.allCalendar.href).toBe('/ru/calendar/elections.ics');
  });

  test('sizes in each language’s units', () => {
    expect([formatBytes(812, 'en'), formatBytes(14_249, 'en'), formatBytes(3_100_000, 'en')]).toEqual(['812 bytes', '14.2 KB', '3.1 MB']);
    expect([formatBytes(812, 'ru'), formatBytes(14_249, 'ru'), formatBytes(3_100_000, 'ru')]).toEqual(['812 байт', '14,2 КБ', '3,1 МБ']);
  });
});

describe('codebook page', () => {
  test('English: every collection with its files and fields', () => {
    const view = codebookView('en');
    expect(view.title).toBe('Codebook, data v1');
    expect(view.books.map((b) => b.collection)).toEqual([
      'countries',
      'organizations',
      'people',
      'missions',
      'statements',
      'observer-figures',
      'milestones',
      'findings',
      'leaders',
      'capitals',
      'chairpersonships',
      'roles',
      'contact-points',
      'statement-people',
    ]);
    expect(view.books.find((b) => b.collection === 'leaders')!.files).toEqual({ csv: '/data/v1/leaders.csv' });
    expect(view.books.find((b) => b.collection === 'leaders')!.fields.map((f) => f.path)).toContain('appointedBy.office');
    const count = view.books.find((b) => b.collection === 'missions')!.fields.find((f) => f.path === 'observers[].count')!;
    expect(view.books[0]!.caption).toEqual({ before: 'Fields and columns of ', after: '' });
    expect(count.minimumText).toBe('At least 1.');
    expect(view.books[0]!.files).toEqual({ json: '/data/v1/countries.json', csv: '/data/v1/countries.csv', schema: '/data/v1/schemas/countries.schema.json' });
  });

  test('Russian: headings and words in Russian, the Russian labels of a vocabulary with the English beside them', () => {
    const view = codebookView('ru');
    expect(view.title).toBe('Кодовая книга, данные v1');
    expect(view.columns.map((c) => c.text)).toEqual(['Поле', 'Тип', 'Обязательное', 'Значение', 'Допустимые значения']);
    const type = view.books.find((b) => b.collection === 'missions')!.fields.find((f) => f.path === 'type')!;
    expect(type.allowed).toContainEqual({
      value: 'LEOM',
      label: 'Ограниченная миссия по наблюдению за выборами',
      other: { label: 'Limited Election Observation Mission', lang: 'en' },
    });
    expect(view.lede.link.href).toBe('/ru/data/');
  });
});
