/** The people index, a person's page and the statements naming them, in English (wording pinned) and Russian. */
import { describe, expect, it } from 'vitest';
import { peopleView } from '../../src/views/people/index.ts';
import { personView } from '../../src/views/people/person.ts';
import { personStatementsView } from '../../src/views/people/lists.ts';
import { listPages, PEOPLE_PAGE_SIZE } from '../../src/lists/paging.ts';
import { phraseText } from '../../src/views/phrases.ts';
import { archive, SITE } from '../support/entity-views-fixture.ts';

const ana = archive.person.get('ana-example')!;
const boris = archive.person.get('boris-speaker')!;
const TODAY = '2026-11-28';

describe('people index', () => {
  const first = listPages(archive.people, PEOPLE_PAGE_SIZE)[0]!;

  it('pins the English wording', () => {
    const view = peopleView(first, 'en');
    expect(view).toMatchObject({
      title: 'People',
      description: 'Heads of mission, co-ordinators, spokespeople and officials named in observation statements.',
      lede: "2 people named in the archive's statements, with the roles the sources give them.",
      base: '/people/',
      label: 'people',
    });
    expect(peopleView({ ...first, total: 1 }, 'en').lede).toBe("1 person named in the archive's statements, with the roles the sources give them.");
    expect(view.people.find((p) => p.href === '/people/ana-example/')).toEqual({
      href: '/people/ana-example/',
      name: { text: 'Ána Exámple', lang: 'en' },
      role: { text: 'Head of mission', lang: 'en' },
    });
  });

  it('speaks Russian, with names the content gives in Russian and roles in English, marked', () => {
    const view = peopleView(first, 'ru');
    expect(view).toMatchObject({ title: 'Люди', lede: 'Люди, упомянутые в заявлениях архива, с ролями по данным источников: 2.', label: 'люди' });
    expect(view.people.find((p) => p.href === '/ru/people/boris-speaker/')).toEqual({
      href: '/ru/people/boris-speaker/',
      name: { text: 'Борис Спикер', lang: 'ru' },
      role: { text: 'Special Co-ordinator', lang: 'en' },
    });
  });
});

