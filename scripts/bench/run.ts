/**
 * The benchmark: generate a synthetic archive, build the site from it and a bare Astro site from
 * the same statements, each in a child process with a cold cache, and report one table.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { BenchOptions } from './args.ts';
import { bareProject } from './bare.ts';
import { floorDifferences, floorProject, writeFloorManifest, type FloorManifest } from './manifest-floor.ts';
import { buildPhases, isStatementPageLine, routeCosts } from './build-log.ts';
import { folderBytes, readBaseArchive, walkFiles, writeTree } from './files.ts';
import { readHeapSnapshot, summarizeHeap } from './heap-snapshot.ts';
import { editedStatement, INCREMENTAL_CONFIG, incrementalConfig, pageReuse } from './incremental.ts';
import { measure, processesBelow, type Measured } from './measure.ts';
import { SITE_COLLECTION_STORAGE, SITE_LANGUAGES, SITE_RENDER_CONCURRENCY } from './site-settings.ts';
import { FIRST_SEARCH_BUDGET, firstSearchLines, measureFirstSearches } from './first-search.ts';
import { detailTable, fairFloorLine, formatBytes, heapTable, median, resultsTable, siteLine, type BuildResult } from './report.ts';
import { siteStats } from './site-stats.ts';
import { generateArchive } from './synthetic.ts';
import { translationOf } from '../../src/archive/translations.ts';
import { schemas } from '../../src/schemas/index.ts';

interface Paths {
  work: string;
  content: string;
  site: string;
  siteDist: string;
  bare: string;
  bareDist: string;
  floor: string;
  floorDist: string;
  manifest: string;
  profiles: string;
}

function paths(repo: string, dir: string | undefined): Paths {
  const work = resolve(repo, dir ?? '.bench');
  // The bare project resolves `astro` from the repository's node_modules, so it must sit below it.
  if (relative(repo, work).startsWith('..')) throw new Error(`--dir must be inside the repository (got ${work})`);
  return {
    work,
    content: join(work, 'content'),
    site: join(work, 'site'),
    siteDist: join(work, 'dist-site'),
    bare: join(work, 'bare'),
    bareDist: join(work, 'bare', 'dist'),
    floor: join(work, 'floor'),
    floorDist: join(work, 'floor', 'dist'),
    manifest: join(work, 'floor-manifest'),
    profiles: join(work, 'profiles'),
  };
}

/** What the site's build reads from the repository, apart from content and node_modules. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'] as const;

/**
 * The site is built from a copy of the project, not from the repository itself: Astro writes
 * `<root>/.astro/content-modules.mjs` (the module map of every MDX entry) and keeps its Content
 * Layer store under `<root>/node_modules/.astro`, neither of which can be moved by config, so a
 * build of the repository running at the same time (tests, someone's `npm run build`) would swap
 * the map under the benchmark's feet, or the benchmark under theirs. The copy also freezes the
 * code being measured while others edit it.
 */
export function copyProject(repo: string, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  for (const name of PROJECT_FILES) {
    const from = join(repo, name);
    if (existsSync(from)) cpSync(from, join(dest, name), { recursive: true });
  }
}

function failure(label: string, run: Measured, logFile: string): Error {
  const tail = run.lines
    .slice(-30)
    .map((l) => l.text)
    .join('\n');
  return new Error(`${label} build failed with exit code ${run.exitCode} (full log: ${logFile})\n${tail}`);
}

function saveLog(file: string, run: Measured): void {
  writeFileSync(file, run.lines.map((l) => `${(l.ms / 1000).toFixed(3).padStart(8)}  ${l.text}`).join('\n') + '\n');
}

