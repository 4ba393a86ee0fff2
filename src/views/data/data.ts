/**
 * The open-data page's view model: the downloads with their sizes and what each holds, and how the
 * files are laid out, in the page's language. The files themselves are language-neutral: ids,
 * unprefixed addresses, and Russian texts in their own `ru.` columns beside the English.
 */
import type { Archive } from '../../archive/query.ts';
import { LICENCE } from '../../about/archive.ts';
import { CALENDAR_PATH } from '../../calendar/ics.ts';
import { byteSize, downloads, downloadUrl, type Download } from '../../data/catalogue.ts';
import { LIST_SEPARATOR } from '../../data/csv.ts';
import { COLLECTIONS, DATA_VERSION } from '../../data/records.ts';
import { formatBytes } from '../../data/sizes.ts';
import { ALL_STATEMENTS_FEED } from '../../feeds/statements.ts';
import { formatDate } from '../../format/dates.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { translator, type MessageKey, type Translate } from '../../i18n/translate.ts';
import type { ColumnHead } from '../tables.ts';

export interface DataView {
  title: string;
  description: string;
  lede: string;
  facts: {
    version: { term: string; text: string };
    built: { term: string; datetime: string; text: string };
    licence: { term: string; href: string; name: string; cite: string; citeLink: { href: string; text: string } };
    fields: { term: string; text: string; codebook: { href: string; text: string } };
  };
  columns: ColumnHead[];
  groups: { id: string; heading: string; caption: string; files: { href: string; file: string; holds: string; format: string; size: string }[] }[];
  howToRead: { heading: string; items: string[] };
  follow: {
    heading: string;
    feeds: string;
    allStatements: { href: string; text: string };
    feedsRest: string;
    allCalendar: { href: string; text: string };
    calendarRest: string;
  };
}

/** What a download holds, in words: `Countries`, `Countries: the JSON download, record by record`. */
function holds(file: Download, t: Translate): string {
  const name = file.file.replace(/^schemas\//, '').replace(/\.(entry\.schema\.json|schema\.json|json|csv)$/, '');
  const what = t(`data.file.${name}` as MessageKey);
  if (file.group !== 'schema' || !(COLLECTIONS as readonly string[]).includes(name)) return what;
  return t(file.file.endsWith('.entry.schema.json') ? 'data.file.schema' : 'data.file.downloadSchema', { collection: what });
}

export function dataView(archive: Archive, locale: Locale, built: string): DataView {
  const t = translator(locale);
  const files = downloads(archive, built);
  const codebook = `/data/${DATA_VERSION}/codebook/`;
  const group = (id: string, heading: string, kind: Download['group']) => ({
    id,
    heading,
    caption: t('data.caption', { group: heading }),
    files: files
      .filter((f) => f.group === kind)
      .map((f) => ({ href: downloadUrl(f.file), file: f.file, holds: holds(f, t), format: f.format, size: formatBytes(byteSize(f.text), locale) })),
  });
  return {
    title: t('data.title'),
    description: t('data.description'),
    lede: t('data.lede'),
    facts: {
      version: { term: t('data.version'), text: t('data.versionText', { version: DATA_VERSION }) },
      built: { term: t('data.built'), datetime: built, text: formatDate(built, locale) },
      licence: {
        term: t('data.licence'),
        href: LICENCE.url,
        name: LICENCE.name,
        cite: t('data.licenceCite'),
        citeLink: { href: `${localizedPath(locale, '/about/')}#how-to-cite`, text: t('data.licenceCiteLink') },
      },
      fields: { term: t('data.fields'), text: t('data.fieldsText'), codebook: { href: localizedPath(locale, codebook), text: t('data.codebookLink') } },
    },
    columns: (['file', 'holds', 'format', 'size'] as const).map((c) => ({ text: t(`data.column.${c}`), class: c === 'size' ? 'num' : undefined })),
    groups: [
      group('collections', t('data.group.collections'), 'collection'),
      group('facts', t('data.group.facts'), 'facts'),
      group('schemas', t('data.group.schemas'), 'schema'),
    ],
    howToRead: {
      heading: t('data.howToRead'),
      items: [
        t('data.howToRead.json'),
        t('data.howToRead.csv', { separator: LIST_SEPARATOR.trim() }),
        t('data.howToRead.flat'),
        t('data.howToRead.formula', { quote: "'" }),
        t('data.howToRead.russian'),
      ],
    },
    follow: {
      heading: t('data.follow'),
      feeds: t('data.follow.feeds'),
      allStatements: { href: localizedPath(locale, ALL_STATEMENTS_FEED), text: t('data.follow.allStatements') },
      feedsRest: t('data.follow.feedsRest'),
      allCalendar: { href: localizedPath(locale, CALENDAR_PATH), text: t('data.follow.allCalendar') },
      calendarRest: t('data.follow.calendarRest'),
    },
  };
}
