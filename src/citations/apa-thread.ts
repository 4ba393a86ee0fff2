/**
 * APA references written on a worker thread. Citeproc takes about a millisecond an item; on the
 * thread that renders the pages that was some 12 s of the build at 10,000 statements, while the
 * second core was half idle. The worker writes them beside the render, and a page that prints one
 * waits only if it comes before its reference is written. The worker stops when it has nothing
 * left to write, so citeproc's compiled style (some 90 MiB) is not held through the rest of the
 * build, and the rendering thread never compiles one.
 */
import { Worker } from 'node:worker_threads';
import type { ApaJob, ApaReply } from './apa-worker.ts';
import type { CslItem } from './reference.ts';

declare global {
  /**
   * The worker's source file as a URL, set by `vite.define` (src/citations/worker-file.ts): a
   * bundled chunk does not sit beside it, so it cannot find it from its own address.
   */
  const __APA_WORKER__: string;
}

interface Waiting {
  resolve(text: string): void;
  reject(error: Error): void;
}

/** One worker and the jobs it has been given; a new one is started once it has stopped. */
class ApaThread {
  private readonly worker = new Worker(new URL(__APA_WORKER__));
  private readonly jobs = new Map<number, { waiting: Waiting[]; left: number }>();
  private nextJob = 0;
  stopped = false;

  constructor() {
    this.worker.on('message', (reply: ApaReply) => this.answer(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      if (this.jobs.size > 0) this.fail(new Error(`the thread writing APA references stopped (exit code ${code})`));
    });
  }

  write(items: readonly CslItem[]): Promise<string>[] {
    const waiting: Waiting[] = [];
    const texts = items.map(
      (_, i) =>
        new Promise<string>((resolve, reject) => {
          waiting[i] = { resolve, reject };
        }),
    );
    // A page that is never built never awaits its reference: a refused job must not also be an
    // unhandled rejection, which would stop the build with a stack trace. Awaiting still throws.
    for (const text of texts) text.catch(() => {});
    const job = this.nextJob++;
    this.jobs.set(job, { waiting, left: items.length });
    this.worker.postMessage({ job, items: [...items] } satisfies ApaJob);
    return texts;
  }

  private answer(reply: ApaReply): void {
    const entry = this.jobs.get(reply.job);
    if (!entry) return;
    if ('error' in reply) {
      for (const w of entry.waiting) w.reject(new Error(reply.error));
      this.jobs.delete(reply.job);
    } else {
      reply.texts.forEach((text, i) => entry.waiting[reply.start + i]!.resolve(text));
      entry.left -= reply.texts.length;
      if (entry.left === 0) this.jobs.delete(reply.job);
    }
    if (this.jobs.size === 0) this.stop();
  }

  private fail(error: Error): void {
    for (const { waiting } of this.jobs.values()) for (const w of waiting) w.reject(error);
    this.jobs.clear();
    this.stop();
  }

  private stop(): void {
    this.stopped = true;
    void this.worker.terminate();
  }
}

let thread: ApaThread | undefined;

/**
 * The APA reference of each item (what APA prints for it alone), in the order given, each a promise
 * kept as soon as its batch is written. Refused as a whole, with the reason, if two items share a
 * citation key.
 */
export function apaReferencesInWorker(items: readonly CslItem[]): Promise<string>[] {
  if (items.length === 0) return [];
  if (!thread || thread.stopped) thread = new ApaThread();
  return thread.write(items);
}
