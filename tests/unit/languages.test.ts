/** The language check the build tests run over every page, on small invented pages. */
import { describe, expect, test } from 'vitest';
import { englishWords, latinNames } from '../../src/i18n/english-words.ts';
import { hreflangs, languageProblems } from '../support/languages.ts';

const page = (lang: string, body: string, head = '') => `<!DOCTYPE html><html lang="${lang}"><head><title>T</title>${head}</head><body>${body}</body></html>`;

describe('englishWords', () => {
  test('finds English words and leaves codes, addresses, acronyms and numbers alone', () => {
    expect(englishWords('Статус: Source: press@example.org, https://x.org/a, KZ, LEOM, PC.DEL/80/21/Rev.1, 10 000, vCard')).toEqual(['Source']);
    expect(englishWords('Все наблюдатели')).toEqual([]);
    expect(englishWords('Агентство Trend сообщает', new Set(['Trend']))).toEqual([]);
    expect(englishWords('портал «Hungary Matters» и сервис «EIN Presswire»; Doc. 12345')).toEqual([]);
    expect(englishWords('«Партия Green» сообщает')).toEqual(['Green']);
  });
  test("a name without a Russian form allows each of its words, split as text is (O'Neill, O’Neill)", () => {
    const names = latinNames([{ name: "Ines O'Doherty" }, { name: 'Pat Quill', ru: { name: 'Пэт Квилл' } }]);
    expect(englishWords("посол Ines O'Doherty", names)).toEqual([]);
    expect(englishWords('посол Ines O’Doherty', names)).toEqual([]);
    expect(englishWords('посол Pat Quill', names)).toEqual(['Pat', 'Quill']);
  });
});

describe('languageProblems', () => {
  test('accepts English marked as English on a Russian page', () => {
    expect(languageProblems(page('ru', '<p>Глава: <span lang="en">Guido Almerigogna</span></p>').replace('<title>T</title>', '<title>Т</title>'))).toEqual([]);
  });
  test('finds English left unmarked in text and in attributes', () => {
    expect(languageProblems(page('ru', '<p>Источник: Source statement</p><a href="/" aria-label="Home">Главная</a>'))).toEqual([
      'p: "Источник: Source statement" — English (Source, statement) not marked lang="en"',
      'a[aria-label]: "Home" — English (Home) not marked lang="en"',
    ]);
  });
  test('finds Russian on an English page unless marked', () => {
    expect(languageProblems(page('en', '<p>Казахстан</p><a lang="ru" href="/ru/">Русский</a>'))).toEqual(['p: "Казахстан" — Russian not marked lang="ru"']);
  });
  test('reads a web address as in no language, on an English page too', () => {
    expect(languageProblems(page('en', '<p>Original: https://news.example/a/Новости-дня.html</p>'))).toEqual([]);
    expect(languageProblems(page('en', '<p>Original: https://news.example/a/ (Новости)</p>'))).toEqual([
      'p: "Original: https://news.example/a/ (Новости)" — Russian not marked lang="ru"',
    ]);
  });
  test('reads an e-mail address as in no language, broken before its @ or not', () => {
    expect(languageProblems(page('ru', '<p>Почта: <a href="mailto:nat@example.org">nat<wbr>@example.org</a></p>'))).toEqual([]);
  });
  test('ignores hidden search aliases and scripts', () => {
    expect(languageProblems(page('en', '<span hidden>Казахстан</span><script type="application/json">{"a":"б"}</script>'))).toEqual([]);
  });
});

test('hreflangs reads the alternates of a page', () => {
  const head =
    '<link rel="alternate" hreflang="en" href="https://a.org/x/"><link rel="alternate" hreflang="ru" href="https://a.org/ru/x/"><link rel="alternate" type="application/rss+xml" href="/f.xml">';
  expect(hreflangs(page('en', '', head))).toEqual({ en: '/x/', ru: '/ru/x/' });
});
