/** Shared pieces of many pages: source links, follow links, “Cite this page”, the notice over untranslated text. */
export const links = {
  'source.label': 'Source:',
  'subscribe.follow': 'Follow:',
  'cite.heading': 'Cite this page',
  'cite.source': 'Source statement',
  'cite.latestSource': 'Latest source statement',
  'cite.download': 'Download the citation:',
} as const;
