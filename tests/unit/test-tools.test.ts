/** Where the browser tests look for Chromium and nginx on each platform, and what they say when neither is there. */
import { describe, expect, test } from 'vitest';
import { chromiumCandidates, findTools, nginxCandidates } from '../support/tools.ts';
import { isRedirect } from '../support/site.ts';

describe('finding the browser tests’ tools', () => {
  test('CHROMIUM_PATH comes first, then the platform’s usual places', () => {
    expect(chromiumCandidates('linux', { CHROMIUM_PATH: '/opt/c', PATH: '/usr/local/bin' })).toEqual([
      '/opt/c',
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/local/bin/chromium',
      '/usr/local/bin/google-chrome',
      '/usr/local/bin/microsoft-edge',
    ]);
    expect(chromiumCandidates('darwin', {})).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(chromiumCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' }).some((p) => p.endsWith('msedge.exe'))).toBe(true);
    expect(nginxCandidates('darwin', {})[0]).toBe('/opt/homebrew/bin/nginx');
  });

  test('finds the first that exists', () => {
    const tools = findTools('darwin', {}, (p) => p.includes('Google Chrome') || p === '/usr/local/bin/nginx');
    expect(tools.map((t) => t.path)).toEqual(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/usr/local/bin/nginx']);
  });

  test('a path set by hand that does not exist is reported, not replaced', () => {
    const [chromium] = findTools('linux', { CHROMIUM_PATH: '/nowhere/chrome' }, (p) => p === '/usr/bin/chromium');
    expect(chromium!.path).toBeUndefined();
  });

  test.each([
    ['linux', /apt-get install -y chromium/, /apt-get install -y nginx/],
    ['darwin', /brew install --cask chromium/, /brew install nginx/],
    ['win32', /winget install Google\.Chrome/, /nginx\.exe on PATH/],
  ] as const)('on %s a missing tool says what to install', (platform, chromium, nginx) => {
    const tools = findTools(platform, {}, () => false);
    expect(tools.map((t) => t.path)).toEqual([undefined, undefined]);
    expect(tools[0]!.install).toMatch(chromium);
    expect(tools[1]!.install).toMatch(nginx);
    expect(tools.every((t) => (platform === 'linux') === (t.debianPackage !== undefined))).toBe(true);
  });
});

describe('telling a moved URL from a page', () => {
  test("Astro's refresh page for a redirect is one; a page of the archive is not", () => {
    const moved =
      '<!doctype html><title>Redirecting to: /organizations/x/</title><meta http-equiv="refresh" content="0;url=/organizations/x/"><meta name="robots" content="noindex">';
    expect(isRedirect(moved)).toBe(true);
    expect(isRedirect('<!DOCTYPE html><html lang="en"><head><title>Redirecting to: nowhere</title></head><body></body></html>')).toBe(false);
  });
});
