/**
 * "Cite this page" (src/citations/): the BibTeX read back with a BibTeX parser, the RIS and CSL-JSON
 * with citation-js's own readers, and the Highwire meta tags.
 */
import { describe, expect, test } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { apaReferencesInWorker } from '../../src/citations/apa-thread.ts';
import { apaReferenceBatches, citationPath, citationText } from '../../src/citations/formats.ts';
import { cslItem, type CslItem } from '../../src/citations/reference.ts';
import { highwireTags } from '../../src/citations/highwire.ts';
import { apaReferenceOf, countryPage, listCitablePages, missionPage, statementPage } from '../../src/citations/pages.ts';
import { archive, countries, missions, statements } from '../support/open-data-fixture.ts';

/** The APA references of `items` by id, as the batches write them. */
function apaReferences(items: readonly CslItem[]): Map<string, string> {
  const texts = [...apaReferenceBatches(items)].flat();
  return new Map(items.map((item, i) => [item.id, texts[i]!]));
}

const SITE = 'https://election-observation-archive.org';
const opens = statementPage(statements[1]!, archive, SITE);
const mission = missionPage(missions[0]!, archive, SITE);

describe('what a citation says', () => {
  test('a statement page: the archive, the page and its address, the statement with its issuer, date and original address', () => {
    expect(cslItem(opens)).toEqual({
      id: 'eoa_statement_s_2020_12_01_opens',
      'citation-key': 'eoa_statement_s_2020_12_01_opens',
      type: 'webpage',
      title: 'Office opens mission in Arcadia',
      author: [{ literal: 'Election Observation Archive' }],
      URL: `${SITE}/statements/s-2020-12-01-opens/`,
      language: 'en',
      issued: { 'date-parts': [[2020, 12, 1]] },
      note: 'Summary of: Office of Invented Observers, “Office opens mission in Arcadia”, 1 December 2020, https://example.org/press/opens',
    });
  });
  test('a mission page is the archive’s own page: its own title, dated by its last change, never one statement republished', () => {
    const item = cslItem(mission);
    expect(item.title).toBe('Arcadia: Parliamentary elections, 10 January 2021');
    expect(item.issued).toEqual({ 'date-parts': [[2021, 1, 20]] });
    expect(Object.keys(item).filter((k) => k.startsWith('original-'))).toEqual([]);
    expect(item.note).toBe(
      'Archive page, last changed 20 January 2021. Latest source: Daily "Wire" & Co, “Wire reports the "vote"”, 20 January 2021, https://example.org/s-2021-01-20-wire',
    );
  });
  test('a country page likewise, under its own title', () => {
    const item = cslItem(countryPage(countries[0]!, archive, SITE));
    expect([item.title, item.issued]).toEqual(['Election observation in Arcadia', { 'date-parts': [[2021, 1, 20]] }]);
    expect(Object.keys(item).filter((k) => k.startsWith('original-'))).toEqual([]);
  });
  test('a country page without statements has no date rather than a made-up one', () => {
    const item = cslItem(countryPage(countries[3]!, archive, SITE));
    expect(item.title).toBe('Election observation in Partneria');
    expect(item.issued).toBeUndefined();
    expect(item.note).toBeUndefined();
  });
  test('every statement, mission and country is citable, each under its own key', () => {
    const pages = listCitablePages(archive, SITE);
    expect(pages).toHaveLength(statements.length + missions.length + countries.length);
    expect(new Set(pages.map((p) => cslItem(p)['citation-key'])).size).toBe(pages.length);
    expect(citationPath('mission', 'kz/2021-parliamentary', 'bib')).toBe('/citations/missions/kz/2021-parliamentary.bib');
    expect(citationPath('country', 'kz', 'ris')).toBe('/citations/countries/kz.ris');
  });
});

