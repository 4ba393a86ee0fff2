/**
 * `--incremental`: Astro's `experimental.incrementalBuild` (Astro ≥ 7.2) on the site as it stands.
 * Astro reuses a page's earlier output only when its `getStaticPaths()` returns a `cacheKey` and
 * neither the key nor the page's module graph has changed; every other page renders again. The
 * benchmark builds once with the flag, changes one statement, builds again, and reports the
 * rebuild and how many pages were reused.
 */
import type { LogLine } from './measure.ts';

/** Name of the config the benchmark writes beside the site's copy of `astro.config.mjs`. */
export const INCREMENTAL_CONFIG = 'astro.incremental.config.mjs';

/** The site's own config with the flag turned on, so the build is otherwise the same. */
export function incrementalConfig(): string {
  return [
    `import config from './astro.config.mjs';`,
    ``,
    `export default { ...config, experimental: { ...config.experimental, incrementalBuild: true } };`,
    ``,
  ].join('\n');
}

/** A statement's text with one more paragraph: a change to its body, as an editor would make. */
export function editedStatement(text: string): string {
  return `${text.replace(/\n*$/, '')}\n\nA paragraph added to measure a rebuild after one change.\n`;
}

/** Pages Astro reused (`(cached)` kept in dist/, `(restored)` copied from its cache) and pages it rendered. */
export function pageReuse(lines: readonly LogLine[]): { reused: number; rendered: number } {
  let reused = 0;
  let rendered = 0;
  for (const { text } of lines) {
    if (!/[├└]─ \S/.test(text)) continue;
    if (/\((?:cached|restored)\)\s*$/.test(text)) reused++;
    else if (/\(\+\d+(?:\.\d+)?m?s\)/.test(text)) rendered++;
  }
  return { reused, rendered };
}