export async function runBench(repo: string, options: BenchOptions, print: (line: string) => void): Promise<void> {
  const p = paths(repo, options.dir);
  const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
  if (!existsSync(astro)) throw new Error(`astro is not installed (no ${astro}); run npm install`);
  mkdirSync(p.work, { recursive: true });

  const generating = performance.now();
  const archive = generateArchive(readBaseArchive(join(repo, 'content')), options);
  writeTree(p.content, archive.files);
  const c = archive.counts;
  print(
    `Synthetic archive: ${c.statements} statements (.${options.format}), ${c.missions} missions, ${c.people} people, ` +
      `${c.countries} countries, ${c.organizations} organizations — ${archive.files.size} files in ${((performance.now() - generating) / 1000).toFixed(1)} s`,
  );
  copyProject(repo, p.site);
  writeTree(
    p.bare,
    bareProject(join(p.content, 'statements'), {
      languages: SITE_LANGUAGES,
      searchModule: join(repo, 'src/search/pagefind-integration.ts'),
      renderConcurrency: SITE_RENDER_CONCURRENCY,
    }),
  );

  const siteRuns: Measured[] = [];
  const floorRuns: Measured[] = [];
  const bareRuns: Measured[] = [];
  let manifest: FloorManifest | undefined;
  for (let run = 1; run <= options.runs; run++) {
    // Cold every time: a warm Content Layer store skips the parsing a first build pays for.
    for (const dir of [join(p.site, 'node_modules'), join(p.site, '.astro'), p.siteDist]) rmSync(dir, { recursive: true, force: true });
    print(`Run ${run}/${options.runs}: building the site…`);
    const nodeFlags = [
      ...(options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${p.profiles}`] : []),
      ...(options.heap ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${p.profiles}`] : []),
    ];
    if (options.heap) {
      rmSync(p.profiles, { recursive: true, force: true });
      mkdirSync(p.profiles, { recursive: true });
    }
    const site = await measure({
      command: process.execPath,
      args: [...nodeFlags, astro, 'build', '--root', p.site, '--outDir', p.siteDist],
      cwd: p.site,
      env: { ARCHIVE_CONTENT_DIR: p.content },
      timeReport: join(p.work, 'time-site.txt'),
      ...(options.heap ? { onLine: snapshotHalfway(Math.max(1, Math.floor(c.statements / 2)), print) } : {}),
    });
    saveLog(join(p.work, 'site-build.log'), site);
    if (site.exitCode !== 0) throw failure('Site', site, join(p.work, 'site-build.log'));
    siteRuns.push(site);
    print(`  site: ${(site.wallMs / 1000).toFixed(1)} s`);

    if (!options.floor) continue;
    if (!manifest) {
      // The floor publishes what this first build of the site wrote.
      manifest = writeFloorManifest(p.siteDist, p.manifest);
      writeTree(
        p.floor,
        floorProject({
          manifestDir: p.manifest,
          // The site's frozen copy, so the floor runs the same search integration as the site.
          siteSrc: join(p.site, 'src'),
          collections: Object.keys(schemas),
          renderConcurrency: SITE_RENDER_CONCURRENCY,
          collectionStorage: SITE_COLLECTION_STORAGE,
        }),
      );
    }
    for (const sub of ['dist', '.astro', 'node_modules']) rmSync(join(p.floor, sub), { recursive: true, force: true });
    print(`Run ${run}/${options.runs}: building the fair floor…`);
    const floorRun = await measure({
      command: process.execPath,
      args: [astro, 'build', '--root', p.floor],
      cwd: p.floor,
      env: { ARCHIVE_CONTENT_DIR: p.content },
      timeReport: join(p.work, 'time-floor.txt'),
    });
    saveLog(join(p.work, 'floor-build.log'), floorRun);
    if (floorRun.exitCode !== 0) throw failure('Fair floor', floorRun, join(p.work, 'floor-build.log'));
    const differences = floorDifferences(p.manifest, p.floorDist, manifest);
    if (differences.length)
      throw new Error(`The fair floor did not publish what the site did (${differences.length}):\n${differences.slice(0, 20).join('\n')}`);
    floorRuns.push(floorRun);
    print(`  fair floor: ${(floorRun.wallMs / 1000).toFixed(1)} s`);

    for (const sub of ['dist', '.astro', 'node_modules']) rmSync(join(p.bare, sub), { recursive: true, force: true });
    print(`Run ${run}/${options.runs}: building the bare floor (the earlier one)…`);
    const bare = await measure({
      command: process.execPath,
      args: [astro, 'build', '--root', p.bare],
      cwd: p.bare,
      timeReport: join(p.work, 'time-bare.txt'),
    });
    saveLog(join(p.work, 'bare-build.log'), bare);
    if (bare.exitCode !== 0) throw failure('Bare', bare, join(p.work, 'bare-build.log'));
    bareRuns.push(bare);
    print(`  bare: ${(bare.wallMs / 1000).toFixed(1)} s`);
  }

  const stats = siteStats(p.siteDist);
  const result = (label: string, runs: Measured[], entries: number, pages: number, distBytes: number): BuildResult => ({
    label,
    entries,
    pages,
    seconds: median(runs.map((r) => r.wallMs / 1000)),
    peakBytes: median(runs.map((r) => r.peakBytes)),
    distBytes,
    runs: runs.map((r) => r.wallMs / 1000),
    ...(runs.every((r) => r.cpuSeconds !== undefined) ? { cpuSeconds: median(runs.map((r) => r.cpuSeconds!)) } : {}),
  });
  const site: BuildResult = {
    ...result(`archive (.${options.format})`, siteRuns, c.statements + c.missions + c.people + c.countries + c.organizations, stats.pages, stats.distBytes),
    pagefindBytes: stats.pagefindBytes,
    largestPage: stats.largestPage,
  };
  const floor: BuildResult | undefined =
    floorRuns.length && manifest
      ? {
          ...result(
            `fair floor (the site's ${(manifest.pages.length + manifest.files.length).toLocaleString('en')} files from a manifest + Pagefind)`,
            floorRuns,
            c.statements + c.missions + c.people + c.countries + c.organizations,
            manifest.pages.length,
            folderBytes(p.floorDist),
          ),
          pagefindBytes: folderBytes(join(p.floorDist, 'pagefind')),
        }
      : undefined;
  const bareFloor: BuildResult | undefined = bareRuns.length
    ? {
        ...result(
          `bare floor (bare pages × ${SITE_LANGUAGES.length} language${SITE_LANGUAGES.length > 1 ? 's' : ''} + Pagefind)`,
          bareRuns,
          c.statements,
          [...walkFiles(p.bareDist)].filter((f) => f.endsWith('.html')).length,
          folderBytes(p.bareDist),
        ),
        pagefindBytes: folderBytes(join(p.bareDist, 'pagefind')),
      }
    : undefined;

  print('');
  print(resultsTable([site, ...(floor ? [floor] : []), ...(bareFloor ? [bareFloor] : [])], floor));
  print('');
  print(
    `Build s: wall time of \`astro build\` (cold cache), median of ${options.runs}. Peak RSS: the larger of /usr/bin/time's ` +
      `maximum RSS of the largest process and the sampled sum over the process tree (Node + Pagefind). ` +
      `CPU s: user + system time of the tree (Pagefind included), steadier than wall time when the machine is shared.`,
  );
  print(`Largest page: HTML + linked CSS/JS, each gzipped; ${stats.largestPage.assets.length} linked files.`);
  print(contentStoreLine(join(p.site, 'node_modules', '.astro')));
  if (options.detail) {
    const last = siteRuns[siteRuns.length - 1]!;
    print('');
    print(detailTable('archive', buildPhases(last.lines, last.wallMs), last.cpu, routeCosts(last.lines), SITE_RENDER_CONCURRENCY));
    if (floorRuns.length) {
      const last = floorRuns[floorRuns.length - 1]!;
      print('');
      print(detailTable('fair floor', buildPhases(last.lines, last.wallMs), last.cpu, routeCosts(last.lines), SITE_RENDER_CONCURRENCY, 3));
    }
  }
  print('');
  try {
    for (const line of firstSearchLines(await measureFirstSearches(p.siteDist), FIRST_SEARCH_BUDGET)) print(line);
  } catch (error) {
    // Chromium or nginx missing says what to install; the build figures above stand without it.
    print(`First search: not measured (${(error as Error).message.split('\n')[0]})`);
  }
  if (options.cpuProf) print(`CPU profiles: ${p.profiles}`);
  if (options.heap) printHeap(p.profiles, print);
  if (options.incremental) await incrementalRebuild(p, astro, archive.files, print);
  print(`Logs: ${join(p.work, 'site-build.log')}${floor ? `, ${join(p.work, 'floor-build.log')}, ${join(p.work, 'bare-build.log')}` : ''}`);
  // The earlier floor's line, for continuity with figures measured against it.
  if (bareFloor) print(fairFloorLine(site, bareFloor, 'bare floor (earlier)'));
  // Last, so that a script (or a reader) finds the comparison at the end of the output.
  if (floor) print(fairFloorLine(site, floor));
  else print(siteLine(c.statements, site));
}

