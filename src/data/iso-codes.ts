/**
 * ISO 3166-1 codes for the join keys of the downloads, from i18n-iso-countries, the archive's one
 * source for them. Correlates of War country codes are not given: no maintained package publishes
 * them, and the archive does not keep a table of its own.
 */
import isoCountries from 'i18n-iso-countries';

/** The alpha-3 code of an alpha-2 one (`kz` → `KAZ`), or undefined where ISO assigns none. */
export const alpha3 = (iso2: unknown): string | undefined => (typeof iso2 === 'string' ? isoCountries.alpha2ToAlpha3(iso2.toUpperCase()) : undefined);

/** The numeric code of an alpha-2 one (`KZ` → `398`). */
export const isoNumeric = (iso2: unknown): string | undefined => (typeof iso2 === 'string' ? isoCountries.alpha2ToNumeric(iso2) : undefined);

/** The JSON Schema of an alpha-3 code. */
export const ISO3 = { type: 'string', pattern: '^[A-Z]{3}$' } as const;
