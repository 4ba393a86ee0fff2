/**
 * One rule for an organization's short name, wherever it is printed: lists and pages, the findings
 * chart, feeds. Before, four functions gave three answers (a feed named RFE/RL by its Russian full
 * name where the pages kept the acronym).
 */
import { describe, expect, test } from 'vitest';
import { feedNames } from '../../src/feeds/names.ts';
import { organizationShortName, ownText, translated } from '../../src/i18n/names.ts';
import { shortNameOf } from '../../src/views/organizations/names.ts';
import type { OrganizationData } from '../../src/schemas/index.ts';

const org = (d: Partial<OrganizationData>) => ({ name: 'Office of Invented Observers', kind: 'media', ...d }) as OrganizationData;
const cases = {
  both: org({ shortName: 'OIO', ru: { name: 'Бюро вымышленных наблюдателей', shortName: 'БВН' } }),
  englishAcronym: org({ shortName: 'RIV', ru: { name: 'Радио Вымысел' } }),
  russianAcronym: org({ ru: { shortName: 'АПВ' } }),
  noAcronym: org({ ru: { name: 'Бюро вымышленных наблюдателей' } }),
  nothing: org({}),
};

describe('an organization’s short name', () => {
  test('is its acronym in the page’s language, an English acronym kept, else its name', () => {
    expect(organizationShortName('ru', cases.both)).toEqual({ text: 'БВН', lang: 'ru' });
    expect(organizationShortName('ru', cases.englishAcronym)).toEqual({ text: 'RIV', lang: 'en' });
    expect(organizationShortName('ru', cases.russianAcronym)).toEqual({ text: 'АПВ', lang: 'ru' });
    expect(organizationShortName('ru', cases.noAcronym)).toEqual({ text: 'Бюро вымышленных наблюдателей', lang: 'ru' });
    expect(organizationShortName('ru', cases.nothing)).toEqual({ text: 'Office of Invented Observers', lang: 'en' });
    expect(organizationShortName('en', cases.both)).toEqual({ text: 'OIO', lang: 'en' });
    expect(organizationShortName('en', cases.russianAcronym)).toEqual({ text: 'Office of Invented Observers', lang: 'en' });
  });

  test('feeds and the organization page print what lists print', () => {
    for (const locale of ['en', 'ru'] as const)
      for (const [id, data] of Object.entries(cases)) {
        const names = feedNames({ organization: new Map([[id, { data }]]), country: new Map() }, locale);
        expect(names.organization(id), `${locale} ${id}`).toBe(organizationShortName(locale, data).text);
        const own = shortNameOf(locale, data);
        if (own) expect(own, `${locale} ${id}`).toEqual(organizationShortName(locale, data));
      }
    // The organization page prints a short name only when there is one.
    expect(shortNameOf('ru', cases.noAcronym)).toBeUndefined();
    expect(shortNameOf('en', cases.russianAcronym)).toBeUndefined();
  });
});

describe('where translations live', () => {
  test('in the ru block for Russian; none for English or a language content is not translated into', () => {
    const data = { title: 'Presidential election', ru: { title: 'Президентские выборы' } };
    expect(translated('ru', data, 'title')).toBe('Президентские выборы');
    expect(translated('en', data, 'title')).toBeUndefined();
    expect(translated('en-xa', data, 'title')).toBeUndefined();
    expect(ownText('en', data, 'title')).toBe('Presidential election');
    expect(ownText('ru', data, 'title')).toBe('Президентские выборы');
    // A chart titled in the page's language or not at all: never in a third language's place.
    expect(ownText('en-xa', data, 'title')).toBeUndefined();
  });
});
