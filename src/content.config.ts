/**
 * Content Layer collections over the top-level `content/` folder, one per entry of the collection
 * registry (`src/archive/collections.ts`), with the schemas `npm run check` uses. References and MDX
 * safety are enforced before any page is rendered by `src/archive/integration.ts`, whose problems
 * are reported in place of a loader's own error.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { COLLECTION_FACTS, COLLECTION_NAMES, filePattern, type CollectionName } from './archive/collections.ts';
import { entryId } from './archive/ids.ts';
import { reportingCheckProblems } from './archive/check-gate.ts';
import { renderedWithPage } from './archive/markdown-bodies.ts';
import { BODY_COLLECTIONS, translationId, translationPatterns } from './archive/translations.ts';

const CONTENT_ROOT = process.env.ARCHIVE_CONTENT_DIR ?? './content';

// The schema is passed in, not looked up by name inside, so that each collection keeps its own schema
// type and `CollectionEntry<'missions'>` is typed by the mission schema rather than `unknown`.
function collection<S extends z.ZodType>(name: CollectionName, schema: S) {
  return defineCollection({
    loader: reportingCheckProblems(
      renderedWithPage(
        glob({
          // An entry's file, never its translations (`x.ru.mdx`), which are the collection below.
          pattern: [filePattern(name), ...translationPatterns().map((p) => `!${p}`)],
          base: `${CONTENT_ROOT}/${name}`,
          generateId: ({ entry }) => entryId(name, entry),
          // Pages never read the raw body (the content check reads files itself): keep it out of the
          // data store. Nothing is rendered in the sync: a Markdown body is rendered with its page
          // (renderedWithPage), an MDX body is Astro's compiled module, as it always was.
          retainBody: false,
          deferRender: true,
        }),
      ),
    ),
    schema,
  });
}

/** The config `collection` makes for a schema, per collection, as Astro types each collection's entries by it. */
type ConfigOf<S> = S extends z.ZodType ? ReturnType<typeof collection<S>> : never;

/**
 * Translations of bodies, beside the entries they translate (`statements/2021/x.ru.mdx`), with the id
 * `<collection>/<entry id>/<language>`. They hold a body alone: no frontmatter, so no data.
 */
const translations = defineCollection({
  loader: reportingCheckProblems(
    renderedWithPage(
      glob({
        pattern: BODY_COLLECTIONS.flatMap((c) => translationPatterns().map((p) => `${c}/${p}`)),
        base: CONTENT_ROOT,
        generateId: ({ entry }) => translationId(entry),
        retainBody: false,
        deferRender: true,
      }),
    ),
  ),
  schema: z.strictObject({}),
});

export const collections = {
  translations,
  ...(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name, COLLECTION_FACTS[name].schema)])) as {
    [K in CollectionName]: ConfigOf<(typeof COLLECTION_FACTS)[K]['schema']>;
  }),
};
