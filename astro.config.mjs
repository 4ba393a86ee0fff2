// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { archive } from './src/archive/integration.ts';
import { redirects } from './src/archive/redirects.ts';

export default defineConfig({
  site: 'https://election-observation-archive.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [archive(), mdx()],
  redirects,
  devToolbar: { enabled: false },
  // Content has no code blocks, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
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
