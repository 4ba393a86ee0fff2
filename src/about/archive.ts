/**
 * What the archive says about itself wherever it names itself: in citations, feeds, calendars,
 * data downloads and on /about/. One place, so a citation and the about page never disagree.
 */
export const ARCHIVE_NAME = 'Election Observation Archive';

/** The archive's address: Astro's `site` (astro.config.mjs), links in data and citations, the host below. */
export const SITE = 'https://election-observation-archive.org';

/** The archive's host name, which names it where an address is no URL: calendar UIDs, the mail domain. */
export const SITE_HOST = new URL(SITE).hostname;

/**
 * Terms of reuse. The archive's own work (data, summaries, pages) is offered under CC BY 4.0;
 * short quotations stay the words of those quoted, and official documents those of their issuers.
 */
export const LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Where readers report an error: a mail to the editors, with the page named in the subject. */
const CORRECTIONS_EMAIL = `corrections@${SITE_HOST}`;

/** A `mailto:` link that opens a correction report about one page. */
export function reportErrorHref(pageUrl: string): string {
  const subject = `Correction: ${pageUrl}`;
  const body = `Page: ${pageUrl}\n\nWhat is wrong, and the source that shows it:\n`;
  return `mailto:${CORRECTIONS_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
