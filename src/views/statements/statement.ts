/**
 * The statement page's view model: its facts (date, place, source, kind, countries, missions,
 * people, language) with their labels in the page's language. The title and summary come from the
 * statement's `ru:` block where it has one; the body stays in the language it was written in.
 */
import { intlWords } from '../../i18n/pseudo.ts';
import type { Phrase } from '../phrases.ts';
import type { Archive, Statement } from '../../archive/query.ts';
import { statementPage } from '../../citations/pages.ts';
import { formatDate } from '../../format/dates.ts';
import { searchVariant } from '../../search/fold.ts';
import { localizedPath, LOCALES, type Locale } from '../../i18n/locales.ts';
import { countryName, entryText, optionalText, type LocalText, organizationShortName } from '../../i18n/names.ts';
import { translator } from '../../i18n/translate.ts';
import { fieldOfWorkLabel, label } from '../../i18n/vocabulary.ts';
import { missionName, type Link } from '../names.ts';
import { bodyView, type BodyView } from '../body.ts';

export interface StatementView {
  /** `<title>`, the breadcrumb and the description, as plain text. */
  title: string;
  description: string;
  /** Names as phrases, so one in another language than the page is marked as such. */
  crumbs: { href?: string; label: string | Phrase }[];
  date: { iso: string; text: string; note: LocalText | undefined };
  search: { kind: string; year: string; organization: string; countries: string[]; variants: string[] };
  kind: string;
  organization: Link;
  relaying: { label: string; organization: Link } | undefined;
  heading: LocalText;
  titleIsOurs: string | undefined;
  lede: LocalText;
  labels: Record<
    | 'date'
    | 'place'
    | 'source'
    | 'kind'
    | 'documentNumber'
    | 'fieldsOfWork'
    | 'countries'
    | 'missions'
    | 'aligningStates'
    | 'people'
    | 'language'
    | 'original'
    | 'summary',
    string
  >;
  place: LocalText;
  documentNumber: string | undefined;
  fieldsOfWork: LocalText | undefined;
  countries: Link[];
  missions: Link[];
  aligningStates: Link[];
  people: { link: Link; as: string }[];
  language: string;
  url: string | undefined;
  urlUnknown: LocalText | undefined;
  body: BodyView;
  cite: ReturnType<typeof statementPage>;
}

// One formatter per language for the whole build: making one costs more than the lookup.
const LANGUAGE_NAMES = Object.fromEntries(LOCALES.map((l) => [l, new Intl.DisplayNames([l], { type: 'language', fallback: 'code' })])) as Record<
  Locale,
  Intl.DisplayNames
>;

/** The name of a language in the page's language: `en` → "English", "английский". */
function languageName(code: string, locale: Locale): string {
  try {
    const name = LANGUAGE_NAMES[locale].of(code) ?? code;
    return intlWords(locale, name.charAt(0).toLocaleUpperCase(locale) + name.slice(1));
  } catch {
    // A tag Intl cannot read is shown as written.
    return code;
  }
}

/** Everything the statement page shows, in `locale`. */
export function statementView(statement: Statement, archive: Archive, locale: Locale, site: string): StatementView {
  const t = translator(locale);
  const to = (path: string) => localizedPath(locale, path);
  const d = statement.data;
  const org = archive.organization.get(d.source)!;
  const reportsOn = d.reportsOn ? archive.organization.get(d.reportsOn) : undefined;
  const countryLink = (id: string): Link => ({ href: to(`/countries/${id}/`), text: countryName(locale, archive.country.get(id)!.data) });
  const heading = entryText(locale, d, 'title');
  const kind = label(locale, 'statementKind', d.kind);
  const countries = d.countries.map(countryLink);
  return {
    title: heading.text,
    description: entryText(locale, d, 'summary').text,
    crumbs: [{ href: to('/statements/'), label: t('nav.statements') }, { label: [heading] }],
    date: { iso: d.date, text: formatDate(d.date, locale), note: optionalText(locale, d, 'dateNote') },
    search: {
      kind,
      year: d.date.slice(0, 4),
      organization: organizationShortName(locale, org.data).text,
      countries: countries.map((c) => c.text.text),
      // Plain spellings of names Pagefind cannot fold (Domański → Domanski).
      variants: d.people.map((p) => searchVariant(archive.person.get(p.person)!.data.name)).filter((v): v is string => Boolean(v)),
    },
    kind,
    organization: { href: to(`/organizations/${org.id}/`), text: entryText(locale, org.data, 'name') },
    relaying: reportsOn && {
      label: t('statement.relaying'),
      organization: { href: to(`/organizations/${reportsOn.id}/`), text: entryText(locale, reportsOn.data, 'name') },
    },
    heading,
    titleIsOurs: d.titleIsOurs ? t('statement.titleIsOurs') : undefined,
    lede: entryText(locale, d, 'summary'),
    labels: {
      date: t('statement.date'),
      place: t('statement.place'),
      source: t('statement.source'),
      kind: t('statement.kind'),
      documentNumber: t('statement.documentNumber'),
      fieldsOfWork: t('statement.fieldsOfWork'),
      countries: t('statement.countries'),
      missions: t('statement.missions'),
      aligningStates: t('statement.aligningStates'),
      people: t('statement.people'),
      language: t('statement.language'),
      original: t('statement.original'),
      summary: t('statement.summary'),
    },
    // A dateline is a place name as the source printed it, in English.
    place: optionalText(locale, d, 'place') ?? { text: t('statement.noPlace'), lang: locale },
    documentNumber: d.documentNumber,
    // The OSCE's own tags, by the names its site gives them in each language.
    fieldsOfWork: d.fieldsOfWork.length > 0 ? { text: d.fieldsOfWork.map((f) => fieldOfWorkLabel(locale, f)).join(', '), lang: locale } : undefined,
    countries,
    missions: d.missions.map((id) => ({
      href: to(`/missions/${id}/`),
      text: missionName(locale, archive.mission.get(id)!.data, (c) => archive.country.get(c)!.data),
    })),
    aligningStates: (d.aligningStates ?? []).map(countryLink),
    people: d.people.map((p) => ({
      link: { href: to(`/people/${p.person}/`), text: entryText(locale, archive.person.get(p.person)!.data, 'name') },
      as: t(`statement.as.${p.as}`),
    })),
    language: languageName(d.language, locale),
    url: d.url,
    urlUnknown: optionalText(locale, d, 'urlUnknown'),
    body: bodyView(statement, archive, locale),
    cite: statementPage(statement, archive, site),
  };
}