/**
 * The Content Layer store the site's build left (`node_modules/.astro/`): one file, or the chunked
 * store's folder of parts. A single store is one string when read, and V8 holds no string over
 * about 512 MiB, so its size says how far the archive can grow without the chunked store.
 */
function contentStoreLine(cacheDir: string): string {
  const chunked = join(cacheDir, 'data-store');
  if (existsSync(chunked)) {
    const parts = [...walkFiles(chunked)];
    return `Content store: ${formatBytes(folderBytes(chunked))} in ${parts.length} files (chunked)`;
  }
  const single = join(cacheDir, 'data-store.json');
  return existsSync(single) ? `Content store: ${formatBytes(statSync(single).size)} in one file` : 'Content store: none found';
}

/**
 * For `--heap`: asks the build's Node process for a heap snapshot (`--heapsnapshot-signal`) once it
 * has rendered `pages` statement pages, in the middle of the render, when the pages' data is live.
 */
function snapshotHalfway(pages: number, print: (line: string) => void): (text: string, pid: number) => void {
  let seen = 0;
  return (text, pid) => {
    if (!isStatementPageLine(text) || ++seen !== pages) return;
    const [build] = processesBelow(pid, process.execPath, 'astro.mjs');
    if (build === undefined) return;
    process.kill(build, 'SIGUSR2');
    print(`  heap snapshot requested after ${pages} statement pages (the build pauses while it is written)`);
  };
}

