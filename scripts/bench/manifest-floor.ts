/**
 * The fair floor: an Astro project that does the site's job with none of the site's own work in
 * between. It loads the same content collections with the same loaders (same files, same ids, same
 * Markdown processor, no schema and no content check), and publishes the same files as the site's
 * `dist/`, every page and every other file (citations, calendars, feeds, data, vCards), each route
 * returning the bytes a previous build of the site wrote, listed in a manifest: no lookups, no
 * rendering. Pagefind indexes the pages through the site's own integration. What the site costs
 * above this floor is the cost of its own work per file.
 *
 * The older, lighter floor (one bare page per statement and language, `bare.ts`) stays beside it
 * for continuity with earlier figures.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { walkFiles } from './files.ts';

/** What the floor publishes: page addresses (each an `index.html`) and every other file. */
export interface FloorManifest {
  /** Folders of `index.html` pages, relative to `dist/`, `''` for the home page: `countries/kz`. */
  pages: string[];
  /** Every other file, relative to `dist/`: `statements/x.bib`, `404.html`, `_astro/a.css`. */
  files: string[];
}

/** The manifest file, beside the copied bytes. */
const MANIFEST_FILE = 'manifest.json';

/**
 * Sorts a built site's files into pages and other files. The search index (`pagefind/`) is left
 * out: the floor's own Pagefind run writes it, as the site's does.
 */
function floorManifest(distFiles: readonly string[]): FloorManifest {
  const pages: string[] = [];
  const files: string[] = [];
  for (const file of [...distFiles].sort()) {
    if (file === 'pagefind' || file.startsWith('pagefind/')) continue;
    if (file === 'index.html') pages.push('');
    else if (file.endsWith('/index.html')) pages.push(file.slice(0, -'/index.html'.length));
    else files.push(file);
  }
  return { pages, files };
}

/**
 * Copies a built site's files (not its search index) into `dir` with the manifest, so the floor
 * reads bytes that the next build of the site cannot change under it. Returns the manifest.
 */
export function writeFloorManifest(distDir: string, dir: string): FloorManifest {
  rmSync(dir, { recursive: true, force: true });
  const relativeFiles = [...walkFiles(distDir)].map((f) => relative(distDir, f).split(sep).join('/'));
  const manifest = floorManifest(relativeFiles);
  for (const file of [...manifest.files, ...manifest.pages.map(pageFile)]) {
    const target = join(dir, 'files', file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(distDir, file), target);
  }
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
  return manifest;
}

/** The file a page address is published as. */
function pageFile(page: string): string {
  return page === '' ? 'index.html' : `${page}/index.html`;
}

/** Every file the manifest lists, as the floor's `dist/` should hold them. */
function manifestFiles(manifest: FloorManifest): string[] {
  return [...manifest.files, ...manifest.pages.map(pageFile)].sort();
}

export interface FloorOptions {
  /** Folder written by `writeFloorManifest`. */
  manifestDir: string;
  /** Absolute path of the repository's `src/`: the floor imports the site's loaders' settings, its Markdown processor and its search integration from there. */
  siteSrc: string;
  /** The site's collections, as its content config names them. */
  collections: readonly string[];
  /** Pages Astro renders at once (`build.concurrency`), the site's own setting. */
  renderConcurrency: number;
  /** How the Content Layer store is kept (`experimental.collectionStorage`), the site's own setting. */
  collectionStorage: unknown;
}

/**
 * Files of the floor project. It must live under the repository (e.g. `.bench/`) so `astro` and
 * `@astrojs/mdx` resolve from the repository's node_modules. The content folder comes, as for the
 * site, from `ARCHIVE_CONTENT_DIR`.
 */
