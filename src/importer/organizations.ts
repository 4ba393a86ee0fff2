/**
 * Names by which sources refer to organizations, in English and Russian. The archive's own
 * `content/organizations/` entries are read too (see `src/importer/archive.ts`); this table adds the
 * other spellings sources print and the partners of joint missions. A name missing here is drafted
 * as a new organization for review, never matched by guesswork.
 */
import { countryIdOf } from './countries.ts';
import { NEWS_OUTLETS } from './outlets.ts';
import { asciiSlug } from './text.ts';
import { ORGANIZATION_KINDS } from '../schemas/vocabulary.ts';

export type OrganizationKind = keyof typeof ORGANIZATION_KINDS;

export const ORGANIZATION_NAMES: ReadonlyArray<{ id: string; names: readonly string[]; websites?: readonly string[] }> = [
  {
    id: 'osce',
    names: [
      'OSCE',
      'Organization for Security and Co-operation in Europe',
      'Organization for Security and Cooperation in Europe',
      'ОБСЕ',
      'Организация по безопасности и сотрудничеству в Европе',
    ],
    websites: ['osce.org'],
  },
  {
    id: 'odihr',
    names: [
      'ODIHR',
      'OSCE/ODIHR',
      'OSCE ODIHR',
      'ОБСЕ/БДИПЧ',
      'БДИПЧ/ОБСЕ',
      'OSCE Office for Democratic Institutions and Human Rights',
      // "the Organization for Security and Co-operation in Europe's Office for …": one body, not the OSCE and then ODIHR.
      "Organization for Security and Co-operation in Europe's Office for Democratic Institutions and Human Rights",
      "OSCE's Office for Democratic Institutions and Human Rights",
      'Office for Democratic Institutions and Human Rights',
      'БДИПЧ',
      'БДИПЧ ОБСЕ',
      // The letters swapped, as news sites often print them.
      'БДИЧП',
      'БДИЧП/ОБСЕ',
      'Бюро ОБСЕ по демократическим институтам и правам человека',
      'Бюро по демократическим институтам и правам человека ОБСЕ',
      'Бюро по демократическим институтам и правам человека',
    ],
    websites: ['osce.org/odihr', 'odihr.osce.org'],
  },
  {
    id: 'osce-pa',
    names: [
      'OSCE Parliamentary Assembly',
      'OSCE PA',
      'PA',
      'Parliamentary Assembly of the OSCE',
      'PA OSCE',
      'Organization for Security and Co-operation in Europe Parliamentary Assembly',
      'ПА ОБСЕ',
      'Парламентская ассамблея ОБСЕ',
      'Парламентской ассамблеи ОБСЕ',
    ],
    websites: ['oscepa.org', 'osce.org/pa'],
  },
  {
    id: 'osce-chairpersonship',
    names: ['OSCE Chairpersonship', 'OSCE Chairmanship', 'OSCE Chairperson-in-Office', 'OSCE Chairman-in-Office', 'OSCE Chair'],
    websites: ['osce.org/chairmanship', 'osce.org/chairpersonship', 'osce.org/cio'],
  },
  {
    id: 'pace',
    names: [
      'PACE',
      'Parliamentary Assembly of the Council of Europe',
      "Council of Europe's Parliamentary Assembly",
      'Council of Europe Parliamentary Assembly',
      'Assemblée parlementaire',
      'ПАСЕ',
      'Парламентская ассамблея Совета Европы',
      'Парламентской ассамблеи Совета Европы',
    ],
    websites: ['pace.coe.int', 'assembly.coe.int', 'coe.int'],
  },
  {
    id: 'nato-pa',
    names: [
      'NATO PA',
      'NATO Parliamentary Assembly',
      'Parliamentary Assembly of the North Atlantic Treaty Organization',
      'ПА НАТО',
      'Парламентская ассамблея НАТО',
      'Парламентской ассамблеи НАТО',
      'Парламентской ассамблее НАТО',
      'Парламентской ассамблеей НАТО',
    ],
    websites: ['nato-pa.int'],
  },
  {
    id: 'european-parliament',
    // In Russian, the cases a release prints: "вместе с коллегами из … Европарламента", "в Европейском парламенте".
    names: [
      'European Parliament',
      'EP',
      'Европейский парламент',
      'Европейского парламента',
      'Европейском парламенте',
      'Европейским парламентом',
      'Европарламент',
      'Европарламента',
      'Европарламенте',
      'Европарламентом',
    ],
    websites: ['europarl.europa.eu'],
  },
  { id: 'tass', names: ['TASS', 'ТАСС'] },
  {
    id: 'cis',
    names: ['CIS', 'Commonwealth of Independent States', 'СНГ', 'Содружество Независимых Государств', 'Содружества Независимых Государств'],
    websites: ['cis.minsk.by', 'e-cis.info'],
  },
  {
    id: 'ipa-cis',
    names: [
      'IPA CIS',
      'CIS IPA',
      'Interparliamentary Assembly of the CIS',
      'МПА СНГ',
      'Межпарламентская Ассамблея СНГ',
      'Межпарламентской Ассамблеи СНГ',
      'Межпарламентской ассамблеи СНГ',
      'Межпарламентская ассамблея СНГ',
      'Межпарламентской ассамблеи (МПА) СНГ',
      // The Assembly's full name, with a dash or a hyphen between "государств" and "участников".
      'Межпарламентская Ассамблея государств – участников СНГ',
      'Межпарламентской Ассамблеи государств – участников СНГ',
      'Межпарламентской ассамблеи государств – участников СНГ',
      'Межпарламентской Ассамблеи государств – участников Содружества Независимых Государств',
      'Межпарламентской ассамблеи государств – участников Содружества Независимых Государств',
      'Interparliamentary Assembly of the Commonwealth of Independent States',
      'Interparliamentary Assembly of Member Nations of the Commonwealth of Independent States',
    ],
    websites: ['iacis.ru'],
  },
  {
    id: 'coe-congress',
    names: [
      'Congress of Local and Regional Authorities of the Council of Europe',
      'Council of Europe Congress of Local and Regional Authorities',
      'Congress of Local and Regional Authorities',
      'Конгресс местных и региональных властей Совета Европы',
      'Конгресса местных и региональных властей Совета Европы',
      'Конгресс местных и региональных властей',
      'Конгресса местных и региональных властей',
    ],
  },
  { id: 'osce-centre-in-almaty', names: ['OSCE Centre in Almaty'] },
  { id: 'eu', names: ['European Union', 'EU'] },
  { id: 'us-mission-to-osce', names: ['United States Mission to the OSCE', 'U.S. Mission to the OSCE', 'US Mission to the OSCE'] },
  {
    id: 'kz-mfa',
    names: ['Ministry of Foreign Affairs of Kazakhstan', 'Ministry of Foreign Affairs of the Republic of Kazakhstan', 'Kazakh Ministry of Foreign Affairs'],
  },
  {
    id: 'kz-cec',
    names: ['Central Election Commission of Kazakhstan', 'Central Election Commission of the Republic of Kazakhstan'],
  },
  { id: 'trend', names: ['Trend', 'Trend News Agency'] },
  // Other organizations that observe elections in the OSCE area, as their own missions or beside the OSCE's.
  { id: 'turkpa', names: ['TURKPA', 'Parliamentary Assembly of Turkic States', 'Parliamentary Assembly of Turkic Speaking Countries', 'ТюркПА'] },
  { id: 'guam', names: ['GUAM', 'Organization for Democracy and Economic Development – GUAM', 'ГУАМ'] },
  {
    id: 'turkic-council',
    names: [
      'Turkic Council',
      'Cooperation Council of Turkic-Speaking States',
      'Cooperation Council of Turkic Speaking States',
      'Organization of Turkic States',
      'Тюркский совет',
    ],
  },
  {
    id: 'sco',
    names: ['SCO', 'Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation', 'ШОС', 'Шанхайской организации сотрудничества'],
    websites: ['sectsco.org'],
  },
  { id: 'pabsec', names: ['PABSEC', 'Parliamentary Assembly of the Black Sea Economic Cooperation'] },
  { id: 'pam', names: ['PAM', 'Parliamentary Assembly of the Mediterranean'] },
  { id: 'cis-emo', names: ['CIS-EMO'] },
];

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/^the /i, '').toLowerCase();
}

