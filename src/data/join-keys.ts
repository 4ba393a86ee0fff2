/**
 * Keys for joining the archive's data with the datasets researchers already use, added to the
 * records of the downloads (JSON and CSV) and described in the codebook. ISO 3166-1 codes come from
 * i18n-iso-countries, the archive's one source for them; an election is keyed, as in NELDA and
 * V-Dem's election data, by its country, day and kind. Correlates of War country codes are not
 * given: no maintained package publishes them, and the archive does not keep a table of its own.
 */
import isoCountries from 'i18n-iso-countries';
import type { CollectionName } from '../schemas/index.ts';
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

const alpha3 = (iso2: unknown) => (typeof iso2 === 'string' ? isoCountries.alpha2ToAlpha3(iso2.toUpperCase()) : undefined);

const ISO3 = { type: 'string', pattern: '^[A-Z]{3}$' } as const;

export const JOIN_KEYS: Partial<Record<CollectionName, readonly JoinKey[]>> = {
  countries: [
    {
      name: 'iso3',
      description: 'ISO 3166-1 alpha-3 code, e.g. `KAZ`: the country key of V-Dem (`country_text_id`), the World Bank and most cross-national datasets.',
      schema: ISO3,
      value: (r) => alpha3(r.iso2),
    },
    {
      name: 'isoNumeric',
      description: 'ISO 3166-1 numeric code, three digits, e.g. `398` (UN M49).',
      schema: { type: 'string', pattern: '^[0-9]{3}$' },
      value: (r) => (typeof r.iso2 === 'string' ? isoCountries.alpha2ToNumeric(r.iso2) : undefined),
    },
  ],
  missions: [
    {
      name: 'countryIso3',
      description:
        'ISO 3166-1 alpha-3 code of the mission’s country, e.g. `KAZ`: with `electionDay` and `election.kind`, the key of the election in NELDA and V-Dem.',
      schema: ISO3,
      value: (r, iso2) => alpha3(iso2(String(r.country))),
    },
    {
      name: 'electionDay',
      description: 'The election day (the first round), YYYY-MM-DD, as election datasets date an election.',
      schema: { type: 'string', pattern: '^(\\d{4})-(\\d{2})-(\\d{2})$' },
      value: (r) => (r.election as { rounds: string[] } | undefined)?.rounds[0],
    },
  ],
};

/** The records with their join keys after their fields; `iso2` finds a country's ISO code by its id. */
export function withJoinKeys(collection: CollectionName, records: readonly DataRecord[], iso2: (countryId: string) => string | undefined): DataRecord[] {
  const keys = JOIN_KEYS[collection] ?? [];
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
  return Object.fromEntries((JOIN_KEYS[collection] ?? []).map((k) => [k.name, { ...k.schema, description: k.description }]));
}

/** The join keys as CSV columns, after the schema's fields. */
export function joinKeyColumns(collection: CollectionName): Column[] {
  return fieldColumns({ properties: joinKeyProperties(collection) });
}
