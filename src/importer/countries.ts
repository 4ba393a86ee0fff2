/**
 * Country names the importer recognises.
 *
 * Names come from i18n-iso-countries (ISO 3166-1 names with their aliases, in English and Russian),
 * so "Czechia" and "Czech Republic", "Türkiye" and "Turkey", "Россия" and "Российская Федерация" need
 * no table of ours. What the OSCE adds is kept here: which 57 States participate, and the official
 * forms its documents print that ISO does not list ("Kyrgyz Republic", "the former Yugoslav Republic
 * of Macedonia"). Every other country name is only ever reported, never placed: the archive decides
 * by hand whether a partner or a non-participating State belongs in `content/countries/`.
 */
import { countries as countryData } from 'countries-list';
import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import russian from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };

isoCountries.registerLocale(english);
isoCountries.registerLocale(russian);

export type CountryName = { name: string; id: string };

/** The OSCE's participating States, by ISO alpha-2 code. */
const PARTICIPATING_IDS =
  'al ad am at az be by ba bg ca hr cy cz dk ee fi fr ge de gr va hu is ie it kz kg lv li lt lu mt md mc mn me nl mk no pl pt ro ru sm rs sk si es se ch tj tr tm ua gb us uz'.split(
    ' ',
  );

/** Official forms OSCE documents use that ISO's tables do not hold. */
const OSCE_FORMS: Readonly<Record<string, readonly string[]>> = {
  va: ['Holy See'],
  kg: ['Kyrgyz Republic', 'Кыргызстан', 'Кыргызская Республика'],
  md: ['Moldova', 'Молдова', 'Республика Молдова'],
  mk: ['former Yugoslav Republic of Macedonia', 'Republic of North Macedonia'],
  sk: ['Slovak Republic'],
  tm: ['Туркменистан'],
  by: ['Белоруссия'],
};

/**
 * ISO's names made readable as printed in a sentence: "Moldova, Republic of" → "Moldova" and
 * "Republic of Moldova"; "Holy See (Vatican City State)" → kept only without the bracket. Names of
 * three letters or fewer ("US", "UK") are dropped: in capitals they are ordinary words ("LET US").
 */
function printedForms(isoName: string): string[] {
  const unbracketed = isoName.replace(/\s*\(.*\)$/, '').replace(/^The (?!Netherlands)/, '');
  const inverted = /^(.+), (.+)$/.exec(unbracketed);
  const forms = inverted ? [inverted[1]!, `${inverted[2]} ${inverted[1]}`] : [unbracketed];
  return forms.filter((f) => f.length > 3);
}

/** ISO's names, and in English the long form most States use in their own documents ("the Republic of Azerbaijan"). */
function namesOf(id: string, locale: 'en' | 'ru'): string[] {
  const forms = (isoCountries.getNames(locale, { select: 'all' })[id.toUpperCase()] ?? []).flatMap(printedForms);
  return locale === 'en' ? [...forms, ...forms.filter((f) => !/\b(?:Republic|Federation|Kingdom|States|See)\b/.test(f)).map((f) => `Republic of ${f}`)] : forms;
}

