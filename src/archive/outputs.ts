/**
 * The files each entry publishes, so that two entries can never write the same one: the second
 * would silently replace the first (a spokesperson's vCard replaced by another's, a page by another
 * page). Ids are unique within a collection, but derived names are not: a contact point's vCard is
 * named from the person and the mission *or* organization it speaks for, and a mission id
 * `kz/2021-parliamentary` and an organization id `kz-2021-parliamentary` give the same name.
 */
import { COLLECTION_FACTS, entryPath, type CollectionName, type Output } from './collections.ts';

export function isReservedId(collection: CollectionName, id: string): boolean {
  return COLLECTION_FACTS[collection].reservedIds.includes(id);
}

/** The URL paths an entry publishes, each with the field that makes it: its page, then what its collection adds. */
export function outputsOf(collection: CollectionName, id: string, data: unknown): Output[] {
  return [{ path: entryPath(collection, id), field: [] }, ...(COLLECTION_FACTS[collection].outputs?.(id, data) ?? [])];
}
