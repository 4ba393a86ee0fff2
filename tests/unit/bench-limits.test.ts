/**
 * The limits benchmark's cases (scripts/bench/limits.ts) are content the check accepts: what the
 * benchmark measures could be published, so its figures are the cost of the worst that can be.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { checkContent } from '../../src/archive/check.ts';
import { formatProblem } from '../../src/archive/problems.ts';
import { LIMIT_CASES } from '../../scripts/bench/limits.ts';
import { copyContent, FIXTURE_CONTENT, type ContentTree } from '../support/content-tree.ts';

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

const base = (path: string) => readFileSync(join(FIXTURE_CONTENT, path), 'utf8');

test.each(LIMIT_CASES.map((c) => [c.name, c] as const))('%s is accepted by the check', (_, c) => {
  tree = copyContent(FIXTURE_CONTENT);
  for (const [path, text] of c.files(base)) {
    const file = join(tree.contentDir, path);
    if (text === '') tree.delete(`content/${path}`);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  expect(checkContent(tree.root, tree.contentDir).problems.map(formatProblem)).toEqual([]);
});
