import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { USAGE, main, parseCommandLine } from '../../src/importer/cli.ts';

const repo = resolve(import.meta.dirname, '../..');
const seed = (name: string) => join(repo, 'tests/fixtures/seeds', name);
const SEED_000 = seed('000_32272d219a652eef.txt');
const SEED_004 = seed('004_c0830d627fa791b4.txt');
const ALL_SEEDS = readdirSync(join(repo, 'tests/fixtures/seeds')).sort().map(seed);
const CORPUS = join(repo, 'tests/fixtures/importer');
const EXISTING = join(CORPUS, 'texts/22-existing-archive.txt');
const ADVISORY = join(CORPUS, 'texts/08-media-advisory-ieom.txt');
const DRAFT_000 = '2021/2021-01-04-osce-pa-deploy-observers-10-january-parliamentary-elections.mdx';

let dir: string;
let out: string;
let content: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'importer-'));
  out = join(dir, 'statements');
  content = join(dir, 'content');
  mkdirSync(join(content, 'people'), { recursive: true });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(...argv: string[]) {
  const io = { out: '', err: '' };
  const code = main(argv, { stdout: (t) => (io.out += t), stderr: (t) => (io.err += t) });
  return { code, ...io };
}

/** Files under a folder, relative to it, sorted. */
function files(root: string): string[] {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(root.length + 1))
      .sort();
  } catch {
    return [];
  }
}

describe('parseCommandLine', () => {
  test('defaults: content/ and content/statements', () => {
    expect(parseCommandLine(['a.txt'])).toEqual({
      files: ['a.txt'],
      dryRun: false,
      json: false,
      out: join('content', 'statements'),
      content: 'content',
      review: 'import-review',
      help: false,
    });
  });

  test('--out and --content; drafts follow --content unless --out is given', () => {
    expect(parseCommandLine(['a.txt', 'b.txt', '--dry-run', '--out', 'x'])).toMatchObject({ files: ['a.txt', 'b.txt'], dryRun: true, out: 'x' });
    expect(parseCommandLine(['--content', 'c', 'a.txt'])).toMatchObject({ out: join('c', 'statements'), content: 'c' });
  });

  test('usage errors', () => {
    expect(parseCommandLine([])).toEqual({ error: 'no source file given' });
    expect(parseCommandLine(['--dry-run'])).toEqual({ error: 'no source file given' });
    expect(parseCommandLine(['a.txt', '--force'])).toHaveProperty('error');
    expect(parseCommandLine(['a.txt', '--out'])).toHaveProperty('error');
  });
});