export function floorProject(options: FloorOptions): Map<string, string> {
  if (!(Number.isInteger(options.renderConcurrency) && options.renderConcurrency >= 1)) throw new Error('the fair floor renders at least one page at a time');
  if (options.collections.length === 0) throw new Error('the fair floor loads at least one collection');
  const site = (path: string) => JSON.stringify(join(options.siteSrc, path));
  const manifestDir = JSON.stringify(options.manifestDir);
  // A module of its own: Astro runs a page's getStaticPaths apart from its frontmatter, so both routes import it.
  const readManifest = [`import { readFileSync } from 'node:fs';`, `import { join } from 'node:path';`, `import { dir, manifest } from '../manifest.mjs';`];
  return new Map([
    [
      'src/manifest.mjs',
      [
        `import { readFileSync } from 'node:fs';`,
        `import { join } from 'node:path';`,
        ``,
        `export const dir = ${manifestDir};`,
        `export const manifest = JSON.parse(readFileSync(join(dir, ${JSON.stringify(MANIFEST_FILE)}), 'utf8'));`,
        ``,
      ].join('\n'),
    ],
    [
      'astro.config.mjs',
      [
        `import { defineConfig } from 'astro/config';`,
        `import mdx from '@astrojs/mdx';`,
        `import { siteMarkdown } from ${site('safety/markdown.ts')};`,
        `import { pagefindSearch } from ${site('search/pagefind-integration.ts')};`,
        ``,
        `export default defineConfig({`,
        `  output: 'static',`,
        `  trailingSlash: 'always',`,
        `  build: { format: 'directory', concurrency: ${options.renderConcurrency} },`,
        `  integrations: [pagefindSearch(), mdx()],`,
        `  markdown: siteMarkdown(),`,
        `  experimental: { collectionStorage: ${JSON.stringify(options.collectionStorage)} },`,
        `  devToolbar: { enabled: false },`,
        `});`,
        ``,
      ].join('\n'),
    ],
    [
      'src/content.config.ts',
      [
        `// The site's collections with the site's loaders (src/content.config.ts), without schemas or the content check.`,
        `import { defineCollection } from 'astro:content';`,
        `import { glob } from 'astro/loaders';`,
        `import { filePattern } from ${site('archive/collections.ts')};`,
        `import { entryId } from ${site('archive/ids.ts')};`,
        `import { renderedWithPage } from ${site('archive/markdown-bodies.ts')};`,
        `import { BODY_COLLECTIONS, translationId, translationPatterns } from ${site('archive/translations.ts')};`,
        ``,
        `const CONTENT_ROOT = process.env.ARCHIVE_CONTENT_DIR ?? './content';`,
        `const collection = (name) =>`,
        `  defineCollection({`,
        `    loader: renderedWithPage(glob({`,
        `      pattern: [filePattern(name), ...translationPatterns().map((p) => \`!\${p}\`)],`,
        `      base: \`\${CONTENT_ROOT}/\${name}\`,`,
        `      generateId: ({ entry }) => entryId(name, entry),`,
        `      retainBody: false,`,
        `      deferRender: true,`,
        `    })),`,
        `  });`,
        ``,
        `export const collections = {`,
        `  translations: defineCollection({`,
        `    loader: renderedWithPage(glob({`,
        `      pattern: BODY_COLLECTIONS.flatMap((c) => translationPatterns().map((p) => \`\${c}/\${p}\`)),`,
        `      base: CONTENT_ROOT,`,
        `      generateId: ({ entry }) => translationId(entry),`,
        `      retainBody: false,`,
        `      deferRender: true,`,
        `    })),`,
        `  }),`,
        ...options.collections.map((name) => `  ${JSON.stringify(name)}: collection(${JSON.stringify(name)}),`),
        `};`,
        ``,
      ].join('\n'),
    ],
    [
      // Pages: each `index.html` of the site, as a page route, so Astro and the search integration treat it as the site's page.
      'src/pages/[...page].astro',
      [
        `---`,
        ...readManifest,
        ``,
        `export function getStaticPaths() {`,
        `  return manifest.pages.map((page) => ({ params: { page: page === '' ? undefined : page } }));`,
        `}`,
        `const { page } = Astro.params;`,
        `const html = readFileSync(join(dir, 'files', page ? \`\${page}/index.html\` : 'index.html'));`,
        `return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });`,
        `---`,
        ``,
      ].join('\n'),
    ],
    [
      // Every other file: citation files, calendars, feeds, data, vCards, stylesheets, 404 pages.
      'src/pages/[...file].ts',
      [
        ...readManifest,
        ``,
        `export function getStaticPaths() {`,
        `  return manifest.files.map((file) => ({ params: { file } }));`,
        `}`,
        ``,
        `export function GET({ params }) {`,
        `  const type = params.file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream';`,
        `  return new Response(readFileSync(join(dir, 'files', params.file)), { headers: { 'content-type': type } });`,
        `}`,
        ``,
      ].join('\n'),
    ],
  ]);
}

/**
 * Paths that the floor's `dist/` and the manifest disagree on, and files whose bytes differ: the
 * floor is only fair if it published exactly what the site did. Empty when they agree.
 */
export function floorDifferences(manifestDir: string, floorDist: string, manifest: FloorManifest): string[] {
  const expected = new Set(manifestFiles(manifest));
  const published = [...walkFiles(floorDist)].map((f) => relative(floorDist, f).split(sep).join('/')).filter((f) => !f.startsWith('pagefind/'));
  const problems: string[] = [];
  for (const file of published) {
    if (!expected.delete(file)) problems.push(`published but not in the site's dist/: ${file}`);
    else if (!readFileSync(join(floorDist, file)).equals(readFileSync(join(manifestDir, 'files', file)))) problems.push(`bytes differ: ${file}`);
  }
  for (const file of expected) problems.push(`in the site's dist/ but not published: ${file}`);
  return problems;
}
