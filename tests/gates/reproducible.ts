/** Byte-for-byte comparison of two built trees: the reproducibility gate. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` with the SHA-256 of its bytes, keyed by its path relative to `dir`. */
export function treeDigest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path).split(sep).join('/'), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

/** The differences between two digests: files only in one tree, and files whose bytes differ. */
export function treeDifferences(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, hash] of a) {
    if (!b.has(file)) out.push(`only in the first build: ${file}`);
    else if (b.get(file) !== hash) out.push(`differs: ${file}`);
  }
  for (const file of b.keys()) if (!a.has(file)) out.push(`only in the second build: ${file}`);
  return out;
}
