// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { SITE } from './src/about/archive.ts';
import { archive } from './src/archive/integration.ts';
import { APA_WORKER_DEFINE } from './src/citations/worker-file.ts';
import { publishAtomically } from './src/archive/publish.ts';
import { redirects } from './src/archive/redirects.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';
import { pagefindSearch } from './src/search/pagefind-integration.ts';
import { xmlText } from './src/feeds/xml-text.ts';
import { siteMarkdown } from './src/safety/markdown.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/security/headers.ts';

export default defineConfig({
  site: SITE,
  output: 'static',
  trailingSlash: 'always',
  // Four pages rendered at once: while one waits on its file being written, the next renders. At
  // 10,000 statements the build took 191 s instead of 288 s with one, for 3% more peak memory; two
  // or eight at once did no better at 2,000. The search indexer keeps its input in Astro's order
  // whatever finishes first.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // The sitemap lists every page (not the 404 page, which is no place in the archive); no lastmod,
  // which would change with every build. pagefindSearch() follows archive(), whose content check
  // stops the build before an index is started. publishAtomically() stays last: it moves the
  // finished build into place after the others are done.
  // English keeps the unprefixed URLs it was first published under; Russian lives under /ru/.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  integrations: [
    archive(),
    pagefindSearch(),
    mdx(),
    sitemap({
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html'),
      // Addresses are built from ids the check holds to ASCII, so this changes nothing today: it
      // keeps the sitemap under the feeds' XML rule should an address ever carry other text.
      serialize: (item) => ({ ...item, url: xmlText(item.url) }),
      // Each page's twins as xhtml:link alternates, as search engines read them.
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
    }),
    publishAtomically(),
  ],
  redirects,
  devToolbar: { enabled: false },
  // The Content Layer store as files of 20 MiB instead of one string: at 10,000 statements the single
  // store was 171 MB, so at 30,000 it came near the longest string V8 can hold (about 512 MiB).
  experimental: { collectionStorage: 'chunked' },
  vite: {
    define: APA_WORKER_DEFINE,
    build: {
      rolldownOptions: {
        // Astro marks every content module that carries styles with the directive
        // "use astro:head-inject" (astro/dist/content/vite-plugin-content-assets.js) and reads that
        // mark itself before bundling; the bundler then warns, once per entry (195 lines a build),
        // that it drops the directive, which is what Astro expects. Every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Sätteri with the content guard: a body holding code stops the build even if the check were skipped.
  markdown: siteMarkdown(),
  // A strict Content-Security-Policy in a <meta> on every page: Astro hashes its own bundled scripts
  // and styles; nothing inline runs without a hash. The same policy goes out as a header, with what
  // only a header can say, from src/security/headers.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
});
