// The indexer against the real Pagefind binary: what it writes for a few pages, and that a build
// with nothing searchable fails instead of publishing an empty index.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { SearchIndexer } from '../../src/search/indexer.ts';
import { indexingPrerenderer } from '../../src/search/pagefind-integration.ts';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'indexer-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

/** Pages in a language after the first are read back after the render, as built; none here. */
const nothingBuilt = async (url: string): Promise<string> => {
  throw new Error(`${url} was not built`);
};

const page = (title: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head>` +
  `<body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

test('writes an index with one entry and one fragment per page it was given', async () => {
  const indexer = await SearchIndexer.start({ outputPath: out });
  await indexer.add('/statements/2021-01-11-kz-parliamentary-preliminary/', page('Preliminary statement', 'Observers in Nur-Sultan'));
  await indexer.add('/missions/kz/2021-parliamentary/', page('Parliamentary elections 2021', 'Limited election observation mission'));

  expect(await indexer.write(nothingBuilt)).toBe(2);
  const entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8'));
  expect(entry.languages.en.page_count).toBe(2);
  expect((await readdir(join(out, 'fragment'))).length).toBe(2);
});

test('refuses to write an index when no page was searchable', async () => {
  const indexer = await SearchIndexer.start({ outputPath: out });
  await expect(indexer.write(nothingBuilt)).rejects.toThrow('no page carries data-pagefind-body, so the search index would be empty');
  expect(await readdir(out)).toEqual([]);
});

test('pages reach the index in the order Astro started them, whatever order they finish in', async () => {
  const urls = ['/a/', '/b/', '/c/', '/d/', '/e/', '/f/'];
  const html = (url: string) => page(`Page ${url}`, `Words of ${url} and shared words`);

  // The order Astro starts them in, one after the other.
  const inOrder = await SearchIndexer.start({ outputPath: join(out, 'in-order') });
  for (const url of urls) await inOrder.add(url, html(url));
  await inOrder.write(nothingBuilt);

  // Started in the same order, all at once, the first finishing last.
  const indexer = await SearchIndexer.start({ outputPath: join(out, 'concurrent') });
  const reached: string[] = [];
  const recording = { add: (url: string, text: string) => (reached.push(url), indexer.add(url, text)) };
  const base = {
    name: 'pages finishing in reverse',
    render: async (request: Request) => {
      const url = new URL(request.url).pathname;
      await new Promise((resolve) => setTimeout(resolve, 10 * (urls.length - urls.indexOf(url))));
      return new Response(html(url), { headers: { 'content-type': 'text/html' } });
    },
  } as unknown as AstroPrerenderer;
  const prerenderer = indexingPrerenderer(base, recording);
  const finished: string[] = [];
  await Promise.all(
    urls.map(async (url) => {
      await prerenderer.render(new Request(`https://archive.example${url}`), {} as never);
      finished.push(url);
    }),
  );
  await indexer.write(nothingBuilt);

  expect(finished).not.toEqual(urls);
  expect(reached).toEqual(urls);
  const files = async (dir: string) => (await readdir(dir, { recursive: true })).sort();
  const concurrent = await files(join(out, 'concurrent'));
  expect(concurrent).toEqual(await files(join(out, 'in-order')));
  for (const file of concurrent.filter((f) => f.includes('.'))) {
    expect(await readFile(join(out, 'concurrent', file)), file).toEqual(await readFile(join(out, 'in-order', file)));
  }
});

test('an index written in parts, one Pagefind process per language, the later ones from the built pages, is the index one process writes, byte for byte', async () => {
  const pages: [string, string][] = [
    ['/statements/a/', page('Preliminary statement', 'Observers in Vardenburg noted procedural problems')],
    ['/ru/statements/a/', page('Предварительное заявление', 'Наблюдатели в Варденбурге отметили процедурные нарушения', 'ru')],
    ['/missions/x/', page('Parliamentary elections', 'Limited election observation mission')],
    ['/ru/missions/x/', page('Парламентские выборы', 'Ограниченная миссия по наблюдению за выборами', 'ru')],
  ];
  const parts = await SearchIndexer.start({ outputPath: join(out, 'parts') });
  for (const [url, html] of pages) await parts.add(url, html);
  // English, the first language, went to Pagefind as it came; Russian is read back once English is written.
  const readBack: string[] = [];
  const built = new Map(pages);
  const readPage = async (url: string) => (readBack.push(url), built.get(url)!);
  expect(await parts.write(readPage)).toBe(4);
  expect(readBack).toEqual(['/ru/statements/a/', '/ru/missions/x/']);

  // The same pages through Pagefind's own API in one index, as the site did before.
  const { index } = await pagefind.createIndex({});
  for (const [url, content] of pages) await index!.addHTMLFile({ url, content });
  await index!.writeFiles({ outputPath: join(out, 'single') });
  await pagefind.close();

  const entry = JSON.parse(await readFile(join(out, 'parts', 'pagefind-entry.json'), 'utf8'));
  expect(Object.keys(entry.languages)).toEqual(['en', 'ru']);
  const files = async (dir: string) => (await readdir(dir, { recursive: true })).sort();
  const written = await files(join(out, 'parts'));
  expect(written).toEqual(await files(join(out, 'single')));
  for (const file of written.filter((f) => f.includes('.'))) {
    expect(await readFile(join(out, 'parts', file)), file).toEqual(await readFile(join(out, 'single', file)));
  }
});

test('a language with more pages than a part holds is written in parts of that size, the further ones listed in the entry file', async () => {
  const en = ['a', 'b', 'c', 'd', 'e'].map((id): [string, string] => [`/statements/${id}/`, page(`Statement ${id}`, `Observers in Vardenburg, word${id}`)]);
  const ru = ['a', 'b', 'c'].map((id): [string, string] => [`/ru/statements/${id}/`, page(`Заявление ${id}`, `Наблюдатели в Варденбурге, слово${id}`, 'ru')]);
  const indexer = await SearchIndexer.start({ outputPath: out, partPages: 2 });
  for (const [url, html] of [...en, ...ru]) await indexer.add(url, html);
  const built = new Map(ru);
  expect(await indexer.write(async (url) => built.get(url)!)).toBe(8);

  const entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8'));
  expect(Object.keys(entry.languages)).toEqual(['en', 'ru']);
  expect(entry.languages.en.page_count).toBe(2);
  expect(entry.languages.ru.page_count).toBe(2);
  expect(entry.parts).toEqual({ en: ['/pagefind/parts/en-1/', '/pagefind/parts/en-2/'], ru: ['/pagefind/parts/ru-1/'] });
  const counts: Record<string, number> = {};
  for (const part of ['en-1', 'en-2', 'ru-1']) {
    const partEntry = JSON.parse(await readFile(join(out, 'parts', part, 'pagefind-entry.json'), 'utf8'));
    const [language, ...others] = Object.keys(partEntry.languages);
    expect(others, part).toEqual([]);
    expect(part.startsWith(language!), part).toBe(true);
    counts[part] = partEntry.languages[language!].page_count;
  }
  expect(counts).toEqual({ 'en-1': 2, 'en-2': 1, 'ru-1': 1 });
});
