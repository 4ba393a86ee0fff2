/**
 * Keys for joining the archive's data with the datasets researchers already use, added to the
 * records of the downloads (JSON and CSV) and described in the codebook. Each collection declares
 * its own in the registry (`src/archive/collections/`); an election is keyed, as in NELDA and V-Dem's
 * election data, by its country, day and kind, and countries by their ISO codes (`iso-codes.ts`).
 */
import { COLLECTION_FACTS, type CollectionName } from '../archive/collections.ts';
import { fieldColumns, type Column } from './csv.ts';
import type { DataRecord } from './records.ts';

export interface JoinKey {
  name: string;
  /** What the key is and which datasets use it, in English like the schemas' descriptions. */
  description: string;
  /** Its JSON Schema. */
  schema: { type: 'string'; pattern: string };
  /** Its value for a record, or undefined where ISO assigns no code; `iso2` finds a country's code by its id. */
  value: (record: DataRecord, iso2: (countryId: string) => string | undefined) => string | undefined;
}

/** The join keys of a collection's records, in the order they follow its fields. */
export function joinKeysOf(collection: CollectionName): readonly JoinKey[] {
  return COLLECTION_FACTS[collection].openData.joinKeys ?? [];
}

/** The records with their join keys after their fields; `iso2` finds a country's ISO code by its id. */
export function withJoinKeys(collection: CollectionName, records: readonly DataRecord[], iso2: (countryId: string) => string | undefined): DataRecord[] {
  const keys = joinKeysOf(collection);
  return records.map((r) => {
    const out: DataRecord = { ...r };
    for (const k of keys) {
      const value = k.value(r, iso2);
      if (value !== undefined) out[k.name] = value;
    }
    return out;
  });
}

/** The join keys as JSON Schema properties. */
export function joinKeyProperties(collection: CollectionName): Record<string, object> {
  return Object.fromEntries(joinKeysOf(collection).map((k) => [k.name, { ...k.schema, description: k.description }]));
}

/** The join keys as CSV columns, after the schema's fields. */
export function joinKeyColumns(collection: CollectionName): Column[] {
  return fieldColumns({ properties: joinKeyProperties(collection) });
}
