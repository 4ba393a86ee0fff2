// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { archive } from './src/archive/integration.ts';
import { redirects } from './src/archive/redirects.ts';
import { CONTENT_COMPONENTS } from './src/archive/content-components.ts';
import { contentGuard, RENDER_FEATURES } from './src/safety/renderer.ts';

export default defineConfig({
  site: 'https://election-observation-archive.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [archive(), mdx()],
  redirects,
  devToolbar: { enabled: false },
  // Content has no code blocks, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  // The guard refuses, while compiling, any body that holds code (ESM, expressions, other JSX, HTML):
  // content can never run at build, even if the content check were skipped. The check reads bodies
  // with the same features (`RENDER_FEATURES`).
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [contentGuard(CONTENT_COMPONENTS)], features: RENDER_FEATURES }),
  },
  // A strict Content-Security-Policy in a <meta> on every page: Astro hashes its own bundled scripts
  // and styles; nothing inline runs without a hash. Pagefind's search needs WebAssembly
  // ('wasm-unsafe-eval', which allows compiling wasm, not eval of JavaScript).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
