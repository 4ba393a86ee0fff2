/**
 * Vitest global setup for the build and browser projects: builds the real site once into `dist/`
 * (unless SKIP_BUILD=1 and a build exists) and serves it with nginx and the configuration the project
 * ships for real hosts, so the browser sees the headers readers get. Tests read the base URL with
 * `inject('baseUrl')` and the folder with `inject('distDir')`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './astro.ts';
import { startNginx } from './nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

interface Shared {
  site: Promise<{ baseUrl: string; distDir: string; stop(): Promise<void> }>;
  users: number;
}
const SHARED = Symbol.for('election-archive.test-site');
type WithShared = typeof globalThis & { [SHARED]?: Shared };

/**
 * The build and browser projects both use this setup; Vitest runs each project's setup in the same
 * process, so the site is built and served once and shared (it was built twice: about a minute).
 */
function sharedSite(): Shared {
  const g = globalThis as WithShared;
  g[SHARED] ??= {
    users: 0,
    site: (async () => {
      const distDir = resolve(root, 'dist');
      if (!(process.env.SKIP_BUILD === '1' && existsSync(resolve(distDir, 'index.html')))) await buildSite(root);
      const server = await startNginx(distDir);
      return { baseUrl: server.baseUrl, distDir, stop: server.stop };
    })(),
  };
  return g[SHARED];
}

export default async function setup(project: TestProject) {
  const shared = sharedSite();
  shared.users++;
  const site = await shared.site;
  project.provide('baseUrl', site.baseUrl);
  project.provide('distDir', site.distDir);
  return async () => {
    if (--shared.users === 0) {
      delete (globalThis as WithShared)[SHARED];
      await site.stop();
    }
  };
}
