/**
 * An invented archive for the view-model tests of the missions, statements and contacts pages: one
 * mission with every kind of fact (two rounds, a leader appointed by an office, figures planned and
 * deployed, a milestone announced for a day long past, a finding, a published contact), one with
 * none, and `ru:` blocks on some entries but not others, so each page shows both a translated name
 * and an English one marked as such. Names and facts are made up.
 */
import { schemas } from '../../src/schemas/index.ts';
import { indexArchive } from '../../src/archive/relations.ts';
import { everyCollection } from './every-collection.ts';
import { directoryEntries, type DirectoryEntry } from '../../src/contacts/directory.ts';
import type { Archive } from '../../src/archive/query.ts';

const entry = (schema: { parse(x: unknown): unknown }) => (id: string, data: Record<string, unknown>) => ({ id, data: schema.parse(data) });
const country = entry(schemas.countries);
const organization = entry(schemas.organizations);
const person = entry(schemas.people);
const mission = entry(schemas.missions);
// Every statement links an original; invented ones an invented address unless the test gives its own.
const statement = (id: string, data: Record<string, unknown>) => entry(schemas.statements)(id, { url: `https://example.org/${id}`, ...data });

const first = 's-2020-11-30-opens';
const later = 's-2021-01-12-findings';

const entries = {
  countries: [
    country('xa', { name: 'Arcadia', iso2: 'KZ', osceStatus: 'participating-state', listedIn: first }),
    country('xb', { name: 'Borduria', iso2: 'MC', osceStatus: 'participating-state', listedIn: first }),
  ],
  organizations: [
    organization('obs', {
      name: 'Office of Invented Observers',
      shortName: 'OIO',
      kind: 'osce-institution',
      ru: { name: 'Бюро вымышленных наблюдателей', shortName: 'БВН' },
    }),
    organization('chair', { name: 'Invented Chairpersonship', kind: 'osce-chairpersonship' }),
    organization('wire', { name: 'Daily Wire', kind: 'media' }),
  ],
  people: [
    person('ana-example', {
      name: 'Ána Exámple',
      honorific: 'Ambassador',
      roles: [{ title: 'Head of mission', organization: 'obs', mission: 'xa/2021-parliamentary', source: first }],
      contactPoints: [
        {
          role: 'Spokesperson',
          title: 'Press Officer',
          organization: 'obs',
          mission: 'xa/2021-parliamentary',
          phone: '+4560109772',
          email: 'press@example.org',
          source: first,
        },
      ],
      ru: { name: 'Ана Экзампл' },
    }),
    person('bo-sample', {
      name: 'Bo Sałample',
      roles: [{ title: 'Chairperson-in-Office', organization: 'chair', source: first }],
    }),
  ],
  missions: [
    mission('xa/2021-parliamentary', {
      title: 'Parliamentary elections, 10 January 2021',
      country: 'xa',
      election: { kind: 'parliamentary', rounds: ['2021-01-10', '2021-01-24'] },
      type: 'LEOM',
      organizations: ['obs', 'chair'],
      leaders: [
        { person: 'ana-example', role: 'head-of-mission', organization: 'obs', source: first },
        {
          person: 'bo-sample',
          role: 'special-co-ordinator',
          appointedBy: { organization: 'chair', office: 'Chairperson-in-Office', person: 'bo-sample' },
          note: 'Led the short-term observers.',
          source: first,
        },
      ],
      observers: [
        { category: 'core-team', count: 11, status: 'deployed', date: '2020-11-30', organization: 'obs', source: first },
        { category: 'long-term', count: 24, status: 'planned', date: '2020-11-30', source: first },
        { category: 'total', count: 1200, approximate: true, status: 'deployed', date: '2021-01-10', fromStates: 5, source: later },
      ],
      milestones: [
        { kind: 'opening', date: '2020-11-30', status: 'actual', source: first },
        { kind: 'election-day', date: '2021-01-10', status: 'actual', source: later },
        { kind: 'preliminary-statement', date: '2021-01-11', status: 'actual', onOrBefore: true, source: later },
        { kind: 'interim-report', status: 'planned', source: first },
        { kind: 'final-report', date: '2021-03-15', status: 'planned', note: 'About two months later.', source: first },
      ],
      findings: [{ topic: 'media', assessment: 'mixed', summary: 'Coverage was uneven.', assessedBy: 'obs', source: later }],
      summary: 'A limited mission.',
      ru: { title: 'Парламентские выборы 10 января 2021 г.', summary: 'Ограниченная миссия.' },
    }),
    mission('xb/2019-presidential', {
      title: 'Presidential election, 9 June 2019',
      country: 'xb',
      election: { kind: 'presidential', rounds: ['2019-06-09'] },
      type: 'EAM',
      organizations: ['obs'],
      summary: 'An assessment mission.',
    }),
  ],
  statements: [
    statement(first, {
      title: 'Office opens mission in Arcadia',
      kind: 'press-release',
      date: '2020-11-30',
      place: 'Vienna',
      source: 'obs',
      countries: ['xa'],
      missions: ['xa/2021-parliamentary'],
      people: [
        { person: 'ana-example', as: 'speaker' },
        { person: 'bo-sample', as: 'author' },
      ],
      fieldsOfWork: ['Elections'],
      summary: 'The office opened its mission.',
      ru: { title: 'Бюро открывает миссию в Аркадии', summary: 'Бюро открыло миссию.' },
    }),
    statement(later, {
      title: 'Wire reports the findings',
      titleIsOurs: true,
      kind: 'news-report',
      date: '2021-01-12',
      source: 'wire',
      reportsOn: 'obs',
      countries: ['xa', 'xb'],
      missions: ['xa/2021-parliamentary'],
      aligningStates: ['xb'],
      documentNumber: 'PC.DEL/1/21',
      language: 'ru',
      url: 'https://example.org/wire',
      summary: 'The wire relays the findings.',
    }),
  ],
};

/** The archive as `getArchive()` builds it, from the invented entries. */
export function viewsArchive(): Archive {
  const index = indexArchive(everyCollection(entries) as never);
  const contacts = directoryEntries(index.people as never, index.statement as never);
  const contactsByMission = new Map<string, DirectoryEntry[]>();
  for (const c of contacts) if (c.point.mission) contactsByMission.set(c.point.mission, [...(contactsByMission.get(c.point.mission) ?? []), c]);
  return { ...index, contacts, contactsByMission, translation: new Map() } as unknown as Archive;
}

export const SITE = 'https://archive.example/';
