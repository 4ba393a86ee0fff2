/**
 * The Russian twins of the mission, statement and media-desk pages, built from the frozen Kazakhstan
 * archive: Russian labels and words, translated names where content has them and English marked
 * `lang="en"` where it does not, links inside the Russian edition, vCards at their one address.
 */
import { describe, expect, inject, test } from 'vitest';
import { dom, facts, text } from '../support/html.ts';

const dist = inject('distDir');

describe('/ru/missions/', () => {
  test('the list in Russian, rows linking to the Russian mission pages', () => {
    const doc = dom(dist, '/ru/missions/');
    expect(doc.documentElement.getAttribute('lang')).toBe('ru');
    expect(text(doc.querySelector('h1'))).toBe('Миссии');
    expect(text(doc.querySelector('.lede'))).toBe('3 миссии по наблюдению, сначала самые последние выборы.');
    const row = doc.querySelector('main table:not(.chart-table) tbody tr')!;
    expect(row.querySelector('th a')!.getAttribute('href')).toBe('/ru/missions/kz/2021-parliamentary/');
    expect(text(row.querySelector('th'))).toBe('10 января 2021 г.');
    expect(text(row.querySelector('td'))).toBe('Казахстан');
  });

  test('2021: at a glance in Russian, with Russian names and English ones marked', () => {
    const doc = dom(dist, '/ru/missions/kz/2021-parliamentary/');
    expect(text(doc.querySelector('h1'))).toBe('Парламентские выборы 10 января 2021 г.');
    const glance = Object.fromEntries(facts(doc, '#at-a-glance +'));
    expect(glance['Тип миссии']).toBe('Ограниченная миссия по наблюдению за выборами (LEOM)');
    // The honorific comes from the person's Russian block (`ru.honorific`), in Russian and lower case.
    expect(glance['Глава миссии']).toMatch(/^посол Ярослав Марцин Доманьский \(БДИПЧ\) /);
    expect(glance['Основная группа']).toMatch(/^11 \(БДИПЧ\), по состоянию на 8 декабря 2020 г\./);
    expect(glance['Все наблюдатели']).toMatch(/^около 30 \(планировалось\), по состоянию на 4 января 2021 г\./);
    expect(glance['Заявление о предварительных выводах']).toBe('объявлено на 11 января 2021 г.; более поздних сведений в архиве нет');
    expect(doc.querySelector('#at-a-glance + dl a[href^="/people/"]')).toBeNull();
    expect(doc.querySelector('#at-a-glance + dl a[href="/ru/people/jaroslaw-marcin-domanski/"]')).not.toBeNull();
  });

  test('2021: the spokesperson card in Russian, the name in English marked, the vCard unprefixed', () => {
    const doc = dom(dist, '/ru/missions/kz/2021-parliamentary/');
    expect(text(doc.querySelector('#media-contacts'))).toBe('Контакты для СМИ');
    const card = doc.querySelector('#media-contacts ~ ul .contact')!;
    expect(card.querySelector('h3 [lang="en"]')!.textContent).toBe('Guido Almerigogna');
    expect(card.querySelector('a[data-phone]')!.textContent).toBe('+45\u00a060\u00a010\u00a097\u00a072');
    expect([...card.querySelectorAll('dt')].map(text)).toEqual(['Телефон', 'Эл. почта']);
    expect(card.querySelector('a[download]')!.getAttribute('href')).toBe('/contacts/guido-almerigogna--kz-2021-parliamentary.vcf');
    expect(doc.querySelector('a[href="/missions/kz/2021-parliamentary/contacts.vcf"]')).not.toBeNull();
  });

  test('2005: appointed by an office named in Russian, with nothing left in English', () => {
    const glance = dom(dist, '/ru/missions/kz/2005-presidential/');
    const dd = [...glance.querySelectorAll('#at-a-glance + dl > dt')].find((dt) => text(dt) === 'Координатор краткосрочных наблюдателей')!.nextElementSibling!;
    expect(text(dd)).toMatch(/; назначение: Действующий председатель ОБСЕ, Председательство ОБСЕ \(Димитрий Рупел\)\. /);
    expect([...dd.querySelectorAll('[lang="en"]')].map(text)).toEqual([]);
  });
});

describe('/ru/statements/', () => {
  test('a statement with its Russian title and summary, Russian labels, the body in English', () => {
    const doc = dom(dist, '/ru/statements/2021-01-04-osce-pa-deploys-observers-kazakhstan/');
    expect(text(doc.querySelector('h1'))).toBe('ПА ОБСЕ направит наблюдателей на парламентские выборы 10 января в Казахстане');
    const f = Object.fromEntries(facts(doc));
    expect(f['Дата']).toBe('4 января 2021 г.');
    expect(f['Вид']).toBe('Пресс-релиз');
    expect(f['Страны']).toBe('Казахстан');
    expect(f['Язык']).toBe('Английский');
    expect(doc.querySelector('main dl a[href="/ru/countries/kz/"]')).not.toBeNull();
  });

  test('the list in Russian', () => {
    const doc = dom(dist, '/ru/statements/');
    expect(text(doc.querySelector('h1'))).toBe('Заявления');
    expect(text(doc.querySelector('.lede'))).toMatch(/^5 заявлений, сначала самые новые/);
  });
});

test('/ru/contacts/ groups the 2021 spokesperson under the Russian mission title, marked past', () => {
  const doc = dom(dist, '/ru/contacts/');
  expect([...doc.querySelectorAll('main h2')].map(text)).toEqual(['Казахстан: Парламентские выборы 10 января 2021 г. миссия завершена']);
  expect(doc.querySelector('main h2 a')!.getAttribute('href')).toBe('/ru/missions/kz/2021-parliamentary/');
});
