/** The organizations index, an organization's page and its full lists, in English (wording pinned) and Russian. */
import { describe, expect, it } from 'vitest';
import { organizationIndexView } from '../../src/views/organizations/index.ts';
import { organizationView } from '../../src/views/organizations/organization.ts';
import { organizationMissionsView, organizationStatementsView } from '../../src/views/organizations/lists.ts';
import { listPages } from '../../src/lists/paging.ts';
import { phraseText, type Phrase } from '../../src/views/phrases.ts';
import { archive, SITE } from '../support/entity-views-fixture.ts';

const observers = archive.organization.get('obs')!;
const assembly = archive.organization.get('assembly')!;
const wire = archive.organization.get('wire')!;
// On an English page a phrase is one English part; on a Russian one a Russian name makes one Russian part.
const en = (text: string) => [{ text, lang: 'en' }];
const ru = (text: string) => [{ text, lang: 'ru' }];
const item = <T extends { href: string }>(items: T[], id: string) => items.find((i) => i.href.endsWith(`/${id}/`));

describe('organizations index', () => {
  it('lists each organization with its short name and kind, in English', () => {
    const view = organizationIndexView(archive, 'en');
    expect(view.title).toBe('Organizations');
    expect(view.description).toBe('Observer organizations, OSCE institutions, governments and media in the archive.');
    expect(view.lede).toBe('4 organizations that observe elections, speak about them or report on them.');
    expect(item(view.items, 'obs')).toEqual({
      href: '/organizations/obs/',
      name: { text: 'Office of Invented Observers', lang: 'en' },
      shortName: { text: 'OIO', lang: 'en' },
      kind: 'OSCE institution',
    });
    expect(item(view.items, 'wire')!.shortName).toBeUndefined();
  });

  it('uses the Russian names the content gives and keeps the others English, marked', () => {
    const view = organizationIndexView(archive, 'ru');
    expect(view.lede).toBe('Организации, которые наблюдают за выборами, высказываются о них или сообщают о них: 4.');
    expect(item(view.items, 'obs')).toMatchObject({
      href: '/ru/organizations/obs/',
      name: { text: 'Office of Invented Observers', lang: 'en' },
      kind: 'Институт ОБСЕ',
    });
    expect(item(view.items, 'assembly')).toMatchObject({
      name: { text: 'Вымышленная парламентская ассамблея', lang: 'ru' },
      shortName: { text: 'ВПА', lang: 'ru' },
    });
  });
});

