/**
 * Names by which sources refer to the organizations of `content/organizations/`.
 * A name missing here is reported, not guessed: add it when a new source spells a known body differently.
 */
export const ORGANIZATION_NAMES: ReadonlyArray<{ id: string; names: readonly string[] }> = [
  { id: 'osce', names: ['OSCE', 'Organization for Security and Co-operation in Europe'] },
  {
    id: 'odihr',
    names: [
      'ODIHR',
      'OSCE/ODIHR',
      'OSCE Office for Democratic Institutions and Human Rights',
      'Office for Democratic Institutions and Human Rights',
    ],
  },
  { id: 'osce-pa', names: ['OSCE Parliamentary Assembly', 'OSCE PA'] },
  { id: 'osce-chairpersonship', names: ['OSCE Chairpersonship', 'OSCE Chairmanship'] },
  { id: 'osce-centre-in-almaty', names: ['OSCE Centre in Almaty'] },
  { id: 'eu', names: ['European Union', 'EU'] },
  {
    id: 'kz-mfa',
    names: [
      'Ministry of Foreign Affairs of Kazakhstan',
      'Ministry of Foreign Affairs of the Republic of Kazakhstan',
      'Kazakh Ministry of Foreign Affairs',
    ],
  },
  {
    id: 'kz-cec',
    names: [
      'Central Election Commission of Kazakhstan',
      'Central Election Commission of the Republic of Kazakhstan',
    ],
  },
  { id: 'trend', names: ['Trend', 'Trend News Agency'] },
];

function normalise(name: string): string {
  return name
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^the /i, '')
    .toLowerCase();
}

const BY_NAME = new Map(ORGANIZATION_NAMES.flatMap((o) => o.names.map((n) => [normalise(n), o.id] as const)));

/** The id of an organization from the name a source prints, ignoring case and a leading "the". */
export function organizationIdOf(name: string): string | undefined {
  return BY_NAME.get(normalise(name));
}
