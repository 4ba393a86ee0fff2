import { describe, expect, test } from 'vitest';
import { contactCardView, contactsPageView, missionContactsView } from '../../src/views/contacts/contacts.ts';
import { groupDirectory } from '../../src/contacts/directory.ts';
import { viewsArchive } from '../support/views-fixture.ts';

const archive = viewsArchive();
const [entry] = archive.contacts;
const TODAY = '2025-11-28';

describe('a contact card', () => {
  test('in English: name, role, phone as published, vCard and its English links', () => {
    const card = contactCardView(entry!, archive, 'en', true);
    expect(card.person).toEqual({ href: '/people/ana-example/', name: { text: 'Ána Exámple', lang: 'en' } });
    expect(card.role).toEqual({ text: 'Spokesperson, Press Officer', lang: 'en' });
    expect(card.organization).toEqual({ href: '/organizations/obs/', name: { text: 'OIO', lang: 'en' } });
    expect(card.past).toEqual({ label: 'Past mission:', text: ' this contact was published for a mission that is over and may no longer answer.' });
    expect(card.phone).toEqual({ label: 'Phone', href: 'tel:+4560109772', text: '+45\u00a060\u00a010\u00a097\u00a072' });
    // The address may break before its @ and nowhere in its domain.
    expect(card.email).toEqual({ label: 'Email', href: 'mailto:press@example.org', text: 'press@example.org', parts: ['press', '@example.org'] });
    expect(card.vcard).toEqual({
      href: '/contacts/ana-example--xa-2021-parliamentary.vcf',
      download: 'ana-example--xa-2021-parliamentary.vcf',
      label: 'Download vCard',
      for: [' for ', ''],
    });
  });

  test('in Russian: labels in Russian, the Russian name, the role as published, the same phone and vCard', () => {
    const card = contactCardView(entry!, archive, 'ru', false);
    expect(card.person).toEqual({ href: '/ru/people/ana-example/', name: { text: 'Ана Экзампл', lang: 'ru' } });
    expect(card.role).toEqual({ text: 'Spokesperson, Press Officer', lang: 'en' });
    expect(card.organization).toEqual({ href: '/ru/organizations/obs/', name: { text: 'БВН', lang: 'ru' } });
    expect(card.past).toBeUndefined();
    expect(card.phone).toEqual({ label: 'Телефон', href: 'tel:+4560109772', text: '+45\u00a060\u00a010\u00a097\u00a072' });
    expect(card.email!.label).toBe('Эл. почта');
    expect(card.vcard).toEqual(expect.objectContaining({ href: '/contacts/ana-example--xa-2021-parliamentary.vcf', label: 'Скачать vCard', for: [' — ', ''] }));
  });
});

describe('the media desk', () => {
  const groups = groupDirectory(archive.contacts);

  test('in English: groups under their mission, marked past, with the mission vCard', () => {
    const view = contactsPageView(groups, archive, 'en', TODAY);
    expect(view).toEqual(
      expect.objectContaining({ title: 'Media contacts', base: '/contacts/', label: 'media contacts', none: 'No contacts have been published yet.' }),
    );
    expect(view.groups).toEqual([
      expect.objectContaining({
        anchor: 'group-mission-xa-2021-parliamentary',
        href: '/missions/xa/2021-parliamentary/',
        title: { text: 'Arcadia: Parliamentary elections, 10 January 2021', lang: 'en' },
        pastTag: 'past mission',
        past: true,
        vcard: { href: '/missions/xa/2021-parliamentary/contacts.vcf', label: 'All contacts of this mission (vCard)' },
      }),
    ]);
    // The group's cards carry its mission's past-mission warning.
    expect(view.groups[0]!.cards.map((c) => [c.key, c.past?.label])).toEqual([['ana-example--xa-2021-parliamentary', 'Past mission:']]);
  });

  test('in Russian: the translated mission title, Russian labels, vCards at their one address', () => {
    const view = contactsPageView(groups, archive, 'ru', TODAY);
    expect(view.title).toBe('Контакты для СМИ');
    expect(view.base).toBe('/ru/contacts/');
    expect(view.groups[0]).toEqual(
      expect.objectContaining({
        href: '/ru/missions/xa/2021-parliamentary/',
        title: { text: 'Казахстан: Парламентские выборы 10 января 2021 г.', lang: 'ru' },
        pastTag: 'миссия завершена',
        vcard: { href: '/missions/xa/2021-parliamentary/contacts.vcf', label: 'Все контакты этой миссии (vCard)' },
      }),
    );
  });

  test("a mission's contacts section, and one with none", () => {
    const during = missionContactsView('xa/2021-parliamentary', archive, 'en', '2021-01-11');
    expect(during).toEqual(
      expect.objectContaining({
        heading: 'Media contacts',
        vcard: { href: '/missions/xa/2021-parliamentary/contacts.vcf', label: 'Download all contacts of this mission (vCard)' },
      }),
    );
    // The cards are drawn as made here: while the mission runs, none carries the past-mission warning.
    expect(during.cards.map((c) => [c.key, c.person.name.text, c.past])).toEqual([['ana-example--xa-2021-parliamentary', 'Ána Exámple', undefined]]);
    const after = missionContactsView('xa/2021-parliamentary', archive, 'ru', TODAY);
    expect(after.cards.map((c) => [c.person.href, c.past?.label])).toEqual([['/ru/people/ana-example/', 'Миссия завершена:']]);
    expect(missionContactsView('xb/2019-presidential', archive, 'en', TODAY)).toEqual(
      expect.objectContaining({ cards: [], none: "No media contact was published for this mission in the archive's sources." }),
    );
    expect(missionContactsView('xb/2019-presidential', archive, 'ru', TODAY).none).toBe(
      'В источниках архива контакты для СМИ по этой миссии не публиковались.',
    );
  });
});