// Outlets are known by name too ("сообщил ИНТЕРФАКС-ЗАПАД"), but not looked for in running text (see `outlets.ts`).
const BY_NAME = new Map([...ORGANIZATION_NAMES, ...NEWS_OUTLETS].flatMap((o) => o.names.map((n) => [normalise(n), o.id] as const)));

/** The id of an organization from the name a source prints, ignoring case and a leading "the". */
export function organizationIdOf(name: string): string | undefined {
  // "НИАТ «Ховар»", "ИА «Кабар»": an agency's kind before its name in quotes.
  const quoted = /[«"„“]([^»"“”]+)[»"“”]/u.exec(name)?.[1];
  return BY_NAME.get(normalise(name)) ?? (quoted ? BY_NAME.get(normalise(quoted)) : undefined);
}

/** Every name of the table, longest first, for finding organizations in running text. */
export const KNOWN_NAMES: ReadonlyArray<{ id: string; name: string }> = ORGANIZATION_NAMES.flatMap((o) =>
  o.names.filter((n) => n !== 'PA' && n !== 'EP').map((name) => ({ id: o.id, name })),
).sort((a, b) => b.name.length - a.name.length);

/** An organization the archive does not hold yet, as the importer drafts it for review. */
export type DraftOrganization = { id: string; name: string; kind?: OrganizationKind; country?: string };

