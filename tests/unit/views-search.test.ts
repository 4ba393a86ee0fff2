/** The search page's view model in both languages, and the words it hands its script. */
import { describe, expect, test } from 'vitest';
import { translator, type MessageKey } from '../../src/i18n/translate.ts';
import { CLIENT_MESSAGES, say } from '../../src/search/text.ts';
import { clientText } from '../../src/views/search/client-text.ts';
import { searchView } from '../../src/views/search/search.ts';

describe('search page', () => {
  test('each edition says "nothing found" in its own language, and offers a skip to the results', () => {
    const en = searchView('en');
    const ru = searchView('ru');
    expect(en.empty).toMatch(/^Nothing in the archive matches\./);
    expect(say(en.client, 'status.none')).toBe('No results');
    expect(ru.empty).toMatch(/^В архиве ничего не найдено\./);
    expect(say(ru.client, 'status.none')).toBe('Ничего не найдено');
    expect([en.skipToResults, ru.skipToResults]).toEqual(['Skip to the results', 'Перейти к результатам']);
  });

  test('English: the form sends to /search/, the fallback lists the English lists', () => {
    const view = searchView('en');
    expect([view.title, view.heading, view.action, view.inputLabel]).toEqual(['Search', 'Search the archive', '/search/', 'Words, names or document numbers']);
    expect(view.noscript.lists.map((l) => l.href)).toEqual(['/countries/', '/missions/', '/statements/', '/people/', '/organizations/']);
    expect(view.client.locale).toBe('en');
    expect(say(view.client, 'more', { count: 1 })).toBe('Show more results (1 more)');
  });

  test('Russian: the form sends to /ru/search/, the script gets Russian words with Russian plural forms', () => {
    const view = searchView('ru');
    expect([view.title, view.action, view.order.date]).toEqual(['Поиск', '/ru/search/', 'Сначала новые']);
    expect(view.noscript.lists[0]).toEqual({ href: '/ru/countries/', text: 'страны' });
    expect(view.client.messages['status.results']).toEqual({
      one: 'Найден {count} результат',
      few: 'Найдено {count} результата',
      many: 'Найдено {count} результатов',
      other: 'Найдено {count} результатов',
    });
    expect([1, 2, 5, 11, 21, 1000].map((count) => say(view.client, 'status.results', { count }))).toEqual([
      'Найден 1 результат',
      'Найдено 2 результата',
      'Найдено 5 результатов',
      'Найдено 11 результатов',
      'Найден 21 результат',
      'Найдено 1\u00a0000 результатов',
    ]);
    expect(view.client.missionTypes.EOM).toBe('Миссия по наблюдению за выборами');
  });

  test('every client message, said with any count, reads as the catalogue writes it; one without a plural has one form', () => {
    for (const locale of ['en', 'ru'] as const) {
      const text = clientText(locale);
      const t = translator(locale);
      for (const key of CLIENT_MESSAGES) {
        // The other slots as a script fills them: any text, here the slot's own name.
        const slots = Object.fromEntries([...text.messages[key].other.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, `<${name}>`]));
        for (const count of [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 111, 999])
          expect(say(text, key, { ...slots, count }), `${locale} ${key} ${count}`).toBe(t(`search.client.${key}` as MessageKey, { ...slots, count }));
      }
    }
    expect(clientText('en').messages.failed).toEqual({ other: 'The search failed. Please try again, or reload the page.' });
  });
});
