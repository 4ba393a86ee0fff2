import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { markdownBodyHtml, renderedWithPage } from '../../src/archive/markdown-bodies.ts';

const root = mkdtempSync(join(tmpdir(), 'bodies-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Loads through `renderedWithPage` a loader that stores `entries`, and returns what reached the store. */
async function load(entries: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
  const stored: Record<string, unknown>[] = [];
  const loader: Loader = {
    name: 'stores given entries',
    load: async ({ store }) => {
      for (const entry of entries) store.set(entry as never);
    },
  };
  const store = { set: (entry: Record<string, unknown>) => (stored.push(entry), true), get: () => undefined };
  await renderedWithPage(loader).load({ config: { root: pathToFileURL(`${root}/`) }, store } as unknown as LoaderContext);
  return stored;
}

describe('the store', () => {
  test('a Markdown entry is stored without the deferred-render mark, so Astro neither bundles nor renders it', async () => {
    const stored = await load([
      { id: 'a', data: {}, filePath: 'content/statements/2021/a.md', deferredRender: true },
      { id: 'b', data: {}, filePath: 'content/statements/2021/b.mdx', deferredRender: true },
      { id: 'c', data: { name: 'C' }, filePath: 'content/people/c.yaml' },
    ]);
    expect(stored).toEqual([
      { id: 'a', data: {}, filePath: 'content/statements/2021/a.md' },
      { id: 'b', data: {}, filePath: 'content/statements/2021/b.mdx', deferredRender: true },
      { id: 'c', data: { name: 'C' }, filePath: 'content/people/c.yaml' },
    ]);
  });

  test('only .md files are rendered with their page', async () => {
    /** Whether the entry from `filePath` reaches the store without its deferred-render mark. */
    const rendersWithPage = async (filePath: string | undefined) => {
      const [stored] = await load([{ id: 'x', data: {}, filePath, deferredRender: true }]);
      return !('deferredRender' in stored!);
    };
    expect(await rendersWithPage('content/statements/2021/a.md')).toBe(true);
    expect(await rendersWithPage('content/statements/2021/a.ru.md')).toBe(true);
    expect(await rendersWithPage('content/statements/2021/a.mdx')).toBe(false);
    expect(await rendersWithPage('content/people/a.yaml')).toBe(false);
    expect(await rendersWithPage(undefined)).toBe(false);
  });
});

describe('a body rendered with its page', () => {
  test('is the file’s body after its frontmatter, through the site’s Markdown settings', async () => {
    await load([]);
    writeFileSync(
      join(root, 'a.md'),
      '---\ntitle: "Not a heading"\ndate: 2021-01-11\n---\n\n## Findings\n\nThe mission said "fundamental freedoms" were respected -- mostly.\n\n| Region | Stations |\n|---|---|\n| North | 12 |\n',
    );
    const html = await markdownBodyHtml({ filePath: 'a.md' });
    expect(html).not.toContain('Not a heading');
    expect(html).toContain('<h2 id="findings">Findings</h2>');
    // Smart punctuation and tables, as Astro's defaults give every Markdown body.
    expect(html).toContain('“fundamental freedoms”');
    expect(html).toContain('–');
    expect(html).toContain('<table>');
  });

  test('an MDX body is left to Astro', async () => {
    expect(await markdownBodyHtml({ filePath: 'a.mdx' })).toBeUndefined();
  });

  test('the content guard still refuses raw HTML, now when the page is rendered', async () => {
    await load([]);
    writeFileSync(join(root, 'b.md'), '---\ntitle: B\n---\n\nText.\n\n<script>alert(1)</script>\n');
    await expect(markdownBodyHtml({ filePath: 'b.md' })).rejects.toThrow(/content refused by the build's guard/);
  });
});
