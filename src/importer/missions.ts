/**
 * Mission ids (`<country>/<year>-<kind>`) proposed from phrases such as "parliamentary elections in
 * Kazakhstan" or "the Kazakh presidential election". Only a phrase that names the kind of election
 * and the country together counts; the year is the one the sentence prints nearest to the phrase,
 * else the statement's own year.
 */
import { DEMONYMS, DEMONYM_ALTERNATION, findCountryMentions } from './countries.ts';
import { sentences } from './text.ts';

export type MissionProposal = {
  id: string;
  /** The words the id was read from. */
  phrase: string;
  /** Whether the year is printed in the sentence or taken from the statement's date. */
  yearFrom: 'text' | 'statement';
};

// "since the last parliamentary elections" speaks of an earlier election than the statement's, so
// an election qualified as past is captured only to be skipped.
const PAST = String.raw`(?:(last|previous|past|former)\s+)?`;
const KIND = String.raw`(?:(early)\s+)?(parliamentary|presidential|local)\s+elections?|(referendum)`;
const IN_COUNTRY = new RegExp(String.raw`\b${PAST}(?:${KIND})\s+in\s+(?:the\s+)?`, 'gi');
const BY_ADJECTIVE = new RegExp(String.raw`\b${PAST}(${DEMONYM_ALTERNATION})\s+(?:${KIND})\b`, 'gi');

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATED_YEAR = new RegExp(String.raw`(?:\d{1,2}\s+${MONTH}\s+|${MONTH}\s+\d{1,2},?\s+)$`, 'i');

/**
 * The year of the election a phrase at `from`–`to` speaks of: the nearest year that belongs to a
 * date ("10 January 2021", "January 10, 2021") or stands right before the phrase ("the 2021
 * parliamentary elections"); failing those, the nearest year at all. "since 2013" loses to a date.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function nearestYear(sentence: string, from: number, to: number = from): number | undefined {
  let best: { year: number; dated: boolean; distance: number } | undefined;
  for (const m of sentence.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)) {
    const end = m.index + m[0].length;
    const distance = end <= from ? from - end : Math.max(0, m.index - to);
    const before = sentence.slice(0, m.index);
    const dated = DATED_YEAR.test(before) || (end <= from && /^\s*$/.test(sentence.slice(end, from)));
    const better = !best || (dated && !best.dated) || (dated === best.dated && distance < best.distance);
    if (better) best = { year: Number(m[1]), dated, distance };
  }
  return best?.year;
}

type Found = { country: string; kind: string; phrase: string; at: number; end: number };

/**
 * Kind-of-election phrases of one sentence that name their country.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function electionPhrases(sentence: string): Found[] {
  const found: Found[] = [];
  for (const m of sentence.matchAll(IN_COUNTRY)) {
    if (m[1]) continue;
    const country = findCountryMentions(sentence.slice(m.index + m[0].length))[0];
    if (!country || country.index !== 0) continue;
    const kind = m[4] ? 'referendum' : `${m[2] ? 'early-' : ''}${m[3]!.toLowerCase()}`;
    const phrase = `${m[0]}${country.name}`;
    found.push({ country: country.id, kind, phrase: phrase.trim(), at: m.index, end: m.index + phrase.length });
  }
  for (const m of sentence.matchAll(BY_ADJECTIVE)) {
    const adjective = Object.keys(DEMONYMS).find((d) => d.toLowerCase() === m[2]!.toLowerCase());
    if (m[1] || !adjective) continue;
    const kind = m[5] ? 'referendum' : `${m[3] ? 'early-' : ''}${m[4]!.toLowerCase()}`;
    found.push({ country: DEMONYMS[adjective]!, kind, phrase: m[0], at: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * A sentence on a leader's earlier missions ("Mauborgne recently led the OSCE PA's delegation … in North
 * Macedonia", "Ранее … возглавлял наблюдательную миссию БДИПЧ … в Украине"): not what the text is about.
 */
export const EARLIER_MISSION =
  /\b(?:recently|previously|earlier)\s+led\b|\b(?:has|had)\s+led\b|\b(?:he|she)\s+was\s+(?:the\s+)?head\s+of\b[^.]*\band\s+led\b|(?<!\p{L})(?:Ранее|Прежде)(?!\p{L})[^.]*возглавлял\p{L}*/iu;

/**
 * Missions a text's paragraphs (one a line) speak of, first mention first, each once. The statement's
 * year only stands in when no sentence prints a year for the same country and kind: a report of
 * December 2020 on "the 10 January parliamentary elections" is about the 2021 elections.
 */
export function proposeMissions(text: string, statementYear: number | undefined): { missions: MissionProposal[]; unplaced: string[] } {
  const found: (MissionProposal & { key: string })[] = [];
  const unplaced: string[] = [];
  for (const sentence of text.split('\n').flatMap(sentences)) {
    if (EARLIER_MISSION.test(sentence)) continue;
    for (const { country, kind, phrase, at, end } of electionPhrases(sentence)) {
      const printed = nearestYear(sentence, at, end);
      found.push({ key: `${country}/${kind}`, id: `${country}/${printed ?? statementYear}-${kind}`, phrase, yearFrom: printed ? 'text' : 'statement' });
    }
  }
  const missions: MissionProposal[] = [];
  for (const f of found) {
    if (f.yearFrom === 'statement' && found.some((g) => g.key === f.key && g.yearFrom === 'text')) continue;
    if (f.yearFrom === 'statement' && statementYear === undefined) {
      const message = `mission: "${f.phrase}" gives no year and the statement has no date`;
      if (!unplaced.includes(message)) unplaced.push(message);
      continue;
    }
    if (!missions.some((p) => p.id === f.id)) missions.push({ id: f.id, phrase: f.phrase, yearFrom: f.yearFrom });
  }
  return { missions, unplaced };
}
