import { expect, test } from 'vitest';
import { capitalNames, countryAliases } from '../../src/search/aliases.ts';

test('Kazakhstan is findable by its Russian, German and Spanish names', () => {
  const names = countryAliases('KZ', 'Kazakhstan');
  expect(names).toContain('Казахстан');
  expect(names).toContain('Kasachstan');
  expect(names).toContain('Kazajistán');
  // And by its name in its own language.
  expect(names).toContain('Қазақстан');
  expect(names).not.toContain('Kazakhstan');
  expect(new Set(names).size).toBe(names.length);
});

test('an unknown code has no aliases rather than an error', () => {
  expect(countryAliases('XX', 'Nowhere')).toEqual([]);
});

test('a country is found by its capital today and by the names its sources give the capital', () => {
  expect(capitalNames('KZ', [{ name: 'Nur-Sultan', ru: { name: 'Нур-Султан' } }])).toEqual(['Astana', 'Nur-Sultan', 'Нур-Султан']);
  expect(capitalNames('KZ')).toEqual(['Astana']);
  expect(capitalNames('XX')).toEqual([]);
});
