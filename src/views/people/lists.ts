/** The view model of a person's full list of statements. */
import type { Person, Statement } from '../../archive/query.ts';
import type { ListPage } from '../../lists/paging.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { entryText } from '../../i18n/names.ts';
import { phrase, phraseText } from '../phrases.ts';
import { translator } from '../../i18n/translate.ts';
import { pageOf, type PagedListView } from '../lists.ts';

export interface PersonStatementsView extends PagedListView {
  statements: Statement[];
}

/** `/people/<id>/statements/`: every statement naming a person, newest first. */
export function personStatementsView(person: Person, list: ListPage<Statement>, locale: Locale): PersonStatementsView {
  const t = translator(locale);
  const local = entryText(locale, person.data, 'name');
  const name = local.text;
  const heading = phrase(locale, t, 'person.statements', local);
  return {
    title: phraseText(heading),
    heading,
    crumb: t('nav.statements'),
    trail: [
      { href: localizedPath(locale, '/people/'), label: t('nav.people') },
      { href: localizedPath(locale, `/people/${person.id}/`), label: [local] },
    ],
    description: t('personStatements.description', { name }),
    lede: phrase(locale, t, 'personStatements.lede', local, { count: list.total }),
    base: `/people/${person.id}/statements/`,
    label: t('personStatements.label', { name }),
    ...pageOf(list),
    statements: list.items,
  };
}
