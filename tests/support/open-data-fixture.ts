/**
 * A small invented archive for the open-data tests: names and facts are made up, and the texts
 * carry what breaks naive writers (quotes, commas, line breaks, markup, a would-be formula).
 */
import { schemas } from '../../src/schemas/index.ts';
import { indexArchive } from '../../src/archive/relations.ts';
import { everyCollection } from './every-collection.ts';
import type { CountryData, MissionData, OrganizationData, PersonData, StatementData } from '../../src/schemas/index.ts';

const parse = <T>(schema: { parse(x: unknown): T }, data: unknown): T => schema.parse(data);

export const countries = [
  {
    id: 'xa',
    data: parse<CountryData>(schemas.countries, {
      name: 'Arcadia',
      iso2: 'KZ',
      osceStatus: 'participating-state',
      listedIn: 's-2020-05-01-first',
      capital: [{ name: 'Arcadia City', attestedIn: ['s-2020-05-01-first', 's-2020-12-01-opens'], ru: { name: 'Аркадия-Сити' } }],
      chairpersonships: [{ year: 2020, source: 's-2020-05-01-first' }],
    }),
  },
  {
    id: 'xb',
    data: parse<CountryData>(schemas.countries, { name: 'Borduria', iso2: 'MC', osceStatus: 'participating-state', listedIn: 's-2020-05-01-first' }),
  },
  {
    id: 'xc',
    data: parse<CountryData>(schemas.countries, { name: 'Carpania', iso2: 'US', osceStatus: 'participating-state', listedIn: 's-2020-05-01-first' }),
  },
  { id: 'xp', data: parse<CountryData>(schemas.countries, { name: 'Partneria', iso2: 'JP', osceStatus: 'asian-partner', listedIn: 's-2020-05-01-first' }) },
];

const organizations = [
  { id: 'obs', data: parse<OrganizationData>(schemas.organizations, { name: 'Office of Invented Observers', shortName: 'OIO', kind: 'osce-institution' }) },
  { id: 'wire', data: parse<OrganizationData>(schemas.organizations, { name: 'Daily "Wire" & Co', kind: 'media' }) },
];

const people = [
  {
    id: 'ana-example',
    data: parse<PersonData>(schemas.people, {
      name: 'Ána Exámple',
      roles: [{ title: 'Head of mission', organization: 'obs', mission: 'xa/2021-parliamentary', source: 's-2020-12-01-opens' }],
      contactPoints: [{ role: 'Spokesperson', organization: 'obs', email: 'press@example.org', source: 's-2020-12-01-opens' }],
    }),
  },
];

// Every statement links an original; invented ones an invented address unless the test gives its own.
const statement = (id: string, data: Record<string, unknown>) => ({
  id,
  data: parse<StatementData>(schemas.statements, { url: `https://example.org/${id}`, ...data }),
});

export const statements = [
  statement('s-2020-05-01-first', {
    title: 'First <b>list</b> of States & partners',
    kind: 'press-release',
    date: '2020-05-01',
    source: 'obs',
    countries: ['xa', 'xb'],
    summary: 'Lists the States.',
  }),
  statement('s-2020-12-01-opens', {
    title: 'Office opens mission in Arcadia',
    kind: 'press-release',
    date: '2020-12-01',
    source: 'obs',
    countries: ['xa'],
    missions: ['xa/2021-parliamentary'],
    people: [{ person: 'ana-example', as: 'speaker' }],
    url: 'https://example.org/press/opens',
    summary: '=SUM(1,2) is not a formula here; "quoted", with commas.',
  }),
  statement('s-2021-01-20-wire', {
    title: 'Wire reports the "vote"',
    kind: 'news-report',
    date: '2021-01-20',
    source: 'wire',
    reportsOn: 'obs',
    countries: ['xa'],
    missions: ['xa/2021-parliamentary'],
    summary: 'Line one.\nLine two, after a break.',
  }),
];

const mission = (id: string, data: Record<string, unknown>) => ({ id, data: parse<MissionData>(schemas.missions, data) });

export const missions = [
  mission('xa/2021-parliamentary', {
    title: 'Parliamentary elections, 10 January 2021',
    country: 'xa',
    election: { kind: 'parliamentary', rounds: ['2021-01-10', '2021-01-24'] },
    type: 'LEOM',
    organizations: ['obs'],
    leaders: [
      {
        person: 'ana-example',
        role: 'head-of-mission',
        organization: 'obs',
        appointedBy: { organization: 'obs', office: 'Director, "acting"', ru: { office: 'Директор' } },
        note: 'Led the core team.',
        ru: { note: 'Руководила основной группой.' },
        source: 's-2020-12-01-opens',
      },
    ],
    observers: [
      { category: 'core-team', count: 11, status: 'deployed', date: '2020-12-01', source: 's-2020-12-01-opens' },
      {
        category: 'total',
        count: 30,
        approximate: true,
        status: 'planned',
        date: '2021-01-20',
        note: 'Some 30, "in all".',
        fromStates: 5,
        source: 's-2021-01-20-wire',
      },
    ],
    milestones: [
      { kind: 'opening', date: '2020-12-01', status: 'actual', source: 's-2020-12-01-opens' },
      { kind: 'lto-deployment', date: '2020-12', status: 'actual', source: 's-2020-12-01-opens' },
      { kind: 'interim-report', status: 'planned', source: 's-2020-12-01-opens' },
      { kind: 'election-day', date: '2021-01-10', status: 'actual', source: 's-2021-01-20-wire' },
      { kind: 'final-report', date: '2021-03-15', status: 'planned', note: 'About two months later.', source: 's-2020-12-01-opens' },
    ],
    findings: [{ topic: 'media', assessment: 'mixed', summary: '-Coverage, was "uneven".', assessedBy: 'obs', source: 's-2021-01-20-wire' }],
    summary: 'A limited mission.',
  }),
  mission('xb/2019-presidential', {
    title: 'Presidential election, 9 June 2019',
    country: 'xb',
    election: { kind: 'presidential', rounds: ['2019-06-09'] },
    type: 'EAM',
    organizations: ['obs'],
    summary: 'An assessment mission.',
  }),
];

export const entries = everyCollection({ countries, organizations, people, missions, statements });

export const archive = indexArchive(entries);
