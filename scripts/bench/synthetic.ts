/**
 * A synthetic archive at any size, for the benchmark: the real countries, organizations, people,
 * missions and statements, plus generated missions, statements and people that pass the same check
 * as real content (schemas, body safety, integrity), so the build does the work it would do on a
 * real archive of that size. Pure and seeded: the same options give byte-identical files.
 *
 * Generated entries are bilingual as the content model requires: a `ru:` block beside every text a
 * reader sees, and a body translation (`<id>.ru.md`) beside every body. The Russian is generated
 * sentences in Cyrillic, good enough to cost what real Russian text costs, never meant to be read.
 */
import { stringify } from 'yaml';
import { formatDate } from '../../src/format/dates.ts';
import { ELECTION_KINDS, FINDING_TOPICS, MISSION_TYPES, OBSERVER_CATEGORIES, STATEMENT_KINDS, keysOf, type Keys } from '../../src/schemas/vocabulary.ts';
import { ELECTION_KINDS_RU, FINDING_TOPICS_RU, MISSION_TYPES_RU, STATEMENT_KINDS_RU } from '../../src/i18n/ru/vocabulary.ts';
import { markdownBody, type Bodies, type ProseContext } from './prose.ts';
import { childSeed, createRandom, type Random } from './random.ts';
import { likelyDuplicates } from '../../src/people/duplicates.ts';

export type BodyFormat = 'md' | 'mdx';

/** The real archive the synthetic one extends: its files are copied verbatim, its ids referenced. */
export interface BaseArchive {
  /** Paths relative to the content folder, e.g. `countries/kz.mdx`. */
  files: readonly { path: string; text: string }[];
  /** Each country with its name in English and in Russian. */
  countries: readonly Country[];
  organizations: readonly string[];
  people: readonly string[];
  /** The real people's names, so that a generated namesake can say it is someone else. */
  personNames: readonly PersonName[];
  missions: readonly string[];
  statements: readonly string[];
}

export interface PersonName {
  id: string;
  name: string;
  ru?: string | undefined;
  distinctFrom?: readonly string[] | undefined;
}

export interface SyntheticOptions {
  /** Statements in the whole archive, the real ones included. */
  statements: number;
  /** Missions in the whole archive, the real ones included. */
  missions: number;
  format: BodyFormat;
  seed?: number;
  /** Range of statement body lengths in words. */
  words?: readonly [number, number];
}

export interface SyntheticArchive {
  /** Path relative to the content folder → file text. */
  files: Map<string, string>;
  counts: Record<'countries' | 'organizations' | 'people' | 'missions' | 'statements', number>;
}

export interface Country {
  id: string;
  name: string;
  nameRu: string;
}

type ElectionKind = Keys<typeof ELECTION_KINDS>;
type StatementKind = Keys<typeof STATEMENT_KINDS>;

interface MissionPlan {
  id: string;
  country: Country;
  kind: ElectionKind;
  rounds: string[];
  type: Keys<typeof MISSION_TYPES>;
  organizations: string[];
  statements: StatementPlan[];
}

interface StatementPlan {
  id: string;
  date: string;
  kind: StatementKind;
  source: string;
  title: string;
  titleRu: string;
  mission?: MissionPlan;
  countries: string[];
  /** The first country, for the body. */
  country: Country;
  /** Role in its mission's life, which decides the facts the mission cites it for. */
  stage?: 'opening' | 'pa-deployment' | 'preliminary' | 'final' | 'needs-assessment' | 'interim' | 'other';
  people: { person: string; as: 'author' | 'speaker' | 'named' | 'contact' }[];
}

/** @internal Exported for the generator's unit tests, which pin each part of the synthetic archive. */
export interface PersonPlan {
  id: string;
  name: string;
  sortName: string;
  nationality: string;
  roles: Record<string, unknown>[];
  contactPoints: Record<string, unknown>[];
  /** Namesakes this person is not (see `markNamesakes`). */
  distinctFrom: string[];
}

