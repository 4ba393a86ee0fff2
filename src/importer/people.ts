/**
 * People named in an article, with the roles the text gives them.
 *
 * A name is a run of two to four capitalised words that are not words of titles, institutions,
 * countries or calendars. The roles come only from patterns that state one next to the name
 * ("OSCE Chairman-in-Office Dimitrij Rupel", "Bruce George, President Emeritus of …",
 * "(Bulgaria) has been appointed Special Co-ordinator"), never from what the article is about.
 */
import nlp from 'compromise';
import { DEMONYMS, PARTICIPATING_STATES, countryIdOf } from './countries.ts';
import { ASSEMBLIES } from './mission-facts.ts';
import { findOrganizations } from './organizations-in-text.ts';
import { asciiSlug, capitalise, collapseSpace } from './text.ts';

type PersonRole = 'author' | 'speaker' | 'named' | 'contact';

export type NamedPerson = {
  /** The fullest form of the name the text prints. */
  name: string;
  /** Proposed id: the ASCII slug of `name`. */
  id: string;
  as: PersonRole;
  honorific?: string;
  roles: string[];
  /** Participating State given in brackets after the name, "Kristian Vigenin (Bulgaria)". */
  nationality?: string;
  /** Other forms of the name in the text ("Urszula Gacek" for "Urszula Józefa Gacek"). */
  aliases: string[];
  /** The name as a Cyrillic text prints it, where `name` is its transliteration. */
  ru?: string;
};

/** Words that head a role in front of a name, or open an appositive after it. */
const TITLE_WORDS = [
  'Advisor',
  'Adviser',
  'Chair',
  'Chairman',
  'Chairman-in-Office',
  'Chairperson',
  'Chairperson-in-Office',
  'Chargé',
  'Affaires',
  'Chairwoman',
  'Commissioner',
  'Co-ordinator',
  'Coordinator',
  'Deputy',
  'Director',
  'Director-General',
  'Emeritus',
  'Envoy',
  'Executive',
  'First',
  'Foreign',
  'General',
  'Head',
  'High',
  'Leader',
  'Manager',
  'Member',
  'Officer',
  'Assistant',
  'Analyst',
  'Expert',
  'Spokesman',
  'Spokeswoman',
  'Counsellor',
  'Counselor',
  'Co-Chair',
  'Co-Chairman',
  'Co-Chairwoman',
  'Co-Chairperson',
  'Minister',
  'Personal',
  'President',
  'Press',
  'Prime',
  'Rapporteur',
  'Representative',
  'Secretary',
  'Secretary-General',
  'Senator',
  'Speaker',
  'Special',
  'Spokesperson',
  'Vice',
  'Vice-President',
];

/** Honorifics worth keeping (the schema's `honorific`); Mr and Ms say nothing a reader needs. */
const HONORIFICS = ['Ambassador', 'Dr', 'Professor', 'Prof', 'Sir', 'Dame', 'Baroness', 'Lord'];
const COURTESY = ['Mr', 'Mrs', 'Ms', 'Miss', 'Madam'];

/** Capitalised words of institutions, places and sentence openings that never begin or end a personal name here. */
/** Nouns that make the capitalised words before them a title, a body or a document's name: "Roman Catholic", "EU-Ukraine Action Plan". */
const PROPER_NOUN_HEADS = new Set(
  'Agency Agreement Alliance Assembly Association Catholic Orthodox Commission Committee Council Court Declaration Division Party Plan Programme Program Strategy Agenda Roadmap Union'.split(
    ' ',
  ),
);

const NOT_NAME_WORDS = [
  ...PROPER_NOUN_HEADS,
  ...'Action Affairs Annual Area Hotel Rada Authorities Candidate Central Centre Center Conclusions Conference Co-operation Cooperation Core Countries Day Delegation Democratic Department Document Economic Election Elections Electoral Enhanced European Federation Findings Forum Government Human Institutions International Interim Kingdom Limited Long-term Mission Ministerial Ministry National Nations News Observation Observer Observers Office Organization Parliament Parliamentary Partnership Permanent Political Preliminary Presence Process Project Report Republic Review Rights Secretariat Security Services Short Short-term Stabilisation State States Statement Summit Team Term United'.split(
    ' ',
  ),
  // Units, venues and documents: "PACE Communication Division", "Illyria Ballroom", "Hyatt Regency Bishkek".
  // Parliaments by name: "Jogorku Kenesh", "Milli Mejlis".
  ...'Kenesh Mejlis Majlis Majilis Mazhilis Duma Hural Sejm Seimas Saeima Riigikogu Sabor Skupstina Skupština Sobranie Storting Bundestag Folketing Riksdag Althing'.split(
    ' ',
  ),
  // Broadcasters' regulators and courts: "Radio and Television Supreme Council", "Supreme Court".
  ...'Radio Television Supreme Broadcasting'.split(' '),
  ...'Ballroom Hall Hotel Room Rooms Regency Plaza Square Street Avenue Boulevard Palace Unit Section Department Service Referendum Final Annex'.split(' '),
  ...'A After Also Altogether An And As At Before Both But By During Each Earlier Finally For Furthermore He Her His However In It Its Key Last Later Meanwhile Members Moreover Next Noting Of On Our Pointing Responding She Since Speaking Still That The Then Their These They This Those Through Today Tomorrow We When While With Yesterday Yet'.split(
    ' ',
  ),
  // Time zones: "Central European Summer Time", "Yerevan Time".
  ...'Time Summer Standard'.split(' '),
  // A mission's adjectives and a page's footer: "Joint Short-Term Election Observation Mission", "Privacy Policy", "Hürriyet Daily News".
  ...'Joint Monitoring Short-Term Long-Term Policy Privacy Cookie Cookies Terms Daily Weekly Dimension Implementation Meeting'.split(' '),
  // Squares, streets and entities in the languages of the region: "Sheshi Italia", "Rruga …", "Republika Srpska".
  ...'Sheshi Rruga Bulevardi Ulica Ulitsa Prospekt Trg Republika'.split(' '),
  // Regions and carriers a page's news list names: "the Middle East", "Somon Air". Units glued to a name by a
  // title: "Director of Presidential Administration Roberto Montella", "Operations Officer …".
  ...'Middle East West North South Eastern Western Northern Southern Asia Africa Europe America Caucasus Balkans Air Airlines Airways Administration Operations Presidential'.split(
    ' ',
  ),
  ...'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
  ...Object.keys(DEMONYMS),
  ...PARTICIPATING_STATES.flatMap((s) => s.names.flatMap((n) => n.split(' '))),
];

