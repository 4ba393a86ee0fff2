import { z } from 'astro/zod';
import {
  ASSESSMENTS,
  ELECTION_KINDS,
  FIGURE_STATUSES,
  FINDING_TOPICS,
  LEADER_ROLES,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  MISSION_TYPES,
  OBSERVER_CATEGORIES,
  keysOf,
} from './vocabulary.ts';
import {
  countryRef,
  isoDate,
  organizationRef,
  partialDate,
  personRef,
  plainText,
  russian,
  russianText,
  statementRef,
  text,
  uniqueList,
} from './common.ts';
import { missionContradictions, reportContradictions } from './consistency.ts';

const oneOf = <T extends Record<string, string>>(vocabulary: T) =>
  z.enum(keysOf(vocabulary), { error: `expected one of: ${keysOf(vocabulary).join(', ')}` });

const noteInRussian = russianText('the note', 'prose').optional().describe('The note in Russian, in our own words.');

/** The election observed. Two-round elections list both days. */
const election = z.strictObject({
  kind: oneOf(ELECTION_KINDS).describe('Kind of election.'),
  rounds: z
    .array(isoDate(), { error: 'expected a list of election days written YYYY-MM-DD' })
    .min(1, { error: 'needs the date of at least one round' })
    .max(2, { error: 'has more than two rounds — an election has one or two' })
    .refine((d) => d.length < 2 || d[0]! < d[1]!, { error: 'the second round must come after the first' })
    .describe('Election day, and the second round if there was one, as YYYY-MM-DD.'),
});

/**
 * Who appointed a leader, when the source says. Kept apart from `organization` so that a co-ordinator
 * appointed by the Chairman-in-Office is not shown as if he held that office.
 */
const appointment = z.strictObject({
  organization: organizationRef().describe('Organization whose office made the appointment, e.g. `osce-chairpersonship`.'),
  office: text('the office that made the appointment', 'name').describe('The office as the source names it, e.g. `Chairman-in-Office`.'),
  person: personRef().optional().describe('Who held that office at the time, when the source names them.'),
  ru: russian({ office: russianText('the office', 'name').optional().describe('The office in Russian, e.g. `Действующий председатель ОБСЕ`.') }),
});

const leader = z.strictObject({
  person: personRef(),
  role: oneOf(LEADER_ROLES).describe('What the person led.'),
  organization: organizationRef()
    .optional()
    .describe('On behalf of which organization; leave out when the source does not say (see `appointedBy`).'),
  appointedBy: appointment.optional().describe('Who appointed the leader, when the source says.'),
  note: plainText('the note', 'prose').optional().describe('What else the source says of the role, in our words, e.g. `Led the International Election Observation Mission.`'),
  source: statementRef(),
  ru: russian({ note: noteInRussian }),
});

/** One number of observers as a statement reports it, on the day it reports it. */
const observerFigure = z.strictObject({
  category: oneOf(OBSERVER_CATEGORIES).describe('Which observers are counted.'),
  count: z
    .number({ error: 'expected a whole number of observers' })
    .int({ error: 'expected a whole number of observers' })
    .positive({ error: 'expected a number of observers above zero' })
    .describe('How many observers, as printed; kept as printed even where figures do not add up.'),
  approximate: z.boolean().optional().describe('True when the source says "some" or "about".'),
  status: oneOf(FIGURE_STATUSES).describe('Whether the observers were deployed or only planned or expected.'),
  date: isoDate().describe('The day the source gives the figure for (its date, unless it names another).'),
  organization: organizationRef().optional().describe('Organization that deployed them, where it matters.'),
  fromStates: z.number().int().positive().optional().describe('How many States or countries they came from.'),
  note: plainText('the note', 'prose').optional().describe('What the figure includes, in our words.'),
  source: statementRef(),
  ru: russian({ note: noteInRussian }),
});

