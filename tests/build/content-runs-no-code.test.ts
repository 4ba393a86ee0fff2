/**
 * The build runs no content code, at two depths:
 *
 * - every generated hostile body the content check accepts is built into the site, and no payload
 *   runs (a marker file that must not appear);
 * - with the check out of the way (a bare Astro project with only the site's Markdown configuration),
 *   the content guard itself refuses bodies with ESM, expressions or HTML, before they are compiled,
 *   and the half-built output never replaces the last good one.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/archive/check.ts';
import { buildSite } from '../support/astro.ts';
import { removeAtExit } from '../support/cleanup.ts';
import { copyContent, FIXTURE_CONTENT, REPO } from '../support/content-tree.ts';
import { hostileBodies, STATEMENT_FRONTMATTER } from '../support/hostile-bodies.ts';

// Inside the repository: the bare project resolves astro and the site's modules from it.
mkdirSync(join(REPO, 'tests/.tmp'), { recursive: true });
const work = mkdtempSync(join(REPO, 'tests/.tmp/no-code-'));
removeAtExit(work);
const marker = join(work, 'ran');

describe('the site build', () => {
  test('builds every body the check accepts, and none of them runs', { timeout: 300_000 }, async () => {
    const tree = copyContent(FIXTURE_CONTENT);
    try {
      // Each body becomes a statement of its own; only the accepted ones stay.
      const corpus = hostileBodies(marker);
      let kept = 0;
      corpus.forEach((c, i) => {
        const day = String(1 + (i % 28)).padStart(2, '0');
        const id = `2030-02-${day}-body-${i}`;
        tree.write(
          `content/statements/2030/${id}.mdx`,
          STATEMENT_FRONTMATTER.replace('2021-01-04', `2030-02-${day}`).replace('[kz]', '[md]').replace('osce-pa', 'observers-office') + c.body,
        );
        // Every body has its Russian beside it, as the content model asks; the hostile part is the English.
        tree.write(`content/statements/2030/${id}.ru.mdx`, 'Текст заявления.\n');
      });
      const { problems } = checkContent(tree.root, tree.contentDir);
      // A refused body takes its translation with it (and a refused translation its body).
      const refused = new Set(problems.map((p) => p.file.replace(/\.ru\.mdx$/, '.mdx')));
      for (const file of refused) {
        tree.delete(file);
        tree.delete(file.replace(/\.mdx$/, '.ru.mdx'));
      }
      kept = corpus.length - refused.size;
      expect(checkContent(tree.root, tree.contentDir).problems).toEqual([]);
      expect(kept).toBeGreaterThan(20);

      const out = join(work, 'site');
      // Its own cache: the content layer's store must not mix this tree with the real site's.
      await buildSite(REPO, { contentDir: tree.contentDir, outDir: out, cacheDir: join(work, 'cache') });
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      expect(existsSync(marker)).toBe(false);
    } finally {
      tree.remove();
    }
  });
});

/** A bare Astro project: @astrojs/mdx, the site's Markdown configuration and atomic publishing, no check. */
function bareProject(pages: Record<string, string>): string {
  const root = mkdtempSync(join(work, 'bare-'));
  const src = (p: string) => join(REPO, 'src', p);
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteMarkdown } from ${JSON.stringify(src('safety/markdown.ts'))};
import { publishAtomically } from ${JSON.stringify(src('archive/publish.ts'))};
export default defineConfig({ markdown: siteMarkdown(), integrations: [mdx(), publishAtomically()], logLevel: 'error' });
`,
  );
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(root, 'src/pages', name), text);
  return root;
}

const payload = () => `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;

describe('the content guard, with the check out of the way', () => {
  test.each([
    ['export after a line break', 'index.mdx', `# Page\n\nexport\nconst x = ${payload()}\n`],
    ['export after a tab', 'index.mdx', `# Page\n\nexport\tconst x = ${payload()}\n`],
    ['an expression', 'index.mdx', `# Page\n\n{${payload()}}\n`],
    ['an attribute expression', 'index.mdx', `<Quote by={${payload()}}>x</Quote>\n`],
    ['raw HTML in Markdown', 'index.md', `# Page\n\n<script>alert(1)</script>\n`],
  ])('refuses %s and runs nothing', { timeout: 120_000 }, async (_, name, body) => {
    rmSync(marker, { force: true });
    const root = bareProject({ [name]: body });
    const error = await build({ root, logLevel: 'silent' }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/content refused by the build's guard/);
    expect(existsSync(marker)).toBe(false);
  });

  test('a refused build leaves the last good output in place, not a half-built one', { timeout: 120_000 }, async () => {
    const root = bareProject({ 'index.mdx': '# A good page\n\nPlain words.\n', 'other.mdx': '# Another\n' });
    const out = join(root, 'dist');
    await build({ root, logLevel: 'silent' });
    const good = readdirSync(out, { recursive: true }).sort();
    const goodIndex = readFileSync(join(out, 'index.html'), 'utf8');
    expect(goodIndex).toContain('A good page');

    // The second page is refused after the first may have been written.
    writeFileSync(join(root, 'src/pages/index.mdx'), '# A changed page\n');
    writeFileSync(join(root, 'src/pages/other.mdx'), `# Another\n\nexport\nconst x = ${payload()}\n`);
    await expect(build({ root, logLevel: 'silent' })).rejects.toThrow(/content refused/);
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(good);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(goodIndex);
  });
});