const TITLES = new Set(TITLE_WORDS);
const STOP = new Set([...NOT_NAME_WORDS, ...TITLE_WORDS, ...HONORIFICS, ...COURTESY]);

/** Lower-case words inside family names. */
const PARTICLES = new Set([
  'de',
  'del',
  'della',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ten',
  'ter',
  'bin',
  'де',
  'ван',
  'фон',
]);

const NAME_WORD = /^(?:\p{Lu}[’'])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;
const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^\p{Lu}{2,}(?:\/\p{Lu}{2,})?$/u;

type Token = { core: string; lead: string; trail: string; start: number; end: number };

/**
 * Words with the punctuation around them split off, so "(Bulgaria)" and "Gísladóttir," still compare.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function tokenise(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => {
    const raw = m[0];
    const lead = /^[(“"‘'[]*/.exec(raw)![0];
    const trail = /(?:[’']s)?[,.;:!?)”"’\]]*$/.exec(raw.slice(lead.length))![0];
    const core = raw.slice(lead.length, raw.length - trail.length);
    return { core, lead, trail, start: m.index, end: m.index + raw.length };
  });
}

/** True for a word that may stand in a personal name. */
/**
 * A family name in capitals: three letters or more, no acronym of a body or a political group the texts
 * print beside names ("OSCE", "EPP", "ALDE").
 */
function isCapitalSurname(word: string): boolean {
  return (
    /^\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u.test(word) &&
    /\p{Script=Latin}/u.test(word) &&
    !findOrganizations(word).length &&
    !/^(?:EPP|ALDE|SOC|UEL|EC|EPP\/CD|ECR|NR|CD|DR|MP|MEP|USA|UK|EU|UN|NATO|CIS|OSCE|ODIHR|PACE)$/.test(word)
  );
}

/** "LISEK" → "Lisek", "ANDRIKIENĖ" → "Andrikienė". */
function titleCaseWord(word: string): string {
  return word.toLowerCase().replace(/(^|-)(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** @internal Exported for the importer's unit tests, which pin each reading rule on its own. */
export function isNameWord(word: string): boolean {
  // Names in Cyrillic are read by people-ru.ts, which transliterates them.
  return NAME_WORD.test(word) && !STOP.has(word) && !/\p{Script=Cyrillic}/u.test(word);
}

export type NameMention = {
  name: string;
  /** Offsets of the name, and of the titles in front of it, in the paragraph. */
  start: number;
  end: number;
  prefixStart: number;
  honorific?: string;
  roles: string[];
  nationality?: string;
};

/**
 * Role phrases stated right before a name: "held a meeting with head of the ODIHR … mission in Kazakhstan <Name>".
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function roleBefore(before: string, after = ''): string[] {
  const roles: string[] = [];
  // The role may stand before the name with a comma: "The head of the ODIHR … mission, Ambassador Rolf Maier".
  // In a list ("Luca Volontè, the Head of the PACE delegation, Joao Soares, …") that role is the name's before it.
  // The role's words after "of" name a body (capitals, acronyms) or a mission; a clause ("said Monday at a
  // meeting with") is no role.
  const headOf =
    /\b((?:head|leader|director|chair(?:man|person)?|president|secretary general|spokesperson|(?:special\s+)?co-?ordinator)\s+of\s+(?:(?:the|of|for|to|in|on|and|election|elections|observation|assessment|mission|delegation|long-term|short-term|limited|international|observer|observers['’]?|parliamentary|presidential|early|referendum|team|office|\p{Lu}[\p{L}/-]*|\p{Lu}{2,}(?:\/\p{Lu}+)?|\(\p{Lu}[\p{L}/ ]*\))\s+){0,14}?(?:mission|delegation|team|office|\p{Lu}[\p{L}/-]*|\(\p{Lu}[\p{L}/ ]*\))),?\s*$/iu.exec(
      before,
    );
  // Only a full name before the comma makes a list; "arrived in Yerevan on Saturday, head of mission X" does not.
  const apposed = headOf && /\p{Lu}\p{L}+\s+\p{Lu}\p{L}+,\s*(?:the\s+)?$/u.test(before.slice(0, headOf.index));
  // The pattern ignores case, so its capitals match any word: a role ends with a body's capital or its noun, never with
  // a word of the sentence ("President of the delegation Pawel Kowal and vice President Michael Gahler").
  const endsRole = headOf && /(?:mission|delegation|team|office|\p{Lu}[\p{L}/-]*|\))$/u.test(headOf[1]!);
  if (headOf && !apposed && endsRole) roles.push(capitalise(collapseSpace(headOf[1]!)));
  // "the mission head, Eoghan Murphy, said", "Mission leader Eoghan Murphy": the noun before names the role.
  // "Rapporteur: Ms Marina BERLINGHIERI": the rapporteur of an assembly's observation report led its delegation.
  if (/\bRapporteur\s*:\s*(?:(?:Mr|Ms|Mrs|Baroness|Lord|Sir|Dr)\.?\s+)?$/i.test(before)) roles.push('Rapporteur');
  // "composed of Head of the observation mission Mr X and special coordinator Ms Y": the title with no "of" after it.
  if (/\bspecial\s+co-?ordinator\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/i.test(before)) roles.push('Special Co-ordinator');
  // "The Head of the OSCE PA delegation of observers will be Björn Söder": the title the sentence opens with.
  const willBe =
    /(?:^|[.;]\s+|,\s+and\s+)(?:The\s+)?((?:Head|Leader|Chair(?:man|person|woman)?)\s+of\s+[^.;,]{3,80}?|Special Co-?ordinator[^.;,]{0,80}?)\s+(?:will be|is|was|has been)\s*$/u.exec(
      before,
    );
  if (willBe) roles.push(capitalise(collapseSpace(willBe[1]!)));
  // "the mission's head Ivo Marsh", "the OSCE mission's head and Borovian diplomat, Tamsin Orlo, said".
  const nounRole =
    /\b(mission|delegation|EOM|LEOM)\s+(?:head|leader|chief)\s*,?\s*$/i.exec(before) ??
    /\b(mission|delegation)['’]s\s+(?:head|leader|chief|chair(?:man|woman|person)?)(?:\s+and\s+[^,.;]{1,40}?)?\s*,?\s*$/i.exec(before);
  if (nounRole) roles.push(`Head of ${/^L?EOM$/i.test(nounRole[1]!) ? 'mission' : nounRole[1]!.toLowerCase()}`);
  // "their leader is Roman Yakich", "the head of the mission is …".
  if (/\b(?:its|their|the mission['’]s|the)\s+(?:leader|head|chief)\s+(?:is|was|will be)\s*$/i.test(before) && /\bmission\b/i.test(before.slice(-200)))
    roles.push('Head of mission');
  // "led by" makes a head of mission only in a sentence about a mission, and a head of delegation in
  // one about a delegation; a team led by someone is led in another capacity, which the text would
  // have to name. "Headed by Kåre Vollan of Norway, the mission consisted …": the mission may follow.
  const sentence = before.split(/[.!?]\s+/).pop() ?? '';
  if (new RegExp(String.raw`\b(?:led by|headed by|under the leadership of)\s*${LED_DESCRIPTOR}$`, 'iu').test(before)) {
    // "the delegation of the … Election Observation Mission headed by": the noun nearest the verb is what is led.
    // An OSCE field operation ("the OSCE Mission to Georgia, headed by", "the OSCE Office in Minsk") is no election mission.
    const nearest =
      new RegExp(String.raw`([^,.;]{0,80}?),?\s*(?:led by|headed by|under the leadership of)\s*${LED_DESCRIPTOR}$`, 'iu').exec(sentence)?.[1] ?? '';
    if (/\b(?:Mission|Office|Centre|Center|Presence|Programme Office)\s+(?:to|in)\s+\p{Lu}/u.test(nearest)) return roles;
    // Parliamentarians led by someone form a delegation ("the international parliamentarians led by X").
    const led = [...sentence.matchAll(/\b(delegation|mission|LEOM|EOM|EAM|SEAM|NAM|EET|parliamentarians|members of parliament)\b/gi)]
      .pop()?.[1]
      ?.toLowerCase()
      .replace(/^(?:parliamentarians|members of parliament)$/, 'delegation');
    // "Observers from the CIS Executive Committee headed by X, the OSCE / ODIHR International Monitoring Mission led by
    // Y": in a list of missions and their heads, each heads the mission of the body named nearest before the verb.
    const nearestBody = findOrganizations(nearest).pop();
    const fullSentence = sentence + (after.split(/[.!?](?:\s|$)/)[0] ?? '');
    const severalLed = (fullSentence.match(/\b(?:led|headed) by\b/gi) ?? []).length > 1;
    if (severalLed && nearestBody && (/\bmission\b/i.test(nearest) || /^\s*(?:the\s+)?observers\s+(?:from|of)\b/i.test(nearest)) && led !== 'delegation') {
      roles.push(`Head of the ${nearestBody.name} mission`);
      return roles;
    }
    // "… and partner delegations from the Parliamentary Assembly of the Council of Europe (PACE), led by X, and the
    // European Parliament (EP), headed by Y": in a list of assemblies' delegations, each heads its own.
    if (severalLed && nearestBody && ASSEMBLIES.includes(nearestBody.id) && /\bdelegations?\s+(?:from|of)\s/i.test(sentence)) {
      roles.push(`Head of delegation of the ${nearestBody.name}`);
      return roles;
    }
    // "The mission will work together with a team of short-term observers from the OSCE Parliamentary Assembly, which
    // will be headed by X": an assembly's team of observers is its delegation, whatever mission the sentence began with.
    // "The mission intends to join efforts with the short-term observers from the OSCE Parliamentary Assembly, who will be
    // headed by X": the same, without the word "team".
    const team = [...sentence.matchAll(/\b(?:(?:team|group)\s+of\s+)?(?:[\p{L}-]+\s+){0,2}?observers\s+(?:from|of)\s+(?:the\s+)?/giu)].pop();
    const teamOf = team ? findOrganizations(sentence).find((o) => o.index === team.index + team[0].length) : undefined;
    if (teamOf && ASSEMBLIES.includes(teamOf.id)) {
      roles.push(`Head of delegation of the ${teamOf.name}`);
      return roles;
    }
    const following = (after.split(/[.!?](?:\s|$)/)[0] ?? '').slice(0, 120);
    if (led && led !== 'delegation' && led !== 'mission') roles.push('Head of mission');
    else if (led === 'delegation') {
      // The delegation's organization is the one named nearest before the word: "The OSCE Chairmanship has appointed …
      // and the OSCE PA delegation will be led by".
      const at = sentence.search(/\bdelegation\b(?![\s\S]*\bdelegation\b)/i);
      // "a delegation from the OSCE Parliamentary Assembly, which will be headed by": the body named right after it.
      const from = /^delegation\s+(?:from|of)\s+(?:the\s+)?/i.exec(sentence.slice(at))?.[0].length;
      const organization =
        (from !== undefined ? findOrganizations(sentence).find((o) => o.index === at + from) : undefined) ??
        findOrganizations(sentence)
          .filter((o) => o.end <= at)
          .pop() ??
        findOrganizations(sentence)[0];
      roles.push(organization ? `Head of delegation of the ${organization.name}` : 'Head of delegation');
    } else if (
      /\bmission\b/i.test(sentence) ||
      /^\s*It\b/.test(sentence) ||
      // "Led by Ambassador X, the observers will monitor …": the observers the sentence goes on to are the mission's.
      (sentence.trim().length < 12 && (/\bmission\b/i.test(following) || /^[\s,]*(?:\([^)]*\)\s*,?\s*)?the\s+(?:observers|EOM|LEOM)\b/i.test(following)))
    )
      roles.push('Head of mission');
    // "The ODIHR is headed by Ida Marsh, and started its work in Norvik": ODIHR observes with a mission.
    else if (/\bODIHR\b[^,.;]{0,30}\b(?:is|was|will be)\s+(?:led|headed)\s+by\s*$/u.test(sentence)) roles.push('Head of mission');
  }
  return roles;
}

/**
 * What may stand between "led by" and the name: an honorific, a member's description ("Spanish deputy",
 * "Albanian MP", "Swiss diplomat"), or the post they hold at home ("led by Head of the Borovian Delegation to
 * the OSCE Ivo Marsh").
 */
const LED_DESCRIPTOR = String.raw`(?:(?:Ambassador|Dr|Mr|Ms|Mrs)\.?\s*|(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:(?:deputy|MP|MEP|member of parliament|parliamentarian|senator|diplomat|politician)\s+)?|(?:the\s+)?(?:Head|Chair(?:man|person|woman)?|President|Vice-President|Speaker|Deputy Speaker)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,8}?)?`;

const ROLE_END = String.raw`(?=\s+(?:to|by|for|in|and|on|at)\s|[,.;:()]|$)`;

/**
 * Nationality and roles stated right after a name: "(Bulgaria) has been appointed …", ", Director of …", "whom … appointed as …".
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function rolesAfter(after: string): { roles: string[]; nationality?: string } {
  const roles: string[] = [];
  const bracket = /^\s*\(([^)]+)\)/.exec(after);
  // "(Netherlands, UEL)", "(MP, Switzerland)": the State is one part of the bracket.
  const nationality = bracket
    ? bracket[1]!
        .split(/\s*,\s*/)
        .map((part) => countryIdOf(part))
        .find(Boolean)
    : undefined;
  // "Lucie Potůčková, Head of the OSCE Parliamentary Assembly (OSCE PA) delegation;": a short name in brackets within it.
  // "Kent Harstedt (MP, Sweden), OSCE Special Coordinator and leader of …": a body's short name before the title.
  const appositive = /^(?:\s*\([^)]*\))?,\s+(?:the\s+)?(\p{L}(?:[^,.;:()]|\([^()]{1,15}\))*)/u.exec(after);
  const words = appositive ? appositive[1]!.split(/\s/) : [];
  // The title itself, without the body's short name that may stand before it.
  const title =
    appositive && TITLES.has(capitalise(words[0] ?? ''))
      ? appositive[1]!
      : /^\p{Lu}{2,}(?:\/\p{Lu}+)?$/u.test(words[0] ?? '') && TITLES.has(capitalise(words[1] ?? ''))
        ? words.slice(1).join(' ')
        : undefined;
  if (title) roles.push(capitalise(collapseSpace(title)));
  // "Vladimir Rushaylo, observation mission's head, Secretary of …": the noun before "head" names what is headed.
  const possessive = /^(?:\s*\([^)]*\))?,\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(mission|delegation)['’]s\s+(?:head|leader|chief)\s*[,.;]/iu.exec(after);
  if (possessive) roles.push(`Head of ${possessive[1]!.toLowerCase()}`);
  const appointed = new RegExp(
    String.raw`^(?:\s*\([^)]*\))?(?:\s+from\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?,?\s*(?:(?:has been|have been|had been|was|is|will be)\s+appointed|serves|will serve|is to serve|to serve|acts|will act)\s+(?:as\s+)?(?:the\s+)?([^,.;:()]+?)${ROLE_END}`,
    'iu',
  ).exec(after);
  if (appointed) roles.push(capitalise(collapseSpace(appointed[1]!)));
  // "Joao Soares (MP, Portugal), who was appointed by the OSCE Chairman-in-Office to serve as Special Co-ordinator of the
  // OSCE observer mission", "…, who was appointed by President X to head the OSCE PA's delegation to the mission".
  const appointedTo = new RegExp(
    String.raw`^(?:\s*\([^)]*\))?,?\s+who\s+(?:was|has been|had been|is|will be)\s+appointed\b[^.;]{0,100}?\bto\s+(?:serve\s+as|act\s+as|(head|lead))\s+(?:the\s+)?([^,.;:()]+?)${ROLE_END}`,
    'iu',
  ).exec(after);
  if (appointedTo) roles.push(appointedTo[1] ? `Head of the ${collapseSpace(appointedTo[2]!)}` : capitalise(collapseSpace(appointedTo[2]!)));
  // Only a "whom" clause hanging on the name or its appositive: further on it is someone else's.
  const whom = new RegExp(String.raw`^(?:,\s+[^,.;:()]+)?,\s+whom\b[^.]*?\bappointed\s+(?:as\s+)?(?:the\s+)?([^,.;:()]+?)${ROLE_END}`, 'i').exec(after);
  if (whom) roles.push(capitalise(collapseSpace(whom[1]!)));
  // "has appointed Kari Holm, Vice-President of …, as Special Co-ordinator": the appointment follows the name.
  // "has designated Roberto Lind (MP, Norvia) as Special Co-ordinator": the bracket of who the person is comes first.
  // "has designated Vilija X from Lithuania as special coordinator": the home State may stand between.
  const asRole =
    /^(?:\s*\([^)]*\))?(?:\s+from\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?(?:,\s+[^,.;]+,)?\s+as\s+(?:the\s+)?(Special Co-?ordinator|Head of [^,.;:()]+|Co-?ordinator of [^,.;:()]+)/iu.exec(
      after,
    );
  if (asRole) roles.push(capitalise(collapseSpace(asRole[1]!)));
  // "X, who was appointed special co-ordinator by the Chairperson-in-Office", "X (MP, Norvik) has been appointed … to
  // lead the short-term observation mission": the Chairperson's Special Co-ordinator leads the short-term observers.
  if (
    /^(?:\s*\([^)]*\))?,?\s+who\s+(?:was|has been|had been|is|will be)\s+appointed\s+(?:as\s+)?(?:the\s+)?special\s+co-?ordinator\b/i.test(after) ||
    /^(?:\s*\([^)]*\))?\s+(?:has been|was|is|will be)\s+appointed\b[^.]{0,80}?\bto\s+(?:lead|head)\s+the\s+short[- ]term\s+(?:(?:OSCE\s+)?observers|observation mission|mission)\b/i.test(
      after,
    )
  )
    roles.push('Special Co-ordinator');
  // "Jan Petersen, who headed the mission": a relative clause hanging on the name, or on its appositive ("Ida Marsh,
  // former Foreign Minister of Norvik, who heads the election observation mission").
  // "Ambassador Ida Marsh of Norvia, who heads the mission": her State may stand between.
  const who =
    /^(?:\s+of\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?(?:,\s+[^,.;:()]+)?,\s+who\s+(?:headed|heads|led|leads|will head|will lead)\s+(?:the\s+)?([^,.;:()]*?\b(?:mission|delegation))\b/iu.exec(
      after,
    );
  if (who) roles.push(`Head of the ${collapseSpace(who[1]!)}`);
  // "Isabel Santos will head the OSCE PA delegation": the role the sentence gives, in the future.
  // "Igor Kovar is heading the mission", "Ida Marsh from Germany to head the OSCE PA delegation" (an appointment).
  const heads =
    /^(?:\s*\([^)]*\))?(?:\s+from\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?\s+(?:(?:will|is to|shall|would)\s+(?:head|lead)|(?:is|was|has been)\s+(?:heading|leading)|heads|leads|to\s+(?:head|lead))\s+(?:the\s+)?([^,.;:()]*?\b(?:delegation|mission))\b/iu.exec(
      after,
    );
  if (heads) roles.push(`Head of the ${collapseSpace(heads[1]!)}`);
  // "Ida Marsh will be the Head of the OSCE's Office for … (ODIHR) election observation mission": the role the
  // sentence states, an acronym in brackets within it.
  const named = /^\s+(?:is|was|will be|has been|would be)\s+(?:the\s+)?(Head of\s+(?:[^,.;:()]|\([^()]{1,12}\))*?\b(?:mission|delegation))\b/iu.exec(after);
  if (named) roles.push(capitalise(collapseSpace(named[1]!)));
  return nationality ? { roles, nationality } : { roles };
}

