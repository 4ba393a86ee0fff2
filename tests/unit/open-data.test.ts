/**
 * Open data (src/data/): every download read back with a real parser — CSV with csv-parse compared
 * row by row with the JSON, JSON against the published JSON Schema with Ajv — and the codebook
 * against the schemas it is generated from.
 */
import { describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { downloads, byteSize, downloadUrl } from '../../src/data/catalogue.ts';
import { cell, columnsFromSchema, fieldColumns, LIST_SEPARATOR } from '../../src/data/csv.ts';
import { codeSpans, patternInWords, recordFields } from '../../src/data/codebook.ts';
import { FLAT_TABLES } from '../../src/data/flat.ts';
import { COLLECTIONS } from '../../src/data/records.ts';
import { formatBytes } from '../../src/data/sizes.ts';
import { joinKeyColumns } from '../../src/data/join-keys.ts';
import { codebookView } from '../../src/views/data/codebook.ts';
import { jsonSchemaFor, jsonSchemaText } from '../../src/schemas/json-schema.ts';
import { entries } from '../support/open-data-fixture.ts';
import { validAgainstLinkedSchema } from '../support/json-downloads.ts';

const SITE = 'https://election-observation-archive.org';

const files = downloads(entries, '2025-11-22');
const file = (name: string) => files.find((f) => f.file === name)!;
const csvRows = (name: string): Record<string, string>[] => parseCsv(file(name).text, { bom: true, columns: true, record_delimiter: '\r\n' });
const json = (name: string) =>
  JSON.parse(file(name).text) as { records: Record<string, unknown>[]; count: number; built: string; dataset: string; schema: string };

/** What a spreadsheet-safe cell holds for a value: csv-stringify's formula escaping undone. */
const unescapeFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function valueAt(record: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), record);
}

/** The JSON value a CSV cell stands for, in the cell's own words: lists joined, absent values empty. */
function asCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map(asCell).join(LIST_SEPARATOR);
  return String(v);
}

describe('the catalogue', () => {
  test('offers every collection as JSON and CSV, four flat tables and five schemas, under stable names', () => {
    expect(files.map((f) => f.file).sort()).toEqual(
      [
        ...COLLECTIONS.flatMap((c) => [`${c}.json`, `${c}.csv`, `schemas/${c}.schema.json`, `schemas/${c}.entry.schema.json`]),
        ...FLAT_TABLES.map((t) => `${t.name}.csv`),
      ].sort(),
    );
  });
  test('publishes the entry schemas byte for byte as schemas/ holds them, each at the address its $id names', () => {
    for (const c of COLLECTIONS) {
      expect(file(`schemas/${c}.entry.schema.json`).text).toBe(jsonSchemaText(c));
      expect(JSON.parse(jsonSchemaText(c)).$id).toBe(`${SITE}${downloadUrl(`schemas/${c}.entry.schema.json`)}`);
    }
  });
  test('every schema names itself by the address the site publishes it at', () => {
    for (const f of files.filter((d) => d.format === 'JSON Schema')) expect(JSON.parse(f.text).$id, f.file).toBe(`${SITE}${downloadUrl(f.file)}`);
  });
  test('the same input gives the same bytes', () => {
    expect(downloads(entries, '2025-11-22').map((f) => f.text)).toEqual(files.map((f) => f.text));
  });
  test('every CSV starts with a UTF-8 byte-order mark, which Excel needs to read Cyrillic, and then its header', () => {
    for (const f of files.filter((d) => d.format === 'CSV')) {
      expect(Buffer.from(f.text, 'utf8').subarray(0, 3), f.file).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(f.text.slice(1, 3), f.file).not.toBe('\ufeff');
      const [header] = parseCsv(f.text, { bom: true, to_line: 1 }) as string[][];
      expect(header![0], f.file).toMatch(/^[a-z]/);
    }
  });
  test('sizes are counted in UTF-8 bytes and printed for readers', () => {
    expect(byteSize('Ána')).toBe(4);
    expect([formatBytes(812, 'en'), formatBytes(14_230, 'en'), formatBytes(3_100_000, 'en')]).toEqual(['812 bytes', '14.2 KB', '3.1 MB']);
  });
});

