import { describe, expect, test } from 'vitest';
import { jsonLdScript, organizationJsonLd, personJsonLd, type JsonLd, type PersonInput } from '../../src/contacts/jsonld.ts';

const oscePa = { name: 'OSCE Parliamentary Assembly', shortName: 'OSCE PA', url: 'https://www.oscepa.org/' };

const guido: PersonInput = {
  name: 'Guido Almerigogna',
  jobTitle: 'Executive Advisor',
  affiliation: oscePa,
  contactPoints: [
    {
      contactType: 'Spokesperson for the OSCE PA observer team',
      phone: '+4560109772',
      email: 'guido.almerigogna@oscepa.dk',
    },
  ],
};

/** Every value anywhere in the tree, to look for leaks of absent fields. */
function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value];
}

describe('personJsonLd', () => {
  test('builds a Person with affiliation and contact points', () => {
    expect(personJsonLd(guido, { url: 'https://example.org/people/guido-almerigogna/' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Guido Almerigogna',
      jobTitle: 'Executive Advisor',
      url: 'https://example.org/people/guido-almerigogna/',
      affiliation: {
        '@type': 'Organization',
        name: 'OSCE Parliamentary Assembly',
        alternateName: 'OSCE PA',
        url: 'https://www.oscepa.org/',
      },
      contactPoint: [
        {
          '@type': 'ContactPoint',
          contactType: 'Spokesperson for the OSCE PA observer team',
          telephone: '+4560109772',
          email: 'guido.almerigogna@oscepa.dk',
        },
      ],
    });
  });

  test('adds nationality, honorific, areaServed and availableLanguage when given', () => {
    const ld = personJsonLd({
      name: 'Ingibjörg Sólrún Gísladóttir',
      honorific: 'Ambassador',
      nationality: { name: 'Iceland', code: 'is' },
      contactPoints: [{ contactType: 'Press', email: 'press@example.org', areaServed: 'KZ', availableLanguage: ['en', 'ru'] }],
    });
    expect(ld['honorificPrefix']).toBe('Ambassador');
    expect(ld['nationality']).toEqual({ '@type': 'Country', name: 'Iceland', identifier: 'IS' });
    expect(ld['contactPoint']).toEqual([
      { '@type': 'ContactPoint', contactType: 'Press', email: 'press@example.org', areaServed: 'KZ', availableLanguage: ['en', 'ru'] },
    ]);
  });

  test('leaves out unknown fields instead of writing undefined or null', () => {
    const ld = personJsonLd({ name: 'X', contactPoints: [{ contactType: 'Press', phone: '+4560109772' }] });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'X',
      contactPoint: [{ '@type': 'ContactPoint', contactType: 'Press', telephone: '+4560109772' }],
    });
    const json = jsonLdScript(personJsonLd({ name: 'X', affiliation: { name: 'Y' } }));
    expect(json).not.toMatch(/null|undefined/);
    expect(leaves(ld)).not.toContain(undefined);
  });

  test('leaves out an empty list of contact points', () => {
    expect(personJsonLd({ name: 'X', contactPoints: [] })).not.toHaveProperty('contactPoint');
  });

  test('rejects a telephone not in E.164', () => {
    expect(() => personJsonLd({ name: 'X', contactPoints: [{ contactType: 'Press', phone: '60 10 97 72' }] })).toThrow(RangeError);
  });

  test('sets @id when asked', () => {
    expect(personJsonLd(guido, { id: 'https://example.org/people/guido-almerigogna/#person' })['@id']).toBe(
      'https://example.org/people/guido-almerigogna/#person',
    );
  });
});

describe('organizationJsonLd', () => {
  test('builds an Organization with its parent', () => {
    expect(
      organizationJsonLd({
        name: 'OSCE Office for Democratic Institutions and Human Rights',
        shortName: 'ODIHR',
        parent: { name: 'Organization for Security and Co-operation in Europe', shortName: 'OSCE' },
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'OSCE Office for Democratic Institutions and Human Rights',
      alternateName: 'ODIHR',
      parentOrganization: {
        '@type': 'Organization',
        name: 'Organization for Security and Co-operation in Europe',
        alternateName: 'OSCE',
      },
    });
  });

  test('writes only the name when that is all it knows', () => {
    expect(organizationJsonLd({ name: 'OSCE PA' })).toEqual({ '@context': 'https://schema.org', '@type': 'Organization', name: 'OSCE PA' });
  });
});

describe('jsonLdScript', () => {
  const hostile: JsonLd = personJsonLd({
    name: '</script><script>alert(1)</script>',
    jobTitle: 'A & B <!-- > \u2028\u2029',
  });

  test('cannot be broken out of by </script> or an HTML comment', () => {
    const out = jsonLdScript(hostile);
    expect(out).not.toMatch(/[<>&]/);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(out).toContain('\\u003c/script\\u003e');
  });

  test('escapes U+2028 and U+2029', () => {
    const out = jsonLdScript(hostile);
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(out).toContain('\\u2028\\u2029');
  });

  test('parses back to the same object', () => {
    expect(JSON.parse(jsonLdScript(hostile))).toEqual(hostile);
  });

  test('is deterministic', () => {
    expect(jsonLdScript(personJsonLd(guido))).toBe(jsonLdScript(personJsonLd(structuredClone(guido))));
  });
});