const NOT_PERSON_TAGS = ['Place', 'Organization', 'Adjective', 'Verb', 'Date', 'Plural', 'Actor', 'Uncountable', 'Duration', 'Value'];

/**
 * Whether compromise's lexicon lets a run of capitalised words be a person: "Volodymyrska Street"
 * (a place), "Main Navigation" and "Public Health" (adjective and noun), "Foreign Affairs Committee"
 * (an organization) are not. A run it tags as a person is one unless a word is also a place or an
 * organization ("Heydar Aliyev Avenue"); an initial ("O. Murphy") is always kept.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function looksLikePerson(name: string): boolean {
  if (name.split(' ').some((w) => INITIAL.test(w))) return true;
  const tags = (nlp(name).terms().json() as { terms: { tags: string[] }[] }[]).map((t) => t.terms[0]?.tags ?? []);
  const has = (tag: string) => tags.some((t) => t.includes(tag));
  if (has('Place') || has('Organization')) return false;
  if (has('Person')) return true;
  return !NOT_PERSON_TAGS.some(has);
}

/** Names in one paragraph, each with what the words around it say about the person. */
export function findNameMentions(paragraph: string): NameMention[] {
  const tokens = tokenise(paragraph);
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    // An initial may open a name ("O. Murphy") when a name word follows it.
    const initialFirst = INITIAL.test(first.core + first.trail) && isNameWord(tokens[i + 1]?.core ?? '') && !tokens[i + 1]!.lead;
    if (!isNameWord(first.core) && !initialFirst) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const current = tokens[j]!;
      const next = tokens[j + 1]!;
      const initial = INITIAL.test(current.core + current.trail);
      if ((current.trail && !initial) || next.lead) break;
      // A particle ("Tana de Zulueta", "Pieter van der Berg") stays inside a name when a name word follows.
      const particles = (() => {
        let k = j + 1;
        while (k < tokens.length && PARTICLES.has(tokens[k]!.core) && !tokens[k]!.trail && !tokens[k]!.lead) k++;
        return k > j + 1 && k < tokens.length && isNameWord(tokens[k]!.core) && !tokens[k]!.lead ? k - j - 1 : 0;
      })();
      if (particles > 0) {
        j += particles + 1;
        continue;
      }
      // A family name in capitals closes a name ("Krzysztof LISEK", "Marina BERLINGHIERI"), as reports print them.
      if (isCapitalSurname(next.core) && isNameWord(current.core)) {
        j++;
        break;
      }
      if (!isNameWord(next.core) && !INITIAL.test(next.core + next.trail)) break;
      j++;
    }
    const run = tokens.slice(i, j + 1);
    const last = run[run.length - 1]!;
    // "the “Kokhi Dor” complex": a name in quotes names a venue, a brand or a work, not a person.
    if (/[“"‘«]/.test(run[0]!.lead) && /[”"’»]/.test(last.trail)) {
      i = j + 1;
      continue;
    }
    // "the Kokhi Dor State Complex", "the Norvik International Airport": a venue's name, whatever words come before its noun.
    const venueAhead = tokens
      .slice(j + 1, j + 4)
      .findIndex((t) => /^(?:Complex|Arena|Stadium|Airport|Theatre|Theater|Museum|Residence|Pavilion|Auditorium)$/.test(t.core));
    if (venueAhead !== -1 && !last.trail && tokens.slice(j + 1, j + 1 + venueAhead).every((t) => /^\p{Lu}/u.test(t.core) && !t.lead && !t.trail)) {
      i = j + 2 + venueAhead;
      continue;
    }
    // "2 Heydar Aliyev Avenue", "the Sheraton Tirana Hotel": a name that names a street or a venue is no person's.
    if (
      /^(?:Avenue|Street|Str|Boulevard|Square|Hotel|Hall|Ballroom|Palace|Centre|Center|Plaza|Prospekt|Prospect|Road|Lane)\b/.test(tokens[j + 1]?.core ?? '') &&
      !last.trail
    ) {
      i = j + 2;
      continue;
    }
    // "Hotel Europe, Vladislava Skarića 5, Sarajevo": a street named after someone, its house number after it.
    if (!last.trail && /^\d{1,4}[a-z]?$/.test(tokens[j + 1]?.core ?? '') && /,/.test(tokens[j + 1]!.trail)) {
      i = j + 2;
      continue;
    }
    // "Amazing Roman Catholic parish house", "the EU-Ukraine Action Plan": words run on into a body's or a document's name.
    if (!last.trail && PROPER_NOUN_HEADS.has(tokens[j + 1]?.core ?? '') && !tokens[j + 1]!.lead) {
      i = j + 2;
      continue;
    }
    const words = run.filter((t) => !PARTICLES.has(t.core)).length;
    if (words >= 2 && words <= 4 && (isNameWord(last.core) || isCapitalSurname(last.core))) {
      const mention = describeMention(paragraph, tokens, i, j);
      // "…, Norvik Neo reports.": an outlet credited for the report is no person.
      if (/^\s+(?:reports|reported)(?:\s+citing\b|\s*[.,]|\s*$)/u.test(paragraph.slice(mention.end))) {
        i = j + 1;
        continue;
      }
      // A name the text gives a role, an honorific or a home State ("Tiny Brook (Netherlands, UEL)") is a person's
      // even where the lexicon reads a word of it as a common word.
      if (looksLikePerson(mention.name) || mention.roles.length > 0 || mention.honorific || mention.nationality) mentions.push(mention);
    }
    i = j + 1;
  }
  return mentions;
}

