import { z } from 'astro/zod';
import isoCountries from 'i18n-iso-countries';
import { OSCE_STATUSES, keysOf } from './vocabulary.ts';
import { partialDate, plainText, statementRef, text, uniqueList, russian, russianText } from './common.ts';
import { asNeeded } from './translations.ts';

/** One name a capital has carried, with the statements that show it in use. */
const capitalName = z.strictObject({
  name: text('the name of the capital', 'name').describe('The name as the sources spell it, e.g. `Nur-Sultan`.'),
  from: partialDate().optional().describe('When the name came into use, if a source says so.'),
  to: partialDate().optional().describe('When the name went out of use, if a source says so.'),
  attestedIn: uniqueList(statementRef(), 'statement')
    .min(1, { error: 'needs at least one statement that shows the name in use' })
    .describe('Statements that use this name.'),
  note: z.string().optional().describe('How the sources show the name, in our words.'),
  ru: russian({
    name: russianText('the name of the capital', 'name').optional().describe('The name in Russian, e.g. `Нур-Султан`.'),
    note: russianText('the note', 'prose').optional().describe('`note` in Russian, in our own words.'),
  }),
});

/** A country: `content/countries/<iso2>.mdx`. */
export const countrySchema = z.strictObject({
  name: text('the short English name', 'name').describe('Short English name as the OSCE lists it, e.g. `Kazakhstan`.'),
  officialName: plainText('the official name', 'name').optional().describe('Official long name, only if a source gives it.'),
  iso2: z
    .string({ error: 'expected the ISO 3166-1 alpha-2 code in capitals, e.g. KZ' })
    .regex(/^[A-Z]{2}$/, { error: 'expected the ISO 3166-1 alpha-2 code in capitals, e.g. KZ' })
    // Pages name a country from the CLDR table by its code, and the map finds its shape by it: a code
    // the standard does not assign has neither.
    .refine((code) => !/^[A-Z]{2}$/.test(code) || isoCountries.isValid(code), {
      error: 'expected a code ISO 3166-1 assigns to a country (as i18n-iso-countries lists them), e.g. KZ',
    })
    .describe('ISO 3166-1 alpha-2 code in capitals; the file name is the same code in lower case.'),
  osceStatus: z
    .enum(keysOf(OSCE_STATUSES), { error: `expected one of: ${keysOf(OSCE_STATUSES).join(', ')}` })
    .describe('Relation to the OSCE.'),
  listedIn: statementRef().describe('Statement whose page lists the country among the OSCE participating States.'),
  capital: z.array(capitalName).optional().describe('Names of the capital the sources use, oldest first.'),
  chairpersonships: z
    .array(z.strictObject({ year: z.number().int().min(1975).max(2100).describe('The year of the Chairpersonship.'), source: statementRef() }))
    .optional()
    .describe('Years the country held the OSCE Chairpersonship, as the sources say.'),
  ru: russian({
    name: asNeeded(
      russianText('the short Russian name', 'name')
        .optional()
        .describe('Only where the archive’s Russian name should differ from the CLDR one the site uses by default (i18n-iso-countries).'),
    ),
    officialName: russianText('the official name', 'name').optional().describe('`officialName` in Russian.'),
  }),
});

export type CountryData = z.infer<typeof countrySchema>;
