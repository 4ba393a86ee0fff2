/**
 * Runs before `npm test`: the browser tests need Debian's Chromium. Where it is missing and we may
 * install packages (root with apt-get, as on CI and the project's machines), install it; otherwise
 * stop with the command to run. Never lets browser tests skip silently.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

if (existsSync(CHROMIUM)) process.exit(0);
if (!canInstall) {
  console.error(`Chromium is needed for the browser tests and was not found at ${CHROMIUM}.\nInstall it with: sudo apt-get update && sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log('Installing Chromium for the browser tests (apt-get install -y chromium)…');
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
