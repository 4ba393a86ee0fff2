import { expect, test } from 'vitest';
import { countryAliases } from '../../src/search/aliases.ts';

test('Kazakhstan is findable by its Russian, German and Spanish names', () => {
  const names = countryAliases('KZ', 'Kazakhstan');
  expect(names).toContain('Казахстан');
  expect(names).toContain('Kasachstan');
  expect(names).toContain('Kazajistán');
  expect(names).not.toContain('Kazakhstan');
  expect(new Set(names).size).toBe(names.length);
});

test('an unknown code has no aliases rather than an error', () => {
  expect(countryAliases('XX', 'Nowhere')).toEqual([]);
});
