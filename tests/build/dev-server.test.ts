/**
 * `npm run dev` serves what the build publishes: the pages, and each citation file at its own
 * address, with its type and the very bytes the build writes. Under `trailingSlash: 'always'` a
 * route whose extension sat inside its parameter only answered at an address ending in a slash.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { devServer } from '../support/astro.ts';

const root = resolve(import.meta.dirname, '../..');
const distDir = inject('archiveDistDir');
let server: Awaited<ReturnType<typeof devServer>>;

beforeAll(async () => {
  server = await devServer(root);
});
afterAll(async () => {
  await server?.stop();
});

const CITATIONS = [
  ['bib', 'application/x-bibtex'],
  ['ris', 'application/x-research-info-systems'],
  ['json', 'application/vnd.citationstyles.csl+json'],
] as const;

function builtCitation(section: string, ext: string): string {
  const file = readdirSync(join(distDir, 'citations', section), { recursive: true, encoding: 'utf8' })
    .sort()
    .find((f) => f.endsWith(`.${ext}`));
  if (!file) throw new Error(`the build wrote no .${ext} citation under citations/${section}/`);
  return `/citations/${section}/${file}`;
}

describe('astro dev', { timeout: 180_000 }, () => {
  test('serves a page as the build does', async () => {
    const res = await fetch(`${server.url}/about/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('class="cite__reference"');
  });

  // A statement, a mission (its id has a slash: kz/2021-parliamentary) and a country, in each format.
  for (const section of ['statements', 'missions', 'countries']) {
    for (const [ext, type] of CITATIONS) {
      test(`serves a ${section.replace(/s$/, '').replace(/ie$/, 'y')}'s .${ext} citation with its type, as the build writes it`, async () => {
        const path = builtCitation(section, ext);
        const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
        expect(res.status, path).toBe(200);
        expect(res.headers.get('content-type')).toContain(type);
        expect(await res.text()).toBe(readFileSync(join(distDir, path), 'utf8'));
      });
    }
  }
});