function describeMention(paragraph: string, tokens: Token[], i: number, j: number): NameMention {
  let k = i;
  while (k > 0) {
    const previous = tokens[k - 1]!;
    const titleLike = TITLES.has(previous.core) || HONORIFICS.includes(previous.core) || COURTESY.includes(previous.core) || ACRONYM.test(previous.core);
    if (!titleLike || previous.trail || (k < i && tokens[k]!.lead)) break;
    k--;
  }
  const prefix = tokens.slice(k, i).map((t) => t.core);
  const honorific = prefix.find((w) => HONORIFICS.includes(w));
  const titleWords = prefix.filter((w) => !HONORIFICS.includes(w) && !COURTESY.includes(w));
  const roles: string[] = [];
  // "Senior Advisor to the Special Co-ordinator Ida Marsh": the title is the one she advises, not hers.
  const tiedTo = k >= 2 && /^the$/i.test(tokens[k - 1]!.core) && /^(?:to|of)$/i.test(tokens[k - 2]!.core) && !tokens[k - 1]!.trail && !tokens[k - 2]!.trail;
  if (titleWords.some((w) => TITLES.has(w)) && !tiedTo) roles.push(titleWords.join(' '));
  const start = tokens[i]!.start;
  const end = tokens[j]!.start + tokens[j]!.lead.length + tokens[j]!.core.length;
  const prefixStart = tokens[k]!.start;
  // "led by Romanian MEP X": a member of the European Parliament leads its delegation, whatever the text calls it,
  // and a delegation of no organization named ("The delegation is led by Croatian MEP X") is the Parliament's.
  // "a delegation, led by Special Co-ordinator Farah Karimi": a leader's title in front of the name is the role, and
  // leading what the sentence names is what the title does, no second role.
  const titled = /\bSpecial Co-?ordinator\b/i.test(titleWords.join(' '));
  roles.push(
    ...roleBefore(paragraph.slice(0, prefixStart), paragraph.slice(end))
      .filter((r) => !(titled && (r === 'Head of mission' || r === 'Head of delegation')))
      .map((r) => ((r === 'Head of mission' || r === 'Head of delegation') && prefix.includes('MEP') ? 'Head of the EP delegation' : r)),
  );
  // "who was appointed by President Ranko Krivokapic to head the delegation": the one who appoints heads nothing.
  const appointer = /\b(?:appointed|nominated|named|designated|chosen)\s+by\s+(?:the\s+)?$/i.test(paragraph.slice(0, prefixStart));
  const after = appointer ? { roles: [] } : rolesAfter(paragraph.slice(end));
  roles.push(...after.roles);
  const name = tokens
    .slice(i, j + 1)
    .map((t) => (INITIAL.test(t.core + t.trail) ? t.core + '.' : isCapitalSurname(t.core) ? titleCaseWord(t.core) : t.core))
    .join(' ');
  const mention: NameMention = { name, start, end, prefixStart, roles };
  if (honorific) mention.honorific = honorific;
  if (after.nationality) mention.nationality = after.nationality;
  return mention;
}

