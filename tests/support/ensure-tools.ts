/**
 * Runs before `npm test`: the browser tests need a Chromium-based browser, and nginx to serve the
 * built site with the headers real hosts send. Where one is missing and we may install packages
 * (root with apt-get, as on CI and the project's machines), it is installed from Debian; otherwise
 * the run stops and says what to install on this platform. Browser tests never skip silently.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findTools } from './tools.ts';

const missing = findTools().filter((t) => !t.path);
if (missing.length === 0) process.exit(0);

const packages = missing.map((t) => t.debianPackage).filter((p): p is string => !!p);
const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && packages.length === missing.length;
if (!canInstall) {
  for (const t of missing) console.error(`${t.name} is needed for the browser tests and was not found. Install it: ${t.install}`);
  process.exit(1);
}
console.log(`Installing ${missing.map((t) => t.name).join(' and ')} for the browser tests (apt-get install -y ${packages.join(' ')})…`);
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
