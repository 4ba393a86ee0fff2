/**
 * Where the browser tests find their tools on each platform: the variable a developer sets, then the
 * usual install places. Debian's Chromium and nginx on Linux (what CI installs); an installed Chrome,
 * Chromium or Edge and Homebrew's or a PATH nginx on macOS and Windows.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Tool {
  name: string;
  /** The path found, if any. */
  path: string | undefined;
  /** What to run to install it on this platform. */
  install: string;
  /** Debian package, when apt-get can install it here. */
  debianPackage?: string;
}

type Env = Record<string, string | undefined>;

function onPath(names: readonly string[], env: Env): string[] {
  return (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => names.map((n) => join(dir, n)));
}

export function chromiumCandidates(platform: NodeJS.Platform, env: Env): string[] {
  const explicit = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [];
  if (platform === 'darwin')
    return [
      ...explicit,
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return [
      ...explicit,
      ...roots.flatMap((r) => [
        join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(r, 'Chromium', 'Application', 'chrome.exe'),
        join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      ]),
    ];
  }
  return [...explicit, '/usr/bin/chromium', '/usr/bin/chromium-browser', ...onPath(['chromium', 'google-chrome', 'microsoft-edge'], env)];
}

export function nginxCandidates(platform: NodeJS.Platform, env: Env): string[] {
  const explicit = env.NGINX_PATH ? [env.NGINX_PATH] : [];
  if (platform === 'darwin') return [...explicit, '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx', ...onPath(['nginx'], env)];
  if (platform === 'win32') return [...explicit, ...onPath(['nginx.exe'], env)];
  return [...explicit, '/usr/sbin/nginx', ...onPath(['nginx'], env)];
}

const INSTALL: Record<'chromium' | 'nginx', Partial<Record<NodeJS.Platform, string>> & { default: string }> = {
  chromium: {
    darwin: 'brew install --cask chromium (or install Google Chrome), or set CHROMIUM_PATH',
    win32: 'winget install Google.Chrome (Edge also works), or set CHROMIUM_PATH',
    default: 'sudo apt-get update && sudo apt-get install -y chromium, or set CHROMIUM_PATH',
  },
  nginx: {
    darwin: 'brew install nginx, or set NGINX_PATH',
    win32: 'winget install nginx (or unpack nginx for Windows and put nginx.exe on PATH), or set NGINX_PATH',
    default: 'sudo apt-get update && sudo apt-get install -y nginx, or set NGINX_PATH',
  },
};

export function findTools(platform: NodeJS.Platform = process.platform, env: Env = process.env, exists: (p: string) => boolean = existsSync): Tool[] {
  // A path set by hand is used or reported missing, never silently replaced by another browser.
  const first = (candidates: string[], explicit: string | undefined) => (explicit ? (exists(explicit) ? explicit : undefined) : candidates.find(exists));
  return [
    {
      name: 'Chromium',
      path: first(chromiumCandidates(platform, env), env.CHROMIUM_PATH),
      install: INSTALL.chromium[platform] ?? INSTALL.chromium.default,
      ...(platform === 'linux' ? { debianPackage: 'chromium' } : {}),
    },
    {
      name: 'nginx',
      path: first(nginxCandidates(platform, env), env.NGINX_PATH),
      install: INSTALL.nginx[platform] ?? INSTALL.nginx.default,
      ...(platform === 'linux' ? { debianPackage: 'nginx' } : {}),
    },
  ];
}

/** The path of a tool the tests need, or an error that says what to install on this platform. */
export function requireTool(name: 'Chromium' | 'nginx'): string {
  const tool = findTools().find((t) => t.name === name)!;
  if (!tool.path) throw new Error(`${name} is needed for the browser tests and was not found. Install it: ${tool.install}`);
  return tool.path;
}
