/** Runs axe-core (WCAG 2.2 A/AA rules) in a Playwright page and returns readable violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's script, read once per test file. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * The rules whose outcome depends on colour. In dark mode nothing but colours changes (the styles
 * switch custom properties under prefers-color-scheme), so a page already checked in light mode
 * against every rule needs only these again.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Every WCAG 2.2 A/AA and best-practice rule, or only `rules` when given. */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  // Once per page: a second check of the same page (dark mode) reuses the axe already loaded.
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: an injected
  // <script> would be refused on a page that keeps its policy.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, runOnly);
  return violations;
}
