/** Builds an Astro site in-process, optionally from another content tree and into another folder. */
import { build } from 'astro';

export async function buildSite(root: string, opts: { contentDir?: string; outDir?: string; cacheDir?: string } = {}): Promise<void> {
  const previous = process.env.ARCHIVE_CONTENT_DIR;
  if (opts.contentDir) process.env.ARCHIVE_CONTENT_DIR = opts.contentDir;
  try {
    await build({ root, logLevel: 'error', ...(opts.outDir ? { outDir: opts.outDir } : {}), ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}) });
  } finally {
    if (opts.contentDir) {
      if (previous === undefined) delete process.env.ARCHIVE_CONTENT_DIR;
      else process.env.ARCHIVE_CONTENT_DIR = previous;
    }
  }
}
