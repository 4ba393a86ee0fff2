import { z } from 'astro/zod';
import { ORGANIZATION_KINDS, keysOf } from './vocabulary.ts';
import { countryRef, organizationRef, plainText, russian, russianText, statementRef, text, webUrl } from './common.ts';

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
    name: russianText('the full Russian name', 'name').describe('The name the organization itself uses in Russian, e.g. `Бюро по демократическим институтам и правам человека ОБСЕ`.'),
    shortName: text('the Russian short name', 'name').optional().describe('The Russian acronym, e.g. `БДИПЧ`.'),
  }),
});

export type OrganizationData = z.infer<typeof organizationSchema>;
