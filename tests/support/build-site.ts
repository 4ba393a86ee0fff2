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

export default async function setup(project: TestProject) {
  const distDir = resolve(root, 'dist');
  if (!(process.env.SKIP_BUILD === '1' && existsSync(resolve(distDir, 'index.html')))) {
    await buildSite(root);
  }
  const server = await startNginx(distDir);
  project.provide('baseUrl', server.baseUrl);
  project.provide('distDir', distDir);
  return async () => server.stop();
}