describe('main', () => {
  test('a usage error exits 2 with the usage line on stderr', () => {
    const result = run('--nonsense', SEED_000);
    expect(result.code).toBe(2);
    expect(result.err).toContain(USAGE);
    expect(result.out).toBe('');
    expect(run().code).toBe(2);
  });

  test('--help prints the usage and exits 0', () => {
    const result = run('--help');
    expect(result.code).toBe(0);
    expect(result.out.startsWith(USAGE)).toBe(true);
  });

  test('--dry-run prints the draft and writes nothing', () => {
    const result = run(SEED_000, '--dry-run', '--out', out, '--content', content);
    expect(result.code).toBe(0);
    expect(result.out.startsWith('---\n# importer: draft from 000_32272d219a652eef.txt;')).toBe(true);
    expect(result.out).toContain('\ntitle: OSCE PA to deploy observers for the 10 January parliamentary elections in Kazakhstan\n');
    expect(result.err).toContain(`would write ${join(out, DRAFT_000)}\n`);
    expect(files(out)).toEqual([]);
  });

  test('writes the statement draft and the drafts of the mission, people and organizations it adds', () => {
    writeFileSync(join(content, 'people', 'kristian-vigenin.yaml'), 'name: Kristian Vigenin\n');
    const result = run(SEED_000, '--out', out, '--content', content, '--review', join(dir, 'review'));
    expect(result.code).toBe(0);
    expect(files(out)).toEqual([DRAFT_000]);
    expect(result.out).toBe(
      [
        `wrote ${join(out, DRAFT_000)}`,
        '  fill in:',
        '  - url',
        '  - summary',
        '  - body',
        `wrote ${join(content, 'missions/kz/2021-parliamentary.mdx')}`,
        `wrote ${join(content, 'people/guido-almerigogna.yaml')}`,
        `wrote ${join(content, 'organizations/osce-pa.yaml')}`,
        `wrote ${join(content, 'organizations/odihr.yaml')}`,
        // The Special Co-ordinator of the short-term observers is the OSCE's: a leader's organization is drafted too.
        `wrote ${join(content, 'organizations/osce.yaml')}`,
        '',
      ].join('\n'),
    );
    expect(files(content)).toEqual([
      'missions/kz/2021-parliamentary.mdx',
      'organizations/odihr.yaml',
      'organizations/osce-pa.yaml',
      'organizations/osce.yaml',
      'people/guido-almerigogna.yaml',
      'people/kristian-vigenin.yaml',
    ]);
    expect(files(join(dir, 'review'))).toEqual([]);
    expect(result.err).toBe('');
    expect(readFileSync(join(out, DRAFT_000), 'utf8')).toContain(
      '# importer: person kristian-vigenin: Kristian Vigenin; as speaker; roles: Special Co-ordinator; nationality bg; content/people/kristian-vigenin.yaml exists, check its roles\n',
    );
  });

  test('refuses to overwrite an existing draft: exit 1, file untouched', () => {
    expect(run(SEED_000, '--out', out, '--content', content).code).toBe(0);
    const target = join(out, DRAFT_000);
    writeFileSync(target, 'edited by hand\n');
    const again = run(SEED_000, '--out', out, '--content', content);
    expect(again.code).toBe(1);
    expect(again.err).toBe(`import: refusing to write ${target}: it already exists; edit it, or move it away first\n`);
    expect(again.out).toBe('');
    expect(readFileSync(target, 'utf8')).toBe('edited by hand\n');
  });

  test('one draft per file; what could not be placed goes to stderr', () => {
    const result = run(...ALL_SEEDS, '--out', out, '--content', content, '--review', join(dir, 'review'));
    expect(result.code).toBe(0);
    expect(files(out)).toEqual([
      '2005/2005-12-05-chairman-in-office-says-kazakhstan-election-points-need-open.mdx',
      '2020/2020-12-08-trend-news-report.mdx',
      DRAFT_000,
      '2021/2021-02-22-pc-del-80-21-rev-1.mdx',
      'undated/head-odihr-election-observation-mission-welcomes-work.mdx',
    ]);
    expect(result.err).toBe(
      [
        '001_18fbe937db229537.txt: could not place:',
        '  - country: "Slovenian" points to si only as an adjective; add si to countries if the statement concerns it',
        '004_c0830d627fa791b4.txt: could not place:',
        '  - date: the source prints "Nur-Sultan15 May , 12:51" without a year; look the year up, do not infer it',
        '  - mission: "Kazakh presidential election" gives no year and the statement has no date',
        '',
      ].join('\n'),
    );
  });

  test('a file it cannot read exits 1 but the others are still drafted', () => {
    const result = run(join(dir, 'missing.txt'), SEED_004, '--out', out, '--content', content);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`import: cannot read ${join(dir, 'missing.txt')}: ENOENT\n`);
    expect(files(out)).toEqual(['undated/head-odihr-election-observation-mission-welcomes-work.mdx']);
  });

  test('the draft names the source by its file name, not by the folder it was read from', () => {
    const result = run(SEED_004, '--dry-run', '--out', out, '--content', content);
    expect(result.out).toContain('# importer: draft from 004_c0830d627fa791b4.txt;');
    expect(result.out).not.toContain(repo);
  });
});

