/** The view model of a page of /people/, alphabetical by family name. */
import type { Person } from '../../archive/query.ts';
import type { ListPage } from '../../lists/paging.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { entryText, inLanguage, type LocalText } from '../../i18n/names.ts';
import { translator } from '../../i18n/translate.ts';
import { pageOf, type PagedListView } from '../lists.ts';

export interface PeopleView extends Omit<PagedListView, 'crumb' | 'trail'> {
  people: { href: string; name: LocalText; role: LocalText }[];
}

export function peopleView(list: ListPage<Person>, locale: Locale): PeopleView {
  const t = translator(locale);
  return {
    title: t('nav.people'),
    description: t('peopleIndex.description'),
    lede: t('peopleIndex.lede', { count: list.total }),
    base: '/people/',
    label: t('peopleIndex.label'),
    ...pageOf(list),
    people: list.items.map((p) => ({
      href: localizedPath(locale, `/people/${p.id}/`),
      name: entryText(locale, p.data, 'name'),
      // Role titles are the sources' English words; the content has no Russian for them.
      role: inLanguage(locale, p.data.roles[0]!.title, undefined),
    })),
  };
}
