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
 * - the frozen archive again with the pseudo-locale (`src/i18n/pseudo.ts`), for the tests that prove
 *   a third language needs no page file and fits: `inject('pseudoBaseUrl')`, `inject('pseudoDistDir')`.
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
    pseudoBaseUrl: string;
    pseudoDistDir: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

interface Site {
  baseUrl: string;
  distDir: string;
  stop(): Promise<void>;
}

async function buildAndServe(distDir: string, contentDir?: string, env?: Record<string, string>): Promise<Site> {
  if (!(process.env.SKIP_BUILD === '1' && existsSync(resolve(distDir, 'index.html')))) {
    await buildSite(
      root,
      contentDir ? { contentDir, outDir: distDir, cacheDir: resolve(root, 'node_modules/.cache/archive-kz'), ...(env ? { env } : {}) } : {},
    );
  }
  const server = await startNginx(distDir);
  return { baseUrl: server.baseUrl, distDir, stop: server.stop };
}

interface Shared {
  sites: Promise<{ fixture: Site; archive: Site; pseudo: Site }>;
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
      // The fixture archive again with the pseudo-locale (tests/build/pseudo-locale.test.ts).
      const pseudo = await buildAndServe(resolve(root, 'node_modules/.cache/archive-kz-pseudo-site'), KZ_CONTENT, { ARCHIVE_PSEUDO_LOCALE: '1' });
      return { fixture, archive, pseudo };
    })(),
  };
  return g[SHARED];
}

export default async function setup(project: TestProject) {
  const shared = sharedSites();
  shared.users++;
  const { fixture, archive, pseudo } = await shared.sites;
  project.provide('baseUrl', fixture.baseUrl);
  project.provide('distDir', fixture.distDir);
  project.provide('archiveBaseUrl', archive.baseUrl);
  project.provide('archiveDistDir', archive.distDir);
  project.provide('pseudoBaseUrl', pseudo.baseUrl);
  project.provide('pseudoDistDir', pseudo.distDir);
  return async () => {
    if (--shared.users === 0) {
      delete (globalThis as WithShared)[SHARED];
      await Promise.all([fixture.stop(), archive.stop(), pseudo.stop()]);
    }
  };
}
