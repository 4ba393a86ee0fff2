/**
 * A vocabulary value's label in a language: `label('ru', 'missionType', 'LEOM')`. English labels
 * stay in `src/schemas/vocabulary.ts`, where the schemas and the JSON Schemas read them.
 */
import * as V from '../schemas/vocabulary.ts';
import * as R from './ru/vocabulary.ts';
import type { Locale } from './locales.ts';
import { pseudoRecord, pseudoText } from './pseudo.ts';

const VOCABULARIES = {
  organizationKind: { en: V.ORGANIZATION_KINDS, ru: R.ORGANIZATION_KINDS_RU, 'en-xa': pseudoRecord(V.ORGANIZATION_KINDS) },
  osceStatus: { en: V.OSCE_STATUSES, ru: R.OSCE_STATUSES_RU, 'en-xa': pseudoRecord(V.OSCE_STATUSES) },
  electionKind: { en: V.ELECTION_KINDS, ru: R.ELECTION_KINDS_RU, 'en-xa': pseudoRecord(V.ELECTION_KINDS) },
  missionType: { en: V.MISSION_TYPES, ru: R.MISSION_TYPES_RU, 'en-xa': pseudoRecord(V.MISSION_TYPES) },
  leaderRole: { en: V.LEADER_ROLES, ru: R.LEADER_ROLES_RU, 'en-xa': pseudoRecord(V.LEADER_ROLES) },
  observerCategory: { en: V.OBSERVER_CATEGORIES, ru: R.OBSERVER_CATEGORIES_RU, 'en-xa': pseudoRecord(V.OBSERVER_CATEGORIES) },
  figureStatus: { en: V.FIGURE_STATUSES, ru: R.FIGURE_STATUSES_RU, 'en-xa': pseudoRecord(V.FIGURE_STATUSES) },
  milestoneKind: { en: V.MILESTONE_KINDS, ru: R.MILESTONE_KINDS_RU, 'en-xa': pseudoRecord(V.MILESTONE_KINDS) },
  milestoneStatus: { en: V.MILESTONE_STATUSES, ru: R.MILESTONE_STATUSES_RU, 'en-xa': pseudoRecord(V.MILESTONE_STATUSES) },
  findingTopic: { en: V.FINDING_TOPICS, ru: R.FINDING_TOPICS_RU, 'en-xa': pseudoRecord(V.FINDING_TOPICS) },
  assessment: { en: V.ASSESSMENTS, ru: R.ASSESSMENTS_RU, 'en-xa': pseudoRecord(V.ASSESSMENTS) },
  statementKind: { en: V.STATEMENT_KINDS, ru: R.STATEMENT_KINDS_RU, 'en-xa': pseudoRecord(V.STATEMENT_KINDS) },
} as const;

export type Vocabulary = keyof typeof VOCABULARIES;
export type VocabularyValue<K extends Vocabulary> = keyof (typeof VOCABULARIES)[K]['en'];

export function label<K extends Vocabulary>(locale: Locale, vocabulary: K, value: VocabularyValue<K>): string {
  const labels = VOCABULARIES[vocabulary][locale] as Record<string, string>;
  const text = labels[value as string];
  if (text === undefined) throw new RangeError(`no ${locale} label for ${vocabulary} ${String(value)}`);
  return text;
}

/** An OSCE field of work in the page's language: `Elections`, «Выборы». */
export function fieldOfWorkLabel(locale: Locale, field: (typeof V.FIELDS_OF_WORK)[number]): string {
  return locale === 'ru' ? R.FIELDS_OF_WORK_RU[field] : locale === 'en-xa' ? pseudoText(field) : field;
}

/** Every vocabulary with its labels in each language, for the catalogue test. */
export const ALL_VOCABULARIES = VOCABULARIES;
