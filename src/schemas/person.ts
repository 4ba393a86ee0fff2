import { z } from 'astro/zod';
import { countryRef, email, missionRef, organizationRef, partialDate, personRef, plainText, russian, russianText, statementRef, text, uniqueList } from './common.ts';
import { reportContradictions, roleContradictions } from './consistency.ts';
import { asNeeded } from './translations.ts';
import { e164Phone } from './phone.ts';

/** A role as a source names it, e.g. "Vice-President of the Parliamentary Assembly". */
const role = z.strictObject({
  title: text('the role as the source names it', 'title').describe('The role in our words, e.g. `Special Co-ordinator`.'),
  organization: organizationRef().optional().describe('Organization the role belongs to.'),
  mission: missionRef().optional().describe('Mission the role belongs to.'),
  from: partialDate().optional().describe('Start, only if a source says when it began.'),
  asOf: partialDate()
    .optional()
    .describe('A day the source shows the person in the role (usually its own date), when it gives no start or end.'),
  to: partialDate().optional().describe('End, if a source says.'),
  former: z.boolean().optional().describe('True when the source speaks of it as a past role ("a former foreign minister").'),
  source: statementRef(),
  ru: russian({ title: russianText('the role', 'title').optional().describe('The role in Russian, e.g. `Специальный координатор`.') }),
});

/**
 * A published way to reach the person, always with the statement that published it: a journalist
 * must be able to see how old the number is.
 */
const contactPoint = z
  .strictObject({
    role: text('the role in which the contact was published', 'title').describe('E.g. `Spokesperson for the OSCE PA observer team`.'),
    title: plainText('the job title', 'title').optional().describe('Job title printed next to the name, e.g. `Executive Advisor`.'),
    organization: organizationRef(),
    mission: missionRef().optional().describe('Mission the contact speaks for.'),
    phone: e164Phone().optional(),
    email: email().optional().describe('Email address as published.'),
    source: statementRef(),
    ru: russian({
      role: russianText('the role', 'title').optional().describe('`role` in Russian.'),
      title: russianText('the job title', 'title').optional().describe('`title` in Russian.'),
    }),
  })
  .refine((c) => c.phone !== undefined || c.email !== undefined, {
    error: 'a contact point needs a phone or an email',
  });

/** A person: `content/people/<id>.yaml`. */
export const personSchema = z.strictObject({
  name: text('the name in Latin script', 'name').describe('Name as the English sources print it, e.g. `Jarosław Marcin Domański`.'),
  sortName: plainText('the sort name', 'name').optional().describe('Family name first, for sorting: `Domański, Jarosław Marcin`.'),
  honorific: plainText('the honorific', 'name').optional().describe('E.g. `Ambassador`, only if a source uses it.'),
  nationality: countryRef().optional().describe('Only if a source states it.'),
  roles: z
    .array(role)
    .min(1, { error: 'needs at least one role: people are in the archive for what they did' })
    .describe('What the person did, as the sources say, each with its statement.'),
  contactPoints: z.array(contactPoint).optional().describe('Published phone numbers and emails.'),
  distinctFrom: uniqueList(personRef(), 'person')
    .optional()
    .describe('People whose names are like this one\'s (the check asks) but who are someone else: their ids.'),
  ru: russian({
    name: asNeeded(
      russianText('the name', 'name')
        .optional()
        .describe('The name as Russian-language print spells it, e.g. `Кристиан Вигенин`; only where that spelling is established.'),
    ),
    honorific: russianText('the honorific', 'name').optional().describe('`honorific` in Russian, e.g. `посол`.'),
  }),
}).superRefine((p, ctx) => reportContradictions(roleContradictions(p.roles), ctx));

export type PersonData = z.infer<typeof personSchema>;