const FIRST_NAMES = [
  'Anna',
  'Jan',
  'Maria',
  'Piotr',
  'Elena',
  'Tomas',
  'Ingrid',
  'Luca',
  'Sofia',
  'Andrei',
  'Katarina',
  'Miguel',
  'Helga',
  'Nikos',
  'Ayse',
  'Lars',
  'Irina',
  'Pavel',
  'Claire',
  'Giorgi',
  'Nino',
  'Olaf',
  'Marta',
  'Dmitri',
  'Eva',
  'Ruslan',
  'Ines',
  'Kristof',
  'Lena',
  'Artur',
  'Zuzana',
  'Emil',
  'Petra',
  'Bogdan',
  'Aida',
  'Stefan',
  'Lucia',
  'Hakan',
  'Mirela',
  'Arvid',
];
const SURNAMES = [
  'Novak',
  'Kowalski',
  'Horvath',
  'Petrov',
  'Jensen',
  'Rossi',
  'Meyer',
  'Popescu',
  'Nielsen',
  'Dimitrov',
  'Kovac',
  'Lindqvist',
  'Moreau',
  'Garcia',
  'Yilmaz',
  'Berg',
  'Ivanova',
  'Szabo',
  'Marin',
  'Kask',
  'Ozols',
  'Beridze',
  'Hansen',
  'Conti',
  'Fischer',
  'Varga',
  'Nowak',
  'Sorensen',
  'Kuznetsov',
  'Lambert',
  'Murphy',
  'Silva',
  'Aliyev',
  'Grigoryan',
  'Toomey',
  'Weber',
  'Dumitru',
  'Halvorsen',
  'Rakic',
  'Vidal',
  'Costa',
  'Janssen',
  'Tamm',
  'Pajari',
  'Walsh',
];
const ELECTION_WEIGHTS: [ElectionKind, number][] = [
  ['parliamentary', 40],
  ['presidential', 25],
  ['early-parliamentary', 10],
  ['early-presidential', 5],
  ['local', 12],
  ['referendum', 8],
];
const PLACE: Record<string, string> = { odihr: 'Warsaw', 'osce-pa': 'Copenhagen', eu: 'Vienna', 'osce-chairpersonship': 'Vienna', osce: 'Vienna' };
const PLACE_RU: Record<string, string> = { Warsaw: 'Варшава', Copenhagen: 'Копенгаген', Vienna: 'Вена' };

/** One text in English and in Russian. */
type Pair = readonly [string, string];

/**
 * `2021-01-10` plus `days` (negative goes back).
 *
 * @internal Exported for the generator's unit tests, which pin each part of the synthetic archive.
 */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Lower-case ASCII words joined by hyphens, at most `words` of them.
 *
 * @internal Exported for the generator's unit tests, which pin each part of the synthetic archive.
 */
export function slugify(text: string, words = 8): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, words)
    .join('-');
}

/**
 * `2021-parliamentary`, or `2021-parliamentary-2` when that id is taken.
 *
 * @internal Exported for the generator's unit tests, which pin each part of the synthetic archive.
 */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function weighted<T>(rng: Random, options: readonly [T, number][]): T {
  let x = rng.next() * options.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of options) if ((x -= w) < 0) return value;
  return options[options.length - 1]![0];
}

function electionWords(kind: ElectionKind): string {
  if (kind === 'referendum') return 'referendum';
  return `${ELECTION_KINDS[kind].toLowerCase()} ${kind.includes('presidential') ? 'election' : 'elections'}`;
}

/** `парламентские выборы`, `референдум`: Russian has no singular for an election. */
function electionWordsRu(kind: ElectionKind): string {
  if (kind === 'referendum') return 'референдум';
  return `${ELECTION_KINDS_RU[kind].toLowerCase()} выборы`;
}

const capitalized = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/**
 * Missions spread over every State and every year 1996–2025: the i-th mission takes the i-th State
 * and the i-th year in turn, so even a small archive touches all of them.
 */
