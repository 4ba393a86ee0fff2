/**
 * `npm run import -- <file.txt>… [--dry-run] [--json] [--out <dir>] [--content <dir>] [--review <dir>]`
 *
 * One draft statement per source file, with the drafts of what it adds: a new mission or a patch of
 * an existing one, new people, new organizations. `--json` prints one JSON array, one object per
 * file. Exit codes: 0 done, 1 a file could not be read or a statement draft would overwrite an
 * existing file, 2 the command line is wrong.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readArchive } from './archive.ts';
import { buildDraft, type Draft } from './draft.ts';
import { extractStatement } from './extract.ts';
import { draftFiles } from './files.ts';
import { importText, type ImportResult } from './result.ts';

/** @internal Exported for the importer's unit tests, which pin each reading rule on its own. */
export const USAGE = 'usage: npm run import -- <file.txt>… [--url <address>] [--dry-run] [--json] [--out <dir>] [--content <dir>] [--review <dir>]';

const HELP = `${USAGE}

Drafts content/statements/<yyyy>/<yyyy-mm-dd>-<slug>.mdx from the text of a source.
  --url <address>  the address of the public original (with one file only): the draft's \`url\`
  --dry-run        print the draft instead of writing anything
  --json           print one JSON array, one object per file: statement, missions, people,
                   organizations, unplaced (field and why) and review
  --out <dir>      where statement drafts go (default: <content>/statements)
  --content <dir>  the content folder whose people, missions and organizations are linked to, and
                   where drafts of new missions, people and organizations go (default: content)
  --review <dir>   where patches of missions the archive already holds go (default: import-review)
What the importer could not place is printed to stderr and kept as comments in the draft.`;

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

/** @internal Exported for the importer's unit tests, which pin each reading rule on its own. */
export type Options = { files: string[]; url?: string; dryRun: boolean; json: boolean; out: string; content: string; review: string; help: boolean };

/**
 * The command line, or the message of a usage error.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function parseCommandLine(argv: readonly string[]): Options | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        url: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        review: { type: 'string', default: 'import-review' },
        content: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const content = values.content!;
  const options: Options = {
    files: positionals,
    dryRun: values['dry-run']!,
    json: values.json!,
    out: values.out ?? join(content, 'statements'),
    content,
    review: values.review!,
    help: values.help!,
  };
  if (!options.help && options.files.length === 0) return { error: 'no source file given' };
  if (values.url !== undefined) {
    if (options.files.length > 1) return { error: '--url names the original of one file; import the files one by one' };
    if (!/^https?:\/\/[^\s/@]+(?:\/\S*)?$/.test(values.url))
      return { error: `--url ${JSON.stringify(values.url)} is not a web address starting with https:// or http://` };
    options.url = values.url;
  }
  return options;
}

function bulletList(title: string, items: readonly string[]): string {
  return items.length === 0 ? '' : `${title}\n${items.map((i) => `  - ${i}`).join('\n')}\n`;
}

function report(io: Io, name: string, draft: Draft, target: string, written: boolean, json: boolean): void {
  const summary = `${written ? 'wrote' : 'would write'} ${target}\n${bulletList('  fill in:', draft.fillIn)}${bulletList('  create:', draft.toCreate)}`;
  // With --json, stdout holds the JSON array alone.
  if (written && !json) io.stdout(summary);
  else io.stderr(summary);
  if (draft.unplaced.length > 0) io.stderr(`${name}: ${bulletList('could not place:', draft.unplaced)}`);
}

/** Writes a file unless it exists; says which. */
function writeNew(path: string, text: string): 'written' | 'exists' {
  mkdirSync(dirname(path), { recursive: true });
  try {
    // `wx` fails if the file exists, so two runs racing cannot both write it either.
    writeFileSync(path, text, { flag: 'wx' });
    return 'written';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  }
}

/**
 * Writes the drafts of a result besides the statement. A file this run wrote already (two texts
 * naming one new organization) is passed over; one that was there before is left as it is.
 */
function writeOthers(result: ImportResult, options: Options, done: Set<string>): { written: string[]; lines: string[]; left: string[] } {
  const { content, review } = draftFiles(result);
  const out = { written: [] as string[], lines: [] as string[], left: [] as string[] };
  for (const [root, files] of [
    [options.content, content],
    [options.review, review],
  ] as const) {
    for (const file of files) {
      const path = join(root, file.path);
      if (done.has(path)) continue;
      if (writeNew(path, file.text) === 'written') {
        done.add(path);
        out.written.push(root === options.content ? `content/${file.path}` : path);
        out.lines.push(`wrote ${path}\n`);
      } else out.left.push(`import: left ${path} as it is: it already exists\n`);
    }
  }
  return out;
}

/** Runs the importer; returns the exit code. */
export function main(argv: readonly string[], io: Io): number {
  const options = parseCommandLine(argv);
  if ('error' in options) {
    io.stderr(`import: ${options.error}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  const exists = (contentPath: string) => existsSync(join(options.content, contentPath));
  const archive = readArchive(options.content);
  const results: ImportResult[] = [];
  const done = new Set<string>();
  let code = 0;
  for (const file of options.files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      io.stderr(`import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      code = 1;
      continue;
    }
    const name = basename(file);
    const result = importText(text, name, archive, options.url ? { url: options.url } : {});
    results.push(result);
    const draft = buildDraft(extractStatement(text, archive, { url: options.url }), { sourceName: name, exists, url: options.url });
    const target = join(options.out, draft.path);
    if (options.dryRun) {
      if (!options.json) {
        io.stdout(draft.text);
        report(io, name, draft, target, false, false);
      }
      continue;
    }
    // A text the archive holds already: no twin of the statement; what it adds goes to the review folder.
    if (result.statement.exists) {
      io.stderr(`import: ${name}: the archive holds this statement already (${result.statement.id}); no statement drafted\n`);
      const others = writeOthers(result, options, done);
      for (const line of others.lines) (options.json ? io.stderr : io.stdout)(line);
      for (const line of others.left) io.stderr(line);
      continue;
    }
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, draft.text, { flag: 'wx' });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it already exists; edit it, or move it away first' : (error as Error).message;
      io.stderr(`import: refusing to write ${target}: ${reason}\n`);
      code = 1;
      continue;
    }
    const others = writeOthers(result, options, done);
    report(io, name, { ...draft, toCreate: draft.toCreate.filter((c) => !others.written.includes(c)) }, target, true, options.json);
    for (const line of others.lines) (options.json ? io.stderr : io.stdout)(line);
    for (const line of others.left) io.stderr(line);
  }
  if (options.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  return code;
}
