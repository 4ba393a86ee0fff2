/** Sentences with names in other languages, page languages from addresses, organization names. */
import { describe, expect, it } from 'vitest';
import { phrase, phraseText } from '../../src/views/phrases.ts';
import { pathIn } from '../../src/i18n/locales.ts';
import { organizationName } from '../../src/i18n/names.ts';
import { translator } from '../../src/i18n/translate.ts';

describe('phrase', () => {
  const ru = translator('ru');

  it('marks a name in another language inside the sentence', () => {
    const parts = phrase('ru', ru, 'person.statements', { text: 'Kristian Vigenin', lang: 'en' });
    expect(parts).toEqual([
      { text: 'Заявления, в которых упоминается ', lang: 'ru' },
      { text: 'Kristian Vigenin', lang: 'en' },
    ]);
    expect(phraseText(parts)).toBe('Заявления, в которых упоминается Kristian Vigenin');
  });

  it('is one part when the name is in the page’s language', () => {
    expect(phrase('ru', ru, 'person.statements', { text: 'Кристиан Вигенин', lang: 'ru' })).toEqual([
      { text: 'Заявления, в которых упоминается Кристиан Вигенин', lang: 'ru' },
    ]);
  });

  it('keeps text on both sides of the name, and is one text on an English page', () => {
    const lede = phrase('ru', ru, 'personStatements.lede', { text: 'Ana', lang: 'en' }, { count: 5 });
    expect(lede).toEqual([
      { text: '5 заявлений с упоминанием: ', lang: 'ru' },
      { text: 'Ana', lang: 'en' },
      { text: '. Сначала самые новые.', lang: 'ru' },
    ]);
    expect(phrase('en', translator('en'), 'person.statements', { text: 'Ana', lang: 'en' })).toEqual([{ text: 'Statements naming Ana', lang: 'en' }]);
  });
});

describe('the language of a page', () => {
  it('puts a path under the page’s prefix once, whether or not it came with it', () => {
    expect(pathIn('ru', '/people/')).toBe('/ru/people/');
    expect(pathIn('ru', '/ru/people/')).toBe('/ru/people/');
    expect(pathIn('en', '/people/')).toBe('/people/');
  });
});

describe('organization names', () => {
  it('are the Russian name where the content gives one, else the English, marked', () => {
    const agency = { name: 'Trend News Agency', ru: { name: 'Информационное агентство Trend' } };
    expect(organizationName('ru', agency)).toEqual({ text: 'Информационное агентство Trend', lang: 'ru' });
    expect(organizationName('ru', { name: 'Trend News Agency' })).toEqual({ text: 'Trend News Agency', lang: 'en' });
    expect(organizationName('en', agency)).toEqual({ text: 'Trend News Agency', lang: 'en' });
  });
});
