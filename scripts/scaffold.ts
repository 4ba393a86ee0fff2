/**
 * Templates for `npm run new`: a new content file with every required field present, each value a
 * `TODO` placeholder the content check rejects, and a comment saying what belongs there. A maintainer
 * who knows elections but not Astro fills in the blanks and runs `npm run check`.
 */
import { ELECTION_KINDS, MISSION_TYPES, STATEMENT_KINDS, keysOf } from '../src/schemas/vocabulary.ts';
import { SLUG_PATTERN, isCalendarDay } from '../src/schemas/common.ts';
import { ISO_DAY } from '../src/format/patterns.ts';

export class ScaffoldError extends Error {}

export interface Scaffold {
  /** Path relative to the content folder. */
  path: string;
  text: string;
  /** The body's Russian translation, beside the entry, for the entries that have a body. */
  translation?: { path: string; text: string };
  /** What the maintainer still has to fill in. */
  todo: string[];
}

const USAGE = `usage:
  npm run new -- mission <country> <year> <kind>    e.g. mission kz 2024 presidential
  npm run new -- statement <yyyy-mm-dd> <slug>      e.g. statement 2024-03-18 odihr-opens-mission-kazakhstan
  npm run new -- person <id>                        e.g. person jaroslaw-marcin-domanski`;

export function scaffold(args: readonly string[]): Scaffold {
  const [kind, ...rest] = args;
  switch (kind) {
    case 'mission':
      return mission(rest);
    case 'statement':
      return statement(rest);
    case 'person':
      return person(rest);
    default:
      throw new ScaffoldError(`${kind ? `unknown kind of entry "${kind}"` : 'what should be created?'}\n${USAGE}`);
  }
}

function mission([country, year, kind, ...extra]: readonly string[]): Scaffold {
  if (!country || !year || !kind || extra.length) throw new ScaffoldError(`mission needs <country> <year> <kind>\n${USAGE}`);
  if (!/^[a-z]{2}$/.test(country)) throw new ScaffoldError(`country "${country}" — expected an ISO 3166-1 alpha-2 code in lower case, e.g. kz`);
  if (!/^(19|20)\d{2}$/.test(year)) throw new ScaffoldError(`year "${year}" — expected the election year, e.g. 2024`);
  if (!(kind in ELECTION_KINDS)) throw new ScaffoldError(`kind "${kind}" — expected one of: ${keysOf(ELECTION_KINDS).join(', ')}`);
  const text = `---
# A mission: see CONTRIBUTING.md. Every figure, milestone and finding cites the statement that reports it.
title: TODO e.g. ${ELECTION_KINDS[kind as keyof typeof ELECTION_KINDS]} election, <day month> ${year}
country: ${country}
election:
  kind: ${kind}
  rounds: [${year}-TODO-MM-DD] # election day as YYYY-MM-DD; add the second round after a comma
type: TODO # one of: ${keysOf(MISSION_TYPES).join(', ')}, as a source words it; delete the line if none says
organizations: [odihr] # organization ids, the leading one first
leaders: [] # - { person: <id>, role: head-of-mission, organization: odihr, source: <statement id> }
observers: [] # - { category: long-term, count: 24, status: deployed, date: YYYY-MM-DD, source: <statement id> }
milestones: [] # - { kind: opening, date: YYYY-MM-DD, status: actual, source: <statement id> }
findings: [] # - { topic: media, assessment: mixed, summary: …, assessedBy: odihr, source: <statement id>, ru: { summary: … } }
summary: TODO one sentence in your own words, shown in lists and search results
ru: # every text above in Russian, in your own words; a note or a finding's summary has its own ru: beside it
  title: TODO e.g. Президентские выборы <день месяца> ${year} г.
  summary: TODO the summary in Russian
---

TODO: what the mission did and found, in your own words, with short attributed quotations only.
`;
  const path = `missions/${country}/${year}-${kind}.mdx`;
  return {
    path,
    text,
    translation: russianBody(path),
    todo: [
      'title',
      'election.rounds (the election day)',
      'type, if a source says what kind of mission it was',
      'summary',
      'leaders, observers, milestones, findings with their sources',
      'the text below the frontmatter',
      'ru: title, summary, and ru: beside every note and finding',
      `the body in Russian, in ${translationName(path)}`,
    ],
  };
}

