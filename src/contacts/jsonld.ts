/**
 * schema.org JSON-LD for people and organizations. The builders take small plain inputs, not
 * content entries, so pages decide what they know and these functions never guess: a field the
 * input lacks is left out, never written as `null`.
 */
import { E164 } from '../format/patterns.ts';

type Json = string | number | boolean | Json[] | { [key: string]: Json };
export type JsonLd = { [key: string]: Json };

export interface OrganizationInput {
  name: string;
  /** Acronym readers know it by, e.g. `ODIHR`. */
  shortName?: string;
  url?: string;
  /** `@id`, so other nodes on the page can point at the same organization. */
  id?: string;
  parent?: OrganizationInput;
}

interface CountryInput {
  name: string;
  /** ISO 3166-1 alpha-2, any case. */
  code?: string;
}

interface ContactPointInput {
  /** E.g. `Spokesperson for the OSCE PA observer team`. */
  contactType: string;
  /** E.164, e.g. `+4560109772`. */
  phone?: string;
  email?: string;
  areaServed?: string | string[];
  availableLanguage?: string | string[];
}

export interface PersonInput {
  name: string;
  /** E.g. `Ambassador`, only if a source uses it. */
  honorific?: string;
  jobTitle?: string;
  affiliation?: OrganizationInput;
  nationality?: CountryInput;
  contactPoints?: ContactPointInput[];
}

export interface PersonJsonLdOptions {
  /** The person's page on this site. */
  url?: string;
  /** `@id` of the node. */
  id?: string;
}

const CONTEXT = 'https://schema.org';

type Loose = { [key: string]: Json | undefined };

/** Drops absent values and empty lists, so no `undefined` or `null` reaches the page. */
function defined(fields: Loose): JsonLd {
  const out: JsonLd = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

function e164(phone: string): string {
  if (!E164.test(phone)) throw new RangeError(`expected an E.164 phone number, got ${JSON.stringify(phone)}`);
  return phone;
}

function organizationNode(org: OrganizationInput): JsonLd {
  return defined({
    '@type': 'Organization',
    '@id': org.id,
    name: org.name,
    alternateName: org.shortName,
    url: org.url,
    parentOrganization: org.parent && organizationNode(org.parent),
  });
}

function countryNode(country: CountryInput): JsonLd {
  return defined({ '@type': 'Country', name: country.name, identifier: country.code?.toUpperCase() });
}

function contactPointNode(point: ContactPointInput): JsonLd {
  return defined({
    '@type': 'ContactPoint',
    contactType: point.contactType,
    telephone: point.phone === undefined ? undefined : e164(point.phone),
    email: point.email,
    areaServed: point.areaServed,
    availableLanguage: point.availableLanguage,
  });
}

/** A top-level Organization node. */
export function organizationJsonLd(org: OrganizationInput): JsonLd {
  return { '@context': CONTEXT, ...organizationNode(org) };
}

/** A top-level Person node with its affiliation and published contact points. */
export function personJsonLd(person: PersonInput, opts: PersonJsonLdOptions = {}): JsonLd {
  return {
    '@context': CONTEXT,
    ...defined({
      '@type': 'Person',
      '@id': opts.id,
      name: person.name,
      honorificPrefix: person.honorific,
      jobTitle: person.jobTitle,
      url: opts.url,
      affiliation: person.affiliation && organizationNode(person.affiliation),
      nationality: person.nationality && countryNode(person.nationality),
      contactPoint: person.contactPoints?.map(contactPointNode),
    }),
  };
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * The text to put inside `<script type="application/ld+json">`. The HTML parser ends a script at
 * the first `</script`, whatever JSON thinks, so `<`, `>` and `&` become `\u` escapes, which JSON
 * reads back as the same characters; U+2028/2029 are escaped for parsers that still treat them as
 * line breaks.
 */
export function jsonLdScript(obj: JsonLd): string {
  return JSON.stringify(obj).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char]!);
}
