/**
 * The media desk and the contact cards, in the page's language: labels from the catalogue, people's
 * names from their `ru:` block where content gives one, roles and titles as the source published them
 * (English, marked so), phone numbers as everywhere else. vCards stay single-language files.
 */
import type { Archive } from '../../archive/query.ts';
import type { DirectoryEntry, DirectoryGroup } from '../../contacts/directory.ts';
import { isMissionOver } from '../../missions/glance.ts';
import { displayPhone, phoneUri } from '../../schemas/phone.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { entryText, joinTexts, type LocalText, organizationShortName } from '../../i18n/names.ts';
import { translator } from '../../i18n/translate.ts';
import { missionName } from '../names.ts';
import { around } from '../slots.ts';
import { sourceView, type SourceView } from '../sources.ts';

export interface ContactCardView {
  key: string;
  person: { href: string; name: LocalText };
  /** "Spokesperson, Head of Press" as the source published it. */
  role: LocalText;
  organization: { href: string; name: LocalText };
  /** The warning on a contact of a mission that is over. */
  past: { label: string; text: string } | undefined;
  phone: { label: string; href: string; text: string } | undefined;
  /** `parts` split the address before its `@`, the one place it may break: never inside the domain. */
  email: { label: string; href: string; text: string; parts: [string, string] } | undefined;
  /** The link's words, and the hidden words around the person's name that tell whose card it is. */
  vcard: { href: string; download: string; label: string; for: [string, string] };
  source: SourceView;
}

/** `local@domain` → [`local`, `@domain`], split at the last `@` (a quoted local part may hold one). */
function emailParts(email: string): [string, string] {
  const at = email.lastIndexOf('@');
  return at <= 0 ? [email, ''] : [email.slice(0, at), email.slice(at)];
}

/** One contact card. `past` marks a contact of a mission that is over, which may no longer answer. */
export function contactCardView(entry: DirectoryEntry, archive: Archive, locale: Locale, past: boolean): ContactCardView {
  const t = translator(locale);
  const to = (path: string) => localizedPath(locale, path);
  const org = archive.organization.get(entry.point.organization)!;
  const name = entryText(locale, entry.person, 'name');
  const { phone, email } = entry.point;
  return {
    key: entry.key,
    person: { href: to(`/people/${entry.personId}/`), name },
    role: joinTexts([entryText(locale, entry.point, 'role'), ...(entry.point.title ? [entryText(locale, entry.point, 'title')] : [])], ', '),
    organization: { href: to(`/organizations/${org.id}/`), name: organizationShortName(locale, org.data) },
    past: past ? { label: t('contact.past'), text: t('contact.pastText') } : undefined,
    phone: phone ? { label: t('contact.phone'), href: phoneUri(phone), text: displayPhone(phone) } : undefined,
    email: email ? { label: t('contact.email'), href: `mailto:${email}`, text: email, parts: emailParts(email) } : undefined,
    // vCards are files in one language, at one address for every edition.
    vcard: { href: `/contacts/${entry.key}.vcf`, download: `${entry.key}.vcf`, label: t('contact.vcard'), for: around(t, 'contact.vcardFor', 'name') },
    source: sourceView(entry.point.source, archive, locale),
  };
}

interface ContactGroupView {
  anchor: string;
  href: string;
  title: LocalText;
  /** The "past mission" tag, when the group's mission is over. */
  pastTag: string | undefined;
  past: boolean;
  cards: ContactCardView[];
  vcard: { href: string; label: string } | undefined;
}

export interface ContactsPageView {
  title: string;
  description: string;
  lede: string;
  base: string;
  label: string;
  none: string;
  groups: ContactGroupView[];
}

/** One page of the media desk: its groups (a mission's contacts, or an organization's), newest first. */
export function contactsPageView(groups: readonly DirectoryGroup[], archive: Archive, locale: Locale, today: string): ContactsPageView {
  const t = translator(locale);
  const to = (path: string) => localizedPath(locale, path);
  return {
    title: t('nav.contacts'),
    description: t('contacts.description'),
    lede: t('contacts.lede'),
    base: to('/contacts/'),
    label: t('contacts.listLabel'),
    none: t('contacts.none'),
    groups: groups.map((g) => {
      const mission = g.missionId ? archive.mission.get(g.missionId)! : undefined;
      const past = mission ? isMissionOver(mission.data, today) : false;
      const title = mission
        ? missionName(locale, mission.data, (c) => archive.country.get(c)!.data)
        : entryText(locale, archive.organization.get(g.organizationId)!.data, 'name');
      return {
        anchor: `group-${g.key.replace(/[^a-z0-9]+/g, '-')}`,
        href: to(mission ? `/missions/${g.missionId}/` : `/organizations/${g.organizationId}/`),
        title,
        pastTag: past ? t('contacts.pastTag') : undefined,
        past,
        cards: g.entries.map((e) => contactCardView(e, archive, locale, past)),
        vcard: g.missionId ? { href: `/missions/${g.missionId}/contacts.vcf`, label: t('contacts.missionVcard') } : undefined,
      };
    }),
  };
}

export interface MissionContactsView {
  heading: string;
  none: string;
  /** Each marked past when the mission is over. */
  cards: ContactCardView[];
  vcard: { href: string; label: string };
}

/** The media contacts section of a mission page. */
export function missionContactsView(missionId: string, archive: Archive, locale: Locale, today: string): MissionContactsView {
  const t = translator(locale);
  const past = isMissionOver(archive.mission.get(missionId)!.data, today);
  return {
    heading: t('mission.section.media-contacts'),
    none: t('contacts.missionNone'),
    cards: (archive.contactsByMission.get(missionId) ?? []).map((e) => contactCardView(e, archive, locale, past)),
    vcard: { href: `/missions/${missionId}/contacts.vcf`, label: t('contacts.missionVcardDownload') },
  };
}