describe('a person’s page', () => {
  it('pins the English wording', () => {
    const view = personView(boris, archive, 'en', SITE, TODAY);
    expect(view).toMatchObject({
      title: 'Boris Speaker',
      honorific: { text: 'Ambassador', lang: 'en' },
      description: 'Boris Speaker: Special Co-ordinator. Roles and statements in the election observation archive.',
      kindMeta: 'Person',
      // Carpania (ISO code US) is the nationality, Arcadia the mission's country.
      filters: { nationality: 'Carpania', countries: ['Carpania', 'Arcadia'], organizations: ['IPA'] },
      nationality: { href: '/countries/xc/', name: { text: 'Carpania', lang: 'en' } },
    });
    expect(view.roles.map((r) => [r.title.text, r.former, r.when])).toEqual([
      ['Special Co-ordinator', undefined, 'From 4 January 2021 to 11 January 2021.'],
      ['Member of the Assembly', ' (former, as of the source)', 'As of 4 January 2021.'],
    ]);
    expect(view.roles[0]).toMatchObject({
      organization: { href: '/organizations/assembly/', name: { text: 'Invented Parliamentary Assembly', lang: 'en' } },
      mission: { href: '/missions/xa/2021-parliamentary/', name: { text: 'Arcadia: Parliamentary elections, 10 January 2021', lang: 'en' } },
    });
    expect(view.statements).toMatchObject({ heading: [{ text: 'Statements naming Boris Speaker', lang: 'en' }], more: undefined });
    expect(view.jsonLd).toMatchObject({ url: 'https://archive.example/people/boris-speaker/' });
  });

  it('says what it does not know, and which contacts belong to missions now over', () => {
    const view = personView(ana, archive, 'en', SITE, TODAY);
    expect(view.nationality).toBeUndefined();
    expect(view.nationalityUnknown).toBe('not stated in the sources');
    expect(view.roles[0]!.when).toBe('Date not given.');
    // Pagefind folds Á itself, so no second spelling is indexed.
    expect(view.nameVariant).toBeUndefined();
    // A contact for an organization never lapses; one for a mission does once the mission is over.
    expect(view.contacts.map((c) => [c.email?.text, c.past])).toEqual([['press@example.org', undefined]]);
    expect(personView(boris, archive, 'en', SITE, TODAY).contacts.map((c) => [c.email?.text, c.past?.label])).toEqual([
      ['press@assembly.example', 'Past mission:'],
    ]);
    expect(personView(boris, archive, 'en', SITE, '2021-01-05').contacts[0]!.past).toBeUndefined();
    const statements = personView(archive.person.get('boris-speaker')!, { ...archive, statementsByPerson: new Map() }, 'en', SITE, TODAY).statements;
    expect(phraseText(statements.none)).toBe('The archive holds no statements by or about Boris Speaker.');
  });

  it('speaks Russian: dates, names, filters, and one full stop after a Russian date', () => {
    const view = personView(boris, archive, 'ru', SITE, TODAY);
    expect(view).toMatchObject({
      name: { text: 'Борис Спикер', lang: 'ru' },
      // Role titles are English: the description, which cannot mark a language, leaves the role out.
      description: 'Борис Спикер: роли и заявления в архиве наблюдения за выборами.',
      kindMeta: 'Персона',
      filters: { nationality: 'США', countries: ['США', 'Казахстан'], organizations: ['ВПА'] },
      nationality: { href: '/ru/countries/xc/', name: { text: 'США', lang: 'ru' } },
    });
    expect(view.roles.map((r) => [r.former, r.when])).toEqual([
      [undefined, 'С 4 января 2021 г. по 11 января 2021 г.'],
      [' (в прошлом, по данным источника)', 'По состоянию на 4 января 2021 г.'],
    ]);
    // A role known from its month: «С октября 2005 г.», the month in the genitive after «с».
    // No Russian honorific: the Russian name stands alone, never "Ambassador Борис Спикер".
    expect(view.honorific).toBeUndefined();
    const since = { ...boris, data: { ...boris.data, roles: [{ ...boris.data.roles[0]!, from: '2005-10', to: undefined }] } } as typeof boris;
    expect(personView(since, archive, 'ru', SITE, TODAY).roles[0]!.when).toBe('С октября 2005\u202fг.');
    expect(view.roles[0]).toMatchObject({
      title: { text: 'Special Co-ordinator', lang: 'en' },
      organization: { href: '/ru/organizations/assembly/', name: { text: 'Вымышленная парламентская ассамблея', lang: 'ru' } },
      // The mission's title has no Russian: its whole name stays English, country included.
      mission: { href: '/ru/missions/xa/2021-parliamentary/', name: { text: 'Arcadia: Parliamentary elections, 10 January 2021', lang: 'en' } },
    });
    expect(view.statements.heading).toEqual([{ text: 'Заявления, в которых упоминается Борис Спикер', lang: 'ru' }]);
    // A name the content gives only in English is marked inside the Russian sentence.
    expect(personView(ana, archive, 'ru', SITE, TODAY).statements.heading).toEqual([
      { text: 'Заявления, в которых упоминается ', lang: 'ru' },
      { text: 'Ána Exámple', lang: 'en' },
    ]);
    expect(personView(ana, archive, 'ru', SITE, TODAY).roles[0]!.when).toBe('Дата не указана.');
    expect(view.jsonLd).toMatchObject({ url: 'https://archive.example/people/boris-speaker/' });
  });

  it('ends a clause with exactly one full stop', () => {
    const when = (role: { from?: string; asOf?: string }, locale: 'en' | 'ru') => {
      const dated = {
        ...boris,
        data: { ...boris.data, roles: [{ ...boris.data.roles[0]!, from: undefined, asOf: undefined, to: undefined, ...role }] },
      } as typeof boris;
      return personView(dated, archive, locale, SITE, TODAY).roles[0]!.when;
    };
    expect([when({ asOf: '2021-01-04' }, 'en'), when({ from: '2021-01-04' }, 'ru')]).toEqual(['As of 4 January 2021.', 'С 4 января 2021 г.']);
  });
});

describe('the statements naming a person', () => {
  const list = listPages(archive.statementsByPerson.get('boris-speaker') ?? [])[0]!;

  it('pins the English wording', () => {
    expect(personStatementsView(boris, list, 'en')).toMatchObject({
      title: 'Statements naming Boris Speaker',
      crumb: 'Statements',
      trail: [
        { href: '/people/', label: 'People' },
        { href: '/people/boris-speaker/', label: [{ text: 'Boris Speaker', lang: 'en' }] },
      ],
      description: 'Statements naming Boris Speaker, newest first.',
      lede: [{ text: '1 statement naming Boris Speaker, newest first.', lang: 'en' }],
      base: '/people/boris-speaker/statements/',
      label: 'statements naming Boris Speaker',
    });
  });

  it('speaks Russian', () => {
    expect(personStatementsView(boris, { ...list, total: 3 }, 'ru')).toMatchObject({
      title: 'Заявления, в которых упоминается Борис Спикер',
      trail: [
        { href: '/ru/people/', label: 'Люди' },
        { href: '/ru/people/boris-speaker/', label: [{ text: 'Борис Спикер', lang: 'ru' }] },
      ],
      lede: [{ text: '3 заявления с упоминанием: Борис Спикер. Сначала самые новые.', lang: 'ru' }],
    });
  });
});