/** The id a person would get: the ASCII slug of the name as printed. */
export function personId(name: string): string {
  return asciiSlug(name);
}

/** Two forms of one name: same first and last word ("Urszula Gacek", "Urszula Józefa Gacek"). */
export function sameName(a: string, b: string): boolean {
  const x = asciiSlug(a).split('-');
  const y = asciiSlug(b).split('-');
  return x[0] === y[0] && x[x.length - 1] === y[y.length - 1];
}

const SPEECH = 'said|says|noted|notes|added|adds|stated|told|tells|underscored|stressed|emphasi[sz]ed|remarked|declared|explained|confirmed';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when the text quotes or reports the words of someone called by one of `names` ("Vigenin said").
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function isSpeaker(text: string, names: readonly string[]): boolean {
  const alternatives = names.map(escapeRegExp).join('|');
  const subject = new RegExp(String.raw`(?<!\p{L})(?:${alternatives})(?:[’']s)?\s+(?:also\s+|further\s+)?(?:${SPEECH})\b`, 'u');
  const inverted = new RegExp(String.raw`\b(?:said|says|added|noted)\s+(?:\p{Lu}\S*\s+)*?(?:${alternatives})(?!\p{L})`, 'u');
  return subject.test(text) || inverted.test(text);
}

/** Whether two words differ by one letter at most: one added, dropped or changed ("Zalueta", "Zulueta"). */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, skip: number) => x.slice(i + skip);
  return tail(a, 1) === tail(b, 1) || tail(a, 1) === tail(b, 0) || tail(a, 0) === tail(b, 1);
}

