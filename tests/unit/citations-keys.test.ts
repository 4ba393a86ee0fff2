/**
 * Citation keys over the real archive: every citable page's BibTeX key, read with a BibTeX parser,
 * and its RIS `ID`, read with citation-js's RIS reader, are the same key, and no two pages share one.
 * Computed from `content/`, so an entry added keeps this green unless it brings a clash.
 */
import { describe, expect, test } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { checkContent } from '../../src/archive/check.ts';
import { indexArchive } from '../../src/archive/relations.ts';
import { citationText } from '../../src/citations/formats.ts';
import { listCitablePages } from '../../src/citations/pages.ts';
import { cslItem } from '../../src/citations/reference.ts';
import { REPO } from '../support/content-tree.ts';

const { entries } = checkContent(REPO);
const archive = indexArchive(entries);
const pages = listCitablePages(archive, 'https://election-observation-archive.org');

describe('citation keys of the real archive', () => {
  const keys = pages.map((page) => {
    const item = cslItem(page);
    const bib = parseBibtex(citationText(item, 'bib'));
    expect(bib.errors, page.id).toEqual([]);
    const [back] = new Cite(citationText(item, 'ris')).data as { id: string }[];
    return { page: `${page.kind} ${page.id}`, bib: bib.entries[0]!.key, ris: back!.id };
  });
  test('every page has one key, the same in BibTeX and RIS', () => {
    expect(keys.length).toBe(entries.statements.length + entries.missions.length + entries.countries.length);
    expect(keys.filter((k) => k.bib !== k.ris)).toEqual([]);
  });
  test('no two pages share a key', () => {
    const byKey = Map.groupBy(keys, (k) => k.bib);
    expect([...byKey.values()].filter((list) => list.length > 1)).toEqual([]);
  });
});
