import { describe, expect, test } from 'vitest';
import { PARTICIPATING_STATES, countryIdOf, findCountries, findCountryMentions, findDemonyms, findOtherCountryNames } from '../../src/importer/countries.ts';
import { organizationIdOf } from '../../src/importer/organizations.ts';

describe('the table of participating States', () => {
  test('has the 57 States, each id once, in ISO alpha-2 lower case', () => {
    const ids = PARTICIPATING_STATES.map((s) => s.id);
    expect(ids).toHaveLength(57);
    expect(new Set(ids).size).toBe(57);
    expect(ids.every((id) => /^[a-z]{2}$/.test(id))).toBe(true);
  });

  test('ICU names each code by one of its names (catches a swapped code)', () => {
    const display = new Intl.DisplayNames(['en'], { type: 'region' });
    const disagreeing = PARTICIPATING_STATES.filter((s) => !s.names.includes(display.of(s.id.toUpperCase())!.replace('&', 'and')));
    // ICU calls VA "Vatican City"; the OSCE participant is the Holy See, which the table keeps apart.
    expect(disagreeing.map((s) => s.id)).toEqual(['va']);
  });

  test('every variant of a name places its State, whatever the case and spacing', () => {
    expect(countryIdOf('Finland')).toBe('fi');
    expect(countryIdOf('the netherlands')).toBe('nl');
    expect(countryIdOf('Republic of  North Macedonia')).toBe('mk');
    expect(countryIdOf('Türkiye')).toBe('tr');
    expect(countryIdOf('Kosovo')).toBeUndefined();
  });
});

describe('findCountries', () => {
  test('lists ids in order of first mention, each once', () => {
    expect(findCountries('Observers in Kazakhstan, from Bulgaria; Kazakhstan again.')).toEqual(['kz', 'bg']);
  });

  test('prefers the longest name: "Republic of North Macedonia" is one mention', () => {
    const mentions = findCountryMentions('the REPUBLIC of NORTH MACEDONIA*, MONTENEGRO*');
    expect(mentions.map((m) => [m.id, m.name])).toEqual([
      ['mk', 'REPUBLIC of NORTH MACEDONIA'],
      ['me', 'MONTENEGRO'],
    ]);
  });

  test('reads capitals but not a name in lower case only', () => {
    expect(findCountries('GEORGIA and turkey and georgia')).toEqual(['ge']);
  });

  test('needs whole words, also around letters outside ASCII', () => {
    expect(findCountries('Georgian wine, Polandish, Türkiye’s role, Poland’s campaign')).toEqual(['tr', 'pl']);
  });

  test('an adjective is not a country', () => {
    expect(findCountries('the Kazakh authorities and the Slovenian Foreign Minister')).toEqual([]);
  });
});

describe('findOtherCountryNames', () => {
  test('reports countries outside the table, once each', () => {
    expect(findOtherCountryNames('Observers from Kosovo, Afghanistan and Kosovo')).toEqual(['Kosovo', 'Afghanistan']);
  });

  test('reports a name printed in capitals too', () => {
    expect(findOtherCountryNames('ANDORRA and KOSOVO align themselves')).toEqual(['KOSOVO']);
  });

  test('does not take the European Union or a participating State for an unknown country', () => {
    expect(findOtherCountryNames('The European Union and the United Nations welcome Russia and the United States')).toEqual([]);
  });

  test('ignores a lower-case common noun', () => {
    expect(findOtherCountryNames('a jersey and a guinea pig')).toEqual([]);
  });
});

describe('findDemonyms', () => {
  test('gives adjectives with their ids, once each', () => {
    expect(findDemonyms('The Slovenian minister and the Kazakh side, and Slovenian again')).toEqual([
      { name: 'Slovenian', id: 'si' },
      { name: 'Kazakh', id: 'kz' },
    ]);
  });

  test('does not read a longer word', () => {
    expect(findDemonyms('Kazakhstan')).toEqual([]);
  });
});

describe('organizationIdOf', () => {
  test.each([
    ['OSCE Parliamentary Assembly', 'osce-pa'],
    ['OSCE Chairpersonship', 'osce-chairpersonship'],
    ['the Ministry of Foreign Affairs of Kazakhstan', 'kz-mfa'],
    ['European  Union', 'eu'],
    ['Trend', 'trend'],
    ['OSCE', 'osce'],
    ['OSCE Office for Democratic Institutions and Human Rights', 'odihr'],
  ])('%j → %j', (name, id) => {
    expect(organizationIdOf(name)).toBe(id);
  });

  test('an unknown name is not guessed', () => {
    expect(organizationIdOf('Council of Europe')).toBeUndefined();
    expect(organizationIdOf('Ministry of Foreign Affairs')).toBeUndefined();
  });
});
