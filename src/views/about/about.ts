/**
 * The about page's view model: what the archive holds (counted at build), how facts are sourced,
 * the vocabularies with their labels, licence, citing, contributing and corrections, in the page's
 * language.
 */
import type { Archive } from '../../archive/query.ts';
import { ARCHIVE_NAME, LICENCE, reportErrorHref } from '../../about/archive.ts';
import { archiveCounts, type ArchiveCounts } from '../../about/counts.ts';
import { apaReferencesInWorker } from '../../citations/apa-thread.ts';
import { cslItem } from '../../citations/reference.ts';
import { DATA_VERSION } from '../../data/records.ts';
import { formatCount } from '../../format/counts.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { entryText, type LocalText } from '../../i18n/names.ts';
import { translator } from '../../i18n/translate.ts';
import { ALL_VOCABULARIES, type Vocabulary } from '../../i18n/vocabulary.ts';

type Link = { href: string; text: string };

export interface AboutView {
  title: string;
  description: string;
  lede: string;
  holds: { heading: string; caption: string; rows: { key: keyof ArchiveCounts; label: string; value: string }[] };
  years: { text: string; country: Link; or: string; missions: Link; take: string; data: Link } | undefined;
  sourcing: { heading: string; items: string[] };
  vocabularies: { heading: string; intro: string; codebook: Link; explains: string; lists: { id: string; heading: string; values: [string, string][] }[] };
  licence: { heading: string; before: string; link: { href: string; text: string }; after: string };
  cite: {
    heading: string;
    before: string;
    section: string;
    after: string;
    reference: string;
    example: { text: string; href: string; title: LocalText } | undefined;
  };
  contribute: { heading: string; text: string; codebook: Link; lists: string };
  report: { heading: string; before: string; link: Link; after: string };
}

/** The rows of the counts table, in the order they are read. */
const COUNTS = [
  'missions',
  'observedCountries',
  'statements',
  'observerFigures',
  'milestones',
  'findings',
  'people',
  'contactPoints',
  'organizations',
  'participatingStates',
] as const;

/** The vocabularies the page lists, by the anchor each keeps. */
const VOCABULARIES: [string, Vocabulary][] = [
  ['mission-types', 'missionType'],
  ['election-kinds', 'electionKind'],
  ['milestones', 'milestoneKind'],
  ['statuses', 'milestoneStatus'],
  ['figure-statuses', 'figureStatus'],
  ['assessments', 'assessment'],
  ['statement-kinds', 'statementKind'],
];

/** `site` is the site's origin; `built` the build day, the date of the archive's own citation. */
export async function aboutView(archive: Archive, locale: Locale, site: string, built: string): Promise<AboutView> {
  const t = translator(locale);
  // The archive's reference keeps its published English title in every language, as citations do.
  const [reference] = apaReferencesInWorker([cslItem({ kind: 'archive', id: 'archive', title: ARCHIVE_NAME, url: new URL('/', site).href, issued: built })]);
  const to = (path: string) => localizedPath(locale, path);
  const n = archiveCounts(archive);
  const codebook = to(`/data/${DATA_VERSION}/codebook/`);
  const example = archive.statements[0];
  return {
    title: t('about.title'),
    description: t('about.description'),
    lede: t('about.lede', { archive: t('site.name') }),
    holds: {
      heading: t('about.holds'),
      caption: t('about.caption'),
      rows: COUNTS.map((key) => ({ key, label: t(`about.count.${key}`), value: formatCount(n[key], locale) })),
    },
    years: n.electionYears && {
      text: t('about.years', { first: n.electionYears.first, last: n.electionYears.last }),
      country: { href: to('/countries/'), text: t('about.years.country') },
      or: t('about.years.or'),
      missions: { href: to('/missions/'), text: t('about.years.missions') },
      take: t('about.years.take'),
      data: { href: to('/data/'), text: t('about.years.data') },
    },
    sourcing: {
      heading: t('about.sourcing'),
      items: [
        t('about.sourcing.statements'),
        t('about.sourcing.words'),
        t('about.sourcing.nothingAdded'),
        t('about.sourcing.check'),
        ...(locale === 'en' ? [] : [t('about.sourcing.russian')]),
      ],
    },
    vocabularies: {
      heading: t('about.vocabularies'),
      intro: t('about.vocabularies.intro'),
      codebook: { href: codebook, text: t('about.vocabularies.codebook') },
      explains: t('about.vocabularies.explains'),
      lists: VOCABULARIES.map(([id, vocabulary]) => ({
        id,
        heading: t(`about.vocabulary.${id}` as Parameters<typeof t>[0]),
        values: Object.entries(ALL_VOCABULARIES[vocabulary][locale] as Record<string, string>),
      })),
    },
    licence: {
      heading: t('about.licence'),
      before: t('about.licence.before'),
      link: { href: LICENCE.url, text: LICENCE.name },
      after: t('about.licence.after'),
    },
    cite: {
      heading: t('about.cite'),
      before: t('about.cite.before'),
      section: t('about.cite.section'),
      after: t('about.cite.after'),
      reference: await reference!,
      example: example && {
        text: t('about.cite.example'),
        href: `${to(`/statements/${example.id}/`)}#cite-this-page`,
        title: entryText(locale, example.data, 'title'),
      },
    },
    contribute: {
      heading: t('about.contribute'),
      text: t('about.contribute.text'),
      codebook: { href: codebook, text: t('about.contribute.codebook') },
      lists: t('about.contribute.lists'),
    },
    report: {
      heading: t('about.report'),
      before: t('about.report.before'),
      link: { href: reportErrorHref(new URL(to('/about/'), site).href), text: t('about.report.link') },
      after: t('about.report.after'),
    },
  };
}
