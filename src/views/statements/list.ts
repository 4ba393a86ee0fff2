/** The statements list (`/statements/`, `/statements/page/N/`): its headings and sentences in the page's language. */
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translate.ts';

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