function statement([date, slug, ...extra]: readonly string[]): Scaffold {
  if (!date || !slug || extra.length) throw new ScaffoldError(`statement needs <yyyy-mm-dd> <slug>\n${USAGE}`);
  const m = ISO_DAY.exec(date);
  if (!m || !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new ScaffoldError(`date "${date}" — expected the publication date as YYYY-MM-DD`);
  if (!SLUG_PATTERN.test(slug)) throw new ScaffoldError(`slug "${slug}" — expected lower-case words joined by hyphens, e.g. odihr-opens-mission-kazakhstan`);
  const text = `---
# A statement: see CONTRIBUTING.md. State facts from the source; write the summary in your own words.
title: TODO the headline as published
kind: TODO # one of: ${keysOf(STATEMENT_KINDS).join(', ')}
date: ${date}
place: TODO the dateline place, or delete this line if the source gives none
source: TODO # id of the organization that issued it, e.g. odihr
people: [] # - { person: <id>, as: speaker } (author | speaker | named | contact)
fieldsOfWork: [Elections]
countries: [TODO] # ISO codes in lower case, e.g. [kz]
missions: [] # mission ids, e.g. [kz/2021-parliamentary]
url: TODO the address of the public original
summary: TODO one sentence in your own words, shown in lists and search results
ru: # every text above in Russian, in your own words
  title: TODO the headline in Russian
  summary: TODO the summary in Russian
  place: TODO the place in Russian, or delete this line with place
---

TODO: a summary of the statement in your own words, with short attributed quotations where the wording matters.
`;
  const path = `statements/${m[1]}/${date}-${slug}.mdx`;
  return {
    path,
    text,
    translation: russianBody(path),
    todo: [
      'title',
      'kind',
      'place',
      'source',
      'countries',
      'url',
      'summary',
      'people and missions it names',
      'the text below the frontmatter',
      'ru: title, summary, place',
      `the body in Russian, in ${translationName(path)}`,
    ],
  };
}

/** `statements/2024/x.mdx` → `statements/2024/x.ru.mdx`. */
const translationName = (path: string) => path.replace(/\.mdx$/, '.ru.mdx');

/** The file beside an entry that holds its body in Russian, and nothing else. */
function russianBody(path: string): { path: string; text: string } {
  return { path: translationName(path), text: 'TODO: the text of the English body in Russian, in your own words.\n' };
}

function person([id, ...extra]: readonly string[]): Scaffold {
  if (!id || extra.length) throw new ScaffoldError(`person needs <id>\n${USAGE}`);
  if (!SLUG_PATTERN.test(id)) throw new ScaffoldError(`id "${id}" — expected the name in lower-case ASCII joined by hyphens, e.g. jaroslaw-marcin-domanski`);
  const text = `# A person: see CONTRIBUTING.md. Only what a statement says, each role with its source.
name: TODO the name as the English sources print it, with its diacritics
sortName: TODO family name, given names
roles:
  - title: TODO the role in our words, e.g. Head of the ODIHR Election Observation Mission
    organization: odihr
    # mission: kz/2021-parliamentary
    # asOf: YYYY-MM-DD   the day the source shows the person in the role
    source: TODO # id of the statement that names the role
    ru:
      title: TODO the role in Russian
# contactPoints:
#   - role: Spokesperson
#     organization: osce-pa
#     mission: kz/2021-parliamentary
#     phone: "+4560109772"   # E.164: +, country code, number, no spaces
#     email: name@example.org
#     source: <statement id>
#     ru: { role: Пресс-секретарь }
# ru:
#   name: only where Russian print spells the name, e.g. Кристиан Вигенин
`;
  return { path: `people/${id}.yaml`, text, todo: ['name', 'sortName', 'roles (title, organization, source)', 'contactPoints, if a statement publishes any'] };
}
