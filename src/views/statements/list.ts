/**
 * The statements list (`/statements/`, `/statements/page/N/`): its headings and sentences in the
 * page's language; and the items of every list of statements (`StatementList.astro`).
 */
import type { Archive, Statement } from '../../archive/query.ts';
import { formatDate } from '../../format/dates.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { entryText, optionalText, organizationShortName, type LocalText } from '../../i18n/names.ts';
import { translator } from '../../i18n/translate.ts';
import { label } from '../../i18n/vocabulary.ts';

export interface StatementsListView {
  title: string;
  description: string;
  lede: string;
  /** Address of the list's first page, in the page's language. */
  base: string;
  label: string;
}

/** One page of the statements list; `total` counts the whole archive. */
export function statementsListView(total: number, locale: Locale): StatementsListView {
  const t = translator(locale);
  return {
    title: t('nav.statements'),
    description: t('statements.description'),
    lede: t('statements.lede', { count: total }),
    base: localizedPath(locale, '/statements/'),
    label: t('statements.listLabel'),
  };
}

export interface StatementItem {
  href: string;
  title: LocalText;
  date: { iso: string; text: string };
  /** Kind, issuer and place, those the statement gives, each in the language it is in. */
  details: LocalText[];
  summary: LocalText;
}

/**
 * One item per statement: title, date, kind, issuer, place and summary in the page's language; a
 * title, summary or place with no translation stays English, and an English acronym on a Russian
 * page is marked English.
 */
export function statementItems(statements: readonly Statement[], archive: Archive, locale: Locale): StatementItem[] {
  return statements.map((s) => {
    const org = archive.organization.get(s.data.source);
    return {
      href: localizedPath(locale, `/statements/${s.id}/`),
      title: entryText(locale, s.data, 'title'),
      date: { iso: s.data.date, text: formatDate(s.data.date, locale) },
      details: [
        { text: label(locale, 'statementKind', s.data.kind), lang: locale },
        org && organizationShortName(locale, org.data),
        optionalText(locale, s.data, 'place'),
      ].filter((part): part is LocalText => Boolean(part?.text)),
      summary: entryText(locale, s.data, 'summary'),
    };
  });
}
