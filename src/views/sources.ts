/**
 * The statements that figures, findings and facts cite, as `SourceLink.astro` prints them: "Source:
 * <statement title>, 4 January 2021", linked to the statement's page in the page's language.
 */
import type { Archive } from '../archive/query.ts';
import { formatDate } from '../format/dates.ts';
import { localizedPath, type Locale } from '../i18n/locales.ts';
import { entryText, type LocalText } from '../i18n/names.ts';

export interface SourceView {
  href: string;
  /** The statement's title, in the page's language where content gives one. */
  title: LocalText;
  date: string;
}

/** The cited statements by id, for a chart whose tables cite them by id. */
export type Sources = ReadonlyMap<string, SourceView>;

/** The statement `id` as a citation in `locale`. */
export function sourceView(id: string, archive: Archive, locale: Locale): SourceView {
  const statement = archive.statement.get(id);
  if (!statement) throw new Error(`no statement "${id}" to cite (the content check should have caught this)`);
  return {
    href: localizedPath(locale, `/statements/${id}/`),
    title: entryText(locale, statement.data, 'title'),
    date: formatDate(statement.data.date, locale),
  };
}

interface Cited {
  observers?: readonly { source: string }[] | undefined;
  milestones?: readonly { source: string }[] | undefined;
  findings?: readonly { source: string }[] | undefined;
}

/**
 * Every statement a chart of these missions can cite in its tables: the sources of their observer
 * figures, milestones and findings, which are all a chart draws.
 */
export function chartSources(missions: readonly Cited[], archive: Archive, locale: Locale): Sources {
  const ids = new Set(missions.flatMap((m) => [...(m.observers ?? []), ...(m.milestones ?? []), ...(m.findings ?? [])].map((f) => f.source)));
  return new Map([...ids].map((id) => [id, sourceView(id, archive, locale)]));
}
