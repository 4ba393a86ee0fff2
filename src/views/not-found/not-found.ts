/**
 * The "Page not found" page's view model. The English page is the one hosts serve for every
 * unknown address (`error_page 404 /404.html`); the words are in the catalogue so a Russian page
 * is one route file away once the host configuration serves it under /ru/.
 */
import { reportErrorHref } from '../../about/archive.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
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
  };
}
