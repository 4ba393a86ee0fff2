/**
 * A synthetic archive at any size, for the benchmark: the real countries, organizations, people,
 * missions and statements, plus generated missions, statements and people that pass the same check
 * as real content (schemas, body safety, integrity), so the build does the work it would do on a
 * real archive of that size. Pure and seeded: the same options give byte-identical files.
 */
import { stringify } from 'yaml';
import { formatDate } from '../../src/format/dates.ts';
import { ELECTION_KINDS, FINDING_TOPICS, MISSION_TYPES, OBSERVER_CATEGORIES, STATEMENT_KINDS, keysOf, type Keys } from '../../src/schemas/vocabulary.ts';
import { markdownBody, type ProseContext } from './prose.ts';
import { childSeed, createRandom, type Random } from './random.ts';

export type BodyFormat = 'md' | 'mdx';

/** The real archive the synthetic one extends: its files are copied verbatim, its ids referenced. */
export interface BaseArchive {
  /** Paths relative to the content folder, e.g. `countries/kz.mdx`. */
  files: readonly { path: string; text: string }[];
  countries: readonly { id: string; name: string }[];
  organizations: readonly string[];
  people: readonly string[];
  missions: readonly string[];
  statements: readonly string[];
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

type ElectionKind = Keys<typeof ELECTION_KINDS>;
type StatementKind = Keys<typeof STATEMENT_KINDS>;

interface MissionPlan {
  id: string;
  country: { id: string; name: string };
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
  mission?: MissionPlan;
  countries: string[];
  /** Name of the first country, for the body. */
  countryName: string;
  /** Role in its mission's life, which decides the facts the mission cites it for. */
  stage?: 'opening' | 'pa-deployment' | 'preliminary' | 'final' | 'needs-assessment' | 'interim' | 'other';
  people: { person: string; as: 'author' | 'speaker' | 'named' | 'contact' }[];
}

interface PersonPlan {
  id: string;
  name: string;
  sortName: string;
  nationality: string;
  roles: Record<string, unknown>[];
  contactPoints: Record<string, unknown>[];
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

/** `2021-01-10` plus `days` (negative goes back). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Lower-case ASCII words joined by hyphens, at most `words` of them. */
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

/** `2021-parliamentary`, or `2021-parliamentary-2` when that id is taken. */
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

function statementTitle(kind: StatementKind, m: MissionPlan | undefined, country: string, rng: Random): string {
  if (!m) {
    return rng.pick([
      `OSCE Chairperson-in-Office visits ${country} to discuss democratic reforms`,
      `Statement on media freedom in ${country}`,
      `ODIHR Director meets representatives of ${country}'s civil society`,
      `Delegation statement on the human dimension commitments of ${country}`,
    ]);
  }
  const e = electionWords(m.kind);
  const day = formatDate(m.rounds[0]!);
  switch (kind) {
    case 'preliminary-statement':
      return `${m.country.name}'s ${e} ${rng.pick(['competitive but marred by irregularities', 'well run but lacking genuine choice', 'offered voters a choice, observers say', 'held in a restrictive environment'])}`;
    case 'final-report':
      return `Final report on the ${e} of ${day} in ${m.country.name}`;
    case 'needs-assessment-report':
      return `Needs assessment mission report: ${m.country.name}, ${e} ${m.rounds[0]!.slice(0, 4)}`;
    case 'interim-report':
      return `Interim report of the observation mission for the ${e} in ${m.country.name}`;
    case 'delegation-statement':
      return `EU statement on the ${e} in ${m.country.name}`;
    case 'chairpersonship-statement':
      return `Chairperson-in-Office welcomes peaceful conduct of ${m.country.name}'s ${e}`;
    case 'news-report':
      return `${m.country.name}: observers announced for the ${e}`;
    default:
      return `Observers deployed for the ${day} ${e} in ${m.country.name}`;
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
    const title = statementTitle(kind, m, home.name, rng);
    const plan: StatementPlan = {
      id: `${date}-${slugify(title)}-${j + 1}`,
      date,
      kind,
      source,
      title,
      mission: m,
      countries: [...new Set([home.id, ...others])],
      countryName: home.name,
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
    return { id: uniqueId(slugify(name), taken), name, sortName, nationality: rng.pick(base.countries).id, roles: [], contactPoints: [] };
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
  head.roles.push({ title: `Head of the ${MISSION_TYPES[m.type]}`, organization: org('odihr'), mission: m.id, asOf: opening.date, source: opening.id });
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
    });
    pa.people.push({ person: coordinator.id, as: 'speaker' });
  }
  if (index % 2 === 0) {
    const spokesperson = people.spokespeople[index % people.spokespeople.length]!;
    const [first, last] = spokesperson.name.toLowerCase().split(' ');
    spokesperson.roles.push({ title: 'Spokesperson of the observation mission', organization: org('odihr'), mission: m.id, source: opening.id });
    spokesperson.contactPoints.push({
      role: 'Spokesperson of the observation mission',
      organization: org('odihr'),
      mission: m.id,
      phone: `+48221${String(rng.int(0, 999999)).padStart(6, '0')}`,
      email: `${first}.${last}@odihr.pl`,
      source: opening.id,
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

  const findings = rng.sample(keysOf(FINDING_TOPICS), rng.int(1, 5)).map((topic) => ({
    topic,
    assessment: rng.pick(['positive', 'mixed', 'negative']),
    summary: `Observers found that ${FINDING_TOPICS[topic].toLowerCase()} ${rng.pick(['met most commitments', 'showed both progress and shortcomings', 'fell short of commitments'])} in the ${electionWords(m.kind)}.`,
    assessedBy: org('odihr'),
    source: cite(m, 'preliminary', 'final').id,
  }));
  return { leaders, observers, milestones, findings, head };
}

function frontmatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}

function missionFile(rng: Random, m: MissionPlan, facts: ReturnType<typeof missionFacts>): string {
  const e = electionWords(m.kind);
  const title = `${e[0]!.toUpperCase()}${e.slice(1)}, ${formatDate(m.rounds[0]!)}`;
  const data = {
    title,
    country: m.country.id,
    election: { kind: m.kind, rounds: m.rounds },
    type: m.type,
    organizations: m.organizations,
    ...(facts && m.statements.length ? { leaders: facts.leaders, observers: facts.observers, milestones: facts.milestones, findings: facts.findings } : {}),
    summary: `${/^[AEIOU]/.test(MISSION_TYPES[m.type]) ? 'An' : 'A'} ${MISSION_TYPES[m.type]} for the ${e} in ${m.country.name} of ${formatDate(m.rounds[0]!)}.`,
  };
  const ctx: ProseContext = {
    country: m.country.name,
    countryId: m.country.id,
    election: e,
    electionDay: formatDate(m.rounds[0]!),
    organization: 'ODIHR',
    missionId: m.id,
    person: facts?.head.name,
  };
  return frontmatter(data, markdownBody(rng, ctx, [80, 220]));
}

function statementFile(rng: Random, s: StatementPlan, words: readonly [number, number], base: BaseArchive, org: (id: string) => string): string {
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
    ...(rng.chance(0.6) ? { url: `https://www.osce.org/${s.source}/${slugify(s.title, 6)}-${rng.int(100000, 999999)}` } : {}),
    summary: m
      ? `${s.title}: what the ${s.kind.replace(/-/g, ' ')} says about the ${electionWords(m.kind)} in ${m.country.name}.`
      : `${s.title}, in our words.`,
  };
  const ctx: ProseContext = {
    country: s.countryName,
    countryId: s.countries[0]!,
    election: m ? electionWords(m.kind) : 'elections',
    electionDay: m ? formatDate(m.rounds[0]!) : formatDate(s.date),
    organization: s.source === 'odihr' ? 'ODIHR' : s.source === 'osce-pa' ? 'OSCE Parliamentary Assembly' : 'OSCE',
    missionId: m?.id,
    person: s.people.find((p) => p.as === 'speaker') ? 'the Head of Mission' : undefined,
  };
  return frontmatter(data, markdownBody(rng, ctx, words));
}

function uniquePeople(people: StatementPlan['people']): StatementPlan['people'] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.person) && seen.add(p.person));
}

function personFile(p: PersonPlan): string {
  return stringify(
    { name: p.name, sortName: p.sortName, nationality: p.nationality, roles: p.roles, ...(p.contactPoints.length ? { contactPoints: p.contactPoints } : {}) },
    { lineWidth: 0 },
  );
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
  missions.forEach((m, i) => files.set(`missions/${m.id}.${options.format}`, missionFile(bodyRng, m, facts[i]!)));
  for (const s of statements) files.set(`statements/${s.date.slice(0, 4)}/${s.id}.${options.format}`, statementFile(bodyRng, s, words, base, org));
  const synthetic = [...people.heads, ...people.coordinators, ...people.spokespeople].filter((p) => p.roles.length > 0);
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
