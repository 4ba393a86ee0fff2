/**
 * `npm run import -- <file.txt>… [--dry-run] [--out <dir>] [--content <dir>]`
 *
 * One draft statement per source file. Exit codes: 0 done, 1 a file could not be read or a draft
 * would overwrite an existing file, 2 the command line is wrong.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDraft, type Draft } from './draft.ts';
import { extractStatement } from './extract.ts';

export const USAGE = 'usage: npm run import -- <file.txt>… [--dry-run] [--out <dir>] [--content <dir>]';

const HELP = `${USAGE}

Drafts content/statements/<yyyy>/<yyyy-mm-dd>-<slug>.mdx from the text of a source.
  --dry-run        print the draft instead of writing it
  --out <dir>      where drafts go (default: <content>/statements)
  --content <dir>  the content folder whose people, missions and organizations are looked up (default: content)
What the importer could not place is printed to stderr and kept as comments in the draft.`;

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

export type Options = { files: string[]; dryRun: boolean; out: string; content: string; help: boolean };

/** The command line, or the message of a usage error. */
export function parseCommandLine(argv: readonly string[]): Options | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        out: { type: 'string' },
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
    out: values.out ?? join(content, 'statements'),
    content,
    help: values.help!,
  };
  if (!options.help && options.files.length === 0) return { error: 'no source file given' };
  return options;
}

function bulletList(title: string, items: readonly string[]): string {
  return items.length === 0 ? '' : `${title}\n${items.map((i) => `  - ${i}`).join('\n')}\n`;
}

function report(io: Io, name: string, draft: Draft, target: string, written: boolean): void {
  const summary = `${written ? 'wrote' : 'would write'} ${target}\n${bulletList('  fill in:', draft.fillIn)}${bulletList('  create:', draft.toCreate)}`;
  if (written) io.stdout(summary);
  else io.stderr(summary);
  if (draft.unplaced.length > 0) io.stderr(`${name}: ${bulletList('could not place:', draft.unplaced)}`);
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
    const draft = buildDraft(extractStatement(text), { sourceName: name, exists });
    const target = join(options.out, draft.path);
    if (options.dryRun) {
      io.stdout(draft.text);
      report(io, name, draft, target, false);
      continue;
    }
    try {
      mkdirSync(dirname(target), { recursive: true });
      // `wx` fails if the file exists, so two runs racing cannot both write it either.
      writeFileSync(target, draft.text, { flag: 'wx' });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it already exists; edit it, or move it away first' : (error as Error).message;
      io.stderr(`import: refusing to write ${target}: ${reason}\n`);
      code = 1;
      continue;
    }
    report(io, name, draft, target, true);
  }
  return code;
}