describe('the files', () => {
  test('BibTeX: one @misc entry under our key, title, year, address and the source in the note', () => {
    const lib = parseBibtex(citationText(cslItem(opens), 'bib'));
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    const entry = lib.entries[0]!;
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('eoa_statement_s_2020_12_01_opens');
    expect(entry.fields.title).toBe('Office opens mission in Arcadia');
    expect(entry.fields.year).toBe('2020');
    // The month as BibTeX's macro (the parser reads `dec` as 12), the day in a field of its own.
    expect(citationText(cslItem(opens), 'bib')).toMatch(/^\tmonth = dec,\n\tday = \{1\},$/m);
    expect([entry.fields.month, entry.fields.day]).toEqual(['12', '1']);
    expect(entry.fields.url).toBe(`${SITE}/statements/s-2020-12-01-opens/`);
    expect(entry.fields.author).toEqual([{ name: 'Election Observation Archive' }]);
    expect(entry.fields.note).toContain('Office of Invented Observers');
  });
  test('BibTeX: a title keeps its acronyms in a style that sets titles in sentence case, first word or not', () => {
    const titled = (title: string) =>
      cslItem({ kind: 'statement', id: 's-z', title, url: `${SITE}/statements/s-z/`, source: { title, date: '2021-01-04', issuer: 'EU' } });
    const cases = [
      ['EU statement on the elections in Arcadia', 'EU statement on the elections in Arcadia'],
      ['ODIHR opens mission: OSCE/ODIHR and PACE to observe', 'ODIHR opens mission: OSCE/ODIHR and PACE to observe'],
      ['Office opens mission in Arcadia', 'Office opens mission in Arcadia'],
    ];
    for (const [title, printed] of cases) {
      const text = citationText(titled(title!), 'bib');
      expect(sentenceCaseAsBibtexStyles(fieldText(text, 'title')), title).toBe(printed);
      // What a parser that keeps case protection reads: the acronyms are protected.
      const strict = parseBibtex(text, { caseProtection: 'strict' } as never).entries[0]!.fields.title as unknown as string;
      for (const acronym of title!.match(/\b[A-Z]{2,}(?:\/[A-Z]{2,})*\b/g) ?? []) expect(strict).toContain(`<span class="nocase">${acronym}</span>`);
      expect(parseBibtex(text).entries[0]!.fields.title).toBe(title);
    }
  });
  test('BibTeX escapes what TeX would read as commands', () => {
    const lib = parseBibtex(citationText(cslItem(mission), 'bib'));
    expect(lib.errors).toEqual([]);
    expect(lib.entries[0]!.fields.note).toBe(
      'Archive page, last changed 20 January 2021. Latest source: Daily "Wire" & Co, “Wire reports the "vote"”, 20 January 2021, https://example.org/s-2021-01-20-wire',
    );
  });
  test('BibTeX: braces, backslashes and TeX specials from content come back as the same text', () => {
    const odd = 'Odd } title { with \\ back % and # and $ and _ and ~ and ^';
    const item = cslItem({
      kind: 'statement',
      id: 's-x',
      title: odd,
      url: `${SITE}/statements/s-x/`,
      source: { title: 'T }', date: '2021-01-04', issuer: 'Org {x}' },
    });
    const lib = parseBibtex(citationText(item, 'bib'));
    expect(lib.errors).toEqual([]);
    expect(lib.entries[0]!.fields.title).toBe(odd);
    expect(lib.entries[0]!.fields.note).toBe('Summary of: Org {x}, “T }”, 4 January 2021');
  });
  test('RIS: a line break in a value cannot start a new tag, nor can a tag inside a line (its spaces are one)', () => {
    const item = cslItem({
      kind: 'statement',
      id: 's-y',
      title: 'First line\rER  - injected',
      url: `${SITE}/statements/s-y/`,
      source: { title: 'T', date: '2021-01-04', issuer: 'Org' },
    });
    const lines = citationText(item, 'ris').split('\r\n');
    expect(lines.filter((l) => l.startsWith('ER  -'))).toHaveLength(1);
    expect(lines).toContain('TI  - First line ER - injected');
  });
  test('RIS: read back by a RIS reader, the address is whole (no line breaks inside values)', () => {
    const text = citationText(cslItem(opens), 'ris');
    expect(text.split('\r\n').slice(0, 1)).toEqual(['TY  - ELEC']);
    expect(text.trimEnd().endsWith('ER  -')).toBe(true);
    const [back] = new Cite(text).data as { id: string; title: string; URL: string; issued: unknown; author: unknown; publisher: string }[];
    expect(back!.id).toBe(parseBibtex(citationText(cslItem(opens), 'bib')).entries[0]!.key);
    expect(back!.title).toBe('Office opens mission in Arcadia');
    expect(back!.URL).toBe(`${SITE}/statements/s-2020-12-01-opens/`);
    expect(back!.issued).toEqual({ 'date-parts': [[2020, 12, 1]] });
    // The archive is the publisher: RIS readers split an author of several words into a person's names.
    expect(back!.publisher).toBe('Election Observation Archive');
    expect(back!.author).toBeUndefined();
    expect(text.split('\r\n')).toContain('PB  - Election Observation Archive');
    expect(text).not.toMatch(/^AU {2}-/m);
  });
  test('CSL-JSON: a list of one item that citation-js accepts as it is', () => {
    const parsed = JSON.parse(citationText(cslItem(opens), 'json'));
    expect(parsed).toEqual([cslItem(opens)]);
    const [back] = new Cite(parsed).data as { title: string; URL: string }[];
    expect(back!.title).toBe('Office opens mission in Arcadia');
  });
  test('the printed reference (APA) names the archive, the date, the page and its address', async () => {
    expect(await apaReferencesInWorker([cslItem(opens)])[0]).toBe(
      `Election Observation Archive. (2020, December 1). Office opens mission in Arcadia. ${SITE}/statements/s-2020-12-01-opens/`,
    );
  });
  test('citeproc in two author-date styles (APA, Harvard): the year once in the citation, the page’s own title and date in the reference', () => {
    const cite = (item: object, template: string, kind: 'citation' | 'bibliography') =>
      new Cite(item).format(kind, { format: 'text', template, lang: 'en-US' }).trim();
    expect(cite(cslItem(opens), 'apa', 'citation')).toBe('(Election Observation Archive, 2020)');
    expect(cite(cslItem(mission), 'apa', 'citation')).toBe('(Election Observation Archive, 2021)');
    expect(cite(cslItem(mission), 'apa', 'bibliography')).toBe(
      `Election Observation Archive. (2021, January 20). Arcadia: Parliamentary elections, 10 January 2021. ${SITE}/missions/xa/2021-parliamentary/`,
    );
    expect(cite(cslItem(opens), 'harvard1', 'citation')).toBe('(Election Observation Archive, 2020)');
    expect(cite(cslItem(mission), 'harvard1', 'bibliography')).toBe(
      `Election Observation Archive (2021) Arcadia: Parliamentary elections, 10 January 2021. Available at: ${SITE}/missions/xa/2021-parliamentary/.`,
    );
    for (const item of [cslItem(opens), cslItem(mission)]) expect(cite(item, 'apa', 'bibliography')).not.toContain('Original work');
  });
});

