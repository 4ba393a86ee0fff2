/**
 * Markdown bodies (`.md`) are rendered with their page, not in Astro's content sync.
 *
 * Rendered in the sync, a body's HTML went into the Content Layer store, and the store goes into
 * the build three times over: the sync's own copy stays alive to the end, the store's files are
 * bundled as string modules (Rolldown parses and writes every byte), and the render loads that
 * bundle and parses it again. At 30,000 statements the store was 507 MiB and the build's Node
 * process held 8.4 GiB through the render, 7.3 GiB of it reached while bundling. Rendered with the
 * page instead, the store holds the entries' data alone, and a body's HTML lives only while its
 * page is written.
 *
 * The HTML is the same: the body is split from the file and rendered exactly as Astro's Markdown
 * entry type does it (its frontmatter split, the trimmed body, the site's own Sätteri processor
 * from `siteMarkdown()` with the content guard), and `ContentBody.astro` writes it as Astro's
 * `<Content />` would. MDX bodies are compiled modules and keep Astro's own path.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader } from 'astro/loaders';
import { siteMarkdown } from '../safety/markdown.ts';

/** The site's root, shared from the loader (content sync) with the pages, which Astro does not tell. */
const ROOT = Symbol.for('election-archive.site-root');
type Shared = typeof globalThis & { [ROOT]?: URL };

/** Whether the entry stored from `filePath` has its body rendered with its page. */
function rendersWithPage(filePath: string | undefined): filePath is string {
  return filePath?.endsWith('.md') ?? false;
}

/**
 * A glob loader (given `deferRender: true`, so the sync renders nothing) whose `.md` entries are
 * stored without Astro's deferred-render mark: Astro then neither bundles them as modules nor
 * renders them; their page does (`markdownBodyHtml`). Other entries are stored as the loader says.
 */
export function renderedWithPage<L extends Loader>(loader: L): L {
  return {
    ...loader,
    async load(context) {
      (globalThis as Shared)[ROOT] = context.config.root;
      const store: typeof context.store = {
        ...context.store,
        set: (entry) => {
          if (!rendersWithPage(entry.filePath)) return context.store.set(entry);
          const { deferredRender: _, ...stored } = entry;
          return context.store.set(stored);
        },
      };
      await loader.load({ ...context, store });
    },
  };
}

type Renderer = Awaited<ReturnType<NonNullable<ReturnType<typeof siteMarkdown>['processor']>['createRenderer']>>;
let renderer: Promise<Renderer> | undefined;

/**
 * The HTML of a `.md` entry's body, rendered from its file as the content sync would have rendered
 * it; `undefined` for an entry Astro renders itself (MDX).
 */
export async function markdownBodyHtml(entry: { filePath?: string }): Promise<string | undefined> {
  if (!rendersWithPage(entry.filePath)) return undefined;
  const root = (globalThis as Shared)[ROOT];
  if (!root) throw new Error(`${entry.filePath}: the content was not loaded through renderedWithPage(), so its body cannot be found`);
  const file = new URL(entry.filePath, root);
  // As Astro's Markdown entry type reads a file: frontmatter blanked with spaces, the rest trimmed.
  const { frontmatter, content } = parseFrontmatter(await readFile(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
  // The same options Astro hands the processor from the site's configuration (the rest are defaults).
  renderer ??= siteMarkdown().processor!.createRenderer({ syntaxHighlight: false });
  const rendered = await (await renderer).render(content.trim(), { frontmatter, fileURL: pathToFileURL(fileURLToPath(file)) });
  return rendered.code;
}
