/** Countries: `content/countries/<iso2>.mdx`, one per OSCE State or Partner, named by its ISO code. */
import { countrySchema } from '../../schemas/country.ts';
import { alpha3, ISO3, isoNumeric } from '../../data/iso-codes.ts';
import type { Collection } from '../collections.ts';

export const countries: Collection<typeof countrySchema, 'country'> = {
  schema: countrySchema,
  noun: 'country',
  aNoun: 'a country',
  title: 'Countries',
  extensions: ['.md', '.mdx'],
  folders: { depth: 0 },
  expected: 'content/countries/<iso2>.mdx',
  fileOf: (id) => `${id}.mdx`,
  order: (a, b) => a.data.name.localeCompare(b.data.name, 'en'),
  reservedIds: [],
  // Pages, the map and the downloads find a country by its code: the file name and the code are one.
  idProblems: ({ id, data }) =>
    data.iso2.toLowerCase() === id ? [] : [{ path: ['iso2'], message: `is "${data.iso2}" but the file is named ${id} — expected iso2 "${id.toUpperCase()}"` }],
  openData: {
    lead: [{ name: 'country', description: 'The country’s id, its ISO 3166-1 alpha-2 code in lower case: a record of countries.json.', value: (e) => e.id }],
    joinKeys: [
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
        value: (r) => isoNumeric(r.iso2),
      },
    ],
  },
};
