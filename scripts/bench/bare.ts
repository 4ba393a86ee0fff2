/**
 * The fair floor the site's build is compared with: a bare Astro project with one page per
 * statement per published language (a full HTML page: `<html lang>`, the entry's title and body,
 * marked `data-pagefind-body`) and Pagefind indexing those pages with the site's own integration. No layout,
 * no schema, no lookups across entries: what the site costs above it is what its own pages cost.
 */

export interface BareOptions {
  /** Languages the site publishes; the first is unprefixed, the others get `/<lang>/`. */
  languages: readonly string[];
  /**
   * Absolute path of the site's own Pagefind integration (`src/search/pagefind-integration.ts`,
   * exporting `pagefindSearch()`): the floor pays for search exactly what the site pays.
   */
  searchModule: string;
  /** Pages Astro renders at once (`build.concurrency`), the site's own setting. */
  renderConcurrency: number;
}

/**
 * Files of the bare project. It must live under the repository (e.g. `.bench/`) so `astro` and
 * `@astrojs/mdx` resolve from the repository's node_modules. MDX is on because the real statements
 * copied into a synthetic archive are `.mdx`, whatever format the generated ones use.
 */
/** Globs of the body translations (`<id>.ru.mdx`) into each language after the first; one that matches nothing when there are none. */
function translationGlobs(languages: readonly string[]): string[] {
  const globs = languages.slice(1).map((lang) => `**/*.${lang}.{md,mdx}`);
  return globs.length ? globs : ['**/*.no-translation.md'];
}

export function bareProject(statementsDir: string, options: BareOptions): Map<string, string> {
  if (options.languages.length === 0) throw new Error('the fair floor needs at least one language');
  if (!(Number.isInteger(options.renderConcurrency) && options.renderConcurrency >= 1)) throw new Error('the fair floor renders at least one page at a time');
  return new Map([
    [
      'astro.config.mjs',
      [
        `import { defineConfig } from 'astro/config';`,
        `import mdx from '@astrojs/mdx';`,
        `import { pagefindSearch } from ${JSON.stringify(options.searchModule)};`,
        ``,
        `export default defineConfig({`,
        `  output: 'static',`,
        `  build: { concurrency: ${options.renderConcurrency} },`,
        `  integrations: [mdx(), pagefindSearch()],`,
        `  devToolbar: { enabled: false },`,
        `});`,
        ``,
      ].join('\n'),
    ],
    [
      'src/content.config.ts',
      [
        `import { defineCollection } from 'astro:content';`,
        `import { glob } from 'astro/loaders';`,
        ``,
        `export const collections = {`,
        `  statements: defineCollection({`,
        `    loader: glob({`,
        `      pattern: ${JSON.stringify(['**/*.{md,mdx}', ...translationGlobs(options.languages).map((g) => `!${g}`)])},`,
        `      base: ${JSON.stringify(statementsDir)},`,
        `      generateId: ({ entry }) => entry.replace(/^.*\\//, '').replace(/\\.mdx?$/, ''),`,
        `    }),`,
        `  }),`,
        `  // A body's translation (\`<id>.<lang>.mdx\`) is no statement of its own: the page in that language renders it.`,
        `  translations: defineCollection({`,
        `    loader: glob({`,
        `      pattern: ${JSON.stringify(translationGlobs(options.languages))},`,
        `      base: ${JSON.stringify(statementsDir)},`,
        `      generateId: ({ entry }) => entry.replace(/^.*\\//, '').replace(/\\.mdx?$/, ''),`,
        `    }),`,
        `  }),`,
        `};`,
        ``,
      ].join('\n'),
    ],
    [
      'src/pages/[...path].astro',
      [
        `---`,
        `import { getCollection, render } from 'astro:content';`,
        ``,
        `export async function getStaticPaths() {`,
        `  const entries = await getCollection('statements');`,
        `  const translations = new Map((await getCollection('translations')).map((t) => [t.id, t]));`,
        `  const languages = ${JSON.stringify(options.languages)};`,
        `  return languages.flatMap((lang, i) =>`,
        `    entries.map((entry) => ({`,
        `      params: { path: i === 0 ? entry.id : \`\${lang}/\${entry.id}\` },`,
        `      props: { entry, body: (i > 0 && translations.get(\`\${entry.id}.\${lang}\`)) || entry, lang },`,
        `    })),`,
        `  );`,
        `}`,
        `const { entry, body, lang } = Astro.props;`,
        `const { Content } = await render(body);`,
        `---`,
        `<html lang={lang}>`,
        `  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>`,
        `  <body>`,
        `    <main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main>`,
        `  </body>`,
        `</html>`,
        ``,
      ].join('\n'),
    ],
  ]);
}
