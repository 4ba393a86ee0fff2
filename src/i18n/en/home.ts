/** The home page, and the page every unknown address leads to. */
export const home = {
  'home.title': 'Home',
  // Says what the archive holds, never that it holds every mission there was.
  'home.description': 'An archive of international election observation missions, countries and statements: searchable, charted and citable.',
  'home.heading': 'Election Observation Archive',
  'home.lede':
    'What international observers found, where and when: {missions, plural, one {# observation mission} other {# observation missions}} in {countries, plural, one {# country} other {# countries}}, {statements, plural, one {# statement} other {# statements}}, {people, plural, one {# person} other {# people}} and {organizations, plural, one {# organization} other {# organizations}}, covering the {states} OSCE participating States.',
  'home.contacts': 'Media contacts',
  'home.search': 'Search everything',
  'home.countries': 'Browse by country',
  'home.where': 'Where elections were observed',
  'home.latestStatements': 'Latest statements',
  'home.allStatements': 'All {count, plural, one {# statement} other {# statements}}, newest first',
  'home.latestMissions': 'Latest missions',
  'home.latestOfYear': 'The latest {shown} of {total, plural, one {# mission} other {# missions}} in {year}.',
  'home.allMissions': 'All {count, plural, one {# mission} other {# missions}}, newest first',
  'notFound.title': 'Page not found',
  'notFound.description': 'This page is not in the archive.',
  'notFound.text':
    'There is no page at this address. Addresses in the archive are permanent: a link that ends here may be mistyped, or point to an entry the archive does not hold. You can',
  'notFound.search': 'search the archive',
  'notFound.startFrom': 'or start from the',
  'notFound.countries': 'countries',
  'notFound.missions': 'missions',
  'notFound.or': 'or',
  'notFound.statements': 'statements',
  'notFound.reportBefore': 'If a link in the archive brought you here,',
  'notFound.reportLink': 'write to the editors',
  'notFound.reportAfter': 'with the page it was on, and we will mend it.',
  'notFound.reportSubject': 'a link that led to “Page not found” (please paste the page that held it)',
} as const;
