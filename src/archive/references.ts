/**
 * Where an entry names entries of other collections, read from its collection's schema: every field
 * made with one of the schemas' id references (`countryRef()`, `statementRef()` …) carries the
 * collection it names (`REFERENCE_FIELDS`), so the schema is the one place a reference is declared.
 */
import type { z } from 'astro/zod';
import { REFERENCE_FIELDS } from '../schemas/common.ts';
import { COLLECTION_FACTS, type CollectionName, type References } from './collections.ts';

/** The parts of Zod's definition the walk reads: an object's fields, a list's items, a wrapper's inside. */
interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

/**
 * The references of values `schema` accepts, as a sketch of their data (see `References`), or
 * `undefined` when it names no entry. Wrappers (optional, default, pipes) are seen through;
 * refinements are checks on the same schema. The schemas use no unions: were one to hold an id, the
 * registry's test against the published JSON Schemas would find it missing here.
 *
 * @internal Exported for its unit test, which reads a small schema of its own.
 */
export function referencesIn(schema: z.ZodType): References | undefined {
  const own = REFERENCE_FIELDS.get(schema);
  if (own) return own.collection;
  const def = (schema as unknown as { _zod: { def: Definition } })._zod.def;
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).flatMap(([field, inner]) => {
        const found = referencesIn(inner);
        return found === undefined ? [] : [[field, found] as const];
      });
      return fields.length ? Object.fromEntries(fields) : undefined;
    }
    case 'array': {
      const items = def.element && referencesIn(def.element);
      return items === undefined ? undefined : [items];
    }
    case 'pipe':
      return def.in && referencesIn(def.in);
    default:
      return def.innerType && referencesIn(def.innerType);
  }
}

const byCollection = new Map<CollectionName, References>();

/** The references an entry of `collection` makes, as its schema declares them (`{}` for none). */
export function collectionReferences(collection: CollectionName): References {
  let found = byCollection.get(collection);
  if (!found) byCollection.set(collection, (found = referencesIn(COLLECTION_FACTS[collection].schema) ?? {}));
  return found;
}
