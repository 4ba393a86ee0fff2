import { expect, test } from 'vitest';

// Astro 7 and Vitest 5 need Node >= 22.12; the npm scripts run on the pinned `node` devDependency.
test('npm scripts run on Node 22 or newer', () => {
  const [major, minor] = process.versions.node.split('.').map(Number);
  expect(major! > 22 || (major === 22 && minor! >= 12)).toBe(true);
});
