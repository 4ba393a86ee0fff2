/**
 * A third language, from data alone: the fixture archive built with the pseudo-locale
 * (`src/i18n/pseudo.ts`: English accented and about 40% longer, `ARCHIVE_PSEUDO_LOCALE=1`). No page
 * file, catalogue or component names it, so if every page exists in it, speaks it, and its charts
 * hold its longer words, a real language needs only its locale entry, catalogue and translations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import { latinNames } from '../../src/i18n/english-words.ts';
import { PSEUDO_LOCALE } from '../../src/i18n/locales.ts';
import { pseudoText } from '../../src/i18n/pseudo.ts';
import { collisions } from '../support/chart-layout.ts';
import { KZ_CONTENT } from '../support/content-tree.ts';
import { languageProblems } from '../support/languages.ts';
import { builtPages, pageHtml } from '../support/site.ts';

const dist = inject('pseudoDistDir');
const PREFIX = `/${PSEUDO_LOCALE}/`;

/** Every entry's front matter, English only (its `ru:` block left out). */
function frontMatter(): Record<string, unknown>[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.ru\.mdx?$/.test(e.name) ? [] : [join(dir, e.name)],
    );
  return files(KZ_CONTENT).map((file) => {
    const text = readFileSync(file, 'utf8');
    const data = load(file.endsWith('.yaml') ? text : text.split(/^---$/m)[1]!) as Record<string, unknown>;
    delete data.ru;
    return data;
  });
}

/** Every word of every English string in `value`, as englishWords splits them. */
function wordsOf(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') for (const w of latinNames([{ name: value }])) into.add(w);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) wordsOf(v, into);
  return into;
}

describe('the pseudo-locale', () => {
  test('turns text into longer, accented text and leaves digits and punctuation', () => {
    expect(pseudoText('Observed elections, 2021')).toBe('ÖÖƀšééŕṽééđ ééļééçţîîööñš, 2021···');
    for (const english of ['Statements naming a person, newest first', 'Rhythm', 'Countries'])
      expect([...pseudoText(english)].length / english.length, english).toBeGreaterThanOrEqual(1.4);
    expect(pseudoText('2021 · 10')).toBe('2021 · 10');
  });

  test('every page of the English edition exists in it, and in Russian', () => {
    const pages = builtPages(dist);
    const english = pages.filter((p) => !p.startsWith(PREFIX) && !p.startsWith('/ru/') && p !== '/404.html');
    expect(english.length).toBeGreaterThan(100);
    const twins = new Set(pages);
    for (const page of english) {
      expect(twins.has(`${PREFIX.slice(0, -1)}${page}`), page).toBe(true);
      expect(twins.has(`/ru${page}`), page).toBe(true);
    }
    expect(twins.has(`${PREFIX}404.html`)).toBe(true);
  });

  test('every page in it speaks it: no interface text written into markup, no Russian, content marked English', () => {
    const data = frontMatter();
    // Names (people, organizations, countries) are content: printed in English, which a text node
    // marks lang="en" and an attribute cannot. Content titles and summaries likewise in attributes.
    const names = latinNames(data.map((d) => ({ name: d.name as string | undefined, shortName: d.shortName as string | undefined })));
    const inAttributes = wordsOf(data, new Set(names));
    const pages = builtPages(dist).filter((p) => p.startsWith(PREFIX));
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap((page) => {
      const html = pageHtml(dist, page);
      expect(html, page).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${PSEUDO_LOCALE}"`));
      return languageProblems(html, names, inAttributes).map((p) => `${page} ${p}`);
    });
    expect(problems).toEqual([]);
  });

  test('its charts hold its longer words: no label over another, no line through one', () => {
    const pages = builtPages(dist).filter((p) => p.startsWith(PREFIX) && pageHtml(dist, p).includes('chart__svg'));
    expect(pages.length).toBeGreaterThan(3);
    const found = pages.flatMap((page) => {
      const doc = parseHTML(pageHtml(dist, page)).document as unknown as Document;
      return [...doc.querySelectorAll('svg.chart__svg')].flatMap((svg) => collisions(svg).map((c) => `${page}: ${c}`));
    });
    expect(found).toEqual([]);
  });
});
