/** The home page. */
export const home = {
  'home.title': 'Home',
  'home.description': 'Every international election observation mission, country and statement: searchable, charted and citable.',
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
} as const;
