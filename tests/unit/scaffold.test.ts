import { afterEach, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaffold, ScaffoldError } from '../../scripts/scaffold.ts';
import { checkContent } from '../../src/archive/check.ts';
import { copyContent, REPO, type ContentTree } from '../support/content-tree.ts';

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

test('paths follow the URL scheme', () => {
  expect(scaffold(['mission', 'kz', '2024', 'presidential']).path).toBe('missions/kz/2024-presidential.mdx');
  expect(scaffold(['statement', '2024-03-18', 'odihr-opens-mission']).path).toBe('statements/2024/2024-03-18-odihr-opens-mission.mdx');
  expect(scaffold(['person', 'ana-example']).path).toBe('people/ana-example.yaml');
});

test.each([
  [['mission', 'KZ', '2024', 'presidential'], 'country "KZ" — expected an ISO 3166-1 alpha-2 code in lower case, e.g. kz'],
  [['mission', 'kz', '24', 'presidential'], 'year "24" — expected the election year, e.g. 2024'],
  [
    ['mission', 'kz', '2024', 'federal'],
    'kind "federal" — expected one of: parliamentary, presidential, general, early-presidential, early-parliamentary, local, referendum',
  ],
  [['statement', '2024-02-30', 'x'], 'date "2024-02-30" — expected the publication date as YYYY-MM-DD'],
  [['statement', '2024-02-03', 'Bad Slug'], 'slug "Bad Slug" — expected lower-case words joined by hyphens, e.g. odihr-opens-mission-kazakhstan'],
  [['person', 'Ana'], 'id "Ana" — expected the name in lower-case ASCII joined by hyphens, e.g. jaroslaw-marcin-domanski'],
])('rejects %j', (args, message) => {
  expect(() => scaffold(args)).toThrow(new ScaffoldError(message));
});

test('an unknown kind prints the usage', () => {
  expect(() => scaffold(['country', 'kz'])).toThrow(/unknown kind of entry "country"\nusage:/);
});

test('a scaffolded file fails the check until every TODO is filled in', () => {
  tree = copyContent();
  const { path, text } = scaffold(['statement', '2024-03-18', 'odihr-opens-mission']);
  tree.write(join('content', path), text);
  const fields = checkContent(tree.root, tree.contentDir).problems.map((p) => p.field);
  expect(fields).toEqual(expect.arrayContaining(['title', 'kind', 'place', 'source', 'countries.0', 'summary', '(body)']));
});

test('the CLI writes once, then refuses to overwrite', () => {
  tree = copyContent();
  const run = () =>
    execFileSync(process.execPath, [join(REPO, 'scripts/new.ts'), 'person', 'ana-example', '--content', tree!.contentDir], { encoding: 'utf8', stdio: 'pipe' });
  expect(run()).toMatch(/^Wrote .*people\/ana-example\.yaml\nFill in, then run `npm run check` on it:\n  - name\n/);
  expect(readFileSync(join(tree.contentDir, 'people/ana-example.yaml'), 'utf8')).toContain('name: TODO');
  expect(run).toThrow(/exists already — nothing written/);
});

test('following CONTRIBUTING.md: a scaffolded mission and statement, filled in, pass the check', () => {
  tree = copyContent();
  const mission = scaffold(['mission', 'kz', '2024', 'presidential']);
  const statement = scaffold(['statement', '2024-03-18', 'odihr-opens-mission-kazakhstan']);
  const fill = (text: string, values: [RegExp, string][]) => values.reduce((t, [re, v]) => t.replace(re, v), text);
  tree.write(
    join('content', mission.path),
    fill(mission.text, [
      [/^title: TODO.*$/m, 'title: Presidential election, 20 November 2024'],
      [/rounds: \[2024-TODO-MM-DD\].*$/m, 'rounds: [2024-11-20]'],
      [/^type: TODO.*$/m, 'type: EOM'],
      [/^summary: TODO.*$/m, 'summary: A test mission.'],
      [/^  title: TODO.*$/m, '  title: Президентские выборы 20 ноября 2024 г.'],
      [/^  summary: TODO.*$/m, '  summary: Тестовая миссия.'],
      [/^TODO: .*$/m, 'What the mission did, in our words.'],
    ]),
  );
  tree.write(join('content', mission.translation!.path), 'Что сделала миссия, нашими словами.\n');
  tree.write(
    join('content', statement.path),
    fill(statement.text, [
      [/^title: TODO.*$/m, 'title: ODIHR opens mission'],
      [/^kind: TODO.*$/m, 'kind: press-release'],
      [/^place: TODO.*$/m, 'place: Warsaw'],
      [/^source: TODO.*$/m, 'source: odihr'],
      [/^countries: \[TODO\].*$/m, 'countries: [kz]'],
      [/^missions: \[\].*$/m, 'missions: [kz/2024-presidential]'],
      [/^url: TODO.*$/m, 'url: https://www.osce.org/odihr/elections/example'],
      [/^summary: TODO.*$/m, 'summary: ODIHR opens a mission.'],
      [/^  title: TODO.*$/m, '  title: БДИПЧ открывает миссию'],
      [/^  summary: TODO.*$/m, '  summary: БДИПЧ открывает миссию.'],
      [/^  place: TODO.*$/m, '  place: Варшава'],
      [/^TODO: .*$/m, 'ODIHR opened its mission, in our words.'],
    ]),
  );
  tree.write(join('content', statement.translation!.path), 'БДИПЧ открыло миссию, нашими словами.\n');
  expect(checkContent(tree.root, tree.contentDir).problems).toEqual([]);
});
