/**
 * Markdown bodies for synthetic entries. The text must cost what real text costs: the Markdown
 * pipeline pays per block and per inline construct, and Pagefind's index grows with the number of
 * distinct words, so bodies mix headings, lists, links and emphasis, and each one names invented
 * places and parties to give the index a long tail of rare words, as real statements do.
 *
 * Bodies avoid `<`, `{`, `|` and bare addresses: the content check would reject them in `.mdx`, and
 * the same text must be valid as `.md` and `.mdx` so the two formats can be compared.
 *
 * Every body comes with its Russian translation, as the archive requires of real entries, so the
 * build renders both languages' bodies as it does for real content. The Russian is generated like
 * the English, block for block, in Cyrillic: no Latin word the content check would take for English.
 */
import type { Random } from './random.ts';

export interface ProseContext {
  country: string;
  countryId: string;
  /** Election in words, e.g. `parliamentary elections`. */
  election: string;
  /** Formatted election day, e.g. `10 January 2021`. */
  electionDay: string;
  organization: string;
  person?: string;
  missionId?: string;
  /** The same in Russian, for the body's translation. */
  ru: {
    country: string;
    /** E.g. `парламентские выборы`. */
    election: string;
    /** E.g. `10 января 2021 г.`. */
    electionDay: string;
    /** The organization in the genitive, e.g. `БДИПЧ`, `Парламентской ассамблеи ОБСЕ`. */
    organizationOf: string;
    /** The person in the genitive, e.g. `главы миссии`; a name with no Russian form stays as written. */
    personOf?: string;
  };
}

/** A body in English and its translation into Russian, block for block. */
export interface Bodies {
  en: string;
  ru: string;
}

/** One text in both languages: English first, then Russian. */
type Pair = readonly [string, string];

/** Syllables in Latin and Cyrillic letters, so an invented name reads the same in both languages. */
const SYLLABLES: readonly Pair[] = [
  ['ka', 'ка'],
  ['lo', 'ло'],
  ['mir', 'мир'],
  ['va', 'ва'],
  ['den', 'ден'],
  ['sto', 'сто'],
  ['ri', 'ри'],
  ['bel', 'бел'],
  ['na', 'на'],
  ['gor', 'гор'],
  ['ul', 'ул'],
  ['tesh', 'теш'],
  ['an', 'ан'],
  ['dra', 'дра'],
  ['vel', 'вел'],
  ['ost', 'ост'],
  ['pri', 'при'],
  ['zem', 'зем'],
  ['ko', 'ко'],
  ['lin', 'лин'],
  ['ta', 'та'],
  ['mar', 'мар'],
  ['sev', 'сев'],
  ['ir', 'ир'],
  ['bo', 'бо'],
  ['chen', 'чен'],
  ['ash', 'аш'],
  ['dor', 'дор'],
  ['ne', 'не'],
  ['vik', 'вик'],
];

const capitalized = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * An invented proper noun such as `Velostrin` (`Велострин`): the long tail of a real corpus's
 * vocabulary. The Russian text spells it in Cyrillic, as it would a real place or party.
 */
function inventedName(rng: Random, syllables = rng.int(2, 4)): Pair {
  let en = '';
  let ru = '';
  for (let i = 0; i < syllables; i++) {
    const [a, b] = rng.pick(SYLLABLES);
    en += a;
    ru += b;
  }
  return [capitalized(en), capitalized(ru)];
}

