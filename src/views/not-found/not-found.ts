/**
 * The "Page not found" page's view model, in the language of the page: hosts serve `/404.html` for
 * an unknown address and `/ru/404.html` for one under `/ru/` (`src/archive/not-found-pages.ts`).
 */
import { reportErrorHref } from '../../about/archive.ts';
import { notFoundPage } from '../../archive/not-found-pages.ts';
import { LOCALES, localizedPath, type Locale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translate.ts';

type Link = { href: string; text: string };

export interface NotFoundView {
  title: string;
  description: string;
  text: string;
  search: Link;
  startFrom: string;
  countries: Link;
  missions: Link;
  or: string;
  statements: Link;
  report: { before: string; link: Link; after: string };
  /** The 404 page in each language, for the language switch: a reader lost in one edition may read the other. */
  twins: { locale: Locale; path: string }[];
}

export function notFoundView(locale: Locale): NotFoundView {
  const t = translator(locale);
  const link = (path: string, text: string) => ({ href: localizedPath(locale, path), text });
  return {
    title: t('notFound.title'),
    description: t('notFound.description'),
    text: t('notFound.text'),
    search: link('/search/', t('notFound.search')),
    startFrom: t('notFound.startFrom'),
    countries: link('/countries/', t('notFound.countries')),
    missions: link('/missions/', t('notFound.missions')),
    or: t('notFound.or'),
    statements: link('/statements/', t('notFound.statements')),
    // The address that failed is only known in the reader's browser; the mail asks for it.
    report: {
      before: t('notFound.reportBefore'),
      link: { href: reportErrorHref(t('notFound.reportSubject')), text: t('notFound.reportLink') },
      after: t('notFound.reportAfter'),
    },
    twins: LOCALES.map((l) => ({ locale: l, path: notFoundPage(l) })),
  };
}