const milestone = z.strictObject({
  kind: oneOf(MILESTONE_KINDS).describe('Which stage of the mission.'),
  date: partialDate().optional().describe('YYYY-MM-DD, YYYY-MM or YYYY; leave out when the source gives none.'),
  status: oneOf(MILESTONE_STATUSES).describe('`actual` when a source reports it done, `planned` when announced.'),
  onOrBefore: z.boolean().optional().describe('True when the source shows only that it had happened by `date`.'),
  note: plainText('the note', 'prose').optional().describe('What the source says about the timing, in our words.'),
  source: statementRef(),
  ru: russian({ note: noteInRussian }),
});

const finding = z.strictObject({
  topic: oneOf(FINDING_TOPICS).describe('Row of the findings timeline.'),
  assessment: oneOf(ASSESSMENTS).describe('positive, mixed or negative.'),
  summary: text('a one-sentence summary in our own words', 'prose').describe('What was found, in our words, with short attributed quotations only.'),
  assessedBy: organizationRef().describe('Whose assessment this is (the mission, or an organization commenting on it).'),
  source: statementRef(),
  ru: russian({ summary: russianText('the summary', 'prose').optional().describe('The finding in Russian, in our own words.') }),
});

/** A mission: `content/missions/<country>/<year>-<kind>.mdx`. */
export const missionSchema = z
  .strictObject({
    title: text('the title', 'title').describe('E.g. `Parliamentary elections, 10 January 2021`.'),
    country: countryRef(),
    election: election.describe('The election observed: its kind and its day or days.'),
    type: oneOf(MISSION_TYPES)
      .optional()
      .describe('NAM, EAM, EET, LEOM, EOM, IEOM or SEAM, as a source words it; left out when no source says what kind of mission it was.'),
    organizations: uniqueList(organizationRef(), 'organization')
      .min(1, { error: 'needs at least one organization' })
      .describe('Organizations that took part, the leading one first.'),
    leaders: z.array(leader).default([]).describe('Who led the mission or a delegation in it, each with the statement that says so.'),
    observers: z.array(observerFigure).default([]).describe('Observer numbers as dated facts.'),
    milestones: z.array(milestone).default([]).describe('Stages of the mission from needs assessment to final report, done or announced.'),
    findings: z.array(finding).default([]).describe('Assessments by topic, each with who made it and the statement it comes from.'),
    summary: text('a one-sentence summary in our own words', 'prose').describe('Shown in lists and search results.'),
    ru: russian({
      title: russianText('the title', 'title').optional().describe('E.g. `Парламентские выборы 10 января 2021 г.`.'),
      summary: russianText('the summary', 'prose').describe('The summary in Russian, in our own words, faithful to the sources.'),
    }),
  })
  .superRefine((m, ctx) => {
    reportContradictions(missionContradictions(m), ctx);
    // A report cannot come before the vote it reports on; comparing ISO prefixes keeps partial dates honest.
    const electionDay = m.election.rounds[0];
    if (!electionDay) return;
    m.milestones.forEach((ms, i) => {
      const after = ['preliminary-statement', 'final-report'].includes(ms.kind);
      const before = ['needs-assessment', 'opening', 'lto-deployment'].includes(ms.kind);
      if (!ms.date) return;
      const day = electionDay.slice(0, ms.date.length);
      if (after && ms.date < day)
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', i, 'date'],
          message: `${ms.kind} dated ${ms.date} is before election day ${electionDay} — expected a date on or after it`,
        });
      if (before && ms.date > day)
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', i, 'date'],
          message: `${ms.kind} dated ${ms.date} is after election day ${electionDay} — expected a date on or before it`,
        });
      if (ms.kind === 'election-day' && ms.date !== electionDay && ms.date !== m.election.rounds[1])
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', i, 'date'],
          message: `election-day milestone ${ms.date} is not a date in election.rounds — expected ${m.election.rounds.join(' or ')}`,
        });
    });
  });

export type MissionData = z.infer<typeof missionSchema>;