function planMissions(rng: Random, base: BaseArchive, count: number, org: (id: string) => string): MissionPlan[] {
  const countries = rng.shuffle(base.countries);
  const taken = new Set(base.missions);
  const plans: MissionPlan[] = [];
  // (State, year) pairs repeat after lcm(States, 30) missions; shifting the State once per cycle
  // gives the next cycle new pairs instead of piling `-2` duplicates onto the same elections.
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  const cycle = (countries.length * 30) / gcd(countries.length, 30);
  for (let i = 0; i < count; i++) {
    const country = countries[(i + Math.floor(i / cycle)) % countries.length]!;
    const year = 1996 + (i % 30);
    const kind = weighted(rng, ELECTION_WEIGHTS);
    const first = addDays(`${year}-01-01`, rng.int(0, 360));
    const rounds = kind.includes('presidential') && rng.chance(0.4) ? [first, addDays(first, 14)] : [first];
    const organizations = [org('odihr'), ...(rng.chance(0.5) ? [org('osce-pa')] : [])];
    plans.push({
      id: uniqueId(`${country.id}/${year}-${kind}`, taken),
      country,
      kind,
      rounds,
      type: rng.pick(keysOf(MISSION_TYPES)),
      organizations: [...new Set(organizations)],
      statements: [],
    });
  }
  return plans;
}

const STAGES: { stage: NonNullable<StatementPlan['stage']>; kind: StatementKind; offset: [number, number] }[] = [
  { stage: 'opening', kind: 'press-release', offset: [-50, -30] },
  { stage: 'preliminary', kind: 'preliminary-statement', offset: [1, 1] },
  { stage: 'pa-deployment', kind: 'press-release', offset: [-8, -3] },
  { stage: 'final', kind: 'final-report', offset: [50, 90] },
  { stage: 'needs-assessment', kind: 'needs-assessment-report', offset: [-120, -80] },
  { stage: 'interim', kind: 'interim-report', offset: [-25, -12] },
];

/**
 * A title in English and in Russian. Russian titles name the country in the nominative, after a
 * colon or a dash, so that no case ending has to be generated.
 */
function statementTitle(kind: StatementKind, m: MissionPlan | undefined, country: Country, rng: Random): Pair {
  if (!m) {
    return rng.pick<Pair>([
      [
        `OSCE Chairperson-in-Office visits ${country.name} to discuss democratic reforms`,
        `Визит действующего председателя ОБСЕ: ${country.nameRu}, демократические реформы`,
      ],
      [`Statement on media freedom in ${country.name}`, `Заявление о свободе СМИ: ${country.nameRu}`],
      [
        `ODIHR Director meets representatives of ${country.name}'s civil society`,
        `Директор БДИПЧ встречается с представителями гражданского общества — ${country.nameRu}`,
      ],
      [
        `Delegation statement on the human dimension commitments of ${country.name}`,
        `Заявление делегации об обязательствах в области человеческого измерения: ${country.nameRu}`,
      ],
    ]);
  }
  const e = electionWords(m.kind);
  const r = electionWordsRu(m.kind);
  const day = formatDate(m.rounds[0]!, 'en');
  const dayRu = formatDate(m.rounds[0]!, 'ru');
  const { name, nameRu } = m.country;
  switch (kind) {
    case 'preliminary-statement': {
      const [verdict, verdictRu] = rng.pick<Pair>([
        ['competitive but marred by irregularities', 'конкуренция, омрачённая нарушениями'],
        ['well run but lacking genuine choice', 'хорошая организация без подлинного выбора'],
        ['offered voters a choice, observers say', 'у избирателей был выбор, говорят наблюдатели'],
        ['held in a restrictive environment', 'в условиях ограничений'],
      ]);
      return [`${name}'s ${e} ${verdict}`, `${nameRu}: ${r} — ${verdictRu}`];
    }
    case 'final-report':
      return [`Final report on the ${e} of ${day} in ${name}`, `Итоговый отчёт: ${r} ${dayRu}, ${nameRu}`];
    case 'needs-assessment-report':
      return [
        `Needs assessment mission report: ${name}, ${e} ${m.rounds[0]!.slice(0, 4)}`,
        `Отчёт миссии по оценке потребностей: ${nameRu}, ${r} ${m.rounds[0]!.slice(0, 4)} г.`,
      ];
    case 'interim-report':
      return [`Interim report of the observation mission for the ${e} in ${name}`, `Промежуточный отчёт миссии по наблюдению: ${r}, ${nameRu}`];
    case 'delegation-statement':
      return [`EU statement on the ${e} in ${name}`, `Заявление ЕС: ${r}, ${nameRu}`];
    case 'chairpersonship-statement':
      return [
        `Chairperson-in-Office welcomes peaceful conduct of ${name}'s ${e}`,
        `Действующий председатель приветствует мирное проведение голосования: ${nameRu}, ${r}`,
      ];
    case 'news-report':
      return [`${name}: observers announced for the ${e}`, `${nameRu}: объявлено о направлении наблюдателей — ${r}`];
    default:
      return [`Observers deployed for the ${day} ${e} in ${name}`, `Наблюдатели направлены: ${r} ${dayRu}, ${nameRu}`];
  }
}

