import type { MissionData } from '../schemas/index.ts';

/** Missions grouped by election year, newest year first; the input order is kept within a year. */
export function missionsByYear<M extends { data: MissionData }>(missions: readonly M[]): { year: number; missions: M[] }[] {
  const groups = new Map<number, M[]>();
  for (const m of missions) {
    const year = Number(m.data.election.rounds[0]!.slice(0, 4));
    groups.set(year, [...(groups.get(year) ?? []), m]);
  }
  return [...groups].sort((a, b) => b[0] - a[0]).map(([year, missions]) => ({ year, missions }));
}
