/** The forms of a country's name its page is searched by (src/search/names.ts), with lvovich's declension. */
import { describe, expect, test } from 'vitest';
import { searchNames } from '../../src/search/names.ts';

/** A Russian place name in the forms a Russian search finds it by. */
const russianCaseForms = (name: string) => searchNames('ru', name);

describe('Russian case forms', () => {
  test('a name in a consonant: nominative, genitive and prepositional (the accusative is the nominative)', () => {
    expect(russianCaseForms('Казахстан')).toEqual(['Казахстан', 'Казахстана', 'Казахстане']);
    // lvovich declines these only when told the name is masculine, which its last letter says.
    expect(russianCaseForms('Кипр')).toEqual(['Кипр', 'Кипра', 'Кипре']);
    expect(russianCaseForms('Лихтенштейн')).toEqual(['Лихтенштейн', 'Лихтенштейна', 'Лихтенштейне']);
  });

  test('names in -а and -я, with their accusative', () => {
    expect(russianCaseForms('Польша')).toEqual(['Польша', 'Польши', 'Польшу', 'Польше']);
    expect(russianCaseForms('Литва')).toEqual(['Литва', 'Литвы', 'Литву', 'Литве']);
    expect(russianCaseForms('Германия')).toEqual(['Германия', 'Германии', 'Германию']);
  });

  test('compound names decline each word that declines', () => {
    expect(russianCaseForms('Северная Македония')).toEqual(['Северная Македония', 'Северной Македонии', 'Северную Македонию']);
    expect(russianCaseForms('Босния и Герцеговина')).toEqual(['Босния и Герцеговина', 'Боснии и Герцеговины', 'Боснию и Герцеговину', 'Боснии и Герцеговине']);
    expect(russianCaseForms('Российская Федерация')).toEqual(['Российская Федерация', 'Российской Федерации', 'Российскую Федерацию']);
  });

  test('names that are not declined, or whose cases the stemmer already joins, stay as they are', () => {
    for (const name of ['США', 'Монако', 'Сан-Марино', 'Беларусь', 'Нидерланды']) expect(russianCaseForms(name), name).toEqual([name]);
  });
});

test('English names are searched as they are written', () => {
  expect(searchNames('en', 'Kazakhstan')).toEqual(['Kazakhstan']);
  expect(searchNames('ru', 'Казахстан')).toEqual(['Казахстан', 'Казахстана', 'Казахстане']);
});
