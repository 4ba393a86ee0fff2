/**
 * Country names the importer recognises.
 *
 * The 57 OSCE participating States are listed under the names osce.org uses in its navigation
 * (tests/fixtures/seeds/000_*.txt), with the older or longer names other sources still print.
 * Every other country name is only ever reported, never placed: the archive decides by hand
 * whether a partner or a non-participating State belongs in `content/countries/`.
 */

export type CountryName = { name: string; id: string };

/** OSCE participating States: the name as osce.org lists it first, then variants seen in sources. */
export const PARTICIPATING_STATES: ReadonlyArray<{ id: string; names: readonly string[] }> = [
  { id: 'al', names: ['Albania'] },
  { id: 'ad', names: ['Andorra'] },
  { id: 'am', names: ['Armenia'] },
  { id: 'at', names: ['Austria'] },
  { id: 'az', names: ['Azerbaijan'] },
  { id: 'be', names: ['Belgium'] },
  { id: 'by', names: ['Belarus'] },
  { id: 'ba', names: ['Bosnia and Herzegovina', 'Bosnia & Herzegovina'] },
  { id: 'bg', names: ['Bulgaria'] },
  { id: 'ca', names: ['Canada'] },
  { id: 'hr', names: ['Croatia'] },
  { id: 'cy', names: ['Cyprus'] },
  { id: 'cz', names: ['Czechia', 'Czech Republic'] },
  { id: 'dk', names: ['Denmark'] },
  { id: 'ee', names: ['Estonia'] },
  { id: 'fi', names: ['Finland'] },
  { id: 'fr', names: ['France'] },
  { id: 'ge', names: ['Georgia'] },
  { id: 'de', names: ['Germany'] },
  { id: 'gr', names: ['Greece'] },
  { id: 'va', names: ['Holy See'] },
  { id: 'hu', names: ['Hungary'] },
  { id: 'is', names: ['Iceland'] },
  { id: 'ie', names: ['Ireland'] },
  { id: 'it', names: ['Italy'] },
  { id: 'kz', names: ['Kazakhstan'] },
  { id: 'kg', names: ['Kyrgyzstan', 'Kyrgyz Republic'] },
  { id: 'lv', names: ['Latvia'] },
  { id: 'li', names: ['Liechtenstein'] },
  { id: 'lt', names: ['Lithuania'] },
  { id: 'lu', names: ['Luxembourg'] },
  { id: 'mt', names: ['Malta'] },
  { id: 'md', names: ['Moldova', 'Republic of Moldova'] },
  { id: 'mc', names: ['Monaco'] },
  { id: 'mn', names: ['Mongolia'] },
  { id: 'me', names: ['Montenegro'] },
  { id: 'nl', names: ['The Netherlands', 'Netherlands'] },
  {
    id: 'mk',
    names: ['North Macedonia', 'Republic of North Macedonia', 'former Yugoslav Republic of Macedonia'],
  },
  { id: 'no', names: ['Norway'] },
  { id: 'pl', names: ['Poland'] },
  { id: 'pt', names: ['Portugal'] },
  { id: 'ro', names: ['Romania'] },
  { id: 'ru', names: ['Russian Federation', 'Russia'] },
  { id: 'sm', names: ['San Marino'] },
  { id: 'rs', names: ['Serbia'] },
  { id: 'sk', names: ['Slovakia', 'Slovak Republic'] },
  { id: 'si', names: ['Slovenia'] },
  { id: 'es', names: ['Spain'] },
  { id: 'se', names: ['Sweden'] },
  { id: 'ch', names: ['Switzerland'] },
  { id: 'tj', names: ['Tajikistan'] },
  { id: 'tr', names: ['Türkiye', 'Turkey'] },
  { id: 'tm', names: ['Turkmenistan'] },
  { id: 'ua', names: ['Ukraine'] },
  { id: 'gb', names: ['United Kingdom'] },
  { id: 'us', names: ['United States of America', 'United States'] },
  { id: 'uz', names: ['Uzbekistan'] },
];

