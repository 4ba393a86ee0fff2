/**
 * The downloads of "Cite this page": BibTeX, RIS and CSL-JSON, and the reference printed on the
 * page, all written by citation-js from one CSL-JSON item (`./reference.ts`).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CitableKind, CslItem } from './reference.ts';
import { bibtexItem, itemOnOneLine, oneLine } from './text.ts';

export type CitationFormat = 'bib' | 'ris' | 'json';

export const CITATION_FORMATS: readonly { ext: CitationFormat; label: string; mediaType: string }[] = [
  { ext: 'bib', label: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8' },
  { ext: 'ris', label: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  { ext: 'json', label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
];

/** Where a page's citation files live: `/citations/missions/kz/2021-parliamentary.bib`. */
export function citationPath(kind: CitableKind, id: string, ext: CitationFormat): string {
  return `/citations/${kind === 'country' ? 'countries' : `${kind}s`}/${id}.${ext}`;
}

/**
 * citation-js writes the day into the month (`month = {jan 4}`), which BibTeX styles print as it
 * stands ("jan 4 2021"): the month becomes BibTeX's own macro (`month = jan`, printed "January" or
 * "Jan." as the style says) and the day a field of its own, which biblatex reads and BibTeX ignores.
 */
const MONTH_WITH_DAY = /^(\s*)month = \{([a-z]{3})(?: (\d{1,2}))?\},$/m;

/** BibTeX, written by citation-js, which escapes what BibTeX gives a meaning to, from the item as ./text.ts makes it safe for it. */
function bibtex(item: CslItem): string {
  const text = new Cite(bibtexItem(item)).format('bibtex', { format: 'text' }).trim();
  return `${text.replace(MONTH_WITH_DAY, (_, indent: string, month: string, day?: string) => `${indent}month = ${month},${day ? `\n${indent}day = {${day}},` : ''}`)}\n`;
}

/**
 * RIS from citation-js's tag map. Its text output breaks every value at 70 characters, which RIS
 * readers re-join with a space (a URL comes back as `…/osce-pa -deploys…`), so the lines are
 * joined here unbroken; RIS lines have no length limit. The `ID` is the whole citation key, the
 * BibTeX key: citation-js cuts it to the 20 characters of the old RefMan rule, where two statements
 * of one day shared one (`eoa_statement_2021_0`) and none matched its BibTeX entry.
 */
function ris(item: CslItem): string {
  const entries = new Cite(itemOnOneLine(item)).format('ris', { format: 'object' }) as unknown as Record<string, string | string[]>[];
  return (
    entries
      // The archive as publisher, not author: RIS has no mark for a corporate author, and readers
      // such as bibutils split any `AU` of several words into a family and given names.
      .map(({ AU, ...entry }): Record<string, string | string[]> => ({ ...entry, ID: item['citation-key'], ...(AU ? { PB: AU } : {}) }))
      .map((entry) => {
        const lines = [`TY  - ${entry.TY}`];
        for (const [tag, value] of Object.entries(entry)) {
          if (tag === 'TY') continue;
          // The values are on one line already; citation-js's own breaks are joined the same way.
          for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${oneLine(String(v).replace(/\s*\n\s*/g, ' '))}`);
        }
        lines.push('ER  - ');
        return lines.join('\r\n');
      })
      .join('\r\n') + '\r\n'
  );
}

function cslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

/**
 * APA with no disambiguation between items. Every page has the same author (the archive) and many
 * share a year, so in one bibliography citeproc would tell them apart with year suffixes ("2021a",
 * "2021b"); each reference stands alone on its own page, where APA prints none. Only the citation's
 * three disambiguation switches change.
 */
const APA_EACH_ALONE = 'apa-each-alone';
const csl = plugins.config.get('@csl') as { styles: { get(name: string): string; add(name: string, xml: string): void } };
csl.styles.add(
  APA_EACH_ALONE,
  csl.styles
    .get('apa')
    .replace(
      /<citation ([^>]*)>/,
      (_, attributes: string) => `<citation ${attributes.replace(/(disambiguate-add-(?:givenname|names|year-suffix))="true"/g, '$1="false"')}>`,
    ),
);

/** Items citeproc formats in one pass: large enough to share its set-up, small enough to keep its registry small. */
const BATCH = 200;

/**
 * The APA references of many items, a batch at a time, each batch's texts in the order of its items:
 * for each, the text APA gives the item alone, at about half the cost (1 ms an item instead of 2,
 * measured at 6,000), since citeproc sets up once per batch rather than once per item. Two items
 * under one citation key are refused before the first batch, so a list is written whole or not at all.
 */
export function* apaReferenceBatches(items: readonly CslItem[]): Generator<string[]> {
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw new Error(`two citable pages have the citation key ${item.id}`);
    ids.add(item.id);
  }
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const entries = plugins.output.format('bibliography', batch, {
      format: 'text',
      template: APA_EACH_ALONE,
      lang: 'en-US',
      asEntryArray: true,
      nosort: true,
    }) as [string, string][];
    const byId = new Map(entries.map(([id, text]) => [id, text.trim()]));
    yield batch.map((item) => byId.get(item.id)!);
  }
}

export function citationText(item: CslItem, ext: CitationFormat): string {
  return ext === 'bib' ? bibtex(item) : ext === 'ris' ? ris(item) : cslJson(item);
}
