/**
 * Real Chromium for browser tests, driven by playwright-core: Debian's package on Linux (what CI
 * installs), an installed Chrome, Chromium or Edge elsewhere (`tools.ts`). A missing browser is a
 * failure that says what to install, never a skip.
 */
import { chromium, type Browser } from 'playwright-core';
import { requireTool } from './tools.ts';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireTool('Chromium'),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
