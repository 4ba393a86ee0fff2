/**
 * The collection registry: one declared object per collection (`src/archive/collections/<name>.ts`),
 * holding everything the archive knows about it: its schema, what one entry is called, which files
 * make it and where they sit under `content/`, how a file's path becomes an id, the files an entry publishes, and the columns its facts take in
 * the open data (the fields naming other entries are read from the schema: `references.ts`). Astro's loaders, the content check, the downloads and their codebook all read it here,
 * so adding a collection is a module of its own and a line below.
 */
import type { z } from 'astro/zod';
import type { ReferencedCollection } from '../schemas/common.ts';
import type { JoinKey } from '../data/join-keys.ts';
import type { LeadColumn } from '../data/flat.ts';
import { countries } from './collections/countries.ts';
import { organizations } from './collections/organizations.ts';
import { people } from './collections/people.ts';
import { missions } from './collections/missions.ts';
import { statements } from './collections/statements.ts';

/** A field path inside an entry, as problems locate it: `['roles', 2, 'mission']`. */
export type FieldPath = (string | number)[];

/**
 * Where an entry names entries of other collections, as a sketch of its data: a collection's name
 * where the field holds one id, `[shape]` for each item of a list, an object for the fields inside.
 * Read from the collection's schema (`src/archive/references.ts`), in the order of its fields, which
 * is the order of the problems.
 */
export type References = CollectionName | readonly [References] | { readonly [field: string]: References };

/** A file an entry publishes beside its page, with the field that makes it (`[]` for the entry itself). */
export interface Output {
  /** URL path of the published file. */
  path: string;
  /** Field of the entry that makes it, `[]` for the entry's own page. */
  field: FieldPath;
}

/** Something a valid entry says, located at its field: a problem of its id, or a doubt to print. */
export interface Finding {
  path: FieldPath;
  message: string;
}

export interface Collection<S extends z.ZodType = z.ZodType, N extends string = string> {
  /** The Zod schema of one entry, shared by Astro's loader, the check, the JSON Schemas and the codebook. */
  schema: S;
  /**
   * One entry, as messages name it ("names person …", "each person id once"), and the archive index's
   * lookup of an entry by id (`archive.person`).
   */
  noun: N;
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
  /**
   * An entry's id from its file's path below the collection's folder, without extension; the path
   * itself when absent. The loaders and the check both take ids from here, so they never disagree.
   */
  idOf?: (path: string) => string;
  /** The order pages list the collection in; the order of the files when absent. */
  order?(a: { id: string; data: z.output<S> }, b: { id: string; data: z.output<S> }): number;
  /** Ids a route already uses as a path segment beside the entries' pages, so an entry may not take them. */
  reservedIds: readonly string[];
  /**
   * Files an entry publishes besides its page (a mission's vCards, a person's contact cards), so that
   * two entries can never write the same one. `data` may be any shape: it is read before the schema
   * has passed it.
   */
  outputs?(id: string, data: unknown): Output[];
  /** What the entry's id promises of its data (a country's file is its code), each broken promise a problem. */
  idProblems?(entry: { id: string; file: string; data: z.output<S> }): Finding[];
  /** What a valid entry says that may be a slip: printed as warnings, never refused. */
  doubts?(data: z.output<S>): Finding[];
  /** How the open data names an entry when its facts are flattened, and the keys that join it to other datasets. */
  openData: { lead: readonly LeadColumn[]; joinKeys?: readonly JoinKey[] };
}

/** Every collection, in the order messages, downloads and the codebook list them. */
// `satisfies` holds the registry to the collections the schemas' references can name, no more, no fewer.
export const COLLECTION_FACTS = { countries, organizations, people, missions, statements } satisfies Record<ReferencedCollection, Collection>;

export type CollectionName = keyof typeof COLLECTION_FACTS;

export const COLLECTION_NAMES = Object.keys(COLLECTION_FACTS) as readonly CollectionName[];

/** The schema of each collection, by name, each keeping its own type. */
export const schemas = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, COLLECTION_FACTS[name].schema])) as {
  readonly [K in CollectionName]: (typeof COLLECTION_FACTS)[K]['schema'];
};

/** The data of one entry of a collection, as its schema parses it. */
export type DataOf<K extends CollectionName> = z.output<(typeof COLLECTION_FACTS)[K]['schema']>;

/** The glob Astro's loader reads a collection's folder with: `**\/*.{md,mdx}`, `**\/*.yaml`. */
export function filePattern(collection: CollectionName): string {
  const names = COLLECTION_FACTS[collection].extensions.map((ext) => ext.slice(1));
  return names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(',')}}`;
}

/** The URL path of an entry's own page. */
export function entryPath(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}
