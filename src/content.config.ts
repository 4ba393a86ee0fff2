/**
 * Content Layer collections over the top-level `content/` folder. The schemas are the ones
 * `npm run check` uses; references and MDX safety are enforced before any page is rendered by
 * `src/archive/integration.ts`, whose problems are reported in place of a loader's own error.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionPatterns, schemas, type CollectionName } from './schemas/index.ts';
import { entryId } from './archive/ids.ts';
import { reportingCheckProblems } from './archive/check-gate.ts';

const CONTENT_ROOT = process.env.ARCHIVE_CONTENT_DIR ?? './content';

function collection<C extends CollectionName>(name: C) {
  return defineCollection({
    loader: reportingCheckProblems(glob({
      pattern: collectionPatterns[name],
      base: `${CONTENT_ROOT}/${name}`,
      generateId: ({ entry }) => entryId(name, entry),
      // Pages never read the raw body (the content check reads files itself): keep it out of the
      // data store. (deferRender was measured too: slower and no lighter at 2,000 statements.)
      retainBody: false,
    })),
    schema: schemas[name],
  });
}

export const collections = {
  countries: collection('countries'),
  organizations: collection('organizations'),
  people: collection('people'),
  missions: collection('missions'),
  statements: collection('statements'),
};
