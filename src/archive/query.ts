/**
 * The archive as pages see it: every collection loaded once per build and indexed both ways
 * (mission → statements, person → missions …), so a page is a lookup, never a scan of everything.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexArchive, type ArchiveIndex } from './relations.ts';
import { COLLECTION_NAMES, type CollectionName } from './collections.ts';
import { directoryEntries, type DirectoryEntry } from '../contacts/directory.ts';

export type Country = CollectionEntry<'countries'>;
export type Person = CollectionEntry<'people'>;
export type Mission = CollectionEntry<'missions'>;
export type Statement = CollectionEntry<'statements'>;
type Translation = CollectionEntry<'translations'>;

export type Archive = ArchiveIndex<{ [K in CollectionName]: CollectionEntry<K> }> & {
  /** Every published contact point, and the same grouped by the mission it speaks for. */
  contacts: DirectoryEntry[];
  contactsByMission: Map<string, DirectoryEntry[]>;
  /** Bodies' translations by id (`statements/<id>/ru`): a page finds its own without asking for one that does not exist. */
  translation: Map<string, Translation>;
};

let loaded: Promise<Archive> | undefined;

/** The whole archive, loaded and indexed on first use and shared by every page of the build. */
export function getArchive(): Promise<Archive> {
  loaded ??= (async () => {
    // Every collection the registry declares, each keeping its own entry type, and the bodies' translations.
    const [loaded, translations] = await Promise.all([
      Promise.all(COLLECTION_NAMES.map(async (name) => [name, await getCollection(name)] as const)),
      getCollection('translations'),
    ]);
    const index = indexArchive(Object.fromEntries(loaded) as { [K in CollectionName]: CollectionEntry<K>[] });
    const contacts = directoryEntries(index.people, index.statement);
    const contactsByMission = new Map<string, DirectoryEntry[]>();
    for (const c of contacts) {
      if (!c.point.mission) continue;
      const list = contactsByMission.get(c.point.mission);
      if (list) list.push(c);
      else contactsByMission.set(c.point.mission, [c]);
    }
    return { ...index, contacts, contactsByMission, translation: new Map(translations.map((t) => [t.id, t])) };
  })();
  return loaded;
}
