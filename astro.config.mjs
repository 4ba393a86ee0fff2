// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { archive } from './src/archive/integration.ts';

export default defineConfig({
  site: 'https://election-observation-archive.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [archive(), mdx()],
  devToolbar: { enabled: false },
});