/**
 * "De Zulueta" after "Tana De Zalueta": a family name with its particle, mentioned alone, is the person's whose
 * name ends with it, though the page misspells it by a letter; it is no second person. So is a double family
 * name mentioned alone ("Sanchez Amor" after "Ignacio Sanchez Amor"), spelt as the full name spells it.
 */
function familyNameAlone(mention: string, full: string): boolean {
  const words = mention.split(' ');
  const fullWords = full.split(' ');
  if (words.length !== 2 || fullWords.length < 3) return false;
  const [particle, family] = fullWords.slice(-2);
  // "Sanchez Amor" after "Ignacio Sanchez Amor": a double family name mentioned alone, as printed.
  if (asciiSlug(mention) === asciiSlug(`${particle} ${family}`)) return true;
  if (!PARTICLES.has(words[0]!.toLowerCase())) return false;
  return particle!.toLowerCase() === words[0]!.toLowerCase() && oneLetterApart(asciiSlug(family!), asciiSlug(words[1]!));
}

/**
 * "Linda Edg" where a cut text ends after "Linda Edgeworth": the same person, the family name cut short. (An initial or
 * a letter apart, "O. Murphy" or "A. Gerasimov", may be another person: those are offered as possible matches.)
 */
function cutShort(mention: string, full: string, endsText: boolean): boolean {
  const words = mention.split(' ');
  const fullWords = full.split(' ');
  if (!endsText || words.length !== 2 || fullWords.length < 2) return false;
  const [given, family] = [asciiSlug(words[0]!), asciiSlug(words[1]!)];
  const [fullGiven, fullFamily] = [asciiSlug(fullWords[0]!), asciiSlug(fullWords[fullWords.length - 1]!)];
  return given === fullGiven && family.length >= 3 && family.length < fullFamily.length && fullFamily.startsWith(family);
}

