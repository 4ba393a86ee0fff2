/**
 * `npm run nginx-config -- [--root DIR] [--listen ADDRESS] [--server-name NAME]` prints the nginx
 * `server` block that serves the built site with its security headers and file types — the same
 * configuration the browser tests run against. Include it from `/etc/nginx/conf.d/`. Each value is
 * checked before it is printed (quoted), so no argument can add a directive of its own.
 */
import { resolve } from 'node:path';
import { nginxServer } from '../src/security/headers.ts';
import { NGINX_USAGE, parseNginxArgs } from './cli-args.ts';

const args = parseNginxArgs(process.argv.slice(2), resolve(import.meta.dirname, '../dist'));
if ('error' in args) {
  console.error(`${args.error}\n${NGINX_USAGE}`);
  process.exit(2);
}
if ('help' in args) console.log(NGINX_USAGE);
else process.stdout.write(nginxServer(args));
