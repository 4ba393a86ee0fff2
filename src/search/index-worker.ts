/**
 * One part of the search index in a thread of its own (src/search/index-parts.ts). The `pagefind`
 * package keeps one Pagefind process per module instance, and each thread loads its own instance:
 * so each part is indexed by a Pagefind process of its own, which ends, and gives its memory back,
 * as soon as the part is written.
 *
 * Messages in: `{ type: 'add', id, url, html }`, then one `{ type: 'write', outputPath }`.
 * Messages out: `{ type: 'added', id, errors }` for each page, `{ type: 'written', errors }` at the end.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

export type PartRequest = { type: 'add'; id: number; url: string; html: string } | { type: 'write'; outputPath: string };
export type PartReply = { type: 'added'; id: number; errors: string[] } | { type: 'written'; errors: string[] };

const port = parentPort;
if (!port) throw new Error('src/search/index-worker.ts runs as a worker thread of the search indexer');
const reply = (message: PartReply) => port.postMessage(message);

// Started at once; pages that arrive meanwhile wait for it, in the order they came.
const ready = pagefind.createIndex({});

port.on('message', (request: PartRequest) => void handle(request));

async function handle(request: PartRequest): Promise<void> {
  const { index, errors } = await ready;
  if (!index) {
    reply(request.type === 'add' ? { type: 'added', id: request.id, errors: [`Pagefind could not start: ${errors.join('; ')}`] } : { type: 'written', errors });
    return;
  }
  if (request.type === 'add') {
    const added = await index.addHTMLFile({ url: request.url, content: request.html });
    reply({ type: 'added', id: request.id, errors: added.errors });
    return;
  }
  let result: string[];
  try {
    result = (await index.writeFiles({ outputPath: request.outputPath })).errors;
  } catch (error) {
    result = [error instanceof Error ? error.message : String(error)];
  }
  // The process ends before the part says it is done, so the next part starts with its memory free.
  await pagefind.close();
  reply({ type: 'written', errors: result });
}
