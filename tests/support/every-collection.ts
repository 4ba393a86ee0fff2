/**
 * A fixture's entries for every collection of the registry: the lists it gives, and an empty list for
 * each collection it leaves out, so a fixture names only the collections it is about and a collection
 * added to the registry needs no change to fixtures that do not use it.
 */
import { COLLECTION_NAMES, type CollectionName } from '../../src/archive/collections.ts';

export function everyCollection<T extends { [K in CollectionName]?: readonly unknown[] }>(given: T): T & { [K in Exclude<CollectionName, keyof T>]: never[] } {
  return { ...Object.fromEntries(COLLECTION_NAMES.map((c) => [c, []])), ...given } as T & { [K in Exclude<CollectionName, keyof T>]: never[] };
}