describe.each(COLLECTIONS)('%s', (collection) => {
  const data = json(`${collection}.json`);
  test('JSON: one record per entry, sorted by id, with build day and schema address', () => {
    expect(data.dataset).toBe(collection);
    expect(data.built).toBe('2025-11-22');
    expect(data.schema).toBe(`https://election-observation-archive.org/data/v1/schemas/${collection}.schema.json`);
    expect(data.count).toBe(entries[collection].length);
    expect(data.records.map((r) => r.id)).toEqual(entries[collection].map((e) => e.id).sort());
  });
  test('JSON: the file as downloaded is valid against the schema it links, wrapper and records with their ids', () => {
    expect(validAgainstLinkedSchema(file(`${collection}.json`).text, files)).toEqual([]);
  });
  test('JSON: the linked schema refuses a record without its id, a field it does not know, and a changed wrapper', () => {
    const text = file(`${collection}.json`).text;
    const { id: _, ...withoutId } = data.records[0]!;
    const broken = [
      { ...JSON.parse(text), records: [withoutId] },
      { ...JSON.parse(text), records: [{ ...data.records[0], invented: 1 }] },
      { ...JSON.parse(text), dataset: 'other' },
    ];
    for (const doc of broken) expect(validAgainstLinkedSchema(JSON.stringify(doc), files)).not.toEqual([]);
  });
  test('CSV: read back, row by row and cell by cell it says what the JSON says', () => {
    const rows = csvRows(`${collection}.csv`);
    const columns = [...columnsFromSchema(jsonSchemaFor(collection)), ...joinKeyColumns(collection)];
    expect(Object.keys(rows[0]!)).toEqual(columns.map((c) => c.name));
    expect(rows).toHaveLength(data.records.length);
    rows.forEach((row, i) => {
      for (const c of columns) expect(unescapeFormula(row[c.name]!), `${data.records[i]!.id} ${c.name}`).toBe(asCell(valueAt(data.records[i]!, c.name)));
    });
  });
});

describe('collection CSV columns', () => {
  test('come from the schema, so a field no entry uses is still a column', () => {
    const names = columnsFromSchema(jsonSchemaFor('statements')).map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['id', 'title', 'titleIsOurs']);
    expect(names).toContain('documentNumber');
    expect(names).not.toContain('people');
  });
  test('nested objects are dotted; lists of objects are left to the flat tables', () => {
    const schema = jsonSchemaFor('missions');
    const names = columnsFromSchema(schema).map((c) => c.name);
    expect(names).toContain('election.rounds');
    for (const list of ['leaders', 'observers', 'milestones', 'findings']) {
      expect(schema).toHaveProperty(['properties', list, 'items', 'type'], 'object');
      expect(names.filter((n) => n === list || n.startsWith(`${list}.`))).toEqual([]);
    }
  });
  test('a cell that a spreadsheet would run as a formula is defused, and the parser still reads the rest', () => {
    const opens = csvRows('statements.csv').find((r) => r.id === 's-2020-12-01-opens')!;
    expect(opens.summary).toBe(`'=SUM(1,2) is not a formula here; "quoted", with commas.`);
    expect(csvRows('statements.csv').find((r) => r.id === 's-2021-01-20-wire')!.summary).toBe('Line one.\nLine two, after a break.');
  });
});

