/**
 * A throwaway copy of the real `content/` tree for tests that need broken content: each test edits
 * its copy, runs the check or the build on it, and the real content stays untouched.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { removeAtExit } from './cleanup.ts';

export const REPO = resolve(import.meta.dirname, '../..');

export interface ContentTree {
  /** Plays the repository root: problems are reported relative to it (`content/…`). */
  root: string;
  contentDir: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces `from` (which must occur) with `to` in a file. */
  edit(file: string, from: string | RegExp, to: string): void;
  delete(file: string): void;
  remove(): void;
}

/** The small fixture archive of invented entries under `tests/fixtures/archive-min/content/`. */
export const FIXTURE_CONTENT = join(REPO, 'tests/fixtures/archive-min/content');

/**
 * The archive as it was built from the five seed documents (Kazakhstan 2005, 2019, 2021), frozen as a
 * fixture: tests that pin counts, lines and wording read this, so that a contributor who adds, edits
 * or removes an entry of the real `content/` never turns them red.
 */
export const KZ_CONTENT = join(REPO, 'tests/fixtures/archive-kz/content');

/** The real archive: tests over it assert only what must hold for any content. */
export const REAL_CONTENT = join(REPO, 'content');

/** A throwaway copy of a content tree: the frozen Kazakhstan archive unless another is named. */
export function copyContent(from = KZ_CONTENT): ContentTree {
  const root = mkdtempSync(join(tmpdir(), 'archive-content-'));
  const contentDir = join(root, 'content');
  cpSync(from, contentDir, { recursive: true });
  const path = (file: string) => join(root, file);
  return {
    root,
    contentDir,
    read: (file) => readFileSync(path(file), 'utf8'),
    write: (file, text) => {
      mkdirSync(dirname(path(file)), { recursive: true });
      writeFileSync(path(file), text);
    },
    edit(file, from, to) {
      const text = this.read(file);
      const next = text.replace(from, to);
      if (next === text) throw new Error(`edit: ${String(from)} not found in ${file}`);
      this.write(file, next);
    },
    delete: (file) => rmSync(path(file)),
    // Not at once: see cleanup.ts.
    remove: () => removeAtExit(root),
  };
}
