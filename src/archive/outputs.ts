/**
 * The files each entry publishes, so that two entries can never write the same one: the second
 * would silently replace the first (a spokesperson's vCard replaced by another's, a page by another
 * page). Ids are unique within a collection, but derived names are not: a contact point's vCard is
 * named from the person and the mission *or* organization it speaks for, and a mission id
 * `kz/2021-parliamentary` and an organization id `kz-2021-parliamentary` give the same name.
 */
import { contactKey } from '../contacts/directory.ts';
import { COLLECTION_FACTS, entryPath } from './collections.ts';
import type { CollectionName, PersonData } from '../schemas/index.ts';

export interface Output {
  /** URL path of the published file. */
  path: string;
  /** Field of the entry that makes it, `[]` for the entry's own page. */
  field: (string | number)[];
}

export function isReservedId(collection: CollectionName, id: string): boolean {
  return COLLECTION_FACTS[collection].reservedIds.includes(id);
}

/** The URL paths an entry publishes, each with the field that makes it. */
export function outputsOf(collection: CollectionName, id: string, data: unknown): Output[] {
  const page: Output = { path: entryPath(collection, id), field: [] };
  switch (collection) {
    case 'missions':
      return [page, { path: `/missions/${id}/contacts.vcf`, field: [] }];
    case 'people': {
      const points = (data as PersonData | undefined)?.contactPoints ?? [];
      return [
        page,
        ...points.flatMap((point, i) => (point?.organization ? [{ path: `/contacts/${contactKey(id, point)}.vcf`, field: ['contactPoints', i] }] : [])),
      ];
    }
    default:
      return [page];
  }
}
