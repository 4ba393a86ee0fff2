/**
 * A mission's type as readers see it. The type is ODIHR's wording (NAM … SEAM); where no source says
 * what kind of mission it was (a parliamentary delegation's own text, an agency item), the archive
 * leaves it out and says so, rather than guessing one.
 */
import type { MissionData } from '../schemas/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import { label } from '../i18n/vocabulary.ts';
import { classSuffix } from '../charts/svg.ts';

type MissionType = MissionData['type'];

/** The code a table or chart prints: `IEOM`, or a dash for a type no source states. */
export const missionTypeCode = (type: MissionType): string => type ?? '—';

/** The type's name in a language: "International Election Observation Mission", or "type not stated". */
export function missionTypeName(locale: Locale, type: MissionType): string {
  return type === undefined ? translator(locale)('missionType.unstated') : label(locale, 'missionType', type);
}

/** The suffix of the classes that colour a type: `ieom`, or `unstated`. */
export const missionTypeClass = (type: MissionType): string => classSuffix(type ?? 'unstated');