/** "Hannah Roberts" and "Hannah Theresa Roberts": the same given and family names, a middle name left out. */
function withoutMiddleName(short: string, full: string): boolean {
  const s = short.split(' ');
  const f = full.split(' ');
  return s.length === 2 && f.length === 3 && !INITIAL.test(s[0]!) && s[0] === f[0] && s[1] === f[2];
}

/**
 * The people of an article's paragraphs, first mention first, each once: the forms of one name are
 * merged and their roles pooled. `as` is `speaker` when the text reports their words, else `named`.
 */
export function findPeople(paragraphs: readonly string[]): NamedPerson[] {
  const people: NamedPerson[] = [];
  // "Anna Kova- Lind": a double family name the page broke after its hyphen.
  for (const paragraph of paragraphs.map((p) => p.replace(/(\p{Lu}\p{Ll}+)-\s+(\p{Lu}\p{Ll}+)/gu, '$1-$2'))) {
    for (const mention of findNameMentions(paragraph)) {
      // "Михаэль Георг Линк (Michael Georg Link)": the Latin spelling of a name printed in Cyrillic is that person's (people-ru.ts).
      if (/\p{Script=Cyrillic}\s*\(\s*$/u.test(paragraph.slice(0, paragraph.indexOf(mention.name, mention.start)))) continue;
      const endsText = paragraph === paragraphs[paragraphs.length - 1] && paragraph.slice(mention.end).trim() === '';
      const known =
        people.find((p) => [p.name, ...p.aliases].some((n) => sameName(n, mention.name))) ??
        people.find((p) => familyNameAlone(mention.name, p.name)) ??
        people.find((p) => cutShort(mention.name, p.name, endsText)) ??
        people.find((p) => withoutMiddleName(mention.name, p.name) || withoutMiddleName(p.name, mention.name));
      const person: NamedPerson = known ?? { name: mention.name, id: personId(mention.name), as: 'named', roles: [], aliases: [] };
      if (!known) people.push(person);
      if (mention.name.split(' ').length > person.name.split(' ').length) {
        person.aliases.push(person.name);
        person.name = mention.name;
        person.id = personId(mention.name);
      } else if (mention.name !== person.name && !person.aliases.includes(mention.name)) {
        person.aliases.push(mention.name);
      }
      for (const role of mention.roles) if (!person.roles.includes(role)) person.roles.push(role);
      if (mention.honorific && !person.honorific) person.honorific = mention.honorific;
      if (mention.nationality && !person.nationality) person.nationality = mention.nationality;
    }
  }
  const text = paragraphs.join('\n');
  for (const person of people) {
    const surname = person.name.split(' ').pop()!;
    if (isSpeaker(text, [person.name, ...person.aliases, surname])) person.as = 'speaker';
  }
  return people;
}

/** "By Nargiz Sadikhova - Trend:" → the author and the outlet. */
export function parseByline(line: string): { name: string; outlet?: string } | undefined {
  const m = /^\s*By\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s*(?:[-–—,]\s*(.+?))?\s*:?\s*$/u.exec(line);
  if (!m) return undefined;
  return m[2] ? { name: m[1]!, outlet: m[2] } : { name: m[1]! };
}
