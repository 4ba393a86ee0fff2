/** Builds an Astro site in-process, optionally from another content tree and into another folder. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'astro';
import { removeAtExit } from './cleanup.ts';

/**
 * A build of another content tree gets a cache of its own unless one is named: Astro's content store
 * keeps an entry whose text is unchanged under its old file path, so a tree built into the shared
 * cache and then deleted would leave the real site's next build importing files that are gone.
 */
export async function buildSite(root: string, opts: { contentDir?: string; outDir?: string; cacheDir?: string; expectFailure?: boolean } = {}): Promise<void> {
  const previous = process.env.ARCHIVE_CONTENT_DIR;
  const ownCache = opts.contentDir && !opts.cacheDir ? mkdtempSync(join(tmpdir(), 'archive-cache-')) : undefined;
  if (ownCache) removeAtExit(ownCache);
  const cacheDir = opts.cacheDir ?? ownCache;
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
  }
}
