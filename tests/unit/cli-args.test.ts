/**
 * The maintainer CLIs' arguments (scripts/cli-args.ts): every one is checked before anything runs,
 * a bad one is named with the usage and never a stack trace, and what nginx-config prints holds
 * only values it checked.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listenProblem, parseCheckArgs, parseNewArgs, parseNginxArgs, parseNoArgs, parseStartArgs, rootProblem } from '../../scripts/cli-args.ts';
import { REPO } from '../support/content-tree.ts';

const run = (script: string, args: string[]) => spawnSync(process.execPath, [join(REPO, 'scripts', script), ...args], { cwd: REPO, encoding: 'utf8' });

describe('npm run check', () => {
  test('every path is kept, files and folders alike, relative to where the command runs', () => {
    const args = parseCheckArgs(['content/people/kristian-vigenin.yaml', 'countries/kz.mdx', '--format', 'github'], REPO, join(REPO, 'content/..'));
    expect(args).toEqual({ error: '"countries/kz.mdx" is not under content/ — expected a content file or folder' });
    const both = parseCheckArgs(['people/kristian-vigenin.yaml', 'countries/kz.mdx'], REPO, join(REPO, 'content'));
    expect(both).toEqual({ files: ['content/people/kristian-vigenin.yaml', 'content/countries/kz.mdx'], format: 'text' });
    const folder = parseCheckArgs(['content/missions'], REPO, REPO);
    // Whatever missions the archive holds, the folder gives its files and only them.
    expect('files' in folder && folder.files.length > 0 && folder.files.every((f) => f.startsWith('content/missions/'))).toBe(true);
    expect('files' in folder && folder.files).toContain('content/missions/kz/2021-parliamentary.mdx');
  });
  test('a path outside content/, an unknown option or format is an error, not "no problems"', () => {
    expect(parseCheckArgs(['package.json'], REPO, REPO)).toEqual({ error: '"package.json" is not under content/ — expected a content file or folder' });
    expect(parseCheckArgs(['--bogus'], REPO, REPO)).toEqual({ error: "Unknown option '--bogus'" });
    expect(parseCheckArgs(['--format', 'xml'], REPO, REPO)).toEqual({ error: '--format is "xml" — expected text or github' });
    expect(parseCheckArgs(['--format'], REPO, REPO)).toEqual({ error: "Option '--format <value>' argument missing" });
  });
  test('two files: both are reported on (the first was dropped)', () => {
    const { status, stdout, stderr } = run('check.ts', ['content/people/kristian-vigenin.yaml', 'content/countries/kz.mdx']);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/content files? checked in \d+ ms: no problems\n$/);
    const bad = run('check.ts', ['A', 'B']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      `"A" is not under content/ — expected a content file or folder\nusage: npm run check -- [file or folder under content/…] [--format text|github]\n  Checks every content file; with files or folders, reports the problems of those alone.\n`,
    );
  });
});

describe('npm run nginx-config', () => {
  test('ports and addresses nginx listens on pass; anything else is named', () => {
    for (const ok of ['80', '8080', '127.0.0.1:8080', '[::1]:8080', '[2001:db8::1]:443', '*:80']) expect(listenProblem(ok), ok).toBeUndefined();
    for (const bad of ['0', '65536', '80; location /etc/ { root /; }', '80 default_server', '999.1.1.1:80', 'localhost:80', '[::g]:80', '1.2.3.4'])
      expect(listenProblem(bad), bad).toMatch(/^--listen is /);
  });
  test('a root nginx would read a variable from, or with a control character, is refused', () => {
    expect(rootProblem('/srv/site')).toBeUndefined();
    expect(rootProblem('/srv/$document_root')).toMatch(/nginx would read "\$" as the start of a variable/);
    expect(rootProblem('/srv/a\nb')).toMatch(/control character/);
  });
  test('server names are host names or nginx wildcards, one value each', () => {
    expect(parseNginxArgs(['--server-name', 'example.org *.example.org .example.net www.example.*'], '/srv/dist')).toEqual({
      root: '/srv/dist',
      listen: '80',
      serverName: ['example.org', '*.example.org', '.example.net', 'www.example.*'],
    });
    expect(parseNginxArgs(['--server-name', 'a.org; location / { root /etc; }'], '/srv/dist')).toEqual({
      error: '--server-name holds "a.org;" — expected host names such as example.org, *.example.org or _',
    });
    expect(parseNginxArgs(['--server-name', '~^(?<x>.+)$'], '/srv/dist')).toMatchObject({ error: expect.stringMatching(/^--server-name holds/) });
  });
  test('an unknown option prints the usage, not a stack trace', () => {
    const { status, stdout, stderr } = run('nginx-config.ts', ['--bogus']);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^Unknown option '--bogus'\nusage: npm run nginx-config -- /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
  test('what it prints quotes every value', () => {
    const { status, stdout } = run('nginx-config.ts', ['--root', '/srv/my "site"', '--listen', '127.0.0.1:8080', '--server-name', 'example.org']);
    expect(status).toBe(0);
    expect(stdout).toContain('    listen "127.0.0.1:8080";\n    server_name "example.org";\n    root "/srv/my \\"site\\"";\n');
  });
});

describe('npm run new, urls, schemas', () => {
  test('new: --content needs a folder; an unknown option is named', () => {
    expect(parseNewArgs(['person', 'ana', '--content', ''], '/c')).toEqual({ error: '--content is empty — expected a folder' });
    expect(parseNewArgs(['person', 'ana', '--content'], '/c')).toEqual({ error: "Option '--content <value>' argument missing" });
    expect(parseNewArgs(['--force', 'person', 'ana'], '/c')).toEqual({ error: "Unknown option '--force'" });
    expect(parseNewArgs(['person', 'ana'], '/c')).toEqual({ entry: ['person', 'ana'], contentDir: '/c' });
  });
  test('start takes another port and address, and names a bad one without building', () => {
    expect(parseStartArgs([])).toEqual({ port: 4321, host: '127.0.0.1', build: true });
    expect(parseStartArgs(['--port', '8080'])).toEqual({ port: 8080, host: '127.0.0.1', build: true });
    expect(parseStartArgs(['--port', '5000', '--host', '0.0.0.0', '--no-build'])).toEqual({ port: 5000, host: '0.0.0.0', build: false });
    for (const port of ['0', '65536', 'abc', '80; rm -rf /', ''])
      expect(parseStartArgs(['--port', port]), port).toMatchObject({ error: expect.stringMatching(/^--port is .* — expected a port number from 1 to 65535$/) });
    expect(parseStartArgs(['--host', 'a b'])).toMatchObject({ error: expect.stringMatching(/^--host is "a b" — expected an address/) });
    expect(parseStartArgs(['--bogus'])).toEqual({ error: "Unknown option '--bogus'" });
    const { status, stderr } = run('start.ts', ['--port', '99999']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^--port is "99999" — expected a port number from 1 to 65535\nusage: npm start -- \[--port PORT\]/);
  });
  test('urls and schemas take no argument', () => {
    expect(parseNoArgs([])).toEqual({});
    expect(parseNoArgs(['dist'])).toEqual({ error: "Unexpected argument 'dist'" });
    const { status, stderr } = run('schemas.ts', ['--out', 'x']);
    expect(status).toBe(2);
    expect(stderr).toBe("Unknown option '--out'\nusage: npm run schemas   (takes no arguments)\n");
  });
});
