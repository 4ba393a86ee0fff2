/** Missions: `content/missions/<country>/<year>-<kind>.mdx`, one per observed election and observer. */
import { missionSchema, type MissionData } from '../../schemas/mission.ts';
import { missionDoubts } from '../../schemas/consistency.ts';
import { electionDay, electionYear } from '../../missions/election-day.ts';
import { cell } from '../../data/csv.ts';
import { alpha3, ISO3 } from '../../data/iso-codes.ts';
import type { Collection } from '../collections.ts';

export const missions: Collection<typeof missionSchema, 'mission'> = {
  schema: missionSchema,
  noun: 'mission',
  aNoun: 'a mission',
  title: 'Missions',
  extensions: ['.md', '.mdx'],
  folders: { depth: 1, folder: /^[a-z]{2}$/ },
  expected: 'content/missions/<country>/<year>-<kind>.mdx',
  fileOf: (id) => `${id}.mdx`,
  // Newest election first.
  order: (a, b) => electionDay(b.data).localeCompare(electionDay(a.data)) || a.id.localeCompare(b.id),
  reservedIds: [],
  // A mission's media contacts, as one vCard file.
  outputs: (id) => [{ path: `/missions/${id}/contacts.vcf`, field: [] }],
  idProblems: ({ id, data }) => {
    const expected = `${data.country}/${electionYear(data)}-${data.election.kind}`;
    return id === expected || id.startsWith(`${expected}-`)
      ? []
      : [{ path: [], message: `is at missions/${id} — expected missions/${expected}.mdx (country/election year-election kind)` }];
  },
  doubts: missionDoubts,
  openData: {
    lead: [
      { name: 'mission', description: 'The mission’s id, e.g. `kz/2021-parliamentary`: a record of missions.json.', value: (e) => e.id },
      { name: 'country', description: 'The mission’s country: ISO 3166-1 alpha-2 code in lower case, e.g. `kz`.', value: (e) => cell(e.data.country) },
      {
        name: 'electionDay',
        description: 'The mission’s election day (the first round), YYYY-MM-DD.',
        value: (e) => cell(electionDay(e.data as MissionData)),
      },
    ],
    joinKeys: [
      {
        name: 'countryIso3',
        description:
          'ISO 3166-1 alpha-3 code of the mission’s country, e.g. `KAZ`: with `electionDay` and `election.kind`, the key of the election in NELDA and V-Dem.',
        schema: ISO3,
        value: (r, iso2) => alpha3(iso2(String(r.country))),
      },
      {
        name: 'electionDay',
        description: 'The election day (the first round), YYYY-MM-DD, as election datasets date an election.',
        schema: { type: 'string', pattern: '^(\\d{4})-(\\d{2})-(\\d{2})$' },
        value: (r) => (r.election as { rounds: string[] } | undefined)?.rounds[0],
      },
    ],
  },
};