// Each template draws its random values once, in the order the English reads them, and uses them in
// both languages: the translation says what the English says, and the English stays as it was.
const SENTENCES: readonly ((c: ProseContext, r: Random) => Pair)[] = [
  (c) => [
    `The ${c.organization} observed the ${c.election} in ${c.country} held on ${c.electionDay}.`,
    `Наблюдатели ${c.ru.organizationOf} следили за ходом голосования (${c.ru.election}, ${c.ru.country}, ${c.ru.electionDay}).`,
  ],
  (_, r) => {
    const [stations, regions, a, b] = [r.int(80, 900), r.int(5, 40), inventedName(r), inventedName(r)];
    return [
      `Observers visited ${stations} polling stations in ${regions} of the country's regions, including the ${a[0]} and ${b[0]} districts.`,
      `Наблюдатели посетили ${stations} избирательных участков в ${regions} регионах страны, в том числе в районах ${a[1]} и ${b[1]}.`,
    ];
  },
  () => [
    `The elections were assessed against the OSCE commitments of the 1990 Copenhagen Document and other international obligations and standards for democratic elections.`,
    `Выборы оценивались на соответствие обязательствам ОБСЕ по Копенгагенскому документу 1990 года и другим международным обязательствам и стандартам демократических выборов.`,
  ],
  (_, r) => {
    const [party, alliance, place] = [inventedName(r), inventedName(r), inventedName(r)];
    return [
      `Contestants from the ${party[0]} Party and the ${alliance[0]} Alliance were able to campaign freely, although some reported pressure on their supporters in ${place[0]}.`,
      `Кандидаты партии ${party[1]} и альянса ${alliance[1]} могли свободно вести кампанию, хотя некоторые сообщали о давлении на своих сторонников в районе ${place[1]}.`,
    ];
  },
  () => [
    `The legal framework provides an adequate basis for the conduct of democratic elections, but several gaps and ambiguities remain unaddressed.`,
    `Правовая база в целом позволяет проводить демократические выборы, но ряд пробелов и неясностей так и не устранён.`,
  ],
  (_, r) => {
    const [kind, decisions] = [
      r.pick<Pair>([
        ['open', 'открытых'],
        ['regular', 'очередных'],
        ['extraordinary', 'внеочередных'],
      ]),
      r.int(20, 300),
    ];
    return [
      `The Central Election Commission met in ${kind[0]} meetings and adopted ${decisions} decisions, most of them by consensus.`,
      `Центральная избирательная комиссия собиралась на ${kind[1]} заседаниях и приняла ${decisions} решений, большинство из них консенсусом.`,
    ];
  },
  () => [
    `Fundamental freedoms of assembly, association and expression were generally respected, yet restrictions on peaceful protest continued to limit the space for critical voices.`,
    `Основные свободы собраний, объединений и выражения мнений в целом соблюдались, однако ограничения мирных протестов по-прежнему сужали пространство для критики.`,
  ],
  (_, r) => {
    const coverage = r.pick<Pair>([
      ['extensive', 'обширным'],
      ['limited', 'ограниченным'],
      ['uneven', 'неравномерным'],
      ['largely positive toward the incumbent', 'в основном благосклонным к действующей власти'],
    ]);
    return [
      `Media coverage was ${coverage[0]}, and public broadcasters gave contestants free airtime as the law requires.`,
      `Освещение в СМИ было ${coverage[1]}, а общественные вещатели предоставляли участникам бесплатное эфирное время, как того требует закон.`,
    ];
  },
  () => [
    `Voting was conducted in a calm and orderly manner in most polling stations observed, while the counting was assessed negatively in a significant number of cases.`,
    `На большинстве участков, где побывали наблюдатели, голосование прошло спокойно и организованно, тогда как подсчёт голосов во многих случаях получил отрицательную оценку.`,
  ],
  (_, r) => {
    const share = r.int(3, 25);
    return [
      `Procedural errors, such as failures to check voter identification or to seal ballot boxes, were noted in ${share} per cent of observations.`,
      `Процедурные нарушения, например отсутствие проверки документов избирателей или неопечатанные урны, отмечены в ${share} процентах наблюдений.`,
    ];
  },
  () => [
    `Women were well represented among election officials but remained under-represented among candidates and in leadership positions on party lists.`,
    `Женщины были хорошо представлены среди членов избирательных комиссий, но оставались недостаточно представлены среди кандидатов и на ведущих местах в партийных списках.`,
  ],
  (_, r) => {
    const place = inventedName(r);
    return [
      `Complaints lodged with the election administration in ${place[0]} were often dismissed on formal grounds without consideration of their substance.`,
      `Жалобы, поданные в избирательные органы района ${place[1]}, часто отклонялись по формальным основаниям без рассмотрения по существу.`,
    ];
  },
  () => [
    `Previous recommendations on the transparency of campaign finance and on the independence of the election administration were only partially addressed.`,
    `Прежние рекомендации о прозрачности финансирования кампаний и о независимости избирательной администрации выполнены лишь частично.`,
  ],
  (_, r) => {
    const [observers, weeks, states] = [r.int(15, 60), r.int(3, 8), r.int(10, 45)];
    return [
      `Some ${observers} long-term observers were deployed throughout the country ${weeks} weeks before election day, joined by short-term observers from ${states} participating States.`,
      `Около ${observers} долгосрочных наблюдателей были направлены по всей стране за ${weeks} недель до дня выборов; к ним присоединились краткосрочные наблюдатели из ${states} государств-участников.`,
    ];
  },
  () => [
    `Citizen observer groups were able to follow all stages of the process, and their presence contributed to transparency.`,
    `Гражданские наблюдатели могли следить за всеми этапами процесса, и их присутствие способствовало прозрачности.`,
  ],
  (_, r) => {
    const place = inventedName(r);
    return [
      `Tabulation at the ${place[0]} district election commission was slow, and observers were not always able to see the data being entered.`,
      `Сведение результатов в окружной избирательной комиссии района ${place[1]} шло медленно, и наблюдатели не всегда могли видеть, какие данные вводятся.`,
    ];
  },
  () => [
    `The final report, with recommendations to improve the conduct of elections, is to be published some eight weeks after the completion of the electoral process.`,
    `Итоговый отчёт с рекомендациями по улучшению проведения выборов будет опубликован примерно через восемь недель после завершения избирательного процесса.`,
  ],
  (_, r) => {
    const [parties, independents] = [r.int(3, 14), r.int(2, 9)];
    return [
      `Voters had a genuine choice between ${parties} parties and ${independents} independent candidates offering distinct political alternatives.`,
      `У избирателей был подлинный выбор: ${parties} партий и ${independents} независимых кандидатов предлагали различные политические альтернативы.`,
    ];
  },
  () => [
    `Observers noted cases of pressure on public-sector employees to attend campaign events, which blurred the line between state and party.`,
    `Наблюдатели отмечали случаи давления на работников бюджетной сферы, которых принуждали посещать предвыборные мероприятия, что размывало границу между государством и партией.`,
  ],
  (_, r) => {
    const share = r.int(20, 70);
    return [
      `Persons with disabilities faced obstacles to independent access in ${share} per cent of the polling stations visited.`,
      `Люди с инвалидностью сталкивались с препятствиями для самостоятельного доступа на ${share} процентах посещённых участков.`,
    ];
  },
  (c) => [
    `The mission thanks the authorities of ${c.country} for their invitation and co-operation, and the participating States that seconded observers.`,
    `Миссия благодарит власти страны (${c.ru.country}) за приглашение и сотрудничество, а также государства-участники, направившие наблюдателей.`,
  ],
  (_, r) => {
    const [place, movement] = [inventedName(r), inventedName(r)];
    return [
      `In ${place[0]}, representatives of the ${movement[0]} movement said they had been denied premises for meetings with voters.`,
      `В районе ${place[1]} представители движения ${movement[1]} заявили, что им отказывали в помещениях для встреч с избирателями.`,
    ];
  },
];

