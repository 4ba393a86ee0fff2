/**
 * The worker thread that writes APA references (see `apa-thread.ts`). Run by Node itself, not
 * bundled: only erasable TypeScript here and in what it imports.
 */
import { parentPort } from 'node:worker_threads';
import { apaReferenceBatches } from './formats.ts';
import type { CslItem } from './reference.ts';

export interface ApaJob {
  job: number;
  items: CslItem[];
}

export type ApaReply = { job: number; start: number; texts: string[] } | { job: number; error: string };

parentPort!.on('message', ({ job, items }: ApaJob) => {
  try {
    // Each batch is sent as soon as it is written; a refused job fails before the first.
    let start = 0;
    for (const texts of apaReferenceBatches(items)) {
      parentPort!.postMessage({ job, start, texts } satisfies ApaReply);
      start += texts.length;
    }
  } catch (error) {
    parentPort!.postMessage({ job, error: error instanceof Error ? error.message : String(error) } satisfies ApaReply);
  }
});
