/**
 * Closed vocabularies of the archive, each value with the label a reader sees.
 * Kept as plain records so pages, filters, the importer and the JSON Schemas share one list.
 */

/** What kind of body an organization is. */
export const ORGANIZATION_KINDS = {
  'intergovernmental-organization': 'Intergovernmental organization',
  'osce-institution': 'OSCE institution',
  'osce-chairpersonship': 'OSCE Chairpersonship',
  'osce-field-operation': 'OSCE field operation',
  'osce-partnership': 'OSCE partnership group',
  'parliamentary-assembly': 'Parliamentary assembly',
  'intergovernmental-union': 'Intergovernmental union',
  government: 'Government body',
  'election-administration': 'Election administration',
  'non-governmental-organization': 'Non-governmental organization',
  media: 'News media',
} as const;

/** A country's relation to the OSCE. */
export const OSCE_STATUSES = {
  'participating-state': 'OSCE participating State',
  'asian-partner': 'Asian Partner for Co-operation',
  'mediterranean-partner': 'Mediterranean Partner for Co-operation',
} as const;

/**
 * Kinds of election. `general` is a presidential and a parliamentary vote on one day (the United
 * States' elections in presidential years, as ODIHR's own texts call them).
 */
export const ELECTION_KINDS = {
  parliamentary: 'Parliamentary',
  presidential: 'Presidential',
  general: 'General',
  'early-presidential': 'Early presidential',
  'early-parliamentary': 'Early parliamentary',
  local: 'Local',
  referendum: 'Referendum',
} as const;

/**
 * ODIHR's mission types. An IEOM is an EOM run with partner organizations, so it is its own value:
 * the partners are what a reader of the page wants to know.
 */
export const MISSION_TYPES = {
  NAM: 'Needs Assessment Mission',
  EAM: 'Election Assessment Mission',
  EET: 'Election Expert Team',
  LEOM: 'Limited Election Observation Mission',
  EOM: 'Election Observation Mission',
  IEOM: 'International Election Observation Mission',
  SEAM: 'Special Election Assessment Mission',
} as const;

/** Roles a person holds in or around a mission. */
export const LEADER_ROLES = {
  'head-of-mission': 'Head of mission',
  'head-of-long-term-mission': 'Head of the long-term observation mission',
  'special-co-ordinator': 'Special Co-ordinator',
  'short-term-co-ordinator': 'Co-ordinator of short-term observers',
  'head-of-delegation': 'Head of delegation',
} as const;

/** Categories of observers, as sources count them. */
export const OBSERVER_CATEGORIES = {
  'core-team': 'Core team',
  'long-term': 'Long-term observers',
  'short-term': 'Short-term observers',
  parliamentarians: 'Parliamentarians',
  total: 'All observers',
} as const;

/** Whether a figure was reported as done or as intended. */
export const FIGURE_STATUSES = {
  deployed: 'deployed',
  planned: 'planned',
  expected: 'expected',
} as const;

/** Stages of a mission, in the order they happen. */
export const MILESTONE_KINDS = {
  'needs-assessment': 'Needs assessment',
  opening: 'Mission opened',
  'lto-deployment': 'Long-term observers deployed',
  'interim-report': 'Interim report',
  'election-day': 'Election day',
  'preliminary-statement': 'Statement of preliminary findings',
  'final-report': 'Final report',
} as const;

/** How sure the date of a milestone is. */
export const MILESTONE_STATUSES = {
  actual: 'took place',
  planned: 'planned',
} as const;

/** Topics of findings, as rows of the findings timeline. */
export const FINDING_TOPICS = {
  'overall-conduct': 'Overall conduct',
  'legal-framework': 'Legal framework',
  'election-administration': 'Election administration',
  'fundamental-freedoms': 'Fundamental freedoms',
  'pluralism-and-competition': 'Pluralism and competition',
  media: 'Media',
  'follow-up-of-recommendations': 'Follow-up of recommendations',
  'co-operation-with-observers': 'Co-operation with observers',
} as const;

export const ASSESSMENTS = {
  positive: 'positive',
  mixed: 'mixed',
  negative: 'negative',
} as const;

/** Kinds of statement. */
export const STATEMENT_KINDS = {
  'press-release': 'Press release',
  'preliminary-statement': 'Statement of preliminary findings',
  'interim-report': 'Interim report',
  'final-report': 'Final report',
  'needs-assessment-report': 'Needs assessment report',
  'delegation-statement': 'Delegation statement at the Permanent Council',
  'chairpersonship-statement': 'Chairpersonship statement',
  'government-statement': 'Government statement',
  'news-report': 'News report',
} as const;

/** The OSCE's fields of work, as listed on its site (seed pages). */
export const FIELDS_OF_WORK = [
  'Arms control',
  'Border management',
  'Combating trafficking in human beings',
  'Conflict prevention and resolution',
  'Countering terrorism',
  'Cyber/ICT Security',
  'Democratization',
  'Economic activities',
  'Education',
  'Elections',
  'Environmental activities',
  'Gender equality',
  'Good governance',
  'Human rights',
  'Media freedom and development',
  'Migration',
  'National minority issues',
  'Policing',
  'Reform and co-operation in the security sector',
  'Roma and Sinti',
  'Rule of law',
  'Tolerance and non-discrimination',
  'Youth',
] as const;

export type Keys<T> = Extract<keyof T, string>;

/** The keys of a vocabulary as a non-empty tuple, the form `z.enum` wants. */
export function keysOf<T extends Record<string, string>>(vocabulary: T): [Keys<T>, ...Keys<T>[]] {
  return Object.keys(vocabulary) as [Keys<T>, ...Keys<T>[]];
}
