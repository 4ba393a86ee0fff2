import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { BODY_TODO, SUMMARY_TODO, buildDraft, draftPath, draftSlug, personNote, resolvePersonId } from '../../src/importer/draft.ts';
import type { Extraction } from '../../src/importer/extract.ts';
import type { NamedPerson } from '../../src/importer/people.ts';

const gacek: NamedPerson = {
  name: 'Urszula Józefa Gacek',
  id: 'urszula-jozefa-gacek',
  as: 'speaker',
  roles: ['Head of mission'],
  aliases: ['Urszula Gacek'],
};

function extraction(overrides: Partial<Extraction> = {}): Extraction {
  return {
    format: 'osce-page',
    title: 'ODIHR opens mission',
    kind: 'press-release',
    date: '2021-01-04',
    place: 'Warsaw',
    source: 'odihr',
    people: [],
    contacts: [],
    fieldsOfWork: ['Elections'],
    countries: ['kz'],
    missions: [],
    language: 'en',
    unplaced: [],
    ...overrides,
  };
}

const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

describe('draftSlug', () => {
  test('from the headline, else the document number, else source and kind', () => {
    expect(draftSlug({ title: 'ODIHR opens mission in Kazakhstan' })).toBe('odihr-opens-mission-kazakhstan');
    expect(draftSlug({ documentNumber: 'PC.DEL/80/21/Rev.1', source: 'eu' })).toBe('pc-del-80-21-rev-1');
    expect(draftSlug({ source: 'trend', kind: 'news-report' })).toBe('trend-news-report');
    expect(draftSlug({})).toBe('unknown-source-statement');
  });
});

describe('draftPath', () => {
  test('by year and day', () => {
    expect(draftPath('2021-01-04', 'x')).toEqual({ path: '2021/2021-01-04-x.mdx', id: '2021-01-04-x' });
  });

  test('undated until someone establishes the date', () => {
    expect(draftPath(undefined, 'x')).toEqual({ path: 'undated/x.mdx', id: 'undated/x' });
  });
});

describe('resolvePersonId', () => {
  test('an existing file for another printed form of the name wins', () => {
    expect(resolvePersonId(gacek, (p) => p === 'people/urszula-gacek.yaml')).toEqual({ id: 'urszula-gacek', exists: true });
  });

  test('the fullest form is proposed when no file exists', () => {
    expect(resolvePersonId(gacek, () => false)).toEqual({ id: 'urszula-jozefa-gacek', exists: false });
  });
});

test('personNote says what the text gives and whether the file exists', () => {
  const e = extraction({ people: [{ ...gacek, honorific: 'Ambassador', nationality: 'pl' }] });
  expect(personNote(e, 0, () => false)).toBe(
    'person urszula-jozefa-gacek: Ambassador Urszula Józefa Gacek; as speaker; also printed as "Urszula Gacek"; roles: Head of mission; nationality pl; new: create content/people/urszula-jozefa-gacek.yaml',
  );
  expect(personNote(e, 0, () => true)).toMatch(/; content\/people\/urszula-jozefa-gacek\.yaml exists, check its roles$/);
});

describe('buildDraft', () => {
  test('a complete extraction: frontmatter in schema order, TODO summary and body, nothing else to fill in', () => {
    const url = 'https://www.osce.org/odihr/elections/example';
    const draft = buildDraft(extraction({ people: [gacek] }), { sourceName: 'a.txt', exists: () => true, url });
    expect(draft.path).toBe('2021/2021-01-04-odihr-opens-mission.mdx');
    expect(draft.fillIn).toEqual(['summary', 'body']);
    expect(draft.toCreate).toEqual([]);
    expect(draft.unplaced).toEqual([]);
    expect(Object.keys(frontmatter(draft.text))).toEqual([
      'title',
      'kind',
      'date',
      'place',
      'source',
      'people',
      'fieldsOfWork',
      'countries',
      'language',
      'url',
      'summary',
    ]);
    expect(frontmatter(draft.text).url).toBe(url);
    expect(frontmatter(draft.text).summary).toBe(SUMMARY_TODO);
    expect(draft.text.endsWith(`---\n\n${BODY_TODO}\n`)).toBe(true);
    expect(draft.text).toContain('# importer: draft from a.txt; its id is 2021-01-04-odihr-opens-mission, the `source` of roles it gives;');
  });

  test('what could not be placed becomes a comment at the top and an empty field with a TODO', () => {
    const e = extraction({ title: undefined, kind: undefined, date: undefined, source: undefined, countries: [], unplaced: ['date: no year'] });
    const draft = buildDraft(e, { sourceName: 'b.txt', exists: () => true });
    expect(draft.path).toBe('undated/unknown-source-statement.mdx');
    expect(draft.fillIn).toEqual(['title', 'kind', 'date', 'source', 'countries', 'url', 'summary', 'body']);
    expect(draft.text).toContain('\n# importer: could not place date: no year\n');
    expect(draft.text).toContain('\ntitle: "" # TODO: the source has no headline; write one (titleIsOurs: true)\ntitleIsOurs: true\n');
    expect(draft.text).toContain('\nkind: "" # TODO: see "could not place" above\n');
    expect(draft.text).toContain('\nsource: "" # TODO: see "could not place" above\n');
    expect(draft.text).toContain('\ncountries: [] # TODO: the ids of the countries the statement is about\n');
    expect(frontmatter(draft.text)).toMatchObject({ title: '', kind: '', date: '', source: '', countries: [] });
  });

  test('lists the people, missions and organizations it refers to that do not exist yet', () => {
    const e = extraction({
      people: [gacek],
      reportsOn: 'osce',
      missions: [{ id: 'kz/2021-parliamentary', phrase: 'parliamentary elections in Kazakhstan', yearFrom: 'statement' }],
    });
    const draft = buildDraft(e, { sourceName: 'c.txt', exists: (p) => p === 'organizations/osce.yaml' });
    expect(draft.toCreate).toEqual([
      'content/people/urszula-jozefa-gacek.yaml',
      'content/missions/kz/2021-parliamentary.mdx',
      'content/organizations/odihr.yaml',
    ]);
    expect(draft.text).toContain(
      `# importer: mission kz/2021-parliamentary: from "parliamentary elections in Kazakhstan" (year of the statement's date); new: create content/missions/kz/2021-parliamentary.mdx\n`,
    );
    expect(frontmatter(draft.text)).toMatchObject({ reportsOn: 'osce', missions: ['kz/2021-parliamentary'] });
  });

  test('uses the id of an existing people file for another form of the name', () => {
    const draft = buildDraft(extraction({ people: [gacek] }), { sourceName: 'd.txt', exists: (p) => p !== 'people/urszula-jozefa-gacek.yaml' });
    expect(frontmatter(draft.text).people).toEqual([{ person: 'urszula-gacek', as: 'speaker' }]);
  });
});
