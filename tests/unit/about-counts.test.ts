/** The counts on /about/ (src/about/counts.ts), and the correction link. */
import { describe, expect, test } from 'vitest';
import { archiveCounts } from '../../src/about/counts.ts';
import { reportErrorHref } from '../../src/about/archive.ts';
import { entries } from '../support/open-data-fixture.ts';

describe('archive counts', () => {
  test('count entries and the facts inside missions', () => {
    expect(archiveCounts(entries)).toEqual({
      countries: 4,
      participatingStates: 3,
      observedCountries: 2,
      missions: 2,
      statements: 3,
      people: 1,
      organizations: 2,
      observerFigures: 2,
      milestones: 5,
      findings: 1,
      contactPoints: 1,
      electionYears: { first: '2019', last: '2021' },
    });
  });
  test('an empty archive has no election years rather than wrong ones', () => {
    expect(archiveCounts({ countries: [], organizations: [], people: [], missions: [], statements: [] }).electionYears).toBeUndefined();
  });
});

test('a correction report opens a mail naming the page', () => {
  const href = reportErrorHref('https://election-observation-archive.org/about/');
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  expect(url.pathname).toBe('corrections@election-observation-archive.org');
  expect(url.searchParams.get('subject')).toBe('Correction: https://election-observation-archive.org/about/');
  expect(url.searchParams.get('body')).toContain('the source that shows it');
});
