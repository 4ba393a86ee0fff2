import { z } from 'astro/zod';
import { FIELDS_OF_WORK, STATEMENT_KINDS, keysOf } from './vocabulary.ts';
import {
  countryRef,
  isoDate,
  missionRef,
  organizationRef,
  personRef,
  plainText,
  russian,
  russianText,
  text,
  uniqueList,
  webUrl,
} from './common.ts';

/** A person a statement names, and in what capacity. */
const namedPerson = z.strictObject({
  person: personRef(),
  as: z.enum(['author', 'speaker', 'named', 'contact']).describe('author wrote it, speaker is quoted, contact is given for the media.'),
});

/** A statement: `content/statements/<year>/<yyyy-mm-dd>-<slug>.mdx`. */
export const statementSchema = z.strictObject({
  title: text('the title', 'title').describe('The headline as published; see `titleIsOurs`.'),
  titleIsOurs: z.boolean().optional().describe('True when the source has no headline and the title is ours.'),
  kind: z
    .enum(keysOf(STATEMENT_KINDS), { error: `expected one of: ${keysOf(STATEMENT_KINDS).join(', ')}` })
    .describe('Kind of statement.'),
  date: isoDate().describe('Date of publication, YYYY-MM-DD.'),
  dateNote: plainText('the note on the date', 'prose').optional().describe('How the date was established, when the source does not print it in full.'),
  place: plainText('the place', 'name').optional().describe('Dateline place, e.g. `Copenhagen`; leave out when the source gives none.'),
  source: organizationRef().describe('Organization that issued it.'),
  reportsOn: organizationRef().optional().describe('For news reports: whose announcement the report relays.'),
  people: z.array(namedPerson).default([]).describe('People the statement names in a role.'),
  fieldsOfWork: z
    .array(z.enum(FIELDS_OF_WORK, { error: 'expected one of the OSCE fields of work, e.g. Elections' }))
    .default([])
    .describe('OSCE fields of work, as tagged by the source.'),
  countries: uniqueList(countryRef(), 'country')
    .min(1, { error: 'needs at least one country' })
    .describe(
      'Countries the statement is about. Not where its speakers or authors come from: that is each person\'s `nationality`, and a page shows it apart.',
    ),
  missions: uniqueList(missionRef(), 'mission').default([]),
  documentNumber: z
    .string()
    .regex(/^[A-Z]+(?:\.[A-Z]+)*\/\d+\/\d{2}(?:\/[A-Za-z0-9.]+)*$/, {
      error: 'expected an OSCE document number such as PC.DEL/80/21/Rev.1',
    })
    .optional()
    .describe('OSCE document number, e.g. `PC.DEL/80/21/Rev.1`.'),
  aligningStates: uniqueList(countryRef(), 'country').optional().describe('States that aligned themselves with it.'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: 'expected a language tag such as en' })
    .default('en')
    .describe('Language of the source as published, a BCP 47 tag such as `en` or `ru`.'),
  url: webUrl().optional().describe('Address of the public original: the page the facts were taken from. Every statement has one, or says why not (`urlUnknown`).'),
  urlUnknown: text('why the address is unknown', 'prose')
    .optional()
    .describe('Only when the archive has looked for the public original and not found its address: what is known of it, in our words.'),
  summary: text('a one-sentence summary in our own words', 'prose').describe('Shown in lists and search results.'),
  ru: russian({
    title: russianText('the title', 'title')
      .optional()
      .describe('The headline in Russian: the source’s own when it published one in Russian, otherwise ours (see `titleIsOurs`).'),
    summary: russianText('the summary', 'prose').describe('The summary in Russian, in our own words, faithful to the source.'),
    place: russianText('the place', 'name').optional().describe('The dateline place in Russian, e.g. `Копенгаген`.'),
    dateNote: russianText('the note on the date', 'prose').optional().describe('`dateNote` in Russian.'),
    urlUnknown: russianText('the note on the original', 'prose').optional().describe('`urlUnknown` in Russian.'),
  }),
}).superRefine((s, ctx) => {
  // A reader must be able to go to the original, or learn why the archive cannot send them there.
  if (s.url === undefined && s.urlUnknown === undefined)
    ctx.addIssue({ code: 'custom', path: ['url'], message: 'expected the address of the public original, or `urlUnknown` saying why the archive has none' });
  if (s.url !== undefined && s.urlUnknown !== undefined)
    ctx.addIssue({ code: 'custom', path: ['urlUnknown'], message: 'is given with a `url` — expected one of the two: the address, or why there is none' });
});

export type StatementData = z.infer<typeof statementSchema>;
