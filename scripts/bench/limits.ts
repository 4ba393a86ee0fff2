/**
 * `npm run bench -- --limits`: the worst content of each kind the check lets through, at the limit
 * it sets, checked and built, with the time and peak memory of each. A limit bounds cost only if
 * content right at it costs about what ordinary content of its size does: this prints the figures
 * that say whether it does. Each case is the small fixture archive (tests/fixtures/archive-min) plus
 * one entry at a limit; the first row is the fixture alone.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MAX_FRONTMATTER_CHARACTERS, MAX_FILE_BYTES } from '../../src/archive/check.ts';
import { MAX_BODY_CHARACTERS, MAX_REWRITES_PER_PARAGRAPH } from '../../src/safety/renderer.ts';
import { TEXT_LIMITS } from '../../src/schemas/text.ts';
import { folderBytes } from './files.ts';
import { measure, type Measured } from './measure.ts';

const STATEMENT = 'statements/2030/2030-01-04-fixture-opens-mission.mdx';
const MISSION = 'missions/md/2030-parliamentary.mdx';
const SOURCE = '2030-01-04-fixture-opens-mission';

interface LimitCase {
  name: string;
  /** What it holds, in a few words. */
  what: string;
  /** Files that replace or add to the fixture archive, by path under content/. */
  files: (base: (path: string) => string) => Map<string, string>;
}

/** Paragraphs of `unit` repeated to `rewrites` per paragraph, until the body is at its limit. */
function paragraphsAtTheBound(unit: string, rewritesPerUnit: number): string {
  const paragraph = unit.repeat(Math.floor(MAX_REWRITES_PER_PARAGRAPH / rewritesPerUnit));
  const count = Math.floor(MAX_BODY_CHARACTERS / (paragraph.length + 2));
  return Array.from({ length: count }, () => paragraph).join('\n\n');
}

const body = (base: (path: string) => string, text: string) => new Map([[STATEMENT, `${base(STATEMENT).replace(/\n\n[\s\S]*$/, '')}\n\n${text}\n`]]);

/**
 * Every kind of worst case, each at the limit the check sets.
 *
 * @internal Exported for its unit tests, which check each case without the timed runs.
 */
export const LIMIT_CASES: readonly LimitCase[] = [
  { name: 'fixture', what: 'the fixture archive alone', files: () => new Map() },
  {
    name: 'quotes',
    what: `a ${MAX_BODY_CHARACTERS.toLocaleString('en')}-character body of paragraphs of ${MAX_REWRITES_PER_PARAGRAPH} quotation marks`,
    files: (base) => body(base, paragraphsAtTheBound(`"'`, 2)),
  },
  {
    name: 'entities',
    what: `the same of character references (&#0;), ${MAX_REWRITES_PER_PARAGRAPH} a paragraph`,
    files: (base) => body(base, paragraphsAtTheBound('&#0;', 1)),
  },
  {
    name: 'long-paragraph',
    what: `one paragraph of ${MAX_BODY_CHARACTERS.toLocaleString('en')} characters with ${MAX_REWRITES_PER_PARAGRAPH} rewrites spread through it`,
    files: (base) => {
      const words = 'word '.repeat(Math.floor((MAX_BODY_CHARACTERS - MAX_REWRITES_PER_PARAGRAPH * 3) / 5)).split(' ');
      const every = Math.floor(words.length / MAX_REWRITES_PER_PARAGRAPH);
      return body(base, words.map((w, i) => (i % every === 0 && i / every < MAX_REWRITES_PER_PARAGRAPH ? `${w}...` : w)).join(' '));
    },
  },
  {
    name: 'milestones',
    what: `a .md mission whose ${MAX_FRONTMATTER_CHARACTERS.toLocaleString('en')}-character frontmatter is milestones on nearby days`,
    files: (base) => {
      const mission = base(MISSION);
      const room = MAX_FRONTMATTER_CHARACTERS - mission.length - 100;
      const item = (i: number) => `  - { kind: interim-report, date: 2030-02-${String((i % 28) + 1).padStart(2, '0')}, status: planned, source: ${SOURCE} }\n`;
      const count = Math.floor(room / item(0).length);
      return new Map([
        [MISSION, ''],
        [MISSION.replace('.mdx', '.md'), mission.replace('milestones:\n', `milestones:\n${Array.from({ length: count }, (_, i) => item(i)).join('')}`)],
        // The body's translation moves with it.
        [MISSION.replace('.mdx', '.ru.mdx'), ''],
        [MISSION.replace('.mdx', '.ru.md'), base(MISSION.replace('.mdx', '.ru.mdx'))],
      ]);
    },
  },
  {
    name: 'long-names',
    what: `every name at ${TEXT_LIMITS.name} characters and every title at ${TEXT_LIMITS.title}, on 200 statements by one organization`,
    files: (base) => {
      const files = new Map<string, string>();
      const name = (what: string) => `${what} `.repeat(TEXT_LIMITS.name).slice(0, TEXT_LIMITS.name).trim();
      files.set('organizations/observers-office.yaml', base('organizations/observers-office.yaml').replace(/^name: .*$/m, `name: ${name('Office')}`));
      const statement = base(STATEMENT);
      const translation = base(STATEMENT.replace('.mdx', '.ru.mdx'));
      const long = (unit: string, limit: number) => unit.repeat(limit).slice(0, limit).trim();
      for (let i = 1; i <= 200; i++) {
        const id = `2030-01-04-fixture-statement-${i}`;
        files.set(
          `statements/2030/${id}.mdx`,
          statement
            .replace(/^title: .*$/m, `title: ${long('A long title ', TEXT_LIMITS.title)}`)
            .replace(/^summary: .*$/m, `summary: ${long('A long summary. ', TEXT_LIMITS.prose)}`)
            .replace(/^ {2}title: .*$/m, `  title: ${long('Длинный заголовок ', TEXT_LIMITS.title)}`)
            .replace(/^ {2}summary: .*$/m, `  summary: ${long('Длинное резюме. ', TEXT_LIMITS.prose)}`),
        );
        files.set(`statements/2030/${id}.ru.mdx`, translation);
      }
      return files;
    },
  },
  {
    name: 'yaml-file',
    what: `a person file of nearly ${(MAX_FILE_BYTES / 1024 / 1024).toFixed(0)} MiB: roles with ${TEXT_LIMITS.title}-character titles`,
    files: (base) => {
      const person = base('people/ana-test.yaml').replace(/contactPoints:[\s\S]*$/, '');
      const role = `  - title: ${'Role '.repeat(TEXT_LIMITS.title).slice(0, TEXT_LIMITS.title).trim()}\n    organization: observers-office\n    source: ${SOURCE}\n    ru:\n      title: ${'Роль '.repeat(TEXT_LIMITS.title).slice(0, TEXT_LIMITS.title).trim()}\n`;
      const count = Math.floor((MAX_FILE_BYTES - Buffer.byteLength(person) - 1024) / Buffer.byteLength(role));
      return new Map([['people/ana-test.yaml', `${person}${role.repeat(count)}`]]);
    },
  },
];