const HEADINGS: readonly Pair[] = [
  ['Background', 'Общие сведения'],
  ['Legal framework', 'Правовая база'],
  ['Election administration', 'Избирательная администрация'],
  ['Candidate registration', 'Регистрация кандидатов'],
  ['Campaign environment', 'Условия кампании'],
  ['Media', 'СМИ'],
  ['Complaints and appeals', 'Жалобы и апелляции'],
  ['Election day', 'День выборов'],
  ['Counting and tabulation', 'Подсчёт и сведение результатов'],
  ['Participation of women', 'Участие женщин'],
  ['Citizen and international observers', 'Гражданские и международные наблюдатели'],
  ['Recommendations', 'Рекомендации'],
  ['About the mission', 'О миссии'],
];

const LIST_ITEMS: readonly ((c: ProseContext, r: Random) => Pair)[] = [
  () => [
    'Review the legal framework well ahead of the next elections, in an inclusive process.',
    'Пересмотреть правовую базу задолго до следующих выборов в ходе инклюзивного процесса.',
  ],
  () => [
    'Ensure the independence and impartiality of the election administration at all levels.',
    'Обеспечить независимость и беспристрастность избирательной администрации на всех уровнях.',
  ],
  () => [
    'Remove restrictions on the right to stand that are not in line with OSCE commitments.',
    'Снять ограничения права баллотироваться, не согласующиеся с обязательствами ОБСЕ.',
  ],
  () => [
    'Make campaign-finance reports public in full and in time for voters to consider them.',
    'Публиковать отчёты о финансировании кампаний полностью и вовремя, чтобы избиратели могли их изучить.',
  ],
  (_, r) => {
    const place = inventedName(r);
    return [
      `Publish the results of each polling station, as was done in ${place[0]} only.`,
      `Публиковать результаты каждого участка, как это было сделано только в районе ${place[1]}.`,
    ];
  },
  () => [
    'Provide effective remedies against decisions of election commissions.',
    'Обеспечить эффективные средства обжалования решений избирательных комиссий.',
  ],
  () => ['Guarantee the safety of journalists and decriminalise defamation.', 'Гарантировать безопасность журналистов и декриминализировать клевету.'],
  () => ['Take measures to prevent the misuse of administrative resources.', 'Принять меры против злоупотребления административным ресурсом.'],
  (_, r) => {
    const place = inventedName(r);
    return [
      `Train precinct commissions on counting procedures, with particular attention to ${place[0]} and other remote areas.`,
      `Обучить участковые комиссии процедурам подсчёта, уделив особое внимание району ${place[1]} и другим отдалённым районам.`,
    ];
  },
];

