import { describe, expect, test } from 'vitest';
import {
  aligningSentence,
  attribution,
  detectFormat,
  documentLanguage,
  findDocumentNumber,
  openingSubject,
  parseMetaBlock,
  parseNewsItemStamp,
  parseNewsWireHeader,
  parseOsceDateline,
  reportsCiting,
  splitFieldsOfWork,
  splitSource,
} from '../../src/importer/parse.ts';

const OSCE_PAGE = `-
Countries
- Albania
- Kazakhstan
Press release
A headline
- Date:
- Place:
- VIENNA
- Source:
- OSCE
- Fields of work:
- Elections, Democratization
VIENNA, 1 March 2022 – First paragraph.
Second paragraph.`;

describe('detectFormat', () => {
  test.each([
    [OSCE_PAGE, 'osce-page'],
    ['\n date 2020-12-08 BAKU, Azerbaijan, Dec. 8\n\nBy A B - Trend:', 'news-wire'],
    ['Text.\nPC.DEL/80/21/Rev.1\n22 February 2021', 'pc-document'],
    ['Headline\nLead, the Ministry informed.\nAstana3 June 2024, 10:00\nMore.', 'news-item'],
    ['Just some text with PC.DEL/80/21 inside a sentence.', 'unknown'],
    ['', 'unknown'],
  ])('%#: %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

describe('parseMetaBlock', () => {
  test('reads keys with values on their own lines or inline, up to the first line of prose', () => {
    const { meta, consumed } = parseMetaBlock([
      '- Date:',
      '- Place:',
      '- COPENHAGEN',
      '',
      '- Source: OSCE PA',
      '- Fields of work:',
      '- Elections',
      'Prose - with a dash.',
    ]);
    expect(meta).toEqual({ date: [], place: ['COPENHAGEN'], source: ['OSCE PA'], 'fields of work': ['Elections'] });
    expect(consumed).toBe(7);
  });

  test('a value before any key is dropped rather than attached to nothing', () => {
    expect(parseMetaBlock(['- orphan', '- Place:', '- X']).meta).toEqual({ place: ['X'] });
  });
});

describe('splitSource', () => {
  test('osce-page: label, headline and article; the navigation is not part of the article', () => {
    const parts = splitSource(OSCE_PAGE);
    expect(parts).toStrictEqual({
      format: 'osce-page',
      label: 'Press release',
      title: 'A headline',
      meta: { date: [], place: ['VIENNA'], source: ['OSCE'], 'fields of work': ['Elections, Democratization'] },
      paragraphs: ['VIENNA, 1 March 2022 – First paragraph.', 'Second paragraph.'],
    });
  });

  test('news-wire: header and byline are kept apart from the article', () => {
    const parts = splitSource(' date 2020-12-08 BAKU, Azerbaijan, Dec. 8\n\nBy Nargiz Sadikhova - Trend:\n\nFirst.\n\nSecond.');
    expect(parts).toStrictEqual({
      format: 'news-wire',
      meta: {},
      dateline: 'date 2020-12-08 BAKU, Azerbaijan, Dec. 8',
      byline: 'By Nargiz Sadikhova - Trend:',
      paragraphs: ['First.', 'Second.'],
    });
  });

  test('pc-document: number, date, language line, boilerplate, aligning sentence and footnote leave the article', () => {
    const text = [
      'The European Union welcomes the vote. We urge',
      'reforms.',
      'PC.DEL/1/21',
      '3 March 2021',
      'ENGLISH only',
      'The OSCE Secretariat bears no responsibility for the content of this document.',
      'ICELAND* aligns itself with this statement.',
      '* Iceland is a candidate.',
    ].join('\n');
    expect(splitSource(text)).toStrictEqual({
      format: 'pc-document',
      meta: {},
      documentNumber: 'PC.DEL/1/21',
      dateline: '3 March 2021',
      paragraphs: ['The European Union welcomes the vote. We urge reforms.'],
    });
  });

  test('news-item: the section label above the headline is dropped; the stamp is the dateline', () => {
    const parts = splitSource('Section\n\nThe headline\n\nThe lead, the Ministry informed.\nAstana3 June , 10:00\n\nMore.');
    expect(parts).toStrictEqual({
      format: 'news-item',
      meta: {},
      title: 'The headline',
      dateline: 'Astana3 June , 10:00',
      paragraphs: ['The lead, the Ministry informed.', 'More.'],
    });
  });

  test('news-item without a lead: the last line before the stamp is the headline', () => {
    const parts = splitSource('The headline\nAstana3 June , 10:00\nBody.');
    expect(parts.title).toBe('The headline');
    expect(parts.paragraphs).toEqual(['Body.']);
  });
});

describe('parseOsceDateline', () => {
  test('reads place and date, with an en dash or a hyphen', () => {
    expect(parseOsceDateline('COPENHAGEN, 4 January 2021 – The OSCE')).toEqual({ place: 'COPENHAGEN', date: '2021-01-04', raw: 'COPENHAGEN, 4 January 2021' });
    expect(parseOsceDateline('LJUBLJANA, 5 December 2005 - Responding')).toEqual({ place: 'LJUBLJANA', date: '2005-12-05', raw: 'LJUBLJANA, 5 December 2005' });
  });

  test('keeps the place of a dateline whose date is impossible, without a date', () => {
    expect(parseOsceDateline('VIENNA, 30 February 2021 – Text')).toEqual({ place: 'VIENNA', raw: 'VIENNA, 30 February 2021' });
  });

  test('a paragraph that does not open with a dateline has none', () => {
    expect(parseOsceDateline('The OSCE, 4 January 2021 – said')).toBeUndefined();
    expect(parseOsceDateline('VIENNA, 4 January – no year')).toBeUndefined();
  });
});

describe('parseNewsWireHeader', () => {
  test('reads the ISO date and the city before the first comma', () => {
    expect(parseNewsWireHeader(' date 2020-12-08 BAKU, Azerbaijan, Dec. 8')).toEqual({
      raw: 'date 2020-12-08 BAKU, Azerbaijan, Dec. 8',
      date: '2020-12-08',
      place: 'BAKU',
    });
  });

  test('an impossible date is not kept', () => {
    expect(parseNewsWireHeader('date 2021-02-30 BAKU, Azerbaijan')?.date).toBeUndefined();
  });

  test('another line is no header', () => {
    expect(parseNewsWireHeader('updated 2020-12-08 BAKU')).toBeUndefined();
  });
});

describe('parseNewsItemStamp', () => {
  test('without a year: the place and the day, no date', () => {
    expect(parseNewsItemStamp('Nur-Sultan15 May , 12:51')).toEqual({ raw: 'Nur-Sultan15 May , 12:51', place: 'Nur-Sultan', dayMonth: '15 May' });
  });

  test('with a year: the date', () => {
    expect(parseNewsItemStamp('Astana 3 June 2024, 10:00')).toEqual({
      raw: 'Astana 3 June 2024, 10:00',
      place: 'Astana',
      dayMonth: '3 June',
      date: '2024-06-03',
    });
  });

  test('a line without a time is no stamp', () => {
    expect(parseNewsItemStamp('Astana 3 June 2024')).toBeUndefined();
  });
});

describe('documentLanguage', () => {
  test('reads "ENGLISH only" and the like', () => {
    expect(documentLanguage('x\nRUSSIAN only\n')).toBe('ru');
    expect(documentLanguage('ENGLISH only')).toBe('en');
  });

  test('defaults to English; a lower-case phrase is prose, not the distribution line', () => {
    expect(documentLanguage('published in Russian only')).toBe('en');
  });
});

describe('findDocumentNumber', () => {
  test.each([
    ['circulated as PC.DEL/80/21/Rev.1 today', 'PC.DEL/80/21/Rev.1'],
    ['PC.DEL/80/21/Rev.1.', 'PC.DEL/80/21/Rev.1'],
    ['see CIO.GAL/12/05', 'CIO.GAL/12/05'],
  ])('%j → %j', (text, number) => {
    expect(findDocumentNumber(text)).toBe(number);
  });

  test('a fraction or a slash between words is no document number', () => {
    expect(findDocumentNumber('Cyber/ICT security, 24/7, 1/2/2021')).toBeUndefined();
  });
});

describe('attribution, reportsCiting, openingSubject', () => {
  test('attribution is the body named at the end of the lead', () => {
    expect(attribution('A met B, the Ministry of Foreign Affairs of Kazakhstan informed.')).toBe('Ministry of Foreign Affairs of Kazakhstan');
    expect(attribution('A met B in Astana.')).toBeUndefined();
  });

  test('reportsCiting is whom a news report relays', () => {
    expect(reportsCiting('opened a mission, Trend reports citing OSCE.')).toBe('OSCE');
    expect(reportsCiting('The ODIHR reported on the vote.')).toBeUndefined();
  });

  test('openingSubject is the delegation a statement opens with', () => {
    expect(openingSubject('The European Union welcomes the vote')).toBe('European Union');
    expect(openingSubject(' The United States of America notes')).toBe('United States of America');
    expect(openingSubject('we welcome')).toBeUndefined();
  });
});

test('splitFieldsOfWork splits on commas and drops blanks', () => {
  expect(splitFieldsOfWork(['Elections, Democratization', ' Human rights ,'])).toEqual(['Elections', 'Democratization', 'Human rights']);
});

describe('aligningSentence', () => {
  test('finds the sentence, across the line breaks of a PDF', () => {
    expect(aligningSentence('Other text. The countries ICELAND and\nGEORGIA align themselves with this statement. * Footnote.')).toBe(
      'The countries ICELAND and GEORGIA align themselves with this statement.',
    );
  });

  test('is undefined when no State aligns', () => {
    expect(aligningSentence('We align our policies with this plan.')).toBeUndefined();
  });
});
