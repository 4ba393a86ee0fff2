import { describe, expect, test } from 'vitest';
import { likelyDuplicates } from '../../src/people/duplicates.ts';

const pairs = (people: { id: string; name: string; ru?: string; distinctFrom?: string[] }[]) =>
  likelyDuplicates(people).map((d) => `${d.id} ~ ${d.other}: ${d.why}`);

describe('likelyDuplicates', () => {
  test('the same name, whatever its diacritics, case or script', () => {
    expect(
      pairs([
        { id: 'jaroslaw-domanski', name: 'Jarosław Domański' },
        { id: 'jaroslaw-domanski-2', name: 'JAROSLAW DOMANSKI' },
      ]),
    ).toEqual(['jaroslaw-domanski-2 ~ jaroslaw-domanski: the same name']);
    expect(
      pairs([
        { id: 'a', name: 'Ivan Petrov' },
        { id: 'b', name: 'Иван Петров' },
      ]),
    ).toEqual(['b ~ a: the same name']);
  });
  test('transliteration variants and a middle name', () => {
    expect(
      pairs([
        { id: 'kristian-vigenin', name: 'Kristian Vigenin' },
        { id: 'christian-vigenine', name: 'Christian Vigenine' },
      ]),
    ).toEqual(['kristian-vigenin ~ christian-vigenine: names that sound alike in Latin script']);
    expect(
      pairs([
        { id: 'urszula-gacek', name: 'Urszula Gacek' },
        { id: 'urszula-jozefa-gacek', name: 'Urszula Józefa Gacek' },
      ]),
    ).toHaveLength(1);
  });
  test('an initial meets the full name and other initials, not another given name', () => {
    expect(
      pairs([
        { id: 'o-murphy', name: 'O. Murphy' },
        { id: 'oliver-murphy', name: 'Oliver Murphy' },
      ]),
    ).toEqual(['oliver-murphy ~ o-murphy: the same family name and initial']);
    expect(
      pairs([
        { id: 'anna-smith', name: 'Anna Smith' },
        { id: 'john-smith', name: 'John Smith' },
        { id: 'andrew-smith', name: 'Andrew Smith' },
      ]),
    ).toEqual([]);
  });
  test('the same Russian name', () => {
    expect(
      pairs([
        { id: 'a', name: 'Gatsek', ru: 'Гацек' },
        { id: 'b', name: 'Gacek', ru: 'Гацек' },
      ]),
    ).toEqual(['b ~ a: the same Russian name']);
  });
  test('people declared distinct are not reported, from either side', () => {
    expect(
      pairs([
        { id: 'a', name: 'Ana Example' },
        { id: 'b', name: 'Ana Example', distinctFrom: ['a'] },
      ]),
    ).toEqual([]);
    expect(
      pairs([
        { id: 'a', name: 'Ana Example', distinctFrom: ['b'] },
        { id: 'b', name: 'Ana Example' },
      ]),
    ).toEqual([]);
  });
  test('one report per person, in time linear in the number of people (20,000 of one name)', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `p${String(i).padStart(5, '0')}`, name: 'Anna Smith' }));
    expect(likelyDuplicates(many)).toHaveLength(19_999);
  });
});
