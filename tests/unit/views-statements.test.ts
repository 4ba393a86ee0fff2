import { describe, expect, test } from 'vitest';
import { statementView } from '../../src/views/statements/statement.ts';
import { statementItems, statementsListView } from '../../src/views/statements/list.ts';
import { SITE, viewsArchive } from '../support/views-fixture.ts';

const archive = viewsArchive();
const opens = archive.statement.get('s-2020-11-30-opens')!;
const wire = archive.statement.get('s-2021-01-12-findings')!;

describe('the statement page in English', () => {
  test('facts with their labels and English links', () => {
    const view = statementView(opens, archive, 'en', SITE);
    expect(view.title).toBe('Office opens mission in Arcadia');
    expect(view.crumbs).toEqual([{ href: '/statements/', label: 'Statements' }, { label: [{ text: 'Office opens mission in Arcadia', lang: 'en' }] }]);
    expect(view.kind).toBe('Press release');
    expect(view.date).toEqual({ iso: '2020-11-30', text: '30 November 2020', note: undefined });
    expect(view.place).toEqual({ text: 'Vienna', lang: 'en' });
    expect(view.organization).toEqual({ href: '/organizations/obs/', text: { text: 'Office of Invented Observers', lang: 'en' } });
    expect(view.fieldsOfWork).toEqual({ text: 'Elections', lang: 'en' });
    expect(view.missions).toEqual([
      { href: '/missions/xa/2021-parliamentary/', text: { text: 'Arcadia: Parliamentary elections, 10 January 2021', lang: 'en' } },
    ]);
    expect(view.people).toEqual([
      { link: { href: '/people/ana-example/', text: { text: 'Ána Exámple', lang: 'en' } }, as: 'Quoted' },
      { link: { href: '/people/bo-sample/', text: { text: 'Bo Sałample', lang: 'en' } }, as: 'Author' },
    ]);
    expect(view.language).toBe('English');
    expect(view.titleIsOurs).toBeUndefined();
    expect(view.search).toEqual({ kind: 'Press release', year: '2020', organization: 'OIO', countries: ['Arcadia'], variants: ['Bo Salample'] });
  });

  test('a relayed news report with our own title, a document number and aligning States', () => {
    const view = statementView(wire, archive, 'en', SITE);
    expect(view.titleIsOurs).toBe("The source has no headline; this title is the archive's.");
    expect(view.place).toEqual({ text: 'not stated in the source', lang: 'en' });
    expect(view.relaying).toEqual({
      label: 'relaying',
      organization: { href: '/organizations/obs/', text: { text: 'Office of Invented Observers', lang: 'en' } },
    });
    expect(view.documentNumber).toBe('PC.DEL/1/21');
    expect(view.countries.map((c) => c.text.text)).toEqual(['Arcadia', 'Borduria']);
    expect(view.aligningStates).toEqual([{ href: '/countries/xb/', text: { text: 'Borduria', lang: 'en' } }]);
    expect(view.language).toBe('Russian');
    expect(view.fieldsOfWork).toBeUndefined();
    expect(view.url).toBe('https://example.org/wire');
  });

  test('the list says how many statements the archive holds', () => {
    expect(statementsListView(1, 'en').lede).toBe('1 statement, newest first: press releases, reports, delegation statements and news reports.');
    expect(statementsListView(5783, 'en')).toEqual(
      expect.objectContaining({
        title: 'Statements',
        base: '/statements/',
        label: 'statements',
        lede: expect.stringMatching(/^5,783 statements, newest first/),
      }),
    );
  });
});

