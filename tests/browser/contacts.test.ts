/**
 * The media desk in real Chromium: from the home page to the OSCE PA spokesperson for Kazakhstan 2021,
 * phone and email on screen, and the vCard downloaded.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('requestfailed', (r) => problems.push(`${r.url()} ${r.failure()?.errorText}`));
});
afterAll(async () => browser?.close());

test('home → media contacts in one click shows the spokesperson’s phone and email', async () => {
  await page.goto(`${base}/`);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Media contacts' }).click();
  await page.waitForURL(`${base}/contacts/`);

  const group = page.getByRole('region', { name: /Kazakhstan: Parliamentary elections, 10 January 2021/ });
  const card = group.locator('article.contact', { hasText: 'Guido Almerigogna' });
  await expect(card.getByRole('link', { name: 'OSCE PA', exact: true }).isVisible()).resolves.toBe(true);
  expect(await card.locator('a[data-phone]').textContent()).toBe('+45\u00a060\u00a010\u00a097\u00a072');
  expect(await card.locator('a[data-phone]').getAttribute('href')).toBe('tel:+4560109772');
  expect(await card.locator('a[data-email]').textContent()).toBe('guido.almerigogna@oscepa.dk');
  expect(await card.textContent()).toContain('Past mission');
  expect(problems).toEqual([]);
});

test('the vCard downloads and holds the published contact', async () => {
  await page.goto(`${base}/contacts/`);
  const card = page.locator('article.contact', { hasText: 'Guido Almerigogna' });
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: /Download vCard/ }).click()]);
  expect(download.suggestedFilename()).toBe('guido-almerigogna--kz-2021-parliamentary.vcf');
  const vcf = readFileSync((await download.path())!, 'utf8');
  expect(vcf.split('\r\n').slice(0, 4)).toEqual(['BEGIN:VCARD', 'VERSION:3.0', 'UID:urn:uuid:b1df6a4c-d0ba-55e2-a969-bb36e10b77a1', 'FN:Guido Almerigogna']);
  expect(vcf).toContain('\r\nEMAIL;TYPE=INTERNET,WORK:guido.almerigogna@oscepa.dk\r\n');
  expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
});

test('the mission page shows the same contact and a vCard of all its contacts', async () => {
  await page.goto(`${base}/missions/kz/2021-parliamentary/`);
  const section = page.getByRole('region', { name: 'Media contacts' });
  expect(await section.locator('a[data-phone]').textContent()).toBe('+45\u00a060\u00a010\u00a097\u00a072');
  const response = await page.request.get(`${base}/missions/kz/2021-parliamentary/contacts.vcf`);
  expect(response.status()).toBe(200);
  expect((await response.text()).match(/BEGIN:VCARD/g)).toHaveLength(1);
});

/** Each page with contact cards at a phone's, a tablet's and a desktop's width, for `check` to read. */
async function atEveryWidth(check: () => Promise<string[]>): Promise<void> {
  for (const width of [320, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/contacts/', '/missions/kz/2021-parliamentary/']) {
      await page.goto(`${base}${path}`);
      expect(await check(), `${path} at ${width} px`).toEqual([]);
    }
  }
}

test('every e-mail address stays inside its contact card at 320, 768 and 1280 px', async () => {
  await atEveryWidth(() =>
    page.$$eval('article.contact', (cards) =>
      cards.flatMap((card) => {
        const box = card.getBoundingClientRect();
        return [...card.querySelectorAll('a[data-email], a[data-phone]')]
          .map((a) => a.getBoundingClientRect())
          .filter((r) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
          .map((r) => `${Math.round(r.right - box.right)} px past the card`);
      }),
    ),
  );
});

test('nginx, with the shipped configuration, sends vCards as text/vcard in UTF-8', async () => {
  for (const path of ['/contacts/guido-almerigogna--kz-2021-parliamentary.vcf', '/missions/kz/2021-parliamentary/contacts.vcf']) {
    const response = await fetch(`${base}${path}`);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type'), path).toBe('text/vcard; charset=utf-8');
    expect((await response.text()).startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n'), path).toBe(true);
  }
});

test('an e-mail address breaks before its @, never inside its domain, at 320, 768 and 1280 px', async () => {
  await atEveryWidth(() =>
    page.$$eval('a[data-email]', (links) =>
      links.flatMap((a) => {
        // The domain is the text node after the <wbr>: all of it on one line box.
        const domain = [...a.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.startsWith('@'));
        if (!domain) return [`${a.textContent} has no break before its @`];
        const range = document.createRange();
        range.selectNodeContents(domain);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return lines.size > 1 ? [`${a.textContent} breaks inside its domain`] : [];
      }),
    ),
  );
});
