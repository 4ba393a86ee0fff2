/**
 * The downloads of "Cite this page": BibTeX, RIS and CSL-JSON, and the reference printed on the
 * page, all written by citation-js from one CSL-JSON item (`./reference.ts`).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CitableKind, CslItem } from './reference.ts';

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

export function bibtex(item: CslItem): string {
  return `${new Cite(item).format('bibtex', { format: 'text' }).trim()}\n`;
}

/**
 * RIS from citation-js's tag map. Its text output breaks every value at 70 characters, which RIS
 * readers re-join with a space (a URL comes back as `…/osce-pa -deploys…`), so the lines are
 * joined here unbroken; RIS lines have no length limit.
 */
export function ris(item: CslItem): string {
  const entries = new Cite(item).format('ris', { format: 'object' }) as unknown as Record<string, string | string[]>[];
  return (
    entries
      .map((entry) => {
        const lines = [`TY  - ${entry.TY}`];
        for (const [tag, value] of Object.entries(entry)) {
          if (tag === 'TY') continue;
          for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`);
        }
        lines.push('ER  - ');
        return lines.join('\r\n');
      })
      .join('\r\n') + '\r\n'
  );
}

export function cslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

/** The reference in APA style, plain text, as printed under "Cite this page". */
export function apaReference(item: CslItem): string {
  const key = JSON.stringify(item);
  let reference = APA_REFERENCES.get(key);
  if (reference === undefined) {
    reference = new Cite(item).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
    APA_REFERENCES.set(key, reference);
  }
  return reference;
}

/**
 * References already written, by item. Both languages of a page print the same English reference,
 * and citeproc takes about 2 ms for each (a fifth of a statement page's render time at 2,000
 * statements): written once, the Russian twin reuses it. Some 0.5 KB per citable page.
 */
const APA_REFERENCES = new Map<string, string>();

export function citationText(item: CslItem, ext: CitationFormat): string {
  return ext === 'bib' ? bibtex(item) : ext === 'ris' ? ris(item) : cslJson(item);
}
