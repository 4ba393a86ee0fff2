/**
 * An archive whose every free-text field holds what breaks writers of one format or another: line
 * breaks of every kind (a bare CR opens a RIS record, a raw one a calendar line), control characters
 * XML 1.0 cannot hold, each format's own syntax (`;` `,` `\` of iCalendar and vCard, `{` `%` of
 * BibTeX, `<` `&` of XML), would-be formulas after a separator, a direction override and a letter
 * outside the Basic Multilingual Plane. The writers get it raw, as if the check had let it through:
 * each format's escaping must hold on its own.
 *
 * Each field's value starts with the field's name (`statement.title:`), so a test reading a file back
 * can tell where every text landed.
 */
import { indexArchive } from '../../src/archive/relations.ts';
import { everyCollection } from './every-collection.ts';
import type { CountryData, MissionData, OrganizationData, PersonData, StatementData } from '../../src/schemas/index.ts';

export const HOSTILE =
  ' "q" \'a\' <b>&amp; ;,\\ {x} %#$_~^@| \r\nBEGIN:VEVENT\r\nSUMMARY:forged\r\nEND:VEVENT\rER  - \rTY  - JOUR\n=HYPERLINK("http://evil.example") x;=1+1,@SUM(A1)\t-2\u2028\u2029\u0085' +
  '\u0000\u0007\b\u000b\f\u001b[2J\u007f\u0090 \u202eevil\u202c 😀 end';

/** The value a field gets: its name, then every hostile character. */
export const hostile = (field: string) => `${field}:${HOSTILE}`;

const cast = <T>(value: unknown) => value as T;

const hostileCountries = [
  {
    id: 'kz',
    data: cast<CountryData>({
      name: hostile('country.name'),
      iso2: 'KZ',
      osceStatus: 'participating-state',
      listedIn: '2021-01-04-first',
      ru: { name: hostile('country.ru.name') },
    }),
  },
];

const hostileOrganizations = [
  {
    id: 'obs',
    data: cast<OrganizationData>({
      name: hostile('organization.name'),
      shortName: hostile('organization.shortName'),
      kind: 'osce-institution',
      ru: { name: hostile('organization.ru.name'), shortName: hostile('organization.ru.shortName') },
    }),
  },
];

const hostilePeople = [
  {
    id: 'ana-example',
    data: cast<PersonData>({
      name: hostile('person.name'),
      sortName: hostile('person.sortName'),
      roles: [{ title: hostile('person.roles.title'), organization: 'obs', source: '2021-01-04-first' }],
      contactPoints: [
        {
          role: hostile('person.contactPoints.role'),
          title: hostile('person.contactPoints.title'),
          organization: 'obs',
          mission: 'kz/2021-parliamentary',
          email: 'press@example.org',
          phone: '+4560109772',
          source: '2021-01-04-first',
        },
      ],
    }),
  },
];

const hostileStatements = [
  {
    id: '2021-01-04-first',
    data: cast<StatementData>({
      title: hostile('statement.title'),
      kind: 'press-release',
      date: '2021-01-04',
      source: 'obs',
      people: [],
      fieldsOfWork: [],
      countries: ['kz'],
      missions: ['kz/2021-parliamentary'],
      language: 'en',
      place: hostile('statement.place'),
      dateNote: hostile('statement.dateNote'),
      url: 'https://example.org/a;b,c',
      summary: hostile('statement.summary'),
      ru: { title: hostile('statement.ru.title'), summary: hostile('statement.ru.summary') },
    }),
  },
];

const hostileMissions = [
  {
    id: 'kz/2021-parliamentary',
    data: cast<MissionData>({
      title: hostile('mission.title'),
      country: 'kz',
      election: { kind: 'parliamentary', rounds: ['2021-01-10', '2021-01-24'] },
      type: 'LEOM',
      organizations: ['obs'],
      leaders: [
        {
          person: 'ana-example',
          role: 'head-of-mission',
          organization: 'obs',
          appointedBy: { organization: 'obs', office: hostile('mission.leaders.appointedBy.office') },
          note: hostile('mission.leaders.note'),
          source: '2021-01-04-first',
        },
      ],
      observers: [
        { category: 'total', count: 30, status: 'deployed', date: '2021-01-04', note: hostile('mission.observers.note'), source: '2021-01-04-first' },
      ],
      milestones: [
        { kind: 'opening', date: '2021-01-04', status: 'actual', note: hostile('mission.milestones.note'), source: '2021-01-04-first' },
        { kind: 'final-report', date: '2021-03-15', status: 'planned', note: hostile('mission.milestones.note'), source: '2021-01-04-first' },
      ],
      findings: [{ topic: 'media', assessment: 'mixed', summary: hostile('mission.findings.summary'), assessedBy: 'obs', source: '2021-01-04-first' }],
      summary: hostile('mission.summary'),
      ru: { title: hostile('mission.ru.title'), summary: hostile('mission.ru.summary') },
    }),
  },
];

export const hostileEntries = everyCollection({
  countries: hostileCountries,
  organizations: hostileOrganizations,
  people: hostilePeople,
  missions: hostileMissions,
  statements: hostileStatements,
});

export const hostileArchive = indexArchive(hostileEntries);
