/**
 * The content check spread over worker threads: each file is checked on its own (parsing YAML and
 * Markdown is most of the cost), then the rules across entries run once on the joined results.
 * Same results as `checkContent`, in the same order; used by the build and by `npm run check`
 * when there are enough files for threads to pay off.
 */
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { assemble, checkContent, contentFiles, nameCollisions, type CheckResult, type FileResult } from './check.ts';

/** Below this many files, starting workers costs more than it saves (measured: ~150 ms per worker). */
const PARALLEL_FROM = 400;

export async function checkContentParallel(root: string, contentDir = join(root, 'content'), only?: readonly string[]): Promise<CheckResult> {
  const files = contentFiles(contentDir);
  const threads = Math.min(availableParallelism(), 8);
  if (files.length < PARALLEL_FROM || threads < 2) return checkContent(root, contentDir, only);
  // Interleaved slices: neighbouring files are alike in size, so each worker gets a fair share.
  const slices = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const parts = await Promise.all(
    slices.map(
      (paths) =>
        new Promise<FileResult[]>((resolve, reject) => {
          const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { root, contentDir, paths } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`content check worker exited with ${code}`)));
        }),
    ),
  );
  // Back into path order, so problems and entries come out exactly as the single-threaded check gives them.
  const byFile = new Map(parts.flat().map((r) => [r.file, r]));
  const ordered = files.map((path) => byFile.get(relative(root, path).split(sep).join('/'))!);
  return assemble(root, ordered, only, nameCollisions(root, contentDir));
}