describe('the statement page in Russian', () => {
  test('the translated title and summary, Russian labels and names, prefixed links', () => {
    const view = statementView(opens, archive, 'ru', SITE);
    expect(view.title).toBe('Бюро открывает миссию в Аркадии');
    expect(view.heading).toEqual({ text: 'Бюро открывает миссию в Аркадии', lang: 'ru' });
    expect(view.lede).toEqual({ text: 'Бюро открыло миссию.', lang: 'ru' });
    expect(view.crumbs[0]).toEqual({ href: '/ru/statements/', label: 'Заявления' });
    expect(view.kind).toBe('Пресс-релиз');
    expect(view.labels.date).toBe('Дата');
    expect(view.date.text).toBe('30 ноября 2020 г.');
    // The OSCE's tags by their Russian names: «Направления работы: Выборы», not «Elections».
    expect(view.fieldsOfWork).toEqual({ text: 'Выборы', lang: 'ru' });
    expect(view.place).toEqual({ text: 'Vienna', lang: 'en' });
    expect(view.organization.text).toEqual({ text: 'Бюро вымышленных наблюдателей', lang: 'ru' });
    expect(view.missions).toEqual([
      { href: '/ru/missions/xa/2021-parliamentary/', text: { text: 'Казахстан: Парламентские выборы 10 января 2021 г.', lang: 'ru' } },
    ]);
    expect(view.people).toEqual([
      { link: { href: '/ru/people/ana-example/', text: { text: 'Ана Экзампл', lang: 'ru' } }, as: 'Цитируется' },
      { link: { href: '/ru/people/bo-sample/', text: { text: 'Bo Sałample', lang: 'en' } }, as: 'Автор' },
    ]);
    expect(view.language).toBe('Английский');
    expect(view.search).toEqual({ kind: 'Пресс-релиз', year: '2020', organization: 'БВН', countries: ['Казахстан'], variants: ['Bo Salample'] });
  });

  test('without a translation the English title and summary are shown, marked English', () => {
    const view = statementView(wire, archive, 'ru', SITE);
    expect(view.heading).toEqual({ text: 'Wire reports the findings', lang: 'en' });
    expect(view.lede).toEqual({ text: 'The wire relays the findings.', lang: 'en' });
    expect(view.titleIsOurs).toBe('В источнике нет заголовка; этот заголовок дан архивом.');
    expect(view.place).toEqual({ text: 'в источнике не указано', lang: 'ru' });
    expect(view.relaying!.label).toBe('со ссылкой на');
    expect(view.organization.text).toEqual({ text: 'Daily Wire', lang: 'en' });
    expect(view.language).toBe('Русский');
  });

  test('the list in Russian plural forms', () => {
    expect(statementsListView(1, 'ru').lede).toMatch(/^1 заявление, сначала самые новые/);
    expect(statementsListView(2, 'ru').lede).toMatch(/^2 заявления,/);
    expect(statementsListView(5, 'ru').lede).toMatch(/^5 заявлений,/);
    expect(statementsListView(5, 'ru').base).toBe('/ru/statements/');
  });
});

describe('the items of a list of statements', () => {
  test('in English: date, kind, issuer and place where given, links to the English pages', () => {
    expect(statementItems([opens, wire], archive, 'en')).toEqual([
      {
        href: '/statements/s-2020-11-30-opens/',
        title: { text: 'Office opens mission in Arcadia', lang: 'en' },
        date: { iso: '2020-11-30', text: '30 November 2020' },
        details: [
          { text: 'Press release', lang: 'en' },
          { text: 'OIO', lang: 'en' },
          { text: 'Vienna', lang: 'en' },
        ],
        summary: { text: 'The office opened its mission.', lang: 'en' },
      },
      {
        href: '/statements/s-2021-01-12-findings/',
        title: { text: 'Wire reports the findings', lang: 'en' },
        date: { iso: '2021-01-12', text: '12 January 2021' },
        // No place given: nothing stands in for it.
        details: [
          { text: 'News report', lang: 'en' },
          { text: 'Daily Wire', lang: 'en' },
        ],
        summary: { text: 'The wire relays the findings.', lang: 'en' },
      },
    ]);
  });

  test('in Russian: translated where content gives it, English words marked English, prefixed links', () => {
    const [translated, untranslated] = statementItems([opens, wire], archive, 'ru');
    expect(translated).toEqual({
      href: '/ru/statements/s-2020-11-30-opens/',
      title: { text: 'Бюро открывает миссию в Аркадии', lang: 'ru' },
      date: { iso: '2020-11-30', text: '30 ноября 2020 г.' },
      details: [
        { text: 'Пресс-релиз', lang: 'ru' },
        { text: 'БВН', lang: 'ru' },
        { text: 'Vienna', lang: 'en' },
      ],
      summary: { text: 'Бюро открыло миссию.', lang: 'ru' },
    });
    expect(untranslated!.title).toEqual({ text: 'Wire reports the findings', lang: 'en' });
    expect(untranslated!.details.at(-1)).toEqual({ text: 'Daily Wire', lang: 'en' });
  });
});
