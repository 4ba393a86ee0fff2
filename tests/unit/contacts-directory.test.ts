import { expect, test } from 'vitest';
import { cardFor, contactKey, directoryEntries, groupDirectory } from '../../src/contacts/directory.ts';
import type { PersonData, StatementData } from '../../src/schemas/index.ts';

const statement = (id: string, date: string, title = id) => [id, { id, data: { date, title } as StatementData }] as const;
const statements = new Map([statement('s1', '2021-01-04', 'OSCE PA to deploy observers'), statement('s2', '2019-05-15'), statement('s3', '2021-01-05')]);
const person = (id: string, name: string, points: NonNullable<PersonData['contactPoints']>) => ({
  id,
  data: { name, roles: [], contactPoints: points } as unknown as PersonData,
});

const people = [
  person('old-press', 'Old Press', [{ role: 'Spokesperson', organization: 'odihr', mission: 'kz/2019-presidential', email: 'a@b.org', source: 's2' }]),
  person('guido', 'Guido Almerigogna', [
    { role: 'Spokesperson', organization: 'osce-pa', mission: 'kz/2021-parliamentary', phone: '+4560109772', source: 's1' },
  ]),
  person('zed', 'Zed Analyst', [
    { role: 'Media analyst', organization: 'odihr', mission: 'kz/2021-parliamentary', email: 'z@b.org', source: 's3' },
    { role: 'Press officer', organization: 'odihr', email: 'z@odihr.org', source: 's2' },
  ]),
  person('nobody', 'No Contacts', []),
];

test('every contact point becomes one entry with its publication date', () => {
  const entries = directoryEntries(people, statements);
  expect(entries.map((e) => [e.key, e.published])).toEqual([
    ['old-press--kz-2019-presidential', '2019-05-15'],
    ['guido--kz-2021-parliamentary', '2021-01-04'],
    ['zed--kz-2021-parliamentary', '2021-01-05'],
    ['zed--odihr', '2019-05-15'],
  ]);
});

test('groups by mission (else organization), newest first in both levels', () => {
  const groups = groupDirectory(directoryEntries(people, statements));
  expect(groups.map((g) => [g.key, g.entries.map((e) => e.personId)])).toEqual([
    ['mission:kz/2021-parliamentary', ['zed', 'guido']],
    ['mission:kz/2019-presidential', ['old-press']],
    ['organization:odihr', ['zed']],
  ]);
});

test('contactKey is a safe file name', () => {
  expect(contactKey('guido', { mission: 'kz/2021-parliamentary', organization: 'osce-pa' })).toBe('guido--kz-2021-parliamentary');
  expect(contactKey('zed', { organization: 'odihr' })).toBe('zed--odihr');
});

test('cardFor fills the vCard from the archive', () => {
  const [entry] = directoryEntries([people[1]!], statements);
  const card = cardFor(
    entry!,
    {
      organization: new Map([['osce-pa', { id: 'osce-pa', data: { name: 'OSCE Parliamentary Assembly' } }]]),
      statement: statements,
      mission: new Map(),
    },
    'https://example.org/',
  );
  expect(card).toMatchObject({
    personId: 'guido',
    missionId: 'kz/2021-parliamentary',
    fullName: 'Guido Almerigogna',
    organization: 'OSCE Parliamentary Assembly',
    phone: '+4560109772',
    published: { title: 'OSCE PA to deploy observers', date: '2021-01-04' },
    source: 'https://example.org/contacts/guido--kz-2021-parliamentary.vcf',
  });
});

test('cardFor warns on the card of a mission that is over, as the contacts page does', () => {
  const [entry] = directoryEntries([people[1]!], statements);
  const mission = { id: 'kz/2021-parliamentary', data: { election: { kind: 'parliamentary', rounds: ['2021-01-10'] }, milestones: [] } } as never;
  const archive = {
    organization: new Map([['osce-pa', { id: 'osce-pa', data: { name: 'OSCE Parliamentary Assembly' } }]]),
    statement: statements,
    mission: new Map([['kz/2021-parliamentary', mission]]),
  };
  expect(cardFor(entry!, archive, 'https://example.org/', '2026-12-01').warning).toBe(
    'Past mission: this contact was published for a mission that is over and may no longer answer.',
  );
  // A year after election day the mission may still be answering: no warning yet.
  expect(cardFor(entry!, archive, 'https://example.org/', '2021-06-01').warning).toBeUndefined();
  expect(cardFor(entry!, archive, 'https://example.org/').warning).toBeUndefined();
});
