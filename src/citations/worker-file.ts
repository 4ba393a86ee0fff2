/**
 * Where the APA worker's source is, for `vite.define` in astro.config.mjs and vitest.config.ts: the
 * bundle that renders the pages does not sit beside src/citations/, so it is told. Node runs the
 * worker's TypeScript itself (type stripping), with the packages the project has installed.
 */
export const APA_WORKER_DEFINE = { __APA_WORKER__: JSON.stringify(new URL('./apa-worker.ts', import.meta.url).href) };
