/**
 * The worker thread that writes APA references (see `apa-thread.ts`). Run by Node itself, not
 * bundled: only erasable TypeScript here and in what it imports.
 */
import { parentPort } from 'node:worker_threads';
import { APA_BATCH, apaReferences, checkCitationKeys } from './formats.ts';
import type { CslItem } from './reference.ts';

export interface ApaJob {
  job: number;
  items: CslItem[];
}

export type ApaReply = { job: number; start: number; texts: string[] } | { job: number; error: string };

parentPort!.on('message', ({ job, items }: ApaJob) => {
  try {
    // Checked whole before the first reply, so a job is either refused or answered in full.
    checkCitationKeys(items);
    for (let start = 0; start < items.length; start += APA_BATCH) {
      const batch = items.slice(start, start + APA_BATCH);
      const byId = apaReferences(batch);
      parentPort!.postMessage({ job, start, texts: batch.map((item) => byId.get(item.id)!) } satisfies ApaReply);
    }
  } catch (error) {
    parentPort!.postMessage({ job, error: error instanceof Error ? error.message : String(error) } satisfies ApaReply);
  }
});
