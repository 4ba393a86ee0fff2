/** The organizations index's view model. */
import type { Archive } from '../../archive/query.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { organizationName, type LocalText } from '../../i18n/names.ts';
import { translator } from '../../i18n/translate.ts';
import { label } from '../../i18n/vocabulary.ts';
import { shortNameOf } from './names.ts';

export interface OrganizationIndexView {
  title: string;
  description: string;
  lede: string;
  items: { href: string; name: LocalText; shortName: LocalText | undefined; kind: string }[];
}

export function organizationIndexView(archive: Archive, locale: Locale): OrganizationIndexView {
  const t = translator(locale);
  return {
    title: t('nav.organizations'),
    description: t('organizationIndex.description'),
    lede: t('organizationIndex.lede', { count: archive.organizations.length }),
    items: archive.organizations.map((o) => ({
      href: localizedPath(locale, `/organizations/${o.id}/`),
      name: organizationName(locale, o.data),
      shortName: shortNameOf(locale, o.data),
      kind: label(locale, 'organizationKind', o.data.kind),
    })),
  };
}
