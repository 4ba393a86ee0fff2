/**
 * A mission's election day: the first round of its election, by which the archive dates, sorts,
 * groups and names missions. The one place that reads it, so a rule about it (a second round, an
 * election postponed) changes here. The schema holds every election to at least one round.
 */
interface WithElection {
  election: { rounds: readonly string[] };
}

/** `2021-01-10`: the first round. */
export function electionDay(mission: WithElection): string {
  const day = mission.election.rounds[0];
  if (day === undefined) throw new RangeError('an election with no round: the mission schema requires one');
  return day;
}

/** `2021`: the year of the first round, as text (addresses, search filters). */
export function electionYear(mission: WithElection): string {
  return electionDay(mission).slice(0, 4);
}
