import { describe, expect, test } from 'vitest';
import { countriesOf, extractStatement, fieldOfWork, peopleOf } from '../../src/importer/extract.ts';

/** An osce.org page reduced to what the importer reads, with the parts a test varies. */
function oscePage({
  label = 'Press release',
  place = 'VIENNA',
  source = 'OSCE',
  fields = 'Elections',
  body = 'VIENNA, 1 March 2022 – The OSCE met in Kazakhstan.',
} = {}) {
  return ['- Albania', label, 'A headline', '- Date:', '- Place:', `- ${place}`, '- Source:', `- ${source}`, '- Fields of work:', `- ${fields}`, body].join(
    '\n',
  );
}

describe('fieldOfWork', () => {
  test('matches the vocabulary whatever the case', () => {
    expect(fieldOfWork('elections')).toBe('Elections');
    expect(fieldOfWork(' Cyber/ICT security ')).toBe('Cyber/ICT Security');
  });

  test('an unknown label is not matched', () => {
    expect(fieldOfWork('Election')).toBeUndefined();
  });
});

describe('peopleOf', () => {
  test('the author comes first and keeps roles the article gives', () => {
    const people = peopleOf(['Ambassador Anna Nowak said so.'], 'Anna Nowak', []);
    expect(people).toStrictEqual([{ name: 'Anna Nowak', id: 'anna-nowak', as: 'author', honorific: 'Ambassador', roles: [], aliases: [] }]);
  });

  test('an author the article does not name is added', () => {
    expect(peopleOf([], 'Nargiz Sadikhova', []).map((p) => [p.id, p.as])).toEqual([['nargiz-sadikhova', 'author']]);
  });

  test('contacts are added last, unless the article names them already', () => {
    const contacts = [
      { name: 'Anna Nowak', id: 'anna-nowak' },
      { name: 'Guido Almerigogna', id: 'guido-almerigogna' },
    ];
    expect(peopleOf(['Anna Nowak said so.'], undefined, contacts).map((p) => [p.id, p.as])).toEqual([
      ['anna-nowak', 'speaker'],
      ['guido-almerigogna', 'contact'],
    ]);
  });
});

describe('countriesOf', () => {
  test('places participating States and reports the rest', () => {
    const unplaced: string[] = [];
    expect(countriesOf('Observers from Kosovo and the Swiss delegation went to Kazakhstan.', unplaced)).toEqual(['kz']);
    expect(unplaced).toEqual([
      'country "Kosovo" is not an OSCE participating State in src/importer/countries.ts',
      'country: "Swiss" points to ch only as an adjective; add ch to countries if the statement concerns it',
    ]);
  });

  test('reports a text that names no participating State', () => {
    const unplaced: string[] = [];
    expect(countriesOf('Nothing here.', unplaced)).toEqual([]);
    expect(unplaced).toEqual(['countries: the article names no OSCE participating State']);
  });
});

describe('extractStatement reports what it cannot place and leaves the field empty', () => {
  test('an unknown source organization and field of work', () => {
    const e = extractStatement(oscePage({ source: 'OSCE Mission to Skopje', fields: 'Elections, Space travel' }));
    expect(e.source).toBeUndefined();
    expect(e.fieldsOfWork).toEqual(['Elections']);
    expect(e.unplaced).toEqual([
      'source: "OSCE Mission to Skopje" is not an organization the importer knows (src/importer/organizations.ts)',
      'field of work "Space travel" is not in the vocabulary (src/schemas/vocabulary.ts)',
    ]);
  });

  test('an unknown page label and a missing dateline', () => {
    const e = extractStatement(oscePage({ label: 'News item', body: 'The OSCE met in Kazakhstan.' }));
    expect(e.kind).toBeUndefined();
    expect(e.date).toBeUndefined();
    expect(e.place).toBe('Vienna');
    expect(e.unplaced).toEqual([
      'kind: the page is labelled "News item", which the importer does not know',
      'date: no dateline such as "COPENHAGEN, 4 January 2021 –"',
    ]);
  });

  test('a contact line it cannot read', () => {
    const e = extractStatement(oscePage({ body: 'VIENNA, 1 March 2022 – The OSCE met in Kazakhstan.\nPress desk, Tel: 01 514 36' }));
    expect(e.contacts).toEqual([]);
    expect(e.unplaced).toEqual(['contact line "Press desk, Tel: 01 514 36": no name it could read before the phone or email']);
  });

  test('a text of no fixed layout is read for its parts, and says which it lacks', () => {
    const e = extractStatement('Some words about Kazakhstan.');
    expect(e).toMatchObject({ format: 'unknown', countries: ['kz'], people: [] });
    expect(e.title).toBeUndefined();
    expect(e.unplaced).toEqual([
      'date: the text prints no date of the calendar',
      'source: the text does not say who issued it (no agency, no organization opening the lead, no single organization in its contacts)',
      'kind: the text has no label, dateline or issuer that says what kind of statement it is',
    ]);
  });

  test('a news wire without byline, and a news item whose source is no government body', () => {
    expect(extractStatement('date 2020-12-08 BAKU, Azerbaijan\n\nIn Kazakhstan, it opened.').unplaced).toEqual([
      'source (the agency of the byline): the text does not say',
    ]);
    const item = extractStatement('Headline\nA met B in Kazakhstan, the Trend agency reported.\nBaku 3 June 2024, 10:00');
    expect(item).toMatchObject({ date: '2024-06-03', place: 'Baku' });
    expect(item.kind).toBeUndefined();
    expect(item.unplaced).toEqual([
      'source (who the lead says informed): "Trend agency" is not an organization the importer knows (src/importer/organizations.ts)',
      'kind: "Trend agency" is not a government body, so the kind is left to the maintainer',
    ]);
  });

  test('an aligning State outside the table is reported', () => {
    const e = extractStatement(
      'The European Union welcomes the vote in Kazakhstan.\nPC.DEL/1/22\n3 March 2022\nALBANIA and KOSOVO align themselves with this statement.',
    );
    expect(e.aligningStates).toEqual(['al']);
    expect(e.unplaced).toEqual(['aligning State "KOSOVO" is not an OSCE participating State in src/importer/countries.ts']);
  });

  test('a place longer than a town name is not taken for the dateline place', () => {
    const e = extractStatement(
      'Press release\nA headline\n- Date:\n- Place:\n- The mission met the candidates in the capital today\n- Source:\n- OSCE\nText about Kazakhstan.',
    );
    expect(e.place).toBeUndefined();
    expect(e.unplaced).toContain('place: "The mission met the candidates in the capital today" is not the name of a place');
  });
});
