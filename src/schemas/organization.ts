import { z } from 'astro/zod';
import { ORGANIZATION_KINDS, keysOf } from './vocabulary.ts';
import { countryRef, organizationRef, plainText, russian, russianText, statementRef, text, webUrl } from './common.ts';
import { asNeeded } from './translations.ts';

/** An organization: `content/organizations/<id>.yaml`. */
export const organizationSchema = z.strictObject({
  name: text('the full name', 'name').describe('Full English name, e.g. `OSCE Office for Democratic Institutions and Human Rights`.'),
  shortName: plainText('the short name', 'name').optional().describe('Acronym or short name readers know it by, e.g. `ODIHR`.'),
  kind: z
    .enum(keysOf(ORGANIZATION_KINDS), { error: `expected one of: ${keysOf(ORGANIZATION_KINDS).join(', ')}` })
    .describe('What kind of body it is.'),
  parent: organizationRef().optional().describe('The organization it belongs to, e.g. `osce` for ODIHR.'),
  country: countryRef().optional().describe('For a national body: its country.'),
  seat: plainText('the seat', 'name').optional().describe('Where it sits, only if a source says so.'),
  website: webUrl().optional().describe('Official website, only if known.'),
  about: plainText('the description', 'prose').optional().describe('One or two sentences in our own words.'),
  source: statementRef().optional().describe('Statement that tells us about it.'),
  ru: russian({
    name: asNeeded(
      russianText('the full Russian name', 'name')
        .optional()
        .describe(
          'The name the organization itself uses in Russian, e.g. `Бюро по демократическим институтам и правам человека ОБСЕ`; left out for a name that is the same in every language (`Report.az`).',
        ),
    ),
    shortName: asNeeded(z.string().trim().min(1).optional().describe('The Russian acronym, e.g. `БДИПЧ`.')),
    seat: russianText('the seat', 'name').optional().describe('`seat` in Russian, e.g. `Варшава`.'),
    about: russianText('the description', 'prose').optional().describe('`about` in Russian, in our own words.'),
  }),
});

export type OrganizationData = z.infer<typeof organizationSchema>;
