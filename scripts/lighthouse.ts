/**
 * `npm run lighthouse -- [--dist DIR] [--min SCORE] [--form-factor mobile|desktop|both] [--page TYPE]…`
 * measures the built site with Lighthouse: one page of every type in every language (the heaviest of
 * its type, `scripts/lighthouse/pages.ts`), served by nginx with the configuration the project ships
 * (the browser tests' server), in Debian's Chromium. It prints the four category scores per page and
 * every audit that failed, and exits 1 when a score is below `--min` (100 unless told).
 *
 * A measurement, not a test: performance is simulated from this machine's own timings, so a loaded
 * machine can print a lower figure for the same build.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { resolve } from 'node:path';
import { LOCALES } from '../src/i18n/locales.ts';
import { startNginx } from '../tests/support/nginx.ts';
import { requireTool } from '../tests/support/tools.ts';
import { LIGHTHOUSE_USAGE, parseLighthouseArgs } from './cli-args.ts';
import { PAGE_TYPES, choosePages, htmlFiles } from './lighthouse/pages.ts';
import {
  CATEGORIES,
  belowMinimum,
  categoryScores,
  failedAudits,
  formatFailures,
  formatSkipped,
  formatTable,
  type FormFactor,
  type LighthouseResult,
  type PageResult,
} from './lighthouse/report.ts';

const args = parseLighthouseArgs(
  process.argv.slice(2),
  resolve(import.meta.dirname, '../dist'),
  PAGE_TYPES.map((t) => t.name),
);
if ('error' in args) {
  console.error(`${args.error}\n${LIGHTHOUSE_USAGE}`);
  process.exit(2);
}
if ('help' in args) {
  console.log(LIGHTHOUSE_USAGE);
  process.exit(0);
}

const types = args.pages.length > 0 ? PAGE_TYPES.filter((t) => args.pages.includes(t.name)) : PAGE_TYPES;
const pages = choosePages(htmlFiles(args.dist), LOCALES, types);
if (pages.length === 0) {
  console.error(`${args.dist} holds none of the pages measured — is it a build of the site?`);
  process.exit(2);
}

const started = Date.now();
const server = await startNginx(args.dist);
const chromePath = requireTool('Chromium');

/** One Lighthouse run in a Chromium of its own, as Lighthouse's CLI does: no cache or worker carried over from the page before. */
async function measure(url: string, formFactor: FormFactor, skipAudits: string[]): Promise<LighthouseResult> {
  // The flags the browser tests use: no sandbox (CI runs as root), and none of Chromium's own traffic
  // (updates, sync, field trials) on the network Lighthouse measures.
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    logLevel: 'silent',
  });
  try {
    const run = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], skipAudits },
      // Lighthouse's own presets: its default is a throttled mid-range phone.
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    return run.lhr as unknown as LighthouseResult;
  } finally {
    chrome.kill();
  }
}

const results: PageResult[] = [];
try {
  for (const formFactor of args.formFactors) {
    for (const page of pages) {
      const pageStarted = Date.now();
      const url = `${server.baseUrl}${page.url}`;
      const skip = page.skip.map((s) => s.audit);
      let lhr = await measure(url, formFactor, skip);
      // A trace Chromium failed to record (NO_NAVSTART and the like) says nothing of the page, and
      // Lighthouse's advice is to run again: once, and the error is reported if it comes back.
      if (lhr.runtimeError) lhr = await measure(url, formFactor, skip);
      const result: PageResult = {
        type: page.type,
        locale: page.locale,
        url: page.url,
        formFactor,
        scores: categoryScores(lhr),
        failed: failedAudits(lhr),
        ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
        ...(lhr.environment?.benchmarkIndex ? { benchmark: lhr.environment.benchmarkIndex } : {}),
      };
      results.push(result);
      const scores = CATEGORIES.map((c) => result.scores[c] ?? '—').join(' ');
      console.error(`${page.type} ${page.locale} ${formFactor}: ${scores} (${((Date.now() - pageStarted) / 1000).toFixed(1)} s)`);
    }
  }
} finally {
  await server.stop();
}

console.log(formatTable(results));
// Lighthouse's own threshold (core/gather/driver/environment.js): below it, it warns that the host CPU
// is slower than its throttling assumes, and the performance score understates the page.
console.log("cpu: Lighthouse's benchmark index of this machine during the run; below 1000 Lighthouse warns that its performance figures run low");
const failures = formatFailures(results);
console.log(failures ? `\nFailed audits:\n${failures}` : '\nNo audit failed.');
const skipped = formatSkipped(pages);
if (skipped) console.log(`\nNot run:\n${skipped}`);
const below = belowMinimum(results, args.min);
console.log(
  `\n${results.length} measurements in ${((Date.now() - started) / 1000).toFixed(0)} s; ${below.length === 0 ? `every score at least ${args.min}` : `${below.length} below ${args.min}`}`,
);
process.exit(below.length === 0 ? 0 : 1);
