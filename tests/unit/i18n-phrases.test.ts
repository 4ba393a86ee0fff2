/** Sentences with names in other languages, page languages from addresses, organization labels. */
import { describe, expect, it } from 'vitest';
import { phrase, phraseText } from '../../src/i18n/phrases.ts';
import { pageLocale, pathIn } from '../../src/i18n/locales.ts';
import { organizationLabel, organizationName } from '../../src/i18n/names.ts';
import { translator } from '../../src/i18n/translate.ts';

describe('phrase', () => {
  const ru = translator('ru');
  const statements = (name: string) => ru('person.statements', { name });

  it('marks a name in another language inside the sentence', () => {
    const parts = phrase('ru', statements, { text: 'Kristian Vigenin', lang: 'en' });
    expect(parts).toEqual([
      { text: 'Заявления, в которых упоминается ', lang: 'ru' },
      { text: 'Kristian Vigenin', lang: 'en' },
    ]);
    expect(phraseText(parts)).toBe('Заявления, в которых упоминается Kristian Vigenin');
  });

  it('is one part when the name is in the page’s language', () => {
    expect(phrase('ru', statements, { text: 'Кристиан Вигенин', lang: 'ru' })).toEqual([
      { text: 'Заявления, в которых упоминается Кристиан Вигенин', lang: 'ru' },
    ]);
  });

  it('keeps text on both sides of the name, and a name the message leaves out stays out', () => {
    const lede = phrase('ru', (name) => ru('personStatements.lede', { name, count: 5 }), { text: 'Ana', lang: 'en' });
    expect(lede).toEqual([
      { text: '5 заявлений с упоминанием: ', lang: 'ru' },
      { text: 'Ana', lang: 'en' },
      { text: '. Сначала самые новые.', lang: 'ru' },
    ]);
    expect(phrase('en', () => 'People', { text: 'Ana', lang: 'en' })).toEqual([{ text: 'People', lang: 'en' }]);
  });
});

describe('the language of a page', () => {
  it('is read from the prefix only, so the English page of Russia (/countries/ru/) is English', () => {
    expect(pageLocale(new URL('https://x.example/countries/ru/'))).toBe('en');
    expect(pageLocale(new URL('https://x.example/missions/ru/2024-presidential/'))).toBe('en');
    expect(pageLocale(new URL('https://x.example/ru/countries/ru/'))).toBe('ru');
    expect(pageLocale(new URL('https://x.example/ru/'))).toBe('ru');
  });

  it('puts a path under the page’s prefix once, whether or not it came with it', () => {
    expect(pathIn('ru', '/people/')).toBe('/ru/people/');
    expect(pathIn('ru', '/ru/people/')).toBe('/ru/people/');
    expect(pathIn('en', '/people/')).toBe('/people/');
  });
});

describe('organization names', () => {
  const odihr = { name: 'OSCE Office for Democratic Institutions and Human Rights', shortName: 'ODIHR' };
  const withRussian = { ...odihr, ru: { name: 'Бюро по демократическим институтам и правам человека ОБСЕ', shortName: 'БДИПЧ' } };

  it('labels by acronym, the Russian one on a Russian page when the content gives it', () => {
    expect(organizationLabel('en', withRussian)).toEqual({ text: 'ODIHR', lang: 'en' });
    expect(organizationLabel('ru', withRussian)).toEqual({ text: 'БДИПЧ', lang: 'ru' });
    expect(organizationLabel('ru', odihr)).toEqual({ text: 'ODIHR', lang: 'en' });
  });

  it('labels one known only by its full name with that name, translated where it can be', () => {
    const agency = { name: 'Trend News Agency', ru: { name: 'Информационное агентство Trend' } };
    expect(organizationLabel('ru', agency)).toEqual({ text: 'Информационное агентство Trend', lang: 'ru' });
    expect(organizationLabel('ru', { name: 'Trend News Agency' })).toEqual({ text: 'Trend News Agency', lang: 'en' });
    expect(organizationName('en', agency)).toEqual({ text: 'Trend News Agency', lang: 'en' });
  });
});