/** The text of one field of a BibTeX entry as written (one line each). */
function fieldText(bib: string, field: string): string {
  return new RegExp(`^\\t${field} = \\{(.*)\\},$`, 'm').exec(bib)![1]!;
}

/**
 * What BibTeX's `change.case$` with "t" (plain.bst's titles) makes of a field: every letter outside
 * braces lower-cased but the first of the field and the first after a colon and a space; braces
 * dropped for reading.
 */
function sentenceCaseAsBibtexStyles(raw: string): string {
  let depth = 0;
  let out = '';
  let keep = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else {
      out += depth === 0 && !keep ? c.toLowerCase() : c;
      if (/\S/.test(c)) keep = c === ':' && raw[i + 1] === ' ';
    }
  }
  return out;
}

/** What citation-js prints for the item alone with the APA style as shipped. */
const apaAlone = (item: object) => new Cite(item).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();

describe('references written in batches', () => {
  // Same author, same year, same month: in one bibliography APA would add "2021a", "2021b".
  const twins = Array.from({ length: 450 }, (_, i) => ({
    ...cslItem(opens),
    id: `twin_${i}`,
    'citation-key': `twin_${i}`,
    title: `Statement ${i}`,
    URL: `${SITE}/statements/twin-${i}/`,
  }));

  test('each reference is the one the page would get alone, with no year suffix, across batches', () => {
    const together = apaReferences(twins);
    expect(together.size).toBe(twins.length);
    for (const item of [twins[0]!, twins[199]!, twins[200]!, twins[449]!]) expect(together.get(item.id)).toBe(apaAlone(item));
    expect([...together.values()].filter((r) => /\(2020[a-z],/.test(r))).toEqual([]);
  });

  test('every citable page of an archive gets the reference it would get alone', async () => {
    const pages = listCitablePages(archive, SITE);
    for (const page of pages) expect(await apaReferenceOf(page, archive, SITE)).toBe(apaAlone(cslItem(page)));
  });

  test('the site with or without its closing slash is one job: a page reads the reference the citations route started', async () => {
    const fresh = { ...archive };
    const page = listCitablePages(fresh, SITE)[0]!;
    const [bare, slashed] = [SITE.replace(/\/$/, ''), SITE.replace(/\/?$/, '/')];
    const started = apaReferenceOf(page, fresh, bare);
    expect(apaReferenceOf(page, fresh, slashed)).toBe(started);
    expect(await started).toBe(apaAlone(cslItem(page)));
  });

  test("a page whose item is not the archive's own is written on its own", async () => {
    const changed = { ...opens, title: 'A title the archive does not have' };
    const reference = await apaReferenceOf(changed, archive, SITE);
    expect(reference).toBe(apaAlone(cslItem(changed)));
    expect(reference).toContain('A title the archive does not have');
  });

  test('two pages under one citation key are refused', () => {
    expect(() => apaReferences([twins[0]!, twins[0]!])).toThrow('two citable pages have the citation key twin_0');
  });
});

describe('references written on a worker thread', () => {
  const items = Array.from({ length: 450 }, (_, i) => ({ ...cslItem(opens), id: `w_${i}`, 'citation-key': `w_${i}`, title: `Worker statement ${i}` }));

  test('each item gets its own reference, in the order given, across batches, as the thread that renders would write it', async () => {
    const texts = await Promise.all(apaReferencesInWorker(items));
    expect(texts).toHaveLength(450);
    const here = apaReferences(items);
    expect(texts).toEqual(items.map((item) => here.get(item.id)));
    expect(texts[449]).toContain('Worker statement 449');
  });

  test('two jobs given at once are each answered; a job after the worker stopped starts another', async () => {
    const [a, b] = [apaReferencesInWorker(items.slice(0, 3)), apaReferencesInWorker(items.slice(3, 5))];
    expect(await Promise.all([...a, ...b])).toEqual(items.slice(0, 5).map((item) => apaAlone(item)));
    // By now the worker has stopped (nothing left to write): the next job is answered all the same.
    expect(await apaReferencesInWorker([items[7]!])[0]).toBe(apaAlone(items[7]!));
    expect(apaReferencesInWorker([])).toEqual([]);
  });

  test('a job with two items under one key is refused as a whole, with the reason, and the next job is answered', async () => {
    const refused = apaReferencesInWorker([items[0]!, items[1]!, items[0]!]);
    for (const text of refused) await expect(text).rejects.toThrow('two citable pages have the citation key w_0');
    expect(await apaReferencesInWorker([items[2]!])[0]).toBe(apaAlone(items[2]!));
  });
});

describe('Highwire Press meta tags', () => {
  test('title, author, publisher, date as YYYY/MM/DD, address and language', () => {
    expect(highwireTags(cslItem(opens))).toEqual([
      { name: 'citation_title', content: 'Office opens mission in Arcadia' },
      { name: 'citation_author', content: 'Election Observation Archive' },
      { name: 'citation_publisher', content: 'Election Observation Archive' },
      { name: 'citation_publication_date', content: '2020/12/01' },
      { name: 'citation_public_url', content: `${SITE}/statements/s-2020-12-01-opens/` },
      { name: 'citation_language', content: 'en' },
    ]);
  });
  test('no date tag when the page has no date', () => {
    expect(highwireTags(cslItem(countryPage(countries[3]!, archive, SITE))).map((t) => t.name)).not.toContain('citation_publication_date');
  });
});
