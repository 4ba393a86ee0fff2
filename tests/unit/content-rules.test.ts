/**
 * The small pure rules behind the content check: YAML read as the site reads it, facts that cannot
 * all be true, the files an entry publishes, and text made safe to print.
 */
import { describe, expect, test } from 'vitest';
import { outputsOf, isReservedId } from '../../src/archive/outputs.ts';
import { formatProblem } from '../../src/archive/problems.ts';
import { readYaml } from '../../src/archive/yaml.ts';
import { missionContradictions, roleContradictions } from '../../src/schemas/consistency.ts';

describe('readYaml', () => {
  test('gives the data the site sees, dates as js-yaml makes them', () => {
    const { data, problems } = readYaml('title: x\ndate: 2021-01-04\ncount: 3\n');
    expect(problems).toEqual([]);
    expect(data).toEqual({ title: 'x', date: new Date('2021-01-04T00:00:00Z'), count: 3 });
  });
  test.each([
    ['at: 2021-01-04 10:00:00\n', /"2021-01-04 10:00:00", which the site reads as the date 2021-01-04/],
    ['date: 2021-02-30\n', /"2021-02-30", which the site reads as the date 2021-03-02/],
    ['date: 0050-06-01\n', /which the site reads as the date 1950-06-01 — expected a year from 1990/],
    ['x: !!str 1\n', /tag !!str/],
    ['%YAML 1.1\n---\nx: 1\n', /directive "%YAML 1.1"/],
    ['a: &a [1]\nb: *a\n<<: { c: 1 }\n', /merge key/],
    ['a: 1\na: 2\n', /repeats a field/],
    [`a: &a [1]\n${Array.from({ length: 16 + 1 }, (_, i) => `b${i}: *a`).join('\n')}\n`, /more than 16 aliases/],
  ])('refuses %j', (text, message) => {
    const { data, problems } = readYaml(text);
    expect(data).toBeUndefined();
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });
  test('an empty document has no fields, to either reader', () => {
    expect(readYaml('').problems).toEqual([]);
  });
});

describe('contradictions', () => {
  /** Whether a role ending on `end` surely ended before it began on `start`. */
  const surelyBefore = (end: string, start: string) => roleContradictions([{ from: start, to: end }]).length > 0;
  test('partial dates compare on the precision both have', () => {
    expect(surelyBefore('2021-01', '2021-01-10')).toBe(false);
    expect(surelyBefore('2020-12-31', '2021')).toBe(true);
    expect(surelyBefore('2021-02', '2021-01-31')).toBe(false);
  });
  test('a category above the total of the same report', () => {
    const observers = [
      { category: 'long-term', count: 40, status: 'deployed', date: '2021-01-04' },
      { category: 'total', count: 30, status: 'deployed', date: '2021-01-04' },
      { category: 'short-term', count: 300, status: 'planned', date: '2021-01-04' },
    ];
    expect(missionContradictions({ observers, milestones: [] }).map((c) => c.path)).toEqual([['observers', 0, 'count']]);
  });
  test('long-term observers before the opening, but not a planned opening', () => {
    const observers = [{ category: 'long-term', count: 4, status: 'deployed', date: '2020-12-01' }];
    expect(missionContradictions({ observers, milestones: [{ kind: 'opening', date: '2020-12-08', status: 'actual' }] })).toHaveLength(1);
    expect(missionContradictions({ observers, milestones: [{ kind: 'opening', date: '2020-12-08', status: 'planned' }] })).toHaveLength(0);
  });
  test('a role that ends before it starts', () => {
    expect(
      roleContradictions([
        { from: '2021-03', to: '2021-02-28' },
        { from: '2021', to: '2021-06' },
      ]),
    ).toEqual([{ path: ['roles', 0, 'to'], message: 'is 2021-02-28, before the role began (2021-03) — expected an end on or after the start' }]);
  });
});

describe('published files', () => {
  test('a person publishes a page and a vCard per contact point', () => {
    const data = { contactPoints: [{ organization: 'osce-pa', mission: 'kz/2021-parliamentary' }, { organization: 'odihr' }] };
    expect(outputsOf('people', 'ana', data).map((o) => o.path)).toEqual([
      '/people/ana/',
      '/contacts/ana--kz-2021-parliamentary.vcf',
      '/contacts/ana--odihr.vcf',
    ]);
  });
  test('route segments are reserved', () => {
    expect(isReservedId('people', 'page')).toBe(true);
    expect(isReservedId('organizations', 'page')).toBe(false);
  });
});

describe('printable', () => {
  /** A message as the check prints it, without the file, place and field before it. */
  const printable = (message: string) => formatProblem({ file: 'f', line: 1, column: 1, field: 'x', message }).slice('f:1:1  x  '.length);
  test('shows control, bidi and separator characters instead of printing them', () => {
    expect(printable('a\u001b[31mb\rc\u202ed\u2028e\tf')).toBe('a\\u{1b}[31mb\\u{d}c\\u{202e}d\\u{2028}e\\u{9}f');
    expect(printable('Jarosław Domański — «Казахстан»')).toBe('Jarosław Domański — «Казахстан»');
  });
});