export interface LimitResult {
  name: string;
  what: string;
  contentBytes: number;
  /** The check's own time, as it reports it (the process's wall time is mostly Node starting). */
  checkMs: number;
  check: Measured;
  build: Measured;
  distBytes: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function limitsTable(results: readonly LimitResult[]): string {
  const rows = [
    ['case', 'content', 'check', 'of which checking', 'check peak', 'build', 'build peak', 'dist/'],
    ...results.map((r) => [
      r.name,
      `${(r.contentBytes / 1024).toFixed(0)} KB`,
      s(r.check.wallMs),
      `${r.checkMs.toFixed(0)} ms`,
      mb(r.check.peakBytes),
      s(r.build.wallMs),
      mb(r.build.peakBytes),
      mb(r.distBytes),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/**
 * Builds each case from a copy of the project (as the benchmark does, so a build elsewhere in the
 * repository cannot disturb it) and prints one table.
 */
export async function runLimits(
  repo: string,
  work: string,
  copyProject: (repo: string, dest: string) => void,
  print: (line: string) => void,
  only?: readonly string[],
): Promise<LimitResult[]> {
  const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const fixture = join(repo, 'tests/fixtures/archive-min/content');
  const base = (path: string) => readFileSync(join(fixture, path), 'utf8');
  const site = join(work, 'site');
  mkdirSync(work, { recursive: true });
  copyProject(repo, site);
  const results: LimitResult[] = [];
  for (const c of LIMIT_CASES.filter((x) => !only || only.includes(x.name))) {
    const content = join(work, c.name, 'content');
    rmSync(content, { recursive: true, force: true });
    cpSync(fixture, content, { recursive: true });
    // An empty text removes the fixture's file (a mission written again as .md).
    for (const [path, text] of c.files(base)) {
      rmSync(join(content, path), { force: true });
      if (text === '') continue;
      mkdirSync(dirname(join(content, path)), { recursive: true });
      writeFileSync(join(content, path), text);
    }
    print(`${c.name}: ${c.what}`);
    const check = await measure({
      command: process.execPath,
      args: [join(repo, 'scripts/bench/check-tree.ts'), work, content],
      cwd: repo,
      timeReport: join(work, c.name, 'time-check.txt'),
    });
    if (check.exitCode !== 0) throw new Error(`${c.name}: the check refused the case:\n${check.lines.map((l) => l.text).join('\n')}`);
    for (const dir of [join(site, 'node_modules'), join(site, '.astro')]) rmSync(dir, { recursive: true, force: true });
    const dist = join(work, c.name, 'dist');
    const build = await measure({
      command: process.execPath,
      args: [astro, 'build', '--root', site, '--outDir', dist],
      cwd: site,
      env: { ARCHIVE_CONTENT_DIR: content },
      timeReport: join(work, c.name, 'time-build.txt'),
    });
    writeFileSync(join(work, c.name, 'build.log'), build.lines.map((l) => l.text).join('\n'));
    if (build.exitCode !== 0) throw new Error(`${c.name}: the build failed (log: ${join(work, c.name, 'build.log')})`);
    const checkMs = Number(/checked in (\d+) ms/.exec(check.lines.map((l) => l.text).join('\n'))?.[1] ?? NaN);
    results.push({ name: c.name, what: c.what, contentBytes: folderBytes(content), checkMs, check, build, distBytes: folderBytes(dist) });
    print(`  check ${s(check.wallMs)} (${checkMs} ms checking), ${mb(check.peakBytes)}; build ${s(build.wallMs)}, ${mb(build.peakBytes)}`);
  }
  print('');
  print(limitsTable(results));
  return results;
}
