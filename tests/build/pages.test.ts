/**
 * The built site, page type by page type: the facts of the seeds are on their pages, cited, and
 * the pages ship no script they do not need.
 */
import { describe, expect, inject, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, pageHtml } from '../support/site.ts';
import { cells, dom, facts, text } from '../support/html.ts';
import { splitLocale } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/translate.ts';

const dist = inject('distDir');

describe('every page', () => {
  const pages = builtPages(dist);
  test('the site has every page type', () => {
    expect(pages.length).toBeGreaterThanOrEqual(95);
    for (const prefix of [
      '/countries/kz/',
      '/countries/kz/statements/',
      '/missions/kz/2021-parliamentary/',
      '/statements/',
      '/people/guido-almerigogna/',
      '/organizations/odihr/',
      '/contacts/',
      '/search/',
      '/404.html',
      '/ru/404.html',
    ])
      expect(pages).toContain(prefix);
  });
  test.each(builtPages(dist))('%s has a title, one h1, a main landmark and no stray script', (path) => {
    const doc = dom(dist, path);
    // Each edition's pages are in its language and carry its site name, its 404 page too.
    const locale = splitLocale(path).locale;
    expect(text(doc.querySelector('title'))).toContain(translator(locale)('site.name'));
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelectorAll('main#main')).toHaveLength(1);
    expect(doc.documentElement.getAttribute('lang')).toBe(locale);
    const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
    // Only the search page of each edition runs a script.
    if (splitLocale(path).path !== '/search/') expect(scripts.map((s) => s.outerHTML)).toEqual([]);
  });
  // Astro drops whitespace that contains a line break between text and a tag, gluing words to links
  // ("start from the<a>countries</a>"); these patterns are never intended in prose.
  test.each(builtPages(dist))('%s has no words glued to links or times', (path) => {
    const html = pageHtml(dist, path).replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
    expect(html.match(/[A-Za-z0-9,;:.]<(a|time|abbr|strong|em) /g) ?? []).toEqual([]);
    expect(html.match(/<\/(a|time|abbr|strong|em)>[A-Za-z0-9·(]/g) ?? []).toEqual([]);
  });
});

