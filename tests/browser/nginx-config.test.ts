/**
 * What `npm run nginx-config` prints is accepted by nginx itself (`nginx -t`), for every form of
 * address and host name the CLI lets through; the browser tests run against the same block.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseNginxArgs } from '../../scripts/cli-args.ts';
import { nginxServer } from '../../src/security/headers.ts';
import { removeAtExit } from '../support/cleanup.ts';
import { requireTool } from '../support/tools.ts';

test.each([
  ['--listen', '8080', '--server-name', '_'],
  ['--listen', '127.0.0.1:8081', '--server-name', 'example.org *.example.org .example.net www.example.*'],
  ['--listen', '[::1]:8082', '--root', '/srv/a site "quoted"'],
])('nginx -t accepts the block printed for %s %s %s %s', (...argv) => {
  const args = parseNginxArgs(argv, '/srv/dist');
  if (!('root' in args)) throw new Error(`refused: ${JSON.stringify(args)}`);
  const prefix = mkdtempSync(join(tmpdir(), 'archive-nginx-t-'));
  removeAtExit(prefix);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, `pid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log;\nevents {}\nhttp {\n${nginxServer(args)}\n}\n`);
  const result = spawnSync(requireTool('nginx'), ['-t', '-q', '-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});
