import { electionYear } from './election-day.ts';
import type { MissionData } from '../schemas/index.ts';

/** Missions grouped by election year, newest year first; the input order is kept within a year. */
function missionsByYear<M extends { data: MissionData }>(missions: readonly M[]): { year: number; missions: M[] }[] {
  const groups = new Map<number, M[]>();
  for (const m of missions) {
    const year = Number(electionYear(m.data));
    groups.set(year, [...(groups.get(year) ?? []), m]);
  }
  return [...groups].sort((a, b) => b[0] - a[0]).map(([year, missions]) => ({ year, missions }));
}

/**
 * The newest missions grouped by year, for a page that must stay small whatever the archive holds:
 * at most `years` election years and `missions` missions in all. Years are whole except the last
 * one shown, which is cut when the cap falls inside it; `total` tells how many that year has.
 */
export function recentYears<M extends { data: MissionData }>(
  all: readonly M[],
  limits: { years: number; missions: number },
): { year: number; missions: M[]; total: number }[] {
  const out: { year: number; missions: M[]; total: number }[] = [];
  let room = limits.missions;
  for (const { year, missions } of missionsByYear(all)) {
    if (out.length === limits.years || room === 0) break;
    out.push({ year, missions: missions.slice(0, room), total: missions.length });
    room -= Math.min(room, missions.length);
  }
  return out;
}