describe('flat tables', () => {
  const statementDate = new Map(entries.statements.map((s) => [s.id, s.data.date]));
  const lead: Record<string, (r: Record<string, unknown>) => string[]> = {
    missions: (m) => [String(m.id), String(m.country), (m.election as { rounds: string[] }).rounds[0]!],
    countries: (c) => [String(c.id)],
    people: (p) => [String(p.id)],
    statements: (s) => [String(s.id), String(s.date)],
  };
  test.each(FLAT_TABLES.map((t) => [t.name, t] as const))(
    '%s: one row per fact of the JSON, led by its entry, each fact field a column, and the source statement’s date where it cites one',
    (name, table) => {
      const rows = csvRows(`${name}.csv`);
      const records = json(`${table.collection}.json`).records;
      const facts = records.flatMap((r) => ((r[table.field] ?? []) as Record<string, unknown>[]).map((fact) => ({ r, fact })));
      expect(rows).toHaveLength(facts.length);
      expect(facts.length, `the fixture has facts for ${name}`).toBeGreaterThan(0);
      const itemColumns = fieldColumns(
        (jsonSchemaFor(table.collection) as { properties: Record<string, { items: object }> }).properties[table.field]!.items,
      ).map((c) => c.name);
      const dated = itemColumns.includes('source');
      const header = Object.keys(rows[0]!);
      const leading = lead[table.collection]!(records[0]!).length;
      expect(header.slice(leading)).toEqual([...itemColumns, ...(dated ? ['sourceDate'] : [])]);
      rows.forEach((row, i) => {
        const { r, fact } = facts[i]!;
        expect(Object.values(row).slice(0, lead[table.collection]!(r).length)).toEqual(lead[table.collection]!(r));
        for (const f of itemColumns) expect(unescapeFormula(row[f]!)).toBe(asCell(valueAt(fact, f)));
        if (dated) expect(row.sourceDate).toBe(statementDate.get(String(fact.source)));
      });
    },
  );
  test('the columns the data page promises: capitals, chairpersonships, roles, contact points and the people a statement names', () => {
    expect(csvRows('capitals.csv')[0]).toMatchObject({ country: 'xa', name: 'Arcadia City' });
    expect(csvRows('chairpersonships.csv')[0]).toMatchObject({ country: 'xa', year: '2020', sourceDate: '2020-05-01' });
    expect(csvRows('roles.csv')[0]).toMatchObject({
      person: 'ana-example',
      title: 'Head of mission',
      mission: 'xa/2021-parliamentary',
      sourceDate: '2020-12-01',
    });
    expect(csvRows('contact-points.csv')[0]).toMatchObject({ person: 'ana-example', role: 'Spokesperson', email: 'press@example.org' });
    expect(csvRows('statement-people.csv')[0]).toMatchObject({ statement: 's-2020-12-01-opens', date: '2020-12-01', person: 'ana-example', as: 'speaker' });
  });
  test('leaders: who appointed a leader, and the Russian of a note, are read as text, one column each', () => {
    const [leader] = csvRows('leaders.csv');
    expect(leader).toMatchObject({
      'appointedBy.organization': 'obs',
      'appointedBy.office': 'Director, "acting"',
      'appointedBy.person': '',
      'appointedBy.ru.office': 'Директор',
      note: 'Led the core team.',
      'ru.note': 'Руководила основной группой.',
    });
    expect(Object.keys(leader!)).not.toContain('appointedBy');
    for (const t of FLAT_TABLES) expect(file(`${t.name}.csv`).text).not.toContain('[object Object]');
  });
  test('a cell is never given an object to print', () => {
    expect(() => cell({ office: 'Director' })).toThrow('a CSV cell cannot hold an object');
  });
  test('counts what the fixture holds', () => {
    expect([csvRows('observer-figures.csv').length, csvRows('milestones.csv').length, csvRows('findings.csv').length, csvRows('leaders.csv').length]).toEqual([
      2, 5, 1, 1,
    ]);
  });
});

describe('keys to join other datasets', () => {
  test('a country carries its ISO 3166-1 alpha-3 and numeric codes, in the JSON and the CSV', () => {
    const arcadia = csvRows('countries.csv').find((r) => r.id === 'xa')!;
    expect([arcadia.iso2, arcadia.iso3, arcadia.isoNumeric]).toEqual(['KZ', 'KAZ', '398']);
    expect(json('countries.json').records.find((r) => r.id === 'xa')).toMatchObject({ iso3: 'KAZ', isoNumeric: '398' });
  });
  test('a mission carries its country’s alpha-3 code and its election day, which with its kind key the election in NELDA and V-Dem', () => {
    const mission = csvRows('missions.csv').find((r) => r.id === 'xa/2021-parliamentary')!;
    // Arcadia's ISO code in the fixture is KZ.
    expect([mission.countryIso3, mission.electionDay, mission['election.kind']]).toEqual(['KAZ', '2021-01-10', 'parliamentary']);
  });
});

describe('every CSV against its codebook', () => {
  const csvs = files.filter((f) => f.format === 'CSV');
  test.each(['en', 'ru'] as const)(
    '%s: each CSV file has its book, which lists every column of its header (a flat table: exactly them, in order), each described',
    (locale) => {
      const books = codebookView(locale).books;
      expect(books.map((b) => b.files.csv).sort()).toEqual(csvs.map((f) => downloadUrl(f.file)).sort());
      for (const f of csvs) {
        const [header] = parseCsv(f.text, { bom: true, to_line: 1 }) as string[][];
        const book = books.find((b) => b.files.csv === downloadUrl(f.file))!;
        const paths = book.fields.map((x) => x.path);
        expect(
          header!.filter((column) => !paths.includes(column)),
          f.file,
        ).toEqual([]);
        if (!book.files.json) expect(paths, f.file).toEqual(header);
        for (const field of book.fields.filter((x) => header!.includes(x.path))) expect(field.description, `${f.file} ${field.path}`).toBeTruthy();
      }
    },
  );
});

