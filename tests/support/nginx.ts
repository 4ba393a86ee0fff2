/**
 * A real nginx (the Debian package) serving a built site with the configuration the project ships
 * (`nginxServer` in src/security/headers.ts), on a free loopback port, for the browser tests and the
 * header tests. Started and stopped by the tests; nothing is installed or left running.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nginxServer } from '../../src/security/headers.ts';
import { requireTool } from './tools.ts';

export interface RunningNginx {
  baseUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startNginx(distDir: string): Promise<RunningNginx> {
  const nginx = requireTool('nginx');
  const prefix = mkdtempSync(join(tmpdir(), 'archive-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 128; }
http {
  include ${mimeTypes(nginx)};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${nginxServer({ root: distDir, listen: `127.0.0.1:${port}` })}
}
`,
  );
  const child: ChildProcess = spawn(nginx, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  // Ready when it answers; a bounded wait, and nginx's own words if it never does.
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}${readLog(prefix)}`);
    try {
      await fetch(`${baseUrl}/`);
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer on ${baseUrl}: ${stderr}${readLog(prefix)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** The `mime.types` installed beside nginx's own configuration (Debian, Homebrew and Windows differ). */
function mimeTypes(nginx: string): string {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const conf = /--conf-path=(\S+)/.exec(`${version.stderr}${version.stdout}`)?.[1];
  return conf ? join(dirname(conf), 'mime.types') : '/etc/nginx/mime.types';
}

function readLog(prefix: string): string {
  try {
    return readFileSync(join(prefix, 'error.log'), 'utf8');
  } catch {
    return '';
  }
}
