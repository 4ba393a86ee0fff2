/**
 * What the archive knows about each collection, in one place: what one entry is called, which files
 * make it and where they sit under `content/`, and where its page is published. The content check,
 * its messages, Astro's loaders, the downloads and the published-file map all read it here.
 */
import type { CollectionName } from '../schemas/index.ts';
import { ISO_YEAR } from '../format/patterns.ts';

export interface Collection {
  /** One entry, as messages name it: "names person …", "each person id once". */
  noun: string;
  /** The same with its article: "is not a valid person". */
  aNoun: string;
  /** The whole collection, as a heading or a download's title. */
  title: string;
  /** File extensions the site reads, in the order messages list them. */
  extensions: readonly string[];
  /**
   * Where files may sit below the collection's folder: `missions/<country>/`, `statements/<year>/`,
   * the others flat. A file elsewhere would get an id its pages cannot route.
   */
  folders: { depth: number; folder?: RegExp };
  /** The expected place of a file, as the content check says it. */
  expected: string;
  /** The file below the collection's folder that holds the entry `id`. */
  fileOf: (id: string) => string;
  /** Ids a route already uses as a path segment beside the entries' pages, so an entry may not take them. */
  reservedIds: readonly string[];
}

export const COLLECTION_FACTS: Record<CollectionName, Collection> = {
  countries: {
    noun: 'country',
    aNoun: 'a country',
    title: 'Countries',
    extensions: ['.md', '.mdx'],
    folders: { depth: 0 },
    expected: 'content/countries/<iso2>.mdx',
    fileOf: (id) => `${id}.mdx`,
    reservedIds: [],
  },
  organizations: {
    noun: 'organization',
    aNoun: 'an organization',
    title: 'Organizations',
    extensions: ['.yaml'],
    folders: { depth: 0 },
    expected: 'content/organizations/<id>.yaml',
    fileOf: (id) => `${id}.yaml`,
    reservedIds: [],
  },
  people: {
    noun: 'person',
    aNoun: 'a person',
    title: 'People',
    extensions: ['.yaml'],
    folders: { depth: 0 },
    expected: 'content/people/<id>.yaml',
    fileOf: (id) => `${id}.yaml`,
    // `/people/page/2/` lists people; a person called `page` would sit among those pages.
    reservedIds: ['page'],
  },
  missions: {
    noun: 'mission',
    aNoun: 'a mission',
    title: 'Missions',
    extensions: ['.md', '.mdx'],
    folders: { depth: 1, folder: /^[a-z]{2}$/ },
    expected: 'content/missions/<country>/<year>-<kind>.mdx',
    fileOf: (id) => `${id}.mdx`,
    reservedIds: [],
  },
  statements: {
    noun: 'statement',
    aNoun: 'a statement',
    title: 'Statements',
    extensions: ['.md', '.mdx'],
    folders: { depth: 1, folder: ISO_YEAR },
    expected: 'content/statements/<year>/<date>-<slug>.mdx',
    fileOf: (id) => `${id.slice(0, 4)}/${id}.mdx`,
    reservedIds: [],
  },
};

/** The glob Astro's loader reads a collection's folder with: `**\/*.{md,mdx}`, `**\/*.yaml`. */
export function filePattern(collection: CollectionName): string {
  const names = COLLECTION_FACTS[collection].extensions.map((ext) => ext.slice(1));
  return names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(',')}}`;
}

/** The URL path of an entry's own page. */
export function entryPath(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}
