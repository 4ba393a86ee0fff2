/**
 * The held-out corpus of hostile content (tests/fixtures/hostile/): each case is laid over the small
 * fixture archive, and the check must print exactly the lines the case expects — each refusal with
 * the file, line, field and what was expected, each warning marked as one — and nothing else: no
 * stack trace, no character that could steer a terminal.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { checkContent } from '../../src/archive/check.ts';
import { formatProblem, formatWarning, sortProblems } from '../../src/archive/problems.ts';
import { copyContent, FIXTURE_CONTENT, REPO, type ContentTree } from '../support/content-tree.ts';

const CORPUS = join(REPO, 'tests/fixtures/hostile');
const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

test('the corpus holds the cases of the second red-team pass and our own', () => {
  expect(cases.length).toBeGreaterThanOrEqual(20);
});

test.each(cases)('%s', (name) => {
  tree = copyContent(FIXTURE_CONTENT);
  cpSync(join(CORPUS, name, 'content'), tree.contentDir, { recursive: true });
  const { problems, warnings } = checkContent(tree.root, tree.contentDir);
  const lines = [...sortProblems(problems).map(formatProblem), ...sortProblems(warnings).map(formatWarning)];
  const expected = readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
  expect(lines).toEqual(expected);
  for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\n\s+at /);
});
