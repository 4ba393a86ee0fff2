/**
 * A vocabulary value's label in a language: `label('ru', 'missionType', 'LEOM')`. English labels
 * stay in `src/schemas/vocabulary.ts`, where the schemas and the JSON Schemas read them.
 */
import * as V from '../schemas/vocabulary.ts';
import * as R from './ru/vocabulary.ts';
import type { Locale } from './locales.ts';
import { pseudoRecord, pseudoText } from './pseudo.ts';

/** A vocabulary's labels in each language; the pseudo-locale's are made from the English when first asked for. */
function labels<E extends Record<string, string>, R extends Record<keyof E, string>>(en: E, ru: R) {
  let pseudo: Record<keyof E & string, string> | undefined;
  return {
    en,
    ru,
    get 'en-xa'() {
      return (pseudo ??= pseudoRecord<keyof E & string>(en));
    },
  };
}

const VOCABULARIES = {
  organizationKind: labels(V.ORGANIZATION_KINDS, R.ORGANIZATION_KINDS_RU),
  osceStatus: labels(V.OSCE_STATUSES, R.OSCE_STATUSES_RU),
  electionKind: labels(V.ELECTION_KINDS, R.ELECTION_KINDS_RU),
  missionType: labels(V.MISSION_TYPES, R.MISSION_TYPES_RU),
  leaderRole: labels(V.LEADER_ROLES, R.LEADER_ROLES_RU),
  observerCategory: labels(V.OBSERVER_CATEGORIES, R.OBSERVER_CATEGORIES_RU),
  figureStatus: labels(V.FIGURE_STATUSES, R.FIGURE_STATUSES_RU),
  milestoneKind: labels(V.MILESTONE_KINDS, R.MILESTONE_KINDS_RU),
  milestoneStatus: labels(V.MILESTONE_STATUSES, R.MILESTONE_STATUSES_RU),
  findingTopic: labels(V.FINDING_TOPICS, R.FINDING_TOPICS_RU),
  assessment: labels(V.ASSESSMENTS, R.ASSESSMENTS_RU),
  statementKind: labels(V.STATEMENT_KINDS, R.STATEMENT_KINDS_RU),
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