/**
 * Statements: most belong to a mission (round-robin, so every mission gets its opening release,
 * preliminary statement and so on before any gets extras); the rest are about a country only.
 */
function planStatements(rng: Random, base: BaseArchive, count: number, missions: MissionPlan[], org: (id: string) => string): StatementPlan[] {
  const linked = missions.length === 0 ? 0 : Math.min(count, Math.max(missions.length, Math.round(count * 0.85)));
  const plans: StatementPlan[] = [];
  for (let j = 0; j < count; j++) {
    const m = j < linked ? missions[j % missions.length] : undefined;
    const round = Math.floor(j / Math.max(1, missions.length));
    let kind: StatementKind;
    let stage: StatementPlan['stage'];
    let date: string;
    let source: string;
    if (m) {
      const planned = STAGES[round];
      const paMissing = planned?.stage === 'pa-deployment' && !m.organizations.includes(org('osce-pa'));
      if (planned && !paMissing) {
        ({ kind, stage } = planned);
        date = addDays(m.rounds[0]!, rng.int(...planned.offset));
      } else {
        kind = rng.pick<StatementKind>(['news-report', 'delegation-statement', 'chairpersonship-statement', 'press-release']);
        stage = 'other';
        date = addDays(m.rounds[0]!, rng.int(-60, 120));
      }
      source =
        stage === 'pa-deployment'
          ? org('osce-pa')
          : kind === 'delegation-statement'
            ? org('eu')
            : kind === 'chairpersonship-statement'
              ? org('osce-chairpersonship')
              : kind === 'news-report'
                ? org('trend')
                : org('odihr');
    } else {
      kind = rng.pick<StatementKind>(['delegation-statement', 'chairpersonship-statement', 'press-release']);
      date = addDays('1996-01-01', rng.int(0, 30 * 365));
      source = kind === 'delegation-statement' ? org('eu') : kind === 'chairpersonship-statement' ? org('osce-chairpersonship') : org('osce');
    }
    const home = m ? m.country : rng.pick(base.countries);
    const others = rng.chance(0.2) ? [rng.pick(base.countries).id] : [];
    const [title, titleRu] = statementTitle(kind, m, home, rng);
    const plan: StatementPlan = {
      id: `${date}-${slugify(title)}-${j + 1}`,
      date,
      kind,
      source,
      title,
      titleRu,
      mission: m,
      countries: [...new Set([home.id, ...others])],
      country: home,
      stage,
      people: [],
    };
    m?.statements.push(plan);
    plans.push(plan);
  }
  return plans;
}

/** The statement of a mission at `stage`, else its first one: citations must stay within the mission. */
function cite(m: MissionPlan, ...stages: NonNullable<StatementPlan['stage']>[]): StatementPlan {
  for (const stage of stages) {
    const found = m.statements.find((s) => s.stage === stage);
    if (found) return found;
  }
  return m.statements[0]!;
}

