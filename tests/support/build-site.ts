/**
 * Vitest global setup for the build and browser projects. Two sites are built once per run and
 * served by nginx with the configuration the project ships for real hosts:
 *
 * - the frozen Kazakhstan archive (`tests/fixtures/archive-kz/`), which tests that pin pages, counts
 *   and wording read: `inject('baseUrl')`, `inject('distDir')`;
 * - the real archive from `content/` into `dist/`, which tests read only for what must hold for any
 *   content (every page valid, accessible, linked, its files readable):
 *   `inject('archiveBaseUrl')`, `inject('archiveDistDir')`.
 *
 * So adding, editing or removing an entry of `content/` never turns a test red. With SKIP_BUILD=1 an
 * existing build of either is served as it is.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './astro.ts';
import { KZ_CONTENT } from './content-tree.ts';
import { startNginx } from './nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    archiveBaseUrl: string;
    archiveDistDir: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

interface Site {
  baseUrl: string;
  distDir: string;
  stop(): Promise<void>;
}

async function buildAndServe(distDir: string, contentDir?: string): Promise<Site> {
  if (!(process.env.SKIP_BUILD === '1' && existsSync(resolve(distDir, 'index.html')))) {
    await buildSite(root, contentDir ? { contentDir, outDir: distDir, cacheDir: resolve(root, 'node_modules/.cache/archive-kz') } : {});
  }
  const server = await startNginx(distDir);
  return { baseUrl: server.baseUrl, distDir, stop: server.stop };
}

interface Shared {
  sites: Promise<{ fixture: Site; archive: Site }>;
  users: number;
}
const SHARED = Symbol.for('election-archive.test-sites');
type WithShared = typeof globalThis & { [SHARED]?: Shared };

/**
 * The build and browser projects both use this setup; Vitest runs each project's setup in the same
 * process, so the sites are built and served once and shared.
 */
function sharedSites(): Shared {
  const g = globalThis as WithShared;
  g[SHARED] ??= {
    users: 0,
    sites: (async () => {
      // One after the other: two Astro builds in one process share module state.
      const archive = await buildAndServe(resolve(root, 'dist'));
      const fixture = await buildAndServe(resolve(root, 'node_modules/.cache/archive-kz-site'), KZ_CONTENT);
      return { fixture, archive };
    })(),
  };
  return g[SHARED];
}

export default async function setup(project: TestProject) {
  const shared = sharedSites();
  shared.users++;
  const { fixture, archive } = await shared.sites;
  project.provide('baseUrl', fixture.baseUrl);
  project.provide('distDir', fixture.distDir);
  project.provide('archiveBaseUrl', archive.baseUrl);
  project.provide('archiveDistDir', archive.distDir);
  return async () => {
    if (--shared.users === 0) {
      delete (globalThis as WithShared)[SHARED];
      await Promise.all([fixture.stop(), archive.stop()]);
    }
  };
}
