/** The threaded check gives exactly the single-threaded check's results, problems and all. */
import { afterAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/archive/check.ts';
import { checkContentParallel } from '../../src/archive/check-parallel.ts';
import { formatProblem } from '../../src/archive/problems.ts';
import { readBaseArchive, writeTree } from '../../scripts/bench/files.ts';
import { generateArchive } from '../../scripts/bench/synthetic.ts';
import { REPO } from '../support/content-tree.ts';

const root = mkdtempSync(join(tmpdir(), 'archive-parallel-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('threads and a single thread agree on a 500-file archive with faults', async () => {
  const contentDir = join(root, 'content');
  writeTree(contentDir, generateArchive(readBaseArchive(join(REPO, 'content')), { statements: 400, missions: 30, format: 'md', seed: 7 }).files);
  // Seed faults across the tree: a dangling reference, a schema error and unsafe Markdown.
  mkdirSync(join(contentDir, 'people'), { recursive: true });
  writeFileSync(join(contentDir, 'people/zz-broken.yaml'), 'name: Broken\nroles:\n  - title: X\n    organization: nowhere\n    source: nothing\n');
  writeFileSync(join(contentDir, 'statements/2021/2021-01-04-osce-pa-deploys-observers-kazakhstan.mdx'), '---\ntitle: x\n---\n<script>alert(1)</script>\n');

  // The workers get their files when they start, so the single-threaded check runs on this thread
  // while they work: the two checks overlap instead of following each other.
  const running = checkContentParallel(root, contentDir);
  const single = checkContent(root, contentDir);
  const threaded = await running;
  expect(single.files).toBeGreaterThanOrEqual(480);
  expect(threaded.files).toBe(single.files);
  expect(threaded.problems.map(formatProblem)).toEqual(single.problems.map(formatProblem));
  expect(single.problems.length).toBeGreaterThanOrEqual(4);
  expect(threaded.entries.statements.map((e) => e.id)).toEqual(single.entries.statements.map((e) => e.id));
});
