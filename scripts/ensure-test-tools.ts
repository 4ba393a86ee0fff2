/**
 * Runs before `npm test`: the browser tests need Debian's Chromium, and nginx to serve the built site
 * with the headers real hosts send. Where one is missing and we may install packages (root with
 * apt-get, as on CI and the project's machines), install it; otherwise stop with the command to run.
 * Never lets browser tests skip silently.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const tools = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'nginx', path: process.env.NGINX_PATH ?? '/usr/sbin/nginx', pkg: 'nginx' },
];
const missing = tools.filter((t) => !existsSync(t.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((t) => t.pkg);
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  for (const t of missing) console.error(`${t.name} is needed for the browser tests and was not found at ${t.path}.`);
  console.error(`Install with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
  process.exit(1);
}
console.log(`Installing ${missing.map((t) => t.name).join(' and ')} for the browser tests (apt-get install -y ${packages.join(' ')})…`);
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