describe('--json', () => {
  test("--dry-run --json prints one JSON array, one object per file, in the schemas' field names, and writes nothing", () => {
    const result = run(SEED_000, ADVISORY, '--dry-run', '--json', '--out', out, '--content', content, '--review', join(dir, 'review'));
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out) as Record<string, unknown>[];
    expect(parsed.map((r) => r.file)).toEqual(['000_32272d219a652eef.txt', '08-media-advisory-ieom.txt']);
    for (const r of parsed) expect(Object.keys(r)).toEqual(['file', 'statement', 'missions', 'people', 'organizations', 'unplaced', 'review']);
    const advisory = parsed[1] as unknown as import('../../src/importer/result.ts').ImportResult;
    expect(advisory.statement).toMatchObject({
      kind: 'press-release',
      date: '2020-02-07',
      place: 'Baku',
      countries: ['az'],
      missions: ['az/2020-early-parliamentary'],
    });
    expect(advisory.missions[0]).toMatchObject({
      id: 'az/2020-early-parliamentary',
      type: 'IEOM',
      election: { kind: 'early-parliamentary', rounds: ['2020-02-09'] },
    });
    expect(advisory.people.find((p) => p.id === 'niels-parrish')?.contactPoints).toEqual([
      {
        role: 'Media contact',
        organization: 'osce-pa',
        mission: 'az/2020-early-parliamentary',
        phone: '+4560108380',
        email: 'niels.parrish@oscepa.dk',
        source: advisory.statement.id,
      },
    ]);
    expect(advisory.unplaced).toContainEqual({
      field: 'email',
      why: 'email of Marta Kowal: the source site hid the address ("[email protected]"); it is not an address',
    });
    expect(advisory.review.map((r) => r.field)).toEqual(['observers', 'people', 'people']);
    expect(files(dir)).toEqual([]);
  });

  test('a mission the archive holds gets a patch of what the text adds, and a person it holds is linked', () => {
    cpSync(join(CORPUS, 'content'), content, { recursive: true });
    const review = join(dir, 'review');
    const dry = JSON.parse(run(EXISTING, '--dry-run', '--json', '--content', content).out) as import('../../src/importer/result.ts').ImportResult[];
    // Linked to the archive's file by id; the draft keeps the name as the text prints it.
    expect(dry[0]!.people).toMatchObject([{ id: 'marek-zielinski', name: 'Marek Zielinski', exists: true }]);
    expect(dry[0]!.missions[0]).toMatchObject({
      id: 'kz/2021-parliamentary',
      exists: true,
      patch: { observers: [{ category: 'long-term', count: 6, status: 'deployed', date: '2020-12-22' }] },
    });
    const result = run(EXISTING, '--out', out, '--content', content, '--review', review);
    expect(result.code).toBe(0);
    expect(files(review)).toEqual(['2020-12-22-odihr-mission-kazakhstan-deploys-more-long-term-observers.kz-2021-parliamentary.patch.yaml']);
    expect(readFileSync(join(review, files(review)[0]!), 'utf8')).toContain('count: 6');
    expect(files(join(content, 'people'))).toEqual(['marek-zielinski.yaml']);
  });
});

// Each of these starts a Node process that loads the importer's libraries: seconds on a loaded
// machine, within the unit tests' limit for a hang (vitest.config.ts).
describe('scripts/import.ts', () => {
  const script = (...args: string[]) => spawnSync(process.execPath, [join(repo, 'scripts/import.ts'), ...args], { cwd: dir, encoding: 'utf8' });

  test('prints a dry-run draft and exits 0; paths default to content/ of the working folder', () => {
    const result = script(SEED_000, '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('---\n# importer: ')).toBe(true);
    expect(result.stderr).toContain(`would write ${join('content', 'statements', DRAFT_000)}`);
  });

  test('exits 2 with the usage line when given no file', () => {
    const result = script();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(USAGE);
  });
});