/** Pairs joined, each language with its own. */
function joined(pairs: readonly Pair[], separator: string): Pair {
  return [pairs.map((p) => p[0]).join(separator), pairs.map((p) => p[1]).join(separator)];
}

/** A paragraph of `sentences` sentences. */
function paragraph(rng: Random, c: ProseContext, sentences: number): Pair {
  return joined(
    rng.sample(SENTENCES, sentences).map((s) => s(c, rng)),
    ' ',
  );
}

/** A sentence with one inline link, internal or to the organization's site. */
function linkSentence(rng: Random, c: ProseContext): Pair {
  const links: Pair[] = [
    [`[the country page](/countries/${c.countryId}/)`, `[странице страны](/countries/${c.countryId}/)`],
    [
      `[the OSCE election observation pages](https://www.osce.org/odihr/elections)`,
      `[страницах ОБСЕ о наблюдении за выборами](https://www.osce.org/odihr/elections)`,
    ],
    [`[the media desk](/contacts/)`, `[странице для СМИ](/contacts/)`],
    ...(c.missionId ? [[`[the mission page](/missions/${c.missionId}/)`, `[странице миссии](/missions/${c.missionId}/)`] as const] : []),
  ];
  const [en, ru] = rng.pick(links);
  return [
    `More information is available on ${en}, and earlier reports can be found in **the archive of ${c.organization}**.`,
    `Подробнее — на ${ru}; прежние отчёты хранятся в **архиве ${c.ru.organizationOf}**.`,
  ];
}

/**
 * A body of `min`–`max` words and its Russian translation: an opening paragraph, then sections with
 * a heading, paragraphs, a list in some of them and a link. The length is counted in English.
 */
export function markdownBody(rng: Random, c: ProseContext, [min, max]: readonly [number, number]): Bodies {
  const target = rng.int(min, max);
  const blocks: Pair[] = [paragraph(rng, c, 2)];
  const headings = rng.shuffle(HEADINGS);
  const words = (block: readonly Pair[]) => block.reduce((n, b) => n + countWords(b[0]), 0);
  let count = words(blocks);
  for (let section = 0; count < target; section++) {
    const [en, ru] = headings[section % headings.length]!;
    const heading: Pair = [`## ${en}`, `## ${ru}`];
    let block: Pair[] = [heading, paragraph(rng, c, rng.int(2, 4))];
    if (section % 2 === 1)
      block.push(
        joined(
          rng.sample(LIST_ITEMS, rng.int(3, 5)).map((item) => {
            const [a, b] = item(c, rng);
            return [`- ${a}`, `- ${b}`] as const;
          }),
          '\n',
        ),
      );
    if (section % 3 === 0) block.push(linkSentence(rng, c));
    if (c.person && section === 1)
      block.push([
        `“The conduct of these elections shows both progress and persisting shortcomings,” said ${c.person}.`,
        `По словам ${c.ru.personOf ?? c.person}, «проведение этих выборов показывает и успехи, и сохраняющиеся недостатки».`,
      ]);
    let added = words(block);
    if (count + added > max) {
      // A short last section keeps the body under `max`; sentences are under 40 words.
      block = [heading, paragraph(rng, c, 1)];
      added = words(block);
      if (count + added > max) break;
    }
    blocks.push(...block);
    count += added;
  }
  return { en: blocks.map((b) => b[0]).join('\n\n') + '\n', ru: blocks.map((b) => b[1]).join('\n\n') + '\n' };
}

/**
 * Words a reader sees: link targets and Markdown markers do not count.
 *
 * @internal Exported for the generator's unit tests, which pin each part of the synthetic archive.
 */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*(?:#+|-)\s/gm, ' ')
    .replace(/[*_[\]]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
