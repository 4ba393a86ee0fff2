/**
 * The site's Markdown configuration, shared by `astro.config.mjs` and the tests that build with it:
 * Sätteri with the features the content check reads bodies with (`RENDER_FEATURES`), and the
 * content guard, which refuses while compiling any body that holds code — so no content can run at
 * build, even if the check were skipped.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import { CONTENT_COMPONENTS } from '../archive/content-components.ts';
import { contentGuard, RENDER_FEATURES } from './renderer.ts';

export function siteMarkdown(): NonNullable<AstroUserConfig['markdown']> {
  return {
    // Content has no code blocks, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [contentGuard(CONTENT_COMPONENTS)], features: RENDER_FEATURES }),
  };
}
