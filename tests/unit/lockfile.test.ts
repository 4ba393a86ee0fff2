/**
 * `npm ci`, what every CI runs, installs exactly the committed lock, and refuses a lock that lacks a
 * platform's optional binary (Astro's compiler, Pagefind, Rolldown ship one per platform). npm can
 * write such a lock (npm/cli#8320): these tests fail when it has, before a contributor on macOS,
 * Windows or Arm finds out.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO } from '../support/content-tree.ts';

interface LockPackage {
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };

test('every optional dependency of every locked package is in the lock, for every platform', () => {
  const missing: string[] = [];
  for (const [path, pkg] of Object.entries(lock.packages)) {
    for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
      // npm places a dependency beside its dependent, or higher up; the top is where these go.
      const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(`${path || '(root)'} → ${name}`);
    }
  }
  expect(missing).toEqual([]);
});

test.each([
  ['linux', 'x64'],
  ['linux', 'arm64'],
  ['darwin', 'x64'],
  ['darwin', 'arm64'],
  ['win32', 'x64'],
])('the lock holds the %s-%s binaries of Astro’s compiler and Pagefind', (os, cpu) => {
  const packages = lock.packages as Record<string, LockPackage & { os?: string[]; cpu?: string[] }>;
  const forPlatform = (prefix: string) =>
    Object.entries(packages).filter(([path, p]) => path.startsWith(`node_modules/${prefix}`) && p.os?.includes(os) && p.cpu?.includes(cpu));
  expect(forPlatform('@astrojs/compiler-binding-').length).toBeGreaterThan(0);
  expect(forPlatform('@pagefind/').length).toBe(1);
});

test('npm install leaves the committed lock as it is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'archive-lock-'));
  try {
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(REPO, file), join(dir, file));
    execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'pipe' });
    expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(readFileSync(join(REPO, 'package-lock.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