function personName(rng: Random): [string, string] {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(SURNAMES);
  return [`${first} ${last}`, `${last}, ${first}`];
}

/**
 * People who lead missions, co-ordinate delegations and speak for them. Pools are smaller than the
 * number of missions, so one person leads several, as in life.
 */
function planPeople(rng: Random, base: BaseArchive, missions: MissionPlan[]) {
  const taken = new Set(base.people);
  const make = (): PersonPlan => {
    const [name, sortName] = personName(rng);
    return { id: uniqueId(slugify(name), taken), name, sortName, nationality: rng.pick(base.countries).id, roles: [], contactPoints: [], distinctFrom: [] };
  };
  const pool = (size: number) => Array.from({ length: size }, make);
  const withStatements = missions.filter((m) => m.statements.length > 0);
  return {
    heads: pool(Math.ceil(withStatements.length / 3) + 1),
    coordinators: pool(Math.ceil(withStatements.length / 4) + 1),
    spokespeople: pool(Math.ceil(withStatements.length / 4) + 1),
  };
}

function missionFacts(rng: Random, m: MissionPlan, people: ReturnType<typeof planPeople>, org: (id: string) => string, index: number) {
  const day = m.rounds[0]!;
  const opening = cite(m, 'opening');
  const head = people.heads[index % people.heads.length]!;
  const leaders: Record<string, unknown>[] = [{ person: head.id, role: 'head-of-mission', organization: org('odihr'), source: opening.id }];
  head.roles.push({
    title: `Head of the ${MISSION_TYPES[m.type]}`,
    organization: org('odihr'),
    mission: m.id,
    asOf: opening.date,
    source: opening.id,
    ru: { title: `Глава миссии (${MISSION_TYPES_RU[m.type].toLowerCase()})` },
  });
  opening.people.push({ person: head.id, as: 'speaker' });
  if (m.organizations.includes(org('osce-pa')) && org('osce-pa') !== org('odihr')) {
    const pa = cite(m, 'pa-deployment');
    const coordinator = people.coordinators[index % people.coordinators.length]!;
    leaders.push({ person: coordinator.id, role: 'special-co-ordinator', organization: org('osce-pa'), source: pa.id });
    coordinator.roles.push({
      title: 'Special Co-ordinator, leading the short-term OSCE observers',
      organization: org('osce-pa'),
      mission: m.id,
      asOf: pa.date,
      source: pa.id,
      ru: { title: 'Специальный координатор, руководитель краткосрочных наблюдателей ОБСЕ' },
    });
    pa.people.push({ person: coordinator.id, as: 'speaker' });
  }
  if (index % 2 === 0) {
    const spokesperson = people.spokespeople[index % people.spokespeople.length]!;
    const [first, last] = spokesperson.name.toLowerCase().split(' ');
    spokesperson.roles.push({
      title: 'Spokesperson of the observation mission',
      organization: org('odihr'),
      mission: m.id,
      source: opening.id,
      ru: { title: 'Пресс-секретарь миссии по наблюдению' },
    });
    spokesperson.contactPoints.push({
      role: 'Spokesperson of the observation mission',
      organization: org('odihr'),
      mission: m.id,
      phone: `+48221${String(rng.int(0, 999999)).padStart(6, '0')}`,
      email: `${first}.${last}@odihr.pl`,
      source: opening.id,
      ru: { role: 'Пресс-секретарь миссии по наблюдению' },
    });
    opening.people.push({ person: spokesperson.id, as: 'contact' });
  }

  const categories = rng.sample(keysOf(OBSERVER_CATEGORIES), rng.int(2, 5));
  const opened = opening.date <= day ? opening.date : addDays(day, -40);
  const observers = categories.map((category) => {
    const source = rng.pick(m.statements);
    // Consistent as the check requires: no long-term observers deployed before the mission opened,
    // and no category above the total.
    const deployed = (source.date <= day ? rng.chance(0.5) : true) && !(category === 'long-term' && source.date < opened);
    return {
      category,
      count: category === 'core-team' ? rng.int(8, 15) : category === 'total' ? rng.int(400, 900) : rng.int(10, 400),
      ...(rng.chance(0.2) ? { approximate: true } : {}),
      status: deployed ? 'deployed' : 'planned',
      date: source.date,
      ...(category === 'short-term' && rng.chance(0.5) ? { fromStates: rng.int(10, 45) } : {}),
      source: source.id,
    };
  });

  const preliminary = cite(m, 'preliminary');
  const milestones = [
    { kind: 'needs-assessment', date: addDays(day, -rng.int(90, 150)), status: 'actual', source: cite(m, 'needs-assessment').id },
    { kind: 'opening', date: opened, status: 'actual', source: opening.id },
    { kind: 'lto-deployment', date: [addDays(day, -rng.int(20, 35)), opened].sort()[1]!, status: rng.pick(['actual', 'planned']), source: opening.id },
    { kind: 'election-day', date: day, status: 'actual', source: preliminary.id },
    { kind: 'preliminary-statement', date: addDays(day, 1), status: 'actual', source: preliminary.id },
    {
      kind: 'final-report',
      ...(rng.chance(0.7) ? { date: addDays(day, rng.int(50, 90)) } : {}),
      status: rng.pick(['actual', 'planned']),
      source: cite(m, 'final', 'preliminary').id,
    },
  ];

  const findings = rng.sample(keysOf(FINDING_TOPICS), rng.int(1, 5)).map((topic) => {
    const assessment = rng.pick(['positive', 'mixed', 'negative']);
    const [verdict, verdictRu] = rng.pick<Pair>([
      ['met most commitments', 'большинство обязательств выполнено'],
      ['showed both progress and shortcomings', 'есть и успехи, и недостатки'],
      ['fell short of commitments', 'обязательства не выполнены'],
    ]);
    return {
      topic,
      assessment,
      summary: `Observers found that ${FINDING_TOPICS[topic].toLowerCase()} ${verdict} in the ${electionWords(m.kind)}.`,
      assessedBy: org('odihr'),
      source: cite(m, 'preliminary', 'final').id,
      ru: { summary: `По оценке наблюдателей (${electionWordsRu(m.kind)}), в области «${FINDING_TOPICS_RU[topic]}» ${verdictRu}.` },
    };
  });
  return { leaders, observers, milestones, findings, head };
}

