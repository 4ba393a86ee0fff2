/** Worker thread of `checkContentParallel`: checks its share of files and sends the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check.ts';

const { root, contentDir, paths } = workerData as { root: string; contentDir: string; paths: string[] };
parentPort!.postMessage(paths.map((path) => checkFile(root, contentDir, path)));
