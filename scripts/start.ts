/**
 * `npm start -- [--port PORT] [--host ADDRESS] [--no-build]`: builds the whole site and serves the
 * build as it is published (`astro preview` through src/archive/preview-server.ts: each language's 404
 * page, the published file types). `--port` for a machine where 4321 is taken.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { START_USAGE, parseStartArgs } from './cli-args.ts';

const args = parseStartArgs(process.argv.slice(2));
if ('error' in args) {
  console.error(`${args.error}\n${START_USAGE}`);
  process.exit(2);
}
if ('help' in args) {
  console.log(START_USAGE);
  process.exit(0);
}
// Astro's own command, on the Node that runs this script (the pinned one under npm).
const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const run = (astroArgs: string[]) => spawnSync(process.execPath, [astro, ...astroArgs], { stdio: 'inherit' }).status ?? 1;
if (args.build) {
  const built = run(['build']);
  if (built !== 0) process.exit(built);
}
process.exit(run(['preview', '--host', args.host, '--port', String(args.port)]));