describe('home', () => {
  const doc = dom(dist, '/');
  test('says what the archive holds', () => {
    expect(text(doc.querySelector('.lede'))).toBe(
      'What international observers found, where and when: 3 observation missions in 1 country, 5 statements, 11 people and 17 organizations, covering the 57 OSCE participating States.',
    );
  });
  test('lists the latest statements newest first and missions by year', () => {
    expect([...doc.querySelectorAll('.list time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '2021-02-22',
      '2021-01-04',
      '2020-12-08',
      '2019-05-15',
      '2005-12-05',
    ]);
    expect([...doc.querySelectorAll('h3[id^="year-"]')].map(text)).toEqual(['2021', '2019', '2005']);
  });
  test('links on to the full lists, with their totals', () => {
    expect(text(doc.querySelector('main a[href="/statements/"]'))).toBe('All 5 statements, newest first');
    expect(text(doc.querySelector('main a[href="/missions/"]'))).toBe('All 3 missions, newest first');
  });
});

describe('countries', () => {
  test('the index lists 57 States and the two partner groups', () => {
    const doc = dom(dist, '/countries/');
    expect(doc.querySelectorAll('tbody tr')).toHaveLength(57);
    expect(cells(doc.querySelector('tbody tr:has(a[href="/countries/kz/"])')!)).toEqual(['Kazakhstan', 'OSCE participating State', '3', '5']);
    expect([...doc.querySelectorAll('main ul a')].map(text)).toEqual(['Asian Partners for Co-operation', 'Mediterranean Partners for Co-operation']);
  });
  test('Kazakhstan: observed three times, capital names with their sources', () => {
    const doc = dom(dist, '/countries/kz/');
    expect(text(doc.querySelector('.lede'))).toBe('The archive holds 3 missions for Kazakhstan: 2005, 2019, 2021.');
    const capital = facts(doc).find(([t]) => t === 'Capital, as the sources name it')![1];
    // Only a name a source gives as the capital is listed, each with that source.
    expect(capital).toMatch(/^Nur-Sultan — .*Seen in: 4 January 2021 — /);
    expect(capital).not.toMatch(/Astana/);
    expect(doc.querySelectorAll('main .card')).toHaveLength(3);
  });
  test("a speaker's country is not a country the statement is about", () => {
    const countriesOf = (href: string) => [...dom(dist, href).querySelectorAll('[data-pagefind-filter="country"]')].map(text);
    for (const c of ['bg', 'si', 'kz']) {
      const page = dom(dist, `/countries/${c}/`);
      const name = text(page.querySelector('h1'));
      const heading = [...page.querySelectorAll('main h2')].find((h) => text(h) === 'Statements')!;
      // Every statement the country page lists is about the country.
      for (const a of heading.nextElementSibling?.querySelectorAll('a[href^="/statements/"]') ?? []) {
        expect(countriesOf(a.getAttribute('href')!), `${a.getAttribute('href')} listed on /countries/${c}/`).toContain(name);
      }
      // Statements its speakers made about other countries are listed apart, and are not about it.
      const apart = [...dom(dist, `/countries/${c}/statements/`).querySelectorAll('#by-speakers + * a[href^="/statements/"]')].map((a) =>
        a.getAttribute('href')!,
      );
      for (const href of apart) expect(countriesOf(href), href).not.toContain(name);
    }
  });
  test('a country without missions says so', () => {
    expect(text(dom(dist, '/countries/mn/').querySelector('.lede'))).toBe('The archive holds no mission for Mongolia.');
  });
});

describe('missions', () => {
  test('the index is newest first', () => {
    const rows = [...dom(dist, '/missions/').querySelectorAll('table:not(.chart-table) tbody tr')].map(cells);
    expect(rows).toEqual([
      ['10 January 2021', 'Kazakhstan', 'Parliamentary', 'LEOM', 'about 30 (planned) in all'],
      ['9 June 2019', 'Kazakhstan', 'Presidential', 'EOM', '22 long-term, 300 short-term (expected)'],
      ['4 December 2005', 'Kazakhstan', 'Presidential', 'IEOM', 'about 460 in all'],
    ]);
    expect(dom(dist, '/missions/').querySelector('.pagination')).toBeNull();
  });
  test('2021: at a glance with every figure and its source', () => {
    const doc = dom(dist, '/missions/kz/2021-parliamentary/');
    const glance = Object.fromEntries(facts(doc, '#at-a-glance +'));
    expect(glance['Mission type']).toBe('Limited Election Observation Mission (LEOM)');
    expect(glance['Head of mission']).toBe(
      "Ambassador Jarosław Marcin Domański (ODIHR) 8 December 2020 — ODIHR opens limited election observation mission for Kazakhstan's parliamentary elections",
    );
    expect(glance['Special Co-ordinator']).toMatch(/^Kristian Vigenin \(OSCE PA\) 4 January 2021/);
    expect(glance['Core team']).toMatch(/^11 \(ODIHR\), as of 8 December 2020/);
    expect(glance['Long-term observers']).toMatch(/^24 \(planned\) \(ODIHR\), as of 8 December 2020/);
    expect(glance['Parliamentarians']).toMatch(/^7 \(planned\) \(OSCE PA\), as of 4 January 2021/);
    expect(glance['All observers']).toMatch(/^about 30 \(planned\), as of 4 January 2021/);
    expect(glance['Election day']).toBe('10 January 2021');
    // Announced for a day that has passed, with nothing later in the archive: said so, not "planned".
    expect(glance['Statement of preliminary findings']).toBe('announced for 11 January 2021; the archive holds no later record');
  });
  test('2021: every finding with its assessor and source link', () => {
    const doc = dom(dist, '/missions/kz/2021-parliamentary/');
    const findings = [...doc.querySelectorAll('#findings ~ ul > li')];
    expect(findings.length).toBeGreaterThan(0);
    for (const li of findings) {
      expect(text(li.querySelector('p'))).toMatch(/^[A-Z][^—]+ — [✓~✗] (positive|mixed|negative)$/);
      expect(text(li)).toMatch(/Assessed by [^.]+\./);
      expect(li.querySelector('a[href^="/statements/"]')).not.toBeNull();
    }
  });
  test('2021: the OSCE PA spokesperson with phone, email and vCard', () => {
    const doc = dom(dist, '/missions/kz/2021-parliamentary/');
    const card = doc.querySelector('#media-contacts ~ ul .contact')!;
    expect(text(card.querySelector('h3'))).toBe('Guido Almerigogna');
    expect(card.querySelector('a[data-phone]')!.getAttribute('href')).toBe('tel:+4560109772');
    expect(card.querySelector('a[data-phone]')!.textContent).toBe('+45\u00a060\u00a010\u00a097\u00a072');
    expect(card.querySelector('a[data-email]')!.getAttribute('href')).toBe('mailto:guido.almerigogna@oscepa.dk');
    expect(card.querySelector('a[download]')!.getAttribute('href')).toBe('/contacts/guido-almerigogna--kz-2021-parliamentary.vcf');
  });
  test('2005: 460 observers from 43 States, the preliminary statement dated "by"', () => {
    const doc = dom(dist, '/missions/kz/2005-presidential/');
    const glance = Object.fromEntries(facts(doc, '#at-a-glance +'));
    expect(glance['All observers']).toMatch(/^about 460 \(ODIHR\), as of 4 December 2005/);
    expect(glance['States or countries that sent observers']).toMatch(/^43 \(all observers\) /);
    // Appointed by the Chairman-in-Office, not holding that office himself.
    expect(glance['Co-ordinator of short-term observers']).toMatch(
      /^Bruce George, appointed by the Chairman-in-Office of the OSCE Chairpersonship \(Dimitrij Rupel\)\. Led the International Election Observation Mission /,
    );
    expect(glance['Head of the long-term observation mission']).toMatch(/^Ambassador Audrey Glover \(ODIHR\)/);
    expect(glance['Statement of preliminary findings']).toBe('by 5 December 2005');
  });
  test('2019: 22 long-term observers and 300 expected', () => {
    const glance = Object.fromEntries(facts(dom(dist, '/missions/kz/2019-presidential/'), '#at-a-glance +'));
    expect(glance['Long-term observers']).toMatch(/^22, as of 15 May 2019/);
    expect(glance['Short-term observers']).toMatch(/^300 \(expected\), as of 15 May 2019/);
    expect(glance['Head of mission']).toMatch(/^Urszula Józefa Gacek \(ODIHR\)/);
  });
});

describe('statements', () => {
  test('the list is paginated at /statements/ with no second page for five', () => {
    const doc = dom(dist, '/statements/');
    expect(doc.querySelectorAll('main .list > li')).toHaveLength(5);
    expect(doc.querySelector('.pagination')).toBeNull();
  });
  test('the EU statement: document number, aligning States, no place', () => {
    const doc = dom(dist, '/statements/2021-02-22-eu-statement-parliamentary-elections-kazakhstan/');
    const f = Object.fromEntries(facts(doc));
    expect(f['Document number']).toBe('PC.DEL/80/21/Rev.1');
    expect(f['Place']).toBe('not stated in the source');
    expect(f['Aligning States']).toBe('North Macedonia, Montenegro, Serbia, Albania, Iceland, Liechtenstein, Ukraine, Georgia');
    expect(f['Mission']).toBe('Kazakhstan: Parliamentary elections, 10 January 2021');
  });
  test('the OSCE PA release: date, place, source, people', () => {
    const doc = dom(dist, '/statements/2021-01-04-osce-pa-deploys-observers-kazakhstan/');
    const f = Object.fromEntries(facts(doc));
    expect(f['Date']).toBe('4 January 2021');
    expect(f['Place']).toBe('Copenhagen');
    expect(f['Source']).toBe('OSCE Parliamentary Assembly');
    expect([...doc.querySelectorAll('dl.facts li')].map(text)).toEqual(['Kristian Vigenin (Quoted)', 'Guido Almerigogna (Media contact)']);
  });
  test('the 2019 item explains its date', () => {
    const f = Object.fromEntries(facts(dom(dist, '/statements/2019-05-15-foreign-minister-meets-head-of-odihr-mission/')));
    expect(f['Date']).toMatch(/^15 May 2019 — The item is datelined "Nur-Sultan, 15 May, 12:51" without a year\./);
  });
});

describe("an entity's full lists", () => {
  test('a country has its statements and its missions on lists of their own, below its page', () => {
    const statements = dom(dist, '/countries/kz/statements/');
    expect(text(statements.querySelector('h1'))).toBe('Statements on Kazakhstan');
    expect([...statements.querySelectorAll('.breadcrumbs li')].map(text)).toEqual(['Home', 'Countries', 'Kazakhstan', 'Statements']);
    expect(statements.querySelectorAll('main .list > li')).toHaveLength(5);
    expect(statements.querySelector('.pagination')).toBeNull();
    const missions = dom(dist, '/countries/kz/missions/');
    expect([...missions.querySelectorAll('tbody tr')].map((r) => cells(r)[0])).toEqual(['10 January 2021', '9 June 2019', '4 December 2005']);
  });
  test('an entity page showing everything it has needs no link to the full list', () => {
    expect(dom(dist, '/countries/kz/').querySelector('main a[href="/countries/kz/statements/"]')).toBeNull();
  });
  test('an organization and a person have theirs too', () => {
    expect(text(dom(dist, '/organizations/odihr/missions/').querySelector('h1'))).toBe('Missions of ODIHR');
    expect(text(dom(dist, '/people/kristian-vigenin/statements/').querySelector('h1'))).toBe('Statements naming Kristian Vigenin');
  });
});

describe('people and organizations', () => {
  test('a person page lists roles with sources and carries JSON-LD', () => {
    const doc = dom(dist, '/people/kristian-vigenin/');
    expect([...doc.querySelectorAll('main h2 + ul.list > li > strong')].map(text)).toEqual([
      'Special Co-ordinator, appointed to lead the short-term OSCE observers',
      'Vice-President of the OSCE Parliamentary Assembly',
      'Deputy Head of the Bulgarian Delegation to the OSCE Parliamentary Assembly',
      'Rapporteur of the General Committee on Political Affairs and Security',
      'Foreign Minister of Bulgaria',
    ]);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld).toMatchObject({ '@type': 'Person', name: 'Kristian Vigenin', nationality: { name: 'Bulgaria' } });
  });
  test('the spokesperson page has a ContactPoint in JSON-LD', () => {
    const ld = JSON.parse(dom(dist, '/people/guido-almerigogna/').querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.contactPoint).toEqual([expect.objectContaining({ '@type': 'ContactPoint', telephone: '+4560109772', email: 'guido.almerigogna@oscepa.dk' })]);
  });
  test('an organization page lists its missions, people and statements', () => {
    const doc = dom(dist, '/organizations/odihr/');
    expect(doc.querySelectorAll('main .card')).toHaveLength(3);
    expect(text(doc.querySelector('h1'))).toBe('OSCE Office for Democratic Institutions and Human Rights');
  });
});