/** An entry's file and its body's translation, which holds the Russian body alone. */
interface EntryFiles {
  text: string;
  ru: string;
}

function entryFiles(data: Record<string, unknown>, bodies: Bodies): EntryFiles {
  return { text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${bodies.en}`, ru: bodies.ru };
}

/** The organization a body speaks for, in the genitive (`наблюдатели БДИПЧ`). */
const ORGANIZATION_OF: Record<string, string> = {
  ODIHR: 'БДИПЧ',
  'OSCE Parliamentary Assembly': 'Парламентской ассамблеи ОБСЕ',
  OSCE: 'ОБСЕ',
};

function missionFile(rng: Random, m: MissionPlan, facts: ReturnType<typeof missionFacts>): EntryFiles {
  const e = electionWords(m.kind);
  const r = electionWordsRu(m.kind);
  const dayRu = formatDate(m.rounds[0]!, 'ru');
  const title = `${e[0]!.toUpperCase()}${e.slice(1)}, ${formatDate(m.rounds[0]!, 'en')}`;
  const data = {
    title,
    country: m.country.id,
    election: { kind: m.kind, rounds: m.rounds },
    type: m.type,
    organizations: m.organizations,
    ...(facts && m.statements.length ? { leaders: facts.leaders, observers: facts.observers, milestones: facts.milestones, findings: facts.findings } : {}),
    summary: `${/^[AEIOU]/.test(MISSION_TYPES[m.type]) ? 'An' : 'A'} ${MISSION_TYPES[m.type]} for the ${e} in ${m.country.name} of ${formatDate(m.rounds[0]!, 'en')}.`,
    ru: { title: `${capitalized(r)}, ${dayRu}`, summary: `${MISSION_TYPES_RU[m.type]}: ${r} ${dayRu}, ${m.country.nameRu}.` },
  };
  const ctx: ProseContext = {
    country: m.country.name,
    countryId: m.country.id,
    election: e,
    electionDay: formatDate(m.rounds[0]!, 'en'),
    organization: 'ODIHR',
    missionId: m.id,
    person: facts?.head.name,
    // The head's invented name has no Russian form: Russian text prints it in Latin letters, as the check allows.
    ru: { country: m.country.nameRu, election: r, electionDay: dayRu, organizationOf: ORGANIZATION_OF.ODIHR!, personOf: facts?.head.name },
  };
  return entryFiles(data, markdownBody(rng, ctx, [80, 220]));
}

function statementFile(rng: Random, s: StatementPlan, words: readonly [number, number], base: BaseArchive, org: (id: string) => string): EntryFiles {
  const m = s.mission;
  const aligning = ['al', 'me', 'mk', 'rs', 'ua', 'md', 'ge', 'is', 'no', 'li'].filter((c) => base.countries.some((k) => k.id === c));
  const data: Record<string, unknown> = {
    title: s.title,
    kind: s.kind,
    date: s.date,
    ...(PLACE[s.source] ? { place: PLACE[s.source] } : {}),
    source: s.source,
    ...(s.kind === 'news-report' && s.source !== org('odihr') ? { reportsOn: org('odihr') } : {}),
    ...(s.people.length ? { people: uniquePeople(s.people) } : {}),
    fieldsOfWork: rng.chance(0.3) ? ['Democratization', 'Elections'] : ['Elections'],
    countries: s.countries,
    ...(m ? { missions: [m.id] } : {}),
    ...(s.kind === 'delegation-statement' ? { documentNumber: `PC.DEL/${rng.int(1, 1500)}/${s.date.slice(2, 4)}` } : {}),
    ...(s.kind === 'delegation-statement' && aligning.length && rng.chance(0.5) ? { aligningStates: rng.sample(aligning, 3) } : {}),
    // Every statement has its original's address, or says why not, as real ones must.
    ...(rng.chance(0.6)
      ? { url: `https://www.osce.org/${s.source}/${slugify(s.title, 6)}-${rng.int(100000, 999999)}` }
      : { urlUnknown: 'The original was circulated on paper only; the archive has found no public address for it.' }),
    summary: m
      ? `${s.title}: what the ${s.kind.replace(/-/g, ' ')} says about the ${electionWords(m.kind)} in ${m.country.name}.`
      : `${s.title}, in our words.`,
  };
  const place = PLACE[s.source];
  data.ru = {
    title: s.titleRu,
    summary: m
      ? `${s.titleRu}. ${STATEMENT_KINDS_RU[s.kind]} о ходе голосования: ${electionWordsRu(m.kind)}, ${m.country.nameRu}.`
      : `${s.titleRu} — пересказ нашими словами.`,
    ...(place ? { place: PLACE_RU[place] } : {}),
    ...(data.urlUnknown ? { urlUnknown: 'Оригинал распространялся только на бумаге; публичного адреса архив не нашёл.' } : {}),
  };
  const organization = s.source === 'odihr' ? 'ODIHR' : s.source === 'osce-pa' ? 'OSCE Parliamentary Assembly' : 'OSCE';
  const speaker = s.people.some((p) => p.as === 'speaker');
  const ctx: ProseContext = {
    country: s.country.name,
    countryId: s.countries[0]!,
    election: m ? electionWords(m.kind) : 'elections',
    electionDay: m ? formatDate(m.rounds[0]!, 'en') : formatDate(s.date, 'en'),
    organization,
    missionId: m?.id,
    person: speaker ? 'the Head of Mission' : undefined,
    ru: {
      country: s.country.nameRu,
      election: m ? electionWordsRu(m.kind) : 'выборы',
      electionDay: formatDate(m ? m.rounds[0]! : s.date, 'ru'),
      organizationOf: ORGANIZATION_OF[organization]!,
      ...(speaker ? { personOf: 'главы миссии' } : {}),
    },
  };
  return entryFiles(data, markdownBody(rng, ctx, words));
}

