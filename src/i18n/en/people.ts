/** The people index, a person's page and the statements naming them. */
export const people = {
  'peopleIndex.description': 'Heads of mission, co-ordinators, spokespeople and officials named in observation statements.',
  // The straight apostrophe is the one these pages have always printed; outside braces ICU keeps it literal.
  'peopleIndex.lede': "{count, plural, one {# person} other {# people}} named in the archive's statements, with the roles the sources give them.",
  'peopleIndex.label': 'people',
  'person.description': '{name}: {role}. Roles and statements in the election observation archive.',
  'person.kind': 'Person',
  'person.nationality': 'Nationality',
  'person.nationalityUnknown': 'not stated in the sources',
  'person.roles': 'Roles',
  'person.former': ' (former, as of the source)',
  'person.from': 'From {date}',
  'person.asOf': 'As of {date}',
  'person.undated': 'Date not given',
  'person.to': ' to {date}',
  'person.contacts': 'Published contacts',
  'person.statements': 'Statements naming {name}',
  'person.noStatements': 'The archive holds no statements by or about {name}.',
  'person.allStatements': 'All {count, plural, one {# statement} other {# statements}} naming {name}',
  'personStatements.description': 'Statements naming {name}, newest first.',
  'personStatements.lede': '{count, plural, one {# statement} other {# statements}} naming {name}, newest first.',
  'personStatements.label': 'statements naming {name}',
} as const;
