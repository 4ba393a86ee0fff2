/**
 * Names by which sources refer to organizations, in English and Russian. The archive's own
 * `content/organizations/` entries are read too (see `src/importer/archive.ts`); this table adds the
 * other spellings sources print and the partners of joint missions. A name missing here is drafted
 * as a new organization for review, never matched by guesswork.
 */
import { countryIdOf } from './countries.ts';
import { asciiSlug } from './text.ts';
import { ORGANIZATION_KINDS } from '../schemas/vocabulary.ts';

export type OrganizationKind = keyof typeof ORGANIZATION_KINDS;

export const ORGANIZATION_NAMES: ReadonlyArray<{ id: string; names: readonly string[] }> = [
  { id: 'osce', names: ['OSCE', 'Organization for Security and Co-operation in Europe', 'ОБСЕ'] },
  {
    id: 'odihr',
    names: [
      'ODIHR',
      'OSCE/ODIHR',
      'OSCE Office for Democratic Institutions and Human Rights',
      'Office for Democratic Institutions and Human Rights',
      'БДИПЧ',
      'БДИПЧ ОБСЕ',
      'Бюро ОБСЕ по демократическим институтам и правам человека',
      'Бюро по демократическим институтам и правам человека ОБСЕ',
      'Бюро по демократическим институтам и правам человека',
    ],
  },
  { id: 'osce-pa', names: ['OSCE Parliamentary Assembly', 'OSCE PA', 'PA', 'ПА ОБСЕ', 'Парламентская ассамблея ОБСЕ'] },
  { id: 'osce-chairpersonship', names: ['OSCE Chairpersonship', 'OSCE Chairmanship', 'OSCE Chairperson-in-Office', 'OSCE Chairman-in-Office', 'OSCE Chair'] },
  { id: 'pace', names: ['PACE', 'Parliamentary Assembly of the Council of Europe', 'ПАСЕ'] },
  { id: 'nato-pa', names: ['NATO PA', 'NATO Parliamentary Assembly'] },
  { id: 'european-parliament', names: ['European Parliament', 'EP', 'Европейский парламент'] },
  { id: 'tass', names: ['TASS', 'ТАСС'] },
  { id: 'osce-centre-in-almaty', names: ['OSCE Centre in Almaty'] },
  { id: 'eu', names: ['European Union', 'EU'] },
  {
    id: 'kz-mfa',
    names: ['Ministry of Foreign Affairs of Kazakhstan', 'Ministry of Foreign Affairs of the Republic of Kazakhstan', 'Kazakh Ministry of Foreign Affairs'],
  },
  {
    id: 'kz-cec',
    names: ['Central Election Commission of Kazakhstan', 'Central Election Commission of the Republic of Kazakhstan'],
  },
  { id: 'trend', names: ['Trend', 'Trend News Agency'] },
];

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ').replace(/^the /i, '').toLowerCase();
}

const BY_NAME = new Map(ORGANIZATION_NAMES.flatMap((o) => o.names.map((n) => [normalise(n), o.id] as const)));

/** The id of an organization from the name a source prints, ignoring case and a leading "the". */
export function organizationIdOf(name: string): string | undefined {
  return BY_NAME.get(normalise(name));
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
