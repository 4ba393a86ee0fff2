/**
 * The build runs the content check first: broken or unsafe content stops it before a single page
 * is written, with the same lines `npm run check` prints.
 */
import { afterEach, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../support/astro.ts';
import { removeAtExit } from '../support/cleanup.ts';
import { copyContent, REPO, type ContentTree } from '../support/content-tree.ts';

const S21 = 'content/statements/2021/2021-01-04-osce-pa-deploys-observers-kazakhstan.mdx';
let tree: ContentTree | undefined;
let out: string | undefined;
afterEach(() => {
  tree?.remove();
  if (out) removeAtExit(out);
});

async function buildBroken(change: (t: ContentTree) => void): Promise<Error> {
  tree = copyContent();
  change(tree);
  out = mkdtempSync(join(tmpdir(), 'archive-dist-'));
  const error = await buildSite(REPO, { contentDir: tree.contentDir, outDir: out, expectFailure: true }).then(
    () => new Error('the build succeeded'),
    (e: Error) => e,
  );
  // Nothing published: no page at all in the output folder.
  expect(existsSync(join(out, 'index.html'))).toBe(false);
  expect(readdirSync(out)).toEqual([]);
  return error;
}

test('a dangling reference stops the build with file, line and field', async () => {
  const error = await buildBroken((t) => t.edit(S21, 'source: osce-pa', 'source: osce-parliament'));
  expect(error.message).toContain('1 content problem — nothing was built:');
  expect(error.message).toContain(
    `${S21}:6:1  source  names organization "osce-parliament", which does not exist — expected a file content/organizations/osce-parliament.yaml`,
  );
});

test('a script in MDX stops the build', async () => {
  const error = await buildBroken((t) => t.write(S21, `${t.read(S21)}\n<script>alert(document.cookie)</script>\n`));
  // Appended after a blank line: two lines below the statement's last line, however long it grows.
  const line = readFileSync(join(REPO, S21), 'utf8').replace(/\n$/, '').split('\n').length + 2;
  expect(error.message).toContain(`${S21}:${line}:1  (body)  the HTML element <script> is not allowed in content`);
});

test("a field Astro's own loader rejects too is reported as the check reports it", async () => {
  // The check runs beside Astro's content sync; the sync's schema error must not be what the
  // maintainer sees, since it names neither line nor what was expected in our words.
  const error = await buildBroken((t) => t.edit(S21, 'date: 2021-01-04', 'date: 4 January 2021'));
  expect(error.message).toContain('1 content problem — nothing was built:');
  expect(error.message).toContain(`${S21}:4:1  date  is "4 January 2021" — expected a date written YYYY-MM-DD, e.g. 2021-01-10`);
});

test('a symbolic link or named pipe stops the build before Astro reads the tree', { timeout: 120_000 }, async () => {
  const error = await buildBroken((t) => {
    symlinkSync('/etc/passwd', join(t.contentDir, 'people/passwd.yaml'));
    execFileSync('mkfifo', [join(t.contentDir, 'people/pipe.yaml')]);
  });
  expect(error.message).toContain('2 content problems — nothing was built:');
  expect(error.message).toMatch(/content\/people\/passwd\.yaml:1:1  \(file\)  is a symbolic link/);
  expect(error.message).toMatch(/content\/people\/pipe\.yaml:1:1  \(file\)  is not a plain file/);
});

test('a refused build leaves the last complete site in place', { timeout: 300_000 }, async () => {
  tree = copyContent();
  out = mkdtempSync(join(tmpdir(), 'archive-dist-'));
  // One cache for both builds, as a maintainer's machine would have.
  const cacheDir = mkdtempSync(join(tmpdir(), 'archive-cache-'));
  removeAtExit(cacheDir);
  await buildSite(REPO, { contentDir: tree.contentDir, outDir: out, cacheDir });
  const before = readdirSync(out, { recursive: true }).sort();
  expect(before).toContain('index.html');
  tree.edit(S21, 'source: osce-pa', 'source: osce-parliament');
  await expect(buildSite(REPO, { contentDir: tree.contentDir, outDir: out, cacheDir, expectFailure: true })).rejects.toThrow(/content problem/);
  expect(readdirSync(out, { recursive: true }).sort()).toEqual(before);
});