/**
 * The id and kind a new organization would get. National bodies follow the archive's pattern
 * (`kz-mfa`, `kz-cec`); anything else is the ASCII slug of its name, and a name without Latin
 * letters (ТАСС) gets none, which the caller reports.
 */
export function draftOrganization(name: string, hint?: OrganizationKind): DraftOrganization | undefined {
  const clean = name.trim().replace(/\s+/g, ' ').replace(/^the /i, '');
  const national =
    /^(Ministry of Foreign Affairs|Central Elect(?:ion|oral) Commission) of (?:the )?(.+)$/i.exec(clean) ??
    /^(МИД|Министерство иностранных дел|ЦИК|Центральная избирательная комиссия)\s+(.+)$/iu.exec(clean);
  const country = national ? countryIdOf(national[2]!) : undefined;
  if (national && country) {
    const mfa = /^(?:Ministry|МИД|Министерство)/iu.test(national[1]!);
    return { id: `${country}-${mfa ? 'mfa' : 'cec'}`, name: clean, kind: mfa ? 'government' : 'election-administration', country };
  }
  const id = asciiSlug(clean);
  if (!id) return undefined;
  const kind = hint ?? (/\b(?:Ministry|Government|Mission to the OSCE|Delegation)\b/i.test(clean) ? 'government' : undefined);
  return kind ? { id, name: clean, kind } : { id, name: clean };
}

/**
 * The organization whose own site an address is on ("https://www.oscepa.org/…" → `osce-pa`), the most
 * specific site first ("osce.org/odihr" before "osce.org"); a language segment of the path ("/ru/") is
 * passed over.
 */
export function organizationOfWebsite(url: string): string | undefined {
  let host: string;
  let path: string;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase().replace(/^www\d?\./, '');
    // A language segment, not a section that happens to have two letters ("osce.org/pa/…" is the Assembly's).
    path = u.pathname
      .toLowerCase()
      .replace(/^\/(?:en|ru|fr|de|es|it|pl|uk|ka|hy|az|kk|ky|tg|uz|tk|ro|sq|mk|sr|bs|hr|sl|bg|lt|lv|et|mn|be|tr|el|hu|cs|sk)(?=\/)/, '');
  } catch {
    return undefined;
  }
  const sites = ORGANIZATION_NAMES.flatMap((o) => (o.websites ?? []).map((w) => ({ id: o.id, site: w }))).sort((a, b) => b.site.length - a.site.length);
  return sites.find(({ site }) => {
    const [siteHost, ...rest] = site.split('/');
    const sitePath = rest.length > 0 ? `/${rest.join('/')}` : '';
    return (host === siteHost || host.endsWith(`.${siteHost}`)) && (path === sitePath || path.startsWith(`${sitePath}/`) || sitePath === '');
  })?.id;
}
