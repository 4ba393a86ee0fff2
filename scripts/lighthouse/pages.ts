/**
 * Which pages `npm run lighthouse` measures: one of every page type, in every published language,
 * chosen from the files of a build so the addresses are the ones the site really has.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_LOCALE, localizedPath, type Locale } from '../../src/i18n/locales.ts';

export interface PageType {
  /** A short name for the table (`country`, `mission`). */
  name: string;
  /** The page's file under a language's root, `*` standing for one folder (an id). */
  pattern: string;
  /** Audits whose premise the page rightly fails, each with the reason, printed with the results. */
  skip?: readonly { audit: string; why: string }[];
}

/**
 * Every kind of HTML page the site builds. The 404 page is read at its own address, where it is a 200:
 * Lighthouse stops at a document answered with 404 and scores nothing, so a missing address would
 * measure nothing of the page readers see.
 */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', pattern: 'index.html' },
  { name: 'countries', pattern: 'countries/index.html' },
  { name: 'country', pattern: 'countries/*/index.html' },
  { name: 'country statements', pattern: 'countries/*/statements/index.html' },
  { name: 'missions', pattern: 'missions/index.html' },
  { name: 'mission', pattern: 'missions/*/*/index.html' },
  { name: 'statements', pattern: 'statements/index.html' },
  { name: 'statement', pattern: 'statements/*/index.html' },
  { name: 'organizations', pattern: 'organizations/index.html' },
  { name: 'organization', pattern: 'organizations/*/index.html' },
  { name: 'people', pattern: 'people/index.html' },
  { name: 'person', pattern: 'people/*/index.html' },
  { name: 'contacts', pattern: 'contacts/index.html' },
  { name: 'data', pattern: 'data/index.html' },
  { name: 'about', pattern: 'about/index.html' },
  { name: 'search', pattern: 'search/index.html' },
  {
    name: '404',
    pattern: '404.html',
    skip: [{ audit: 'is-crawlable', why: 'the page for a missing address carries noindex, so that /404.html itself never shows in search results' }],
  },
];

export interface BuiltFile {
  /** Path under the build's root with `/` separators: `ru/countries/kz/index.html`. */
  path: string;
  bytes: number;
}

export interface ChosenPage {
  type: string;
  locale: Locale;
  /** The site address: `/ru/countries/kz/`, `/404.html`. */
  url: string;
  skip: readonly { audit: string; why: string }[];
}

function matches(pattern: string, path: string): boolean {
  const a = pattern.split('/');
  const b = path.split('/');
  return a.length === b.length && a.every((part, i) => part === '*' || part === b[i]);
}

/** The address a file is served at: a folder's `index.html` as the folder. */
function fileUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * One page of each type in each language. Of the default language's pages of a type the largest is
 * taken (ties by path, so the choice is the same from run to run): the heaviest page is the one a
 * score would fall on first. Every other language measures the same page, under its prefix, so the
 * two rows compare like with like. A type or a language the build lacks is left out, not invented.
 */
export function choosePages(files: readonly BuiltFile[], locales: readonly Locale[], types: readonly PageType[] = PAGE_TYPES): ChosenPage[] {
  const byPath = new Set(files.map((f) => f.path));
  const prefix = (locale: Locale) => localizedPath(locale, '/').slice(1);
  const defaultPrefixes = locales.filter((l) => l !== DEFAULT_LOCALE).map(prefix);
  // Default-language files: those under no other language's prefix.
  const defaultFiles = files.filter((f) => !defaultPrefixes.some((p) => f.path.startsWith(p)));
  const chosen: ChosenPage[] = [];
  for (const type of types) {
    const candidates = defaultFiles.filter((f) => matches(type.pattern, f.path)).sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
    const page = candidates[0];
    if (!page) continue;
    for (const locale of locales) {
      const path = `${prefix(locale)}${page.path}`;
      if (byPath.has(path)) chosen.push({ type: type.name, locale, url: fileUrl(path), skip: type.skip ?? [] });
    }
  }
  return chosen;
}

/** Every HTML file of a build, with its size. */
export function htmlFiles(root: string): BuiltFile[] {
  const out: BuiltFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push({ path: relative(root, full).split(sep).join('/'), bytes: statSync(full).size });
    }
  };
  walk(root);
  return out;
}