/**
 * Adjectives of the participating States. They never place a country by themselves ("the Slovenian
 * Foreign Minister" need not make a statement about Slovenia); the importer reports them instead.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Albanian: 'al',
  Andorran: 'ad',
  Armenian: 'am',
  Austrian: 'at',
  Azerbaijani: 'az',
  Belgian: 'be',
  Belarusian: 'by',
  Bosnian: 'ba',
  Bulgarian: 'bg',
  Canadian: 'ca',
  Croatian: 'hr',
  Cypriot: 'cy',
  Czech: 'cz',
  Danish: 'dk',
  Estonian: 'ee',
  Finnish: 'fi',
  French: 'fr',
  Georgian: 'ge',
  German: 'de',
  Greek: 'gr',
  Hungarian: 'hu',
  Icelandic: 'is',
  Irish: 'ie',
  Italian: 'it',
  Kazakh: 'kz',
  Kazakhstani: 'kz',
  Kyrgyz: 'kg',
  Latvian: 'lv',
  Liechtensteiner: 'li',
  Lithuanian: 'lt',
  Luxembourgish: 'lu',
  Maltese: 'mt',
  Moldovan: 'md',
  Monegasque: 'mc',
  Mongolian: 'mn',
  Montenegrin: 'me',
  Dutch: 'nl',
  Macedonian: 'mk',
  Norwegian: 'no',
  Polish: 'pl',
  Portuguese: 'pt',
  Romanian: 'ro',
  Russian: 'ru',
  Sammarinese: 'sm',
  Serbian: 'rs',
  Slovak: 'sk',
  Slovenian: 'si',
  Spanish: 'es',
  Swedish: 'se',
  Swiss: 'ch',
  Tajik: 'tj',
  Turkish: 'tr',
  Turkmen: 'tm',
  Ukrainian: 'ua',
  British: 'gb',
  American: 'us',
  Uzbek: 'uz',
};

/** Every name of the table, longest first so "Republic of North Macedonia" wins over "North Macedonia". */
const PARTICIPATING_NAMES: CountryName[] = PARTICIPATING_STATES.flatMap((s) =>
  s.names.map((name) => ({ name, id: s.id })),
).sort((a, b) => b.name.length - a.name.length);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word pattern: JavaScript's `\b` ignores letters such as ü, so the boundary is spelt out. */
function wholeWords(names: readonly string[], flags: string): RegExp {
  const alternatives = names.map((n) => escapeRegExp(n).replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, `gu${flags}`);
}

const PARTICIPATING_PATTERN = wholeWords(
  PARTICIPATING_NAMES.map((c) => c.name),
  'i',
);

const BY_LOWER_NAME = new Map(PARTICIPATING_NAMES.map((c) => [c.name.toLowerCase(), c.id]));

/** The id of a participating State from one of its names, in any letter case. */
export function countryIdOf(name: string): string | undefined {
  return BY_LOWER_NAME.get(name.trim().replace(/\s+/g, ' ').toLowerCase());
}

export type CountryMention = { id: string; name: string; index: number };

/**
 * Participating States named in a text, in order of appearance. Letter case is ignored because
 * delegation statements print aligning States in capitals ("NORTH MACEDONIA*"), but a name needs
 * at least one capital: "turkey" and "georgia" in lower case are not countries.
 */
export function findCountryMentions(text: string): CountryMention[] {
  const mentions: CountryMention[] = [];
  for (const m of text.matchAll(PARTICIPATING_PATTERN)) {
    const id = countryIdOf(m[0]);
    if (id && /\p{Lu}/u.test(m[0])) mentions.push({ id, name: m[0], index: m.index });
  }
  return mentions;
}

/** Ids of the participating States a text names, first mention first, each once. */
export function findCountries(text: string): string[] {
  return [...new Set(findCountryMentions(text).map((m) => m.id))];
}

/**
 * Region codes that name no country: ICU also knows the EU, the UN, the Eurozone and test regions,
 * and "European Union" must not be reported as an unknown country.
 */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

let otherPattern: RegExp | undefined;

/** Country names ICU knows in English that are not participating States (built once, on demand). */
function otherCountryPattern(): RegExp {
  if (otherPattern) return otherPattern;
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const names = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = NOT_COUNTRIES.has(code) ? undefined : display.of(code);
      if (name && !countryIdOf(name)) names.add(name);
    }
  }
  otherPattern = wholeWords(
    [...names].sort((a, b) => b.length - a.length),
    'i',
  );
  return otherPattern;
}

/**
 * Names of countries outside the table, for the report. Like participating States they are read in
 * any letter case but need a capital: ICU's list holds "Jersey" and "Guinea", common nouns in lower case.
 */
export function findOtherCountryNames(text: string): string[] {
  const taken = findCountryMentions(text).map((m) => [m.index, m.index + m.name.length] as const);
  const found: string[] = [];
  for (const m of text.matchAll(otherCountryPattern())) {
    const inside = taken.some(([from, to]) => m.index >= from && m.index < to);
    const seen = found.some((f) => f.toLowerCase() === m[0].toLowerCase());
    if (!inside && !seen && /\p{Lu}/u.test(m[0])) found.push(m[0]);
  }
  return found;
}

const DEMONYM_PATTERN = wholeWords(Object.keys(DEMONYMS), '');

/** Adjectives of participating States in a text, first mention first, each once, with their ids. */
export function findDemonyms(text: string): CountryName[] {
  const found: CountryName[] = [];
  for (const m of text.matchAll(DEMONYM_PATTERN)) {
    if (!found.some((f) => f.name === m[0])) found.push({ name: m[0], id: DEMONYMS[m[0]]! });
  }
  return found;
}

/** A regular-expression alternation of the adjectives, for patterns such as "Kazakh presidential election". */
export const DEMONYM_ALTERNATION = Object.keys(DEMONYMS).map(escapeRegExp).join('|');
