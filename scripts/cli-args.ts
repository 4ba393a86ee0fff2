/**
 * The arguments of the maintainer CLIs, read and checked before anything runs: a bad one is named
 * with the usage, never a stack trace, and nothing a value holds reaches the output unchecked.
 * Pure functions, so each refusal is pinned by a unit test.
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { contentFiles } from '../src/archive/check.ts';

type Parsed<T> = T | { error: string } | { help: true };

/** The first line of Node's own message for a bad argument ("Unknown option '--bogus'…"), as a sentence of ours. */
function argumentError(error: unknown): { error: string } {
  const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/\. (?:To specify|This command).*$/, '') : String(error);
  return { error: message };
}

/** Shows a value in a message without letting it steer the terminal. */
function shown(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value).replace(
    /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export const CHECK_USAGE = `usage: npm run check -- [file or folder under content/…] [--format text|github]
  Checks every content file; with files or folders, reports the problems of those alone.`;

/**
 * `npm run check` arguments: files and folders under `content/` (relative to where the command runs),
 * and the output format. A path elsewhere, or one that does not exist, is an error: reporting "no
 * problems" for a file that was never looked at would be a lie.
 */
export function parseCheckArgs(argv: readonly string[], root: string, cwd: string): Parsed<{ files: string[]; format: 'text' | 'github' }> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return argumentError(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'github') return { error: `--format is ${shown(format)} — expected text or github` };
  const content = resolve(root, 'content');
  const files: string[] = [];
  for (const arg of positionals) {
    const path = resolve(cwd, arg);
    if (path !== content && !path.startsWith(content + sep)) return { error: `${shown(arg)} is not under content/ — expected a content file or folder` };
    if (!existsSync(path)) return { error: `${shown(arg)} does not exist — expected a content file or folder` };
    const paths = statSync(path).isDirectory() ? contentFiles(path) : [path];
    files.push(...paths.map((p) => relative(root, p).split(sep).join('/')));
  }
  // A folder with no files in it asks about nothing: say so rather than check the whole archive.
  if (positionals.length > 0 && files.length === 0) return { error: `${positionals.map(shown).join(', ')} holds no content file` };
  return { files, format };
}

export const NGINX_USAGE = `usage: npm run nginx-config -- [--root DIR] [--listen PORT | ADDRESS:PORT] [--server-name "NAME …"]
  --root         the built site (default: dist/ of this repository)
  --listen       a port (80), an IPv4 or IPv6 address with one (127.0.0.1:8080, [::1]:8080), or *:PORT
  --server-name  the host names nginx answers to, separated by spaces (default: _ for any)`;

export interface NginxArgs {
  root: string;
  listen: string;
  serverName: string[];
}

const PORT = /^(?:[1-9]\d{0,4})$/;
const portOk = (port: string) => PORT.test(port) && Number(port) <= 65_535;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** A host name nginx matches as written, with its wildcard forms: `*.example.org`, `.example.org`, `www.example.*`. */
const SERVER_NAME = new RegExp(`^(?:_|(?:\\*\\.|\\.)?${HOST_LABEL}(?:\\.${HOST_LABEL})*(?:\\.\\*)?)$`, 'i');

/** Why `value` is not an address nginx's `listen` takes as we print it, or undefined. */
export function listenProblem(value: string): string | undefined {
  const expected = 'expected a port (80), ADDRESS:PORT with an IPv4 address (127.0.0.1:8080) or an IPv6 one in brackets ([::1]:8080), or *:PORT';
  if (portOk(value)) return undefined;
  const m = /^(\*|[0-9.]+|\[[0-9a-fA-F:.]+\]):([0-9]+)$/.exec(value);
  if (!m || !portOk(m[2]!)) return `--listen is ${shown(value)} — ${expected}`;
  const host = m[1]!;
  if (host === '*' || IPV4.test(host)) return undefined;
  if (host.startsWith('[')) {
    try {
      new URL(`http://${host}/`);
      return undefined;
    } catch {
      return `--listen is ${shown(value)}: ${host} is not an IPv6 address — ${expected}`;
    }
  }
  return `--listen is ${shown(value)} — ${expected}`;
}

/**
 * Why `root` cannot be printed as nginx's `root`, or undefined. nginx reads `$name` in `root` as a
 * variable whether or not the value is quoted, and has no escape for `$`: a folder with one in its
 * path cannot be named. Control characters have no place in a path nginx is to read either.
 */
export function rootProblem(root: string): string | undefined {
  if (/[\p{Cc}]/u.test(root)) return `--root is ${shown(root)}, which holds a control character — expected a folder path`;
  if (root.includes('$'))
    return `--root is ${shown(root)}: nginx would read "$" as the start of a variable — expected a folder whose path has no $; move or link the site there`;
  return undefined;
}

