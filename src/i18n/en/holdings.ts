/**
 * What the archive holds and where a reported step stands (`src/format/holdings.ts`): the archive's
 * gaps worded as the archive's, never as facts about the world.
 */
export const holdings = {
  'holdings.day': '{onOrBefore, select, yes {by {date}} other {{date}}}',
  'holdings.status.took-place': 'took place',
  'holdings.status.planned': 'planned',
  'holdings.status.no-later-record': 'announced, no later record',
  'holdings.planned': '{day} (planned)',
  'holdings.noLaterRecord': 'announced for {day}; the archive holds no later record',
  'holdings.noLaterRecordInList': 'announced for {day} (the archive holds no later record)',
  'holdings.noMissionFor': 'The archive holds no mission for {years}.',
  'holdings.no': 'The archive holds no {what}{about}.',
  'holdings.what.statements': 'statements',
  'holdings.what.milestones': 'milestones',
  'holdings.what.observer-figure': 'observer figure',
  'holdings.what.observer-figures': 'observer figures',
  'holdings.what.findings': 'findings',
  'holdings.what.missions': 'missions',
  'holdings.what.observer-figures-for-these-missions': 'observer figures for these missions',
  'holdings.about.for-this-mission': ' for this mission',
  'holdings.about.about-this-mission': ' about this mission',
  'holdings.about.for-this-election': ' for this election',
  'holdings.about.from': ' from {name}',
  'holdings.about.on': ' on {name}',
  'holdings.about.by-or-about': ' by or about {name}',
} as const;
