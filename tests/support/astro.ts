/** Builds an Astro site in-process, optionally from another content tree and into another folder. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { build } from 'astro';
import { lock } from 'proper-lockfile';
import { removeAtExit } from './cleanup.ts';

/**
 * A build of another content tree gets a cache of its own unless one is named: Astro's content store
 * keeps an entry whose text is unchanged under its old file path, so a tree built into the shared
 * cache and then deleted would leave the real site's next build importing files that are gone.
 *
 * Builds of one project root take turns, across test workers. Whatever the cacheDir, Astro writes the
 * map from content file to compiled module into `<root>/.astro/content-modules.mjs` and reads it back
 * while bundling; two builds of the same root from different content trees overwrite each other's
 * map, and a page then renders an entry whose module is missing ("Unexpected error while rendering").
 * On two cores two builds side by side take as long as one after the other, so the turn costs little.
 */
export async function buildSite(
  root: string,
  opts: { contentDir?: string; outDir?: string; cacheDir?: string; expectFailure?: boolean; env?: Record<string, string> } = {},
): Promise<void> {
  if (opts.env) return buildInChild(root, opts, opts.env);
  const previous = process.env.ARCHIVE_CONTENT_DIR;
  const ownCache = opts.contentDir && !opts.cacheDir ? mkdtempSync(join(tmpdir(), 'archive-cache-')) : undefined;
  if (ownCache) removeAtExit(ownCache);
  const cacheDir = opts.cacheDir ?? ownCache;
  const release = await takeTurn(root);
  if (opts.contentDir) process.env.ARCHIVE_CONTENT_DIR = opts.contentDir;
  try {
    // A build the test expects to fail reports through the error it throws, not the log.
    await build({
      root,
      logLevel: opts.expectFailure ? 'silent' : 'error',
      ...(opts.outDir ? { outDir: opts.outDir } : {}),
      ...(cacheDir ? { cacheDir } : {}),
    });
  } finally {
    if (opts.contentDir) {
      if (previous === undefined) delete process.env.ARCHIVE_CONTENT_DIR;
      else process.env.ARCHIVE_CONTENT_DIR = previous;
    }
    await release();
  }
}

/**
 * A build with settings of its own in the environment (the pseudo-locale), through Astro's own API in
 * a process of its own: the integrations' modules, loaded with the configuration, stay in a process
 * as they were first loaded, so a later build in the same process would keep the first build's languages.
 */
async function buildInChild(root: string, opts: { contentDir?: string; outDir?: string; cacheDir?: string }, env: Record<string, string>): Promise<void> {
  const ownCache = !opts.cacheDir ? mkdtempSync(join(tmpdir(), 'archive-cache-')) : undefined;
  if (ownCache) removeAtExit(ownCache);
  const options = { root, logLevel: 'error', outDir: opts.outDir, cacheDir: opts.cacheDir ?? ownCache };
  const release = await takeTurn(root);
  try {
    const child = spawn(process.execPath, [join(root, 'tests/support/build-process.ts'), JSON.stringify(options)], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        // Astro mounts no pages when it finds itself under Vitest (VITEST in the environment).
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV')),
        ...(opts.contentDir ? { ARCHIVE_CONTENT_DIR: opts.contentDir } : {}),
        ...env,
      },
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    if (code !== 0) throw new Error(`the build exited with ${code}:\n${errors}`);
  } finally {
    await release();
  }
}

/** Waits for the root's build lock (a folder beside Astro's own, refreshed while held, stale after 60 s). */
async function takeTurn(root: string): Promise<() => Promise<void>> {
  const dotAstro = join(root, '.astro');
  mkdirSync(dotAstro, { recursive: true });
  return lock(dotAstro, {
    lockfilePath: join(root, '.astro-build.lock'),
    stale: 60_000,
    // A full build takes a minute or two here: wait up to twenty, polling every second.
    retries: { retries: 1200, factor: 1, minTimeout: 1000, maxTimeout: 1000 },
  });
}

/**
 * `npm run dev` on the project root: Astro's own command in a process of its own, as a maintainer
 * runs it, outside the test's environment. It syncs content into
 * `<root>/.astro/` as a build does, so it takes the root's turn until it is stopped.
 */
export async function devServer(root: string): Promise<{ url: string; stop(): Promise<void> }> {
  const release = await takeTurn(root);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', root, '--host', '127.0.0.1', '--port', String(port)],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      // Astro mounts no pages when it finds itself under Vitest (VITEST in the environment).
      env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV')),
    },
  );
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    await release();
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    for (const started = Date.now(); ; await setTimeout(250)) {
      if (child.exitCode !== null) throw new Error(`astro dev stopped (exit code ${child.exitCode}):\n${errors}`);
      if (Date.now() - started > 120_000) throw new Error(`astro dev did not answer at ${url} within 120 s:\n${errors}`);
      if (
        await fetch(url).then(
          () => true,
          () => false,
        )
      )
        return { url, stop };
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A port no one listens on, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