function uniquePeople(people: StatementPlan['people']): StatementPlan['people'] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.person) && seen.add(p.person));
}

function personFile(p: PersonPlan): string {
  return stringify(
    {
      name: p.name,
      sortName: p.sortName,
      nationality: p.nationality,
      roles: p.roles,
      ...(p.contactPoints.length ? { contactPoints: p.contactPoints } : {}),
      ...(p.distinctFrom.length ? { distinctFrom: p.distinctFrom } : {}),
    },
    { lineWidth: 0 },
  );
}

/**
 * Generated names are drawn from short lists, so many people share a name or one that sounds alike.
 * The content check takes such pairs for one person written twice unless an entry says otherwise;
 * here they are different people, so each generated one names its namesakes in `distinctFrom`, as a
 * maintainer would. The check's own rule finds them (`likelyDuplicates`, one namesake per person and
 * pass), until none is left.
 *
 * @internal Exported for the generator's unit tests, which pin each part of the synthetic archive.
 */
export function markNamesakes(generated: readonly PersonPlan[], real: readonly PersonName[]): void {
  const byId = new Map(generated.map((p) => [p.id, p]));
  for (;;) {
    const people = [...real, ...generated.map((p) => ({ id: p.id, name: p.name, distinctFrom: p.distinctFrom }))];
    const pairs = likelyDuplicates(people);
    if (pairs.length === 0) return;
    for (const { id, other } of pairs) {
      // Either side saying so is enough; a real entry is never rewritten.
      const generatedSide = byId.get(id) ?? byId.get(other)!;
      generatedSide.distinctFrom.push(generatedSide.id === id ? other : id);
    }
  }
}