/** OSCE participating States: the English names first, then Russian names and the OSCE's own forms. */
export const PARTICIPATING_STATES: ReadonlyArray<{ id: string; names: readonly string[] }> = PARTICIPATING_IDS.map((id) => ({
  id,
  names: [...new Set([...namesOf(id, 'en'), ...(OSCE_FORMS[id] ?? []), ...namesOf(id, 'ru')])],
}));

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
const PARTICIPATING_NAMES: CountryName[] = PARTICIPATING_STATES.flatMap((s) => s.names.map((name) => ({ name, id: s.id }))).sort(
  (a, b) => b.name.length - a.name.length,
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word pattern: JavaScript's `\b` ignores letters such as ü, so the boundary is spelt out. */
function wholeWords(names: readonly string[], flags: string): RegExp {
  const alternatives = names.map(namePattern).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, `gu${flags}`);
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Russian declines country names ("в Грузии", "из Армении", "Российской Федерации"): each Cyrillic
 * word matches its stem and an ending of up to three letters, which covers the six cases and no
 * derived adjective ("грузинский" differs in the stem, "казахстанский" adds four letters).
 */
/** Endings of Russian nouns and adjectives in every case and number. */
const RUSSIAN_ENDINGS =
  '(?:а|я|и|ы|у|ю|е|о|й|ь|ой|ей|ом|ем|ём|ию|ии|ия|ью|ая|ую|яя|юю|ый|ий|ые|ие|ое|ее|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ов|ев|ам|ям|ами|ями|ах|ях)?';

function namePattern(name: string): string {
  return name
    .split(' ')
    .map((word) => {
      if (!CYRILLIC.test(word)) return escapeRegExp(word);
      const stem = word.replace(/(?:ая|ий|ия|ь|[аяеоуыи])$/u, (ending) => (ending === 'ия' ? 'и' : ''));
      // The case endings themselves, not any three letters: "Дании", "Данией" are Denmark, "Даниэла" is a woman's name.
      return `${escapeRegExp(stem)}${RUSSIAN_ENDINGS}`;
    })
    .join('\\s+');
}

const PARTICIPATING_PATTERN = wholeWords(
  PARTICIPATING_NAMES.map((c) => c.name),
  'i',
);

const BY_LOWER_NAME = new Map(PARTICIPATING_NAMES.map((c) => [c.name.toLowerCase(), c.id]));
const DECLINED = PARTICIPATING_NAMES.filter((c) => CYRILLIC.test(c.name)).map((c) => ({ id: c.id, pattern: new RegExp(`^(?:${namePattern(c.name)})$`, 'iu') }));

/** The id of a participating State from one of its names, in any letter case (and any Russian case). */
export function countryIdOf(name: string): string | undefined {
  const printed = name.trim().replace(/\s+/g, ' ').replace(/^the /i, '');
  return BY_LOWER_NAME.get(printed.toLowerCase()) ?? DECLINED.find((d) => d.pattern.test(printed))?.id;
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

/** A name folded for comparison: no diacritics, no case ("Chișinău" and "CHISINAU"). */
const foldPlace = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * The capitals of the participating States, from countries-list ("Yerevan", "Chișinău", "Washington D.C."),
 * each also without a district's initials ("Washington").
 */
const CAPITALS: ReadonlyArray<{ id: string; name: string }> = PARTICIPATING_IDS.flatMap((id) => {
  const capital = (countryData as Record<string, { capital?: string }>)[id.toUpperCase()]?.capital;
  if (!capital) return [];
  const bare = capital.replace(/\s+(?:\p{Lu}\.){2,}$/u, '');
  return [...new Set([capital, bare])].map((name) => ({ id, name }));
});

/**
 * The State whose capital a place is: "Yerevan" → am, "CHISINAU" → md.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function countryOfCapital(place: string): string | undefined {
  const folded = foldPlace(place);
  return CAPITALS.find((c) => foldPlace(c.name) === folded)?.id;
}

/**
 * The State a text that never names one points to: a page's label ("Region:Armenia", "Country: Georgia",
 * "Регион: Армения"), else the capital of its dateline, else the first capital its sentences name
 * ("arrived in Yerevan on Saturday").
 */
export function impliedCountry(text: string, place: string | undefined): string | undefined {
  for (const m of text.matchAll(/^\s*(?:Region|Country|Countries|Регион|Страна)\s*:\s*([^\n,;|]{3,40})$/gimu)) {
    const id = countryIdOf(m[1]!.trim());
    if (id) return id;
  }
  const fromPlace = place ? countryOfCapital(place) : undefined;
  if (fromPlace) return fromPlace;
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  let best: { id: string; at: number } | undefined;
  for (const c of CAPITALS) {
    const name = c.name.normalize('NFD').replace(/\p{M}/gu, '');
    const m = new RegExp(`(?<![\\p{L}])${name.replace(/[.]/g, '\\.')}(?![\\p{L}])`, 'u').exec(folded);
    if (m && (!best || m.index < best.at)) best = { id: c.id, at: m.index };
  }
  return best?.id;
}
