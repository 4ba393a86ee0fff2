import { describe, expect, test } from 'vitest';
import { editedStatement, incrementalConfig, pageReuse } from '../../scripts/bench/incremental.ts';
import { parseBenchArgs } from '../../scripts/bench/args.ts';

describe('incremental rebuild', () => {
  test('the config is the site config with only the flag added', () => {
    const config = incrementalConfig();
    expect(config).toContain(`import config from './astro.config.mjs';`);
    expect(config).toContain('experimental: { ...config.experimental, incrementalBuild: true }');
  });

  test('one statement gets one more paragraph, its front matter untouched', () => {
    const text = '---\ntitle: A\n---\nBody.\n\n';
    const edited = editedStatement(text);
    expect(edited.startsWith('---\ntitle: A\n---\nBody.\n\n')).toBe(true);
    expect(edited).toMatch(/\n\nA paragraph added to measure a rebuild after one change\.\n$/);
    expect(edited).not.toBe(text);
  });

  test('counts pages reused from the cache and pages rendered, from the build log', () => {
    const lines = [
      '18:00:01   ├─ /statements/a/index.html (cached)',
      '18:00:01   ├─ /statements/b/index.html (restored)',
      '18:00:01   ├─ /statements/c/index.html (+3ms) ',
      '18:00:01   └─ /index.html (+1.20s)',
      '18:00:02 [build] ✓ Completed in 2.00s.',
    ].map((text, ms) => ({ ms, text }));
    expect(pageReuse(lines)).toEqual({ reused: 2, rendered: 2 });
  });

  test('--incremental is off unless asked for', () => {
    expect(parseBenchArgs([])).toMatchObject({ incremental: false });
    expect(parseBenchArgs(['--incremental'])).toMatchObject({ incremental: true });
  });
});
