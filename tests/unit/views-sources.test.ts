import { describe, expect, test } from 'vitest';
import { chartSources, sourceView } from '../../src/views/sources.ts';
import { viewsArchive } from '../support/views-fixture.ts';

const archive = viewsArchive();
const full = archive.mission.get('xa/2021-parliamentary')!;
const empty = archive.mission.get('xb/2019-presidential')!;

describe('a cited statement', () => {
  test('in English: its title, date and English address', () => {
    expect(sourceView('s-2020-11-30-opens', archive, 'en')).toEqual({
      href: '/statements/s-2020-11-30-opens/',
      title: { text: 'Office opens mission in Arcadia', lang: 'en' },
      date: '30 November 2020',
    });
  });

  test('in Russian: the translated title where content gives one, else the English one marked so', () => {
    expect(sourceView('s-2020-11-30-opens', archive, 'ru')).toEqual({
      href: '/ru/statements/s-2020-11-30-opens/',
      title: { text: 'Бюро открывает миссию в Аркадии', lang: 'ru' },
      date: '30 ноября 2020 г.',
    });
    expect(sourceView('s-2021-01-12-findings', archive, 'ru').title).toEqual({ text: 'Wire reports the findings', lang: 'en' });
  });

  test('a statement the archive does not hold is an error, not a dead link', () => {
    expect(() => sourceView('s-1999-01-01-missing', archive, 'en')).toThrow('no statement "s-1999-01-01-missing"');
  });
});

describe("a chart's sources", () => {
  test("every statement the missions' figures, milestones and findings cite, once each", () => {
    const sources = chartSources([full.data, empty.data], archive, 'en');
    expect([...sources.keys()].sort()).toEqual(['s-2020-11-30-opens', 's-2021-01-12-findings']);
    expect(sources.get('s-2021-01-12-findings')).toEqual({
      href: '/statements/s-2021-01-12-findings/',
      title: { text: 'Wire reports the findings', lang: 'en' },
      date: '12 January 2021',
    });
  });

  test('missions that cite nothing give none', () => {
    expect(chartSources([empty.data], archive, 'ru').size).toBe(0);
  });
});
