/** What the archive holds, counted at build from the content itself, for /about/. */
import { electionDay } from '../missions/election-day.ts';
import type { CountryData, MissionData, PersonData, StatementData } from '../schemas/index.ts';

interface E<T> {
  id: string;
  data: T;
}

export interface ArchiveCounts {
  countries: number;
  participatingStates: number;
  observedCountries: number;
  missions: number;
  statements: number;
  people: number;
  organizations: number;
  observerFigures: number;
  milestones: number;
  findings: number;
  contactPoints: number;
  /** First and last election day, or undefined for an archive without missions. */
  electionYears?: { first: string; last: string };
}

export function archiveCounts(archive: {
  countries: readonly E<CountryData>[];
  organizations: readonly unknown[];
  people: readonly E<PersonData>[];
  missions: readonly E<MissionData>[];
  statements: readonly E<StatementData>[];
}): ArchiveCounts {
  const days = archive.missions.map((m) => electionDay(m.data)).sort();
  const sum = (f: (m: MissionData) => number) => archive.missions.reduce((n, m) => n + f(m.data), 0);
  return {
    countries: archive.countries.length,
    participatingStates: archive.countries.filter((c) => c.data.osceStatus === 'participating-state').length,
    observedCountries: new Set(archive.missions.map((m) => m.data.country)).size,
    missions: archive.missions.length,
    statements: archive.statements.length,
    people: archive.people.length,
    organizations: archive.organizations.length,
    observerFigures: sum((m) => m.observers.length),
    milestones: sum((m) => m.milestones.length),
    findings: sum((m) => m.findings.length),
    contactPoints: archive.people.reduce((n, p) => n + (p.data.contactPoints?.length ?? 0), 0),
    ...(days.length ? { electionYears: { first: days[0]!.slice(0, 4), last: days[days.length - 1]!.slice(0, 4) } } : {}),
  };
}