function printHeap(dir: string, print: (line: string) => void): void {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.heapsnapshot')) : [];
  const newest = files.map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  print('');
  if (!newest) {
    print('heap: no snapshot was written (the build rendered fewer statement pages than expected, or ended first)');
    return;
  }
  print(heapTable(summarizeHeap(readHeapSnapshot(newest))));
  print(`Heap snapshot: ${newest} (open it in the Memory panel of Chromium's developer tools for paths)`);
}

/** `--incremental`: a build with `experimental.incrementalBuild`, one statement changed, and the rebuild. */
async function incrementalRebuild(p: Paths, astro: string, files: ReadonlyMap<string, string>, print: (line: string) => void): Promise<void> {
  // An entry, never a body's translation (`<id>.ru.md`), which changes no statement of its own.
  const entries = [...files.keys()].filter((f) => f.startsWith('statements/') && !translationOf('statements', f.slice('statements/'.length)));
  const statement = entries.find((f) => f.endsWith('.md')) ?? entries[0];
  if (!statement) throw new Error('--incremental: the synthetic archive has no statement to change');
  writeFileSync(join(p.site, INCREMENTAL_CONFIG), incrementalConfig());
  for (const dir of [join(p.site, 'node_modules'), join(p.site, '.astro'), p.siteDist]) rmSync(dir, { recursive: true, force: true });
  const build = async (label: string) => {
    print(`Incremental: ${label}…`);
    const run = await measure({
      command: process.execPath,
      args: [astro, 'build', '--root', p.site, '--outDir', p.siteDist, '--config', INCREMENTAL_CONFIG],
      cwd: p.site,
      env: { ARCHIVE_CONTENT_DIR: p.content },
      timeReport: join(p.work, 'time-incremental.txt'),
    });
    saveLog(join(p.work, `incremental-${label.split(' ')[0]}.log`), run);
    if (run.exitCode !== 0) throw failure(`Incremental (${label})`, run, join(p.work, `incremental-${label.split(' ')[0]}.log`));
    return run;
  };
  const first = await build('first build, cache empty');
  const file = join(p.content, statement);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, editedStatement(original));
  try {
    const second = await build('rebuild after one changed statement');
    const reuse = pageReuse(second.lines);
    print(
      `incremental: first build ${(first.wallMs / 1000).toFixed(1)} s (CPU ${first.cpuSeconds?.toFixed(1) ?? '-'} s), ` +
        `rebuild after changing ${statement} ${(second.wallMs / 1000).toFixed(1)} s (CPU ${second.cpuSeconds?.toFixed(1) ?? '-'} s); ` +
        `${reuse.reused} pages reused, ${reuse.rendered} rendered`,
    );
  } finally {
    writeFileSync(file, original);
  }
}
