/**
 * `npm run nginx-config -- [--root DIR] [--listen ADDRESS] [--server-name NAME]` prints the nginx
 * `server` block that serves the built site with its security headers and file types — the same
 * configuration the browser tests run against. Include it from `/etc/nginx/conf.d/`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxServer } from '../src/security/headers.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: resolve(import.meta.dirname, '../dist') },
    listen: { type: 'string', default: '80' },
    'server-name': { type: 'string', default: '_' },
  },
});
process.stdout.write(nginxServer({ root: resolve(values.root), listen: values.listen, serverName: values['server-name'] }));