describe('an organization’s page', () => {
  it('pins the English wording', () => {
    const view = organizationView(assembly, archive, 'en', SITE);
    expect(view).toMatchObject({
      title: 'Invented Parliamentary Assembly',
      description: 'Invented Parliamentary Assembly (IPA): Parliamentary assembly in the election observation archive.',
      label: 'IPA',
      feed: {
        href: '/feeds/organizations/assembly.xml',
        title: 'Statements by Invented Parliamentary Assembly',
        label: [{ text: 'Feed of new statements by IPA', lang: 'en' }],
      },
      kindMeta: 'Organization',
      filters: { organization: 'IPA', country: 'Borduria' },
      about: { text: 'An assembly that sends observers.', lang: 'en' },
    });
    expect(view.facts).toMatchObject({
      shortName: { text: 'IPA', lang: 'en' },
      children: [{ href: '/organizations/partners/', text: { text: 'Invented Partners for Co-operation', lang: 'en' } }],
      country: { href: '/countries/xb/', text: { text: 'Borduria', lang: 'en' } },
      seat: { text: 'Copenhagen', lang: 'en' },
    });
    expect(view.people).toEqual([
      {
        href: '/people/boris-speaker/',
        name: { text: 'Boris Speaker', lang: 'en' },
        // The source speaks of the membership as past: the page keeps "former".
        roles: [
          { title: { text: 'Special Co-ordinator', lang: 'en' }, former: undefined },
          { title: { text: 'Member of the Assembly', lang: 'en' }, former: ' (former)' },
        ],
      },
    ]);
    // Twelve statements: the page shows ten and links to the list.
    expect(view.statements.shown).toHaveLength(10);
    expect(view.statements.more?.href).toBe('/organizations/assembly/statements/');
    expect(phraseText(view.statements.more!.text)).toBe('All 12 statements issued by IPA');
    expect(view.missions.more).toBeUndefined();
    // JSON-LD names the English page, the permanent address.
    expect(view.jsonLd).toMatchObject({ '@id': 'https://archive.example/organizations/assembly/' });
  });

  it('says when it holds no statements from an organization', () => {
    expect(phraseText(organizationView(archive.organization.get('partners')!, archive, 'en', SITE).statements.none)).toBe(
      'The archive holds no statements from Invented Partners for Co-operation.',
    );
  });

  it('does not say a short name that is the name itself twice', () => {
    const same = { ...assembly, data: { ...assembly.data, ru: { ...assembly.data.ru, name: 'ВПА', shortName: 'ВПА' } } } as typeof assembly;
    expect(organizationView(same, archive, 'ru', SITE).description).toBe('ВПА в архиве наблюдения за выборами. Тип: Парламентская ассамблея.');
  });

  it('speaks Russian: names, kind, feed under /ru/, search filters', () => {
    const view = organizationView(assembly, archive, 'ru', SITE);
    expect(view).toMatchObject({
      name: { text: 'Вымышленная парламентская ассамблея', lang: 'ru' },
      description: 'Вымышленная парламентская ассамблея (ВПА) в архиве наблюдения за выборами. Тип: Парламентская ассамблея.',
      label: 'ВПА',
      feed: {
        href: '/ru/feeds/organizations/assembly.xml',
        title: 'Заявления: Вымышленная парламентская ассамблея',
        label: [{ text: 'Лента новых заявлений: ВПА', lang: 'ru' }],
      },
      kindMeta: 'Организация',
      // Borduria carries ISO code MC.
      filters: { organization: 'ВПА', country: 'Монако' },
    });
    expect(view.facts.kind).toBe('Парламентская ассамблея');
    expect(view.people[0]).toMatchObject({ href: '/ru/people/boris-speaker/', name: { text: 'Борис Спикер', lang: 'ru' } });
    expect(view.people[0]!.roles[1]!.former).toBe(' (в прошлом)');
    expect(view.statements.more?.href).toBe('/ru/organizations/assembly/statements/');
    expect(phraseText(view.statements.more!.text)).toBe('Все заявления (12): ВПА');
    expect(view.jsonLd).toMatchObject({ '@id': 'https://archive.example/organizations/assembly/' });
  });

  it('marks an English name inside a Russian sentence', () => {
    const view = organizationView(observers, archive, 'ru', SITE);
    expect(view.feed.label).toEqual([
      { text: 'Лента новых заявлений: ', lang: 'ru' },
      { text: 'OIO', lang: 'en' },
    ]);
    expect(organizationStatementsView(observers, { items: [], page: 1, pages: 1, total: 5 }, 'ru')).toMatchObject({
      title: 'Заявления: OIO',
      heading: [
        { text: 'Заявления: ', lang: 'ru' },
        { text: 'OIO', lang: 'en' },
      ],
      lede: [
        { text: '5 заявлений от организации: ', lang: 'ru' },
        { text: 'Office of Invented Observers', lang: 'en' },
        { text: '. Сначала самые новые.', lang: 'ru' },
      ],
    });
  });
});

describe('an organization’s full lists', () => {
  const missions = (id: string) => listPages(archive.missionsByOrganization.get(id) ?? [], 100)[0]!;
  const statements = (id: string) => listPages(archive.statementsByOrganization.get(id) ?? [])[0]!;

  it('pins the English wording', () => {
    expect(organizationMissionsView(observers, missions('obs'), 'en')).toMatchObject({
      title: 'Missions of OIO',
      crumb: 'Missions',
      trail: [
        { href: '/organizations/', label: 'Organizations' },
        { href: '/organizations/obs/', label: [{ text: 'OIO', lang: 'en' }] },
      ],
      description: 'Election observation missions Office of Invented Observers took part in, newest election first.',
      lede: en('2 observation missions Office of Invented Observers took part in, newest election first.'),
      base: '/organizations/obs/missions/',
      label: 'missions of OIO',
      caption: 'Missions of OIO, newest first',
    });
    expect(organizationStatementsView(wire, statements('wire'), 'en')).toMatchObject({
      title: 'Statements issued by Daily "Wire" & Co',
      crumb: 'Statements',
      description: 'Statements issued by Daily "Wire" & Co, newest first.',
      lede: en('1 statement issued by Daily "Wire" & Co, newest first.'),
      label: 'statements issued by Daily "Wire" & Co',
    });
  });

  it('speaks Russian', () => {
    expect(organizationMissionsView(assembly, missions('assembly'), 'ru')).toMatchObject({
      title: 'Миссии: ВПА',
      crumb: 'Миссии',
      trail: [
        { href: '/ru/organizations/', label: 'Организации' },
        { href: '/ru/organizations/assembly/', label: [{ text: 'ВПА', lang: 'ru' }] },
      ],
      lede: ru('1 миссия по наблюдению с участием организации: Вымышленная парламентская ассамблея. Сначала самые недавние выборы.'),
    });
    expect(phraseText(organizationStatementsView(assembly, statements('assembly'), 'ru').lede as Phrase)).toBe(
      '12 заявлений от организации: Вымышленная парламентская ассамблея. Сначала самые новые.',
    );
  });
});
