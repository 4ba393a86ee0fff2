/**
 * The floor the archive's build is compared with: a bare Astro project with one page per statement
 * and nothing else (no layout, no schema, no lookups, no search index). What the archive costs
 * above it is what its own pages cost.
 */

/**
 * Files of the bare project. It must live under the repository (e.g. `.bench/`) so `astro` and
 * `@astrojs/mdx` resolve from the repository's node_modules. MDX is on because the real statements
 * copied into a synthetic archive are `.mdx`, whatever format the generated ones use.
 */
export function bareProject(statementsDir: string): Map<string, string> {
  return new Map([
    [
      'astro.config.mjs',
      [
        `import { defineConfig } from 'astro/config';`,
        `import mdx from '@astrojs/mdx';`,
        ``,
        `export default defineConfig({ output: 'static', integrations: [mdx()], devToolbar: { enabled: false } });`,
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
        `      pattern: '**/*.{md,mdx}',`,
        `      base: ${JSON.stringify(statementsDir)},`,
        `      generateId: ({ entry }) => entry.replace(/^.*\\//, '').replace(/\\.mdx?$/, ''),`,
        `    }),`,
        `  }),`,
        `};`,
        ``,
      ].join('\n'),
    ],
    [
      'src/pages/[id].astro',
      [
        `---`,
        `import { getCollection, render } from 'astro:content';`,
        ``,
        `export async function getStaticPaths() {`,
        `  const entries = await getCollection('statements');`,
        `  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));`,
        `}`,
        `const { Content } = await render(Astro.props.entry);`,
        `---`,
        `<Content />`,
        ``,
      ].join('\n'),
    ],
  ]);
}
