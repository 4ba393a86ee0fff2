/**
 * The invented open-data archive grown for the view models of the country, organization and people
 * pages: Russian names on one
 * organization and one person, a speaker from another country, a partner group, and enough
 * statements by one organization that its page links to the full list. Names and facts are made up.
 */
import { schemas } from '../../src/schemas/index.ts';
import type { OrganizationData, PersonData, StatementData } from '../../src/schemas/index.ts';
import { indexArchive } from '../../src/archive/relations.ts';
import type { Archive } from '../../src/archive/query.ts';
import { entries } from './open-data-fixture.ts';

const organization = (id: string, data: unknown) => ({ id, data: schemas.organizations.parse(data) as OrganizationData });
const person = (id: string, data: unknown) => ({ id, data: schemas.people.parse(data) as PersonData });
// Every statement links an original; invented ones an invented address unless the test gives its own.
const statement = (id: string, data: Record<string, unknown>) => ({
  id,
  data: schemas.statements.parse({ url: `https://example.org/${id}`, ...data }) as StatementData,
});

const organizations = [
  ...entries.organizations,
  organization('assembly', {
    name: 'Invented Parliamentary Assembly',
    shortName: 'IPA',
    kind: 'parliamentary-assembly',
    country: 'xb',
    seat: 'Copenhagen',
    about: 'An assembly that sends observers.',
    ru: { name: 'Вымышленная парламентская ассамблея', shortName: 'ВПА' },
  }),
  organization('partners', { name: 'Invented Partners for Co-operation', kind: 'osce-partnership', parent: 'assembly' }),
];

const people = [
  ...entries.people,
  person('boris-speaker', {
    name: 'Boris Speaker',
    honorific: 'Ambassador',
    nationality: 'xc',
    roles: [
      {
        title: 'Special Co-ordinator',
        organization: 'assembly',
        mission: 'xa/2021-parliamentary',
        from: '2021-01-04',
        to: '2021-01-11',
        source: 's-2021-01-04-speaker',
      },
      { title: 'Member of the Assembly', organization: 'assembly', asOf: '2021-01-04', former: true, source: 's-2021-01-04-speaker' },
    ],
    contactPoints: [
      { role: 'Press officer', organization: 'assembly', mission: 'xa/2021-parliamentary', email: 'press@assembly.example', source: 's-2021-01-04-speaker' },
    ],
    ru: { name: 'Борис Спикер' },
  }),
];

/** Twelve statements by the assembly, one naming its speaker from Carpania (`xc`) about Arcadia (`xa`). */
const statements = [
  ...entries.statements,
  statement('s-2021-01-04-speaker', {
    title: 'Assembly names its co-ordinator',
    kind: 'press-release',
    date: '2021-01-04',
    place: 'Copenhagen',
    source: 'assembly',
    people: [{ person: 'boris-speaker', as: 'speaker' }],
    countries: ['xa'],
    missions: ['xa/2021-parliamentary'],
    summary: 'Names the co-ordinator.',
    ru: { title: 'Ассамблея назначает координатора', summary: 'Сообщает имя координатора.' },
  }),
  ...Array.from({ length: 11 }, (_, i) =>
    statement(`s-2021-02-${String(i + 1).padStart(2, '0')}-note`, {
      title: `Assembly note ${i + 1}`,
      kind: 'press-release',
      date: `2021-02-${String(i + 1).padStart(2, '0')}`,
      source: 'assembly',
      countries: ['xb'],
      summary: 'A note.',
    }),
  ),
];

const missions = entries.missions.map((m) =>
  m.id === 'xa/2021-parliamentary' ? { ...m, data: { ...m.data, organizations: [...m.data.organizations, 'assembly'] } } : m,
);

// The view models read only ids and data, which is all these entries carry of Astro's, and the
// bodies' translations, of which these entries have none (a Russian page renders the English body).
export const archive = { ...indexArchive({ ...entries, organizations, people, statements, missions }), translation: new Map() } as unknown as Archive;
export const SITE = 'https://archive.example/';