/** The whole archive: `base` copied, then generated entries up to the requested totals. */
export function generateArchive(base: BaseArchive, options: SyntheticOptions): SyntheticArchive {
  const seed = options.seed ?? 1;
  const words = options.words ?? [250, 900];
  const org = (id: string) => (base.organizations.includes(id) ? id : base.organizations[0]!);
  const missions = planMissions(createRandom(childSeed(seed, 'missions')), base, Math.max(0, options.missions - base.missions.length), org);
  const statements = planStatements(createRandom(childSeed(seed, 'statements')), base, Math.max(0, options.statements - base.statements.length), missions, org);
  const factsRng = createRandom(childSeed(seed, 'facts'));
  const people = planPeople(factsRng, base, missions);
  const facts = missions.map((m, i) => (m.statements.length ? missionFacts(factsRng, m, people, org, i) : undefined));

  const files = new Map<string, string>(base.files.map((f) => [f.path, f.text]));
  const bodyRng = createRandom(childSeed(seed, 'bodies'));
  // Each entry, then its body's translation beside it (`<id>.ru.md`), as the archive keeps them.
  const add = (path: string, entry: EntryFiles) => {
    files.set(`${path}.${options.format}`, entry.text);
    files.set(`${path}.ru.${options.format}`, entry.ru);
  };
  missions.forEach((m, i) => add(`missions/${m.id}`, missionFile(bodyRng, m, facts[i]!)));
  for (const s of statements) add(`statements/${s.date.slice(0, 4)}/${s.id}`, statementFile(bodyRng, s, words, base, org));
  const synthetic = [...people.heads, ...people.coordinators, ...people.spokespeople].filter((p) => p.roles.length > 0);
  markNamesakes(synthetic, base.personNames);
  for (const p of synthetic) files.set(`people/${p.id}.yaml`, personFile(p));

  return {
    files,
    counts: {
      countries: base.countries.length,
      organizations: base.organizations.length,
      people: base.people.length + synthetic.length,
      missions: base.missions.length + missions.length,
      statements: base.statements.length + statements.length,
    },
  };
}