describe('codebook', () => {
  test('lists every field of every schema, nested ones with their path, with the schema description', () => {
    const fields = recordFields('missions', jsonSchemaFor('missions'), 'en');
    const paths = fields.map((f) => f.path);
    for (const p of [
      'title',
      'election',
      'election.kind',
      'election.rounds',
      'observers',
      'observers[].count',
      'observers[].status',
      'milestones[].date',
      'findings[].assessment',
    ])
      expect(paths).toContain(p);
    const schema = jsonSchemaFor('missions') as { properties: Record<string, { description?: string }> };
    expect(fields.find((f) => f.path === 'type')!.description).toBe(schema.properties.type!.description);
  });
  test('a list described only on its items takes their description', () => {
    // A statement's `countries` now carries its own description (about, not speakers' countries); `missions` does not.
    const missions = recordFields('statements', jsonSchemaFor('statements'), 'en').find((f) => f.path === 'missions')!;
    expect(missions.description).toBe('Mission id `<country>/<year>-<kind>`, e.g. `kz/2021-parliamentary`.');
  });
  test('allowed values come with the labels pages use', () => {
    const type = recordFields('missions', jsonSchemaFor('missions'), 'en').find((f) => f.path === 'type')!;
    expect(type.allowed).toContainEqual({
      value: 'LEOM',
      label: 'Limited Election Observation Mission',
      other: { label: 'Ограниченная миссия по наблюдению за выборами', lang: 'ru' },
    });
    const status = recordFields('missions', jsonSchemaFor('missions'), 'en').find((f) => f.path === 'milestones[].status')!;
    expect(status.allowed).toEqual([
      { value: 'actual', label: 'took place', other: { label: 'состоялось', lang: 'ru' } },
      { value: 'planned', other: { label: 'планировалось', lang: 'ru' } },
    ]);
  });
  test('the Russian codebook gives the Russian labels first, the English beside them, and types and patterns in Russian', () => {
    const fields = recordFields('missions', jsonSchemaFor('missions'), 'ru');
    const status = fields.find((f) => f.path === 'milestones[].status')!;
    expect(status.allowed).toEqual([
      { value: 'actual', label: 'состоялось', other: { label: 'took place', lang: 'en' } },
      { value: 'planned', label: 'планировалось' },
    ]);
    const type = (path: string) => fields.find((f) => f.path === path)!.type;
    expect([type('title'), type('election.rounds'), type('observers[].count'), type('observers[].approximate'), type('observers'), type('type')]).toEqual([
      'текст',
      'список: тексты',
      'целое число',
      '`true` или `false`',
      'список: объекты',
      'одно значение из перечня',
    ]);
    expect(patternInWords(fields.find((f) => f.path === 'election.rounds')!.pattern!, 'ru')).toEqual({ words: 'дата в виде ГГГГ-ММ-ДД' });
  });
  test('required means required of a maintainer: fields with a default are not', () => {
    const fields = recordFields('statements', jsonSchemaFor('statements'), 'en');
    expect(fields.find((f) => f.path === 'title')!.required).toBe(true);
    expect(fields.find((f) => f.path === 'language')!).toMatchObject({ required: false, default: 'en' });
    expect(fields.find((f) => f.path === 'url')!.required).toBe(false);
  });
  test('a count of observers is at least 1', () => {
    expect(recordFields('missions', jsonSchemaFor('missions'), 'en').find((f) => f.path === 'observers[].count')!.minimum).toBe(1);
  });
  test('types are said in words', () => {
    const fields = recordFields('missions', jsonSchemaFor('missions'), 'en');
    const type = (path: string) => fields.find((f) => f.path === path)!.type;
    expect([type('title'), type('election.rounds'), type('observers[].count'), type('observers[].approximate'), type('observers'), type('type')]).toEqual([
      'text',
      'list of texts',
      'whole number',
      'true or false',
      'list of objects',
      'one of a list',
    ]);
  });
  test('common patterns are said in words; others are shown as they are', () => {
    const rounds = recordFields('missions', jsonSchemaFor('missions'), 'en').find((f) => f.path === 'election.rounds')!;
    expect(patternInWords(rounds.pattern!, 'en')).toEqual({ words: 'a date written YYYY-MM-DD' });
    const country = recordFields('missions', jsonSchemaFor('missions'), 'en').find((f) => f.path === 'country')!;
    expect(patternInWords(country.pattern!, 'en')).toEqual({ words: 'an id: lower-case letters and digits joined by hyphens (and a slash in mission ids)' });
    expect(patternInWords('^[A-Z]{2}$', 'en')).toEqual({ pattern: '^[A-Z]{2}$' });
  });
  test('code spans in descriptions are set apart, everything else stays text', () => {
    expect(codeSpans('E.g. `kz`: an entry of <b>content</b>.')).toEqual([
      { text: 'E.g. ', code: false },
      { text: 'kz', code: true },
      { text: ': an entry of <b>content</b>.', code: false },
    ]);
    expect(codeSpans('a lone ` stays')).toEqual([{ text: 'a lone ` stays', code: false }]);
  });
});