/** `npm run nginx-config` arguments, each checked so that what is printed is one nginx value each. */
export function parseNginxArgs(argv: readonly string[], defaultRoot: string): Parsed<NginxArgs> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        root: { type: 'string' },
        listen: { type: 'string' },
        'server-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    return argumentError(error);
  }
  const { values } = parsed;
  if (values.help) return { help: true };
  const root = resolve(values.root ?? defaultRoot);
  const listen = values.listen ?? '80';
  const serverName = (values['server-name'] ?? '_').split(' ').filter(Boolean);
  const problem =
    rootProblem(root) ??
    listenProblem(listen) ??
    (serverName.length === 0 ? '--server-name is empty — expected at least one host name, or _ for any' : undefined) ??
    serverName
      .map((name) => (SERVER_NAME.test(name) ? undefined : `--server-name holds ${shown(name)} — expected host names such as example.org, *.example.org or _`))
      .find(Boolean);
  return problem ? { error: problem } : { root, listen, serverName };
}

export const NEW_USAGE = `usage:
  npm run new -- mission <country> <year> <kind>    e.g. mission kz 2024 presidential
  npm run new -- statement <yyyy-mm-dd> <slug>      e.g. statement 2024-03-18 odihr-opens-mission-kazakhstan
  npm run new -- person <id>                        e.g. person jaroslaw-marcin-domanski
  options: --content DIR   write into another content folder (default: content/)`;

/** `npm run new` arguments: what to scaffold (checked by the templates) and the content folder. */
export function parseNewArgs(argv: readonly string[], defaultContent: string): Parsed<{ entry: string[]; contentDir: string }> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return argumentError(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (values.content !== undefined && values.content.trim() === '') return { error: '--content is empty — expected a folder' };
  return { entry: positionals, contentDir: resolve(values.content ?? defaultContent) };
}

/** For the CLIs that take no argument (`npm run urls`, `npm run schemas`): anything given is a mistake to say. */
export function parseNoArgs(argv: readonly string[]): Parsed<Record<string, never>> {
  try {
    const { values } = parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' } }, strict: true });
    return values.help ? { help: true } : {};
  } catch (error) {
    return argumentError(error);
  }
}

export const START_USAGE = `usage: npm start -- [--port PORT] [--host ADDRESS] [--no-build]
  Builds the site and serves the build as it is published (default http://127.0.0.1:4321/).
  --port     another port, when 4321 is taken
  --host     the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --no-build serve the last build as it is (npm run serve)`;

/** `npm start` arguments: where to serve, and whether to build first. */
export function parseStartArgs(argv: readonly string[]): Parsed<{ port: number; host: string; build: boolean }> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { port: { type: 'string' }, host: { type: 'string' }, 'no-build': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
  } catch (error) {
    return argumentError(error);
  }
  const { values } = parsed;
  if (values.help) return { help: true };
  const port = values.port ?? '4321';
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
    return { error: `--port is ${shown(port)} — expected a port number from 1 to 65535` };
  const host = values.host ?? '127.0.0.1';
  if (!/^[\w.:-]+$/.test(host)) return { error: `--host is ${shown(host)} — expected an address or host name such as 127.0.0.1, 0.0.0.0 or localhost` };
  return { port: Number(port), host, build: !values['no-build'] };
}

export const LIGHTHOUSE_USAGE = `usage: npm run lighthouse -- [--dist DIR] [--min SCORE] [--form-factor mobile|desktop|both] [--page TYPE]…
  Serves a build with nginx as published and runs Lighthouse on one page of every type in every language.
  --dist         the built site (default: dist/ of this repository; npm run build makes it)
  --min          the lowest score each category may have, 0 to 100 (default 100); below it the run fails
  --form-factor  Lighthouse's mobile settings (the default), its desktop ones, or both
  --page         only pages of this type (home, country, mission, 404…); repeat for more`;

export interface LighthouseArgs {
  dist: string;
  min: number;
  formFactors: ('mobile' | 'desktop')[];
  pages: string[];
}

/** `npm run lighthouse` arguments; the page types are checked against `pageTypes`, so a typo is named, not measured as nothing. */
export function parseLighthouseArgs(argv: readonly string[], defaultDist: string, pageTypes: readonly string[]): Parsed<LighthouseArgs> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        dist: { type: 'string' },
        min: { type: 'string' },
        'form-factor': { type: 'string' },
        page: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    return argumentError(error);
  }
  const { values } = parsed;
  if (values.help) return { help: true };
  const min = values.min ?? '100';
  if (!/^\d{1,3}$/.test(min) || Number(min) > 100) return { error: `--min is ${shown(min)} — expected a whole score from 0 to 100` };
  const formFactor = values['form-factor'] ?? 'mobile';
  if (formFactor !== 'mobile' && formFactor !== 'desktop' && formFactor !== 'both')
    return { error: `--form-factor is ${shown(formFactor)} — expected mobile, desktop or both` };
  const pages = values.page ?? [];
  const unknown = pages.find((p) => !pageTypes.includes(p));
  if (unknown !== undefined) return { error: `--page is ${shown(unknown)} — expected one of ${pageTypes.join(', ')}` };
  const dist = resolve(values.dist ?? defaultDist);
  if (!existsSync(dist) || !statSync(dist).isDirectory())
    return { error: `--dist is ${shown(values.dist ?? defaultDist)}, which is no folder — run npm run build first` };
  return { dist, min: Number(min), formFactors: formFactor === 'both' ? ['mobile', 'desktop'] : [formFactor], pages };
}
