/**
 * What language a built page speaks. A Russian page may show English only where it says so
 * (`lang="en"` on the text or an ancestor: names and bodies without a translation); an English
 * page shows Russian only inside `lang="ru"` (the language switcher). Everything else a reader sees
 * or hears — text, `title`, `aria-label`, `alt`, `placeholder`, the `<title>` and description — is
 * in the page's language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parseHTML } from 'linkedom';
import { englishWords, latinNames } from '../../src/i18n/english-words.ts';
import { PSEUDO_LOCALE } from '../../src/i18n/locales.ts';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ATTRIBUTES = ['title', 'aria-label', 'alt', 'placeholder'];
// A web address is in no language: an original's address may carry Cyrillic (vzglyad.az/news/…/ПА-ОБСЕ-…)
// and is printed as it is, on an English page as on a Russian one.
const ADDRESS = /https?:\/\/\S+/g;

/** Each text a reader meets on the page with the language it is marked as. */
function texts(html: string): { text: string; lang: string; where: string }[] {
  const { document } = parseHTML(html);
  const pageLang = document.documentElement.getAttribute('lang') ?? '';
  const out: { text: string; lang: string; where: string }[] = [];
  const langOf = (el: Element | null): string => el?.closest('[lang]')?.getAttribute('lang') ?? pageLang;
  const visit = (node: Node) => {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName) || el.hasAttribute('hidden')) return;
      for (const name of ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value) out.push({ text: value, lang: langOf(el), where: `${el.tagName.toLowerCase()}[${name}]` });
      }
    } else if (node.nodeType === 3) {
      // An e-mail address is in no language, like a web address; the page breaks it before its @ (<wbr>),
      // so its local part ("nat") stands as a text of its own.
      if (node.parentElement?.closest('a[href^="mailto:"]')) return;
      const text = node.textContent ?? '';
      if (text.trim()) out.push({ text, lang: langOf(node.parentElement), where: node.parentElement?.tagName.toLowerCase() ?? '' });
      return;
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(document.body);
  const title = document.querySelector('title')?.textContent;
  if (title) out.push({ text: title, lang: pageLang, where: 'title' });
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
  if (description) out.push({ text: description, lang: pageLang, where: 'meta description' });
  return out;
}

/**
 * Texts on the page that are in another language without being marked so; `names` as for englishWords.
 * `inAttributes` adds words allowed where no mark can be set: an attribute, the `<title>`, the
 * description (a content title with no translation, shown in English).
 */
export function languageProblems(html: string, names: ReadonlySet<string> = new Set(), inAttributes: ReadonlySet<string> = names): string[] {
  const problems: string[] = [];
  for (const { text, lang, where } of texts(html)) {
    const allowed = where === 'title' || where === 'meta description' || where.includes('[') ? inAttributes : names;
    const shown = text.trim().replace(/\s+/g, ' ').slice(0, 80);
    // The pseudo-locale's interface text is English made unrecognisable (src/i18n/pseudo.ts): plain
    // English words on its pages were written into markup, or came from data without their language.
    if (lang === 'ru' || lang === PSEUDO_LOCALE) {
      const english = englishWords(text, allowed);
      if (english.length) problems.push(`${where}: "${shown}" — English (${english.slice(0, 3).join(', ')}) not marked lang="en"`);
    }
    if ((lang === 'en' || lang === PSEUDO_LOCALE) && CYRILLIC.test(text.replace(ADDRESS, ' '))) {
      problems.push(`${where}: "${shown}" — Russian not marked lang="ru"`);
    }
  }
  return problems;
}

/** The `hreflang` alternates a page declares, as `{ lang: path }`. */
export function hreflangs(html: string): Record<string, string> {
  const { document } = parseHTML(html);
  const out: Record<string, string> = {};
  for (const link of document.querySelectorAll('link[rel="alternate"][hreflang]'))
    out[link.getAttribute('hreflang')!] = new URL(link.getAttribute('href')!).pathname;
  return out;
}

/** The words of every person's and organization's name under `contentDir` that has no Russian form (`ru.name`). */
export function namesWithoutRussian(contentDir: string): Set<string> {
  return latinNames(
    ['people', 'organizations'].flatMap((folder) =>
      readdirSync(join(contentDir, folder)).map(
        (file) => load(readFileSync(join(contentDir, folder, file), 'utf8')) as { name?: string; shortName?: string; ru?: { name?: string } },
      ),
    ),
  );
}