describe('contacts and vCards', () => {
  test('/contacts/ groups the 2021 spokesperson under the mission, marked past', () => {
    const doc = dom(dist, '/contacts/');
    expect([...doc.querySelectorAll('main h2')].map(text)).toEqual(['Kazakhstan: Parliamentary elections, 10 January 2021 past mission']);
  });
  test('the vCard files are CRLF vCard 3.0 with the number in E.164 and the past-mission warning', () => {
    const one = readFileSync(join(dist, 'contacts/guido-almerigogna--kz-2021-parliamentary.vcf'), 'utf8');
    expect(one.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(one).toContain('TEL;TYPE=WORK,VOICE:+4560109772\r\n');
    // Lines fold at 75 octets: read the card unfolded.
    expect(one.replace(/\r\n /g, '')).toContain(
      'NOTE:Past mission: this contact was published for a mission that is over and may no longer answer. Published in: ',
    );
    expect(one.replace(/\r\n/g, '')).not.toContain('\n');
    const all = readFileSync(join(dist, 'missions/kz/2021-parliamentary/contacts.vcf'), 'utf8');
    expect(all).toBe(one);
  });
});

describe('the 404 pages', () => {
  test.each([
    ['/404.html', 'Page not found', ''],
    ['/ru/404.html', 'Страница не найдена', '/ru'],
  ])('%s is in its language and leads into its own edition', (path, title, prefix) => {
    const doc = dom(dist, path);
    expect(text(doc.querySelector('h1'))).toBe(title);
    // Home (the site name) and search, in the header and in the text.
    expect(doc.querySelector('.site-name')?.getAttribute('href')).toBe(`${prefix}/`);
    expect(doc.querySelector('form.site-search')?.getAttribute('action')).toBe(`${prefix}/search/`);
    for (const section of ['search', 'countries', 'missions', 'statements'])
      expect(doc.querySelectorAll(`main a[href="${prefix}/${section}/"]`), section).toHaveLength(1);
    // The other edition's 404 page is its twin; neither is a place in the archive to index.
    const other = prefix ? '/404.html' : '/ru/404.html';
    expect(doc.querySelector('.language-switch a')?.getAttribute('href')).toBe(other);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
  });

  test('Astro left no page at /ru/404/, the address its directory format would give', () => {
    expect(builtPages(dist).filter((p) => /\/404\/$/.test(p))).toEqual([]);
  });

  test('the search index of each language holds its pages with a search body, and no 404 page', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const locale of ['en', 'ru'] as const) {
      const searchable = builtPages(dist).filter((p) => splitLocale(p).locale === locale && pageHtml(dist, p).includes('data-pagefind-body'));
      expect(entry.languages[locale]?.page_count, locale).toBe(searchable.length);
    }
  });
});

test('Pagefind index is written into dist', () => {
  expect(readdirSync(join(dist, 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
});
