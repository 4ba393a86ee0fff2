/** The country page and the lists under it. */
export const countries = {
  'country.description':
    'Election observation in {country}: {missions, plural, one {# observed election} other {# observed elections}} and {statements, plural, one {# statement} other {# statements}} in the archive.',
  'country.holds':
    '{count, plural, =0 {The archive holds no mission for {country}.} one {The archive holds # mission for {country}: {years}.} other {The archive holds # missions for {country}: {years}.}}',
  'country.calendar': 'Calendar of elections in {country}',
  'country.feed': 'Feed of new statements',
  'country.feedTitle': 'Statements on {country}',
  'country.status': 'Status',
  'country.iso': 'ISO 3166-1 code',
  'country.capital': 'Capital, as the sources name it',
  'country.seenIn': 'Seen in:',
  'country.chairpersonship': 'OSCE Chairpersonship',
  'country.observedElections': 'Observed elections',
  'country.noMissions': 'The archive holds no missions for {country}.',
  'country.allMissions': 'All {count, plural, one {# observed election} other {# observed elections}} in {country}',
  'country.statements': 'Statements',
  'country.noStatements': 'The archive holds no statements about {country}.',
  'country.allStatements': 'All {count, plural, one {# statement} other {# statements}} on {country}',
  'country.bySpeakers': '{count, plural, one {# statement} other {# statements}} about other countries by speakers from {country}',
  'country.kind': 'Country',
} as const;
