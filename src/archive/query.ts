/**
 * The archive as pages see it: every collection loaded once per build and indexed both ways
 * (mission → statements, person → missions …), so a page is a lookup, never a scan of everything.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byDateDesc, indexArchive, type ArchiveIndex } from './relations.ts';

export type Country = CollectionEntry<'countries'>;
export type Organization = CollectionEntry<'organizations'>;
export type Person = CollectionEntry<'people'>;
export type Mission = CollectionEntry<'missions'>;
export type Statement = CollectionEntry<'statements'>;

export type Archive = ArchiveIndex<Country, Organization, Person, Mission, Statement>;

let loaded: Promise<Archive> | undefined;

/** The whole archive, loaded and indexed on first use and shared by every page of the build. */
export function getArchive(): Promise<Archive> {
  loaded ??= (async () => {
    const [countries, organizations, people, missions, statements] = await Promise.all([
      getCollection('countries'),
      getCollection('organizations'),
      getCollection('people'),
      getCollection('missions'),
      getCollection('statements'),
    ]);
    return indexArchive({ countries, organizations, people, missions, statements });
  })();
  return loaded;
}

export { byDateDesc };
