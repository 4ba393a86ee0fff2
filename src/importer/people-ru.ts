/**
 * People named in Cyrillic: "Глава миссии Корнелия Йонкер", "возглавит генеральный секретарь СНГ Сергей
 * Лебедев", "сообщила Мария Гуцало", "Т.Гаджиев". The archive files a person under a Latin name: it is
 * iuliia's transliteration (the Wikipedia system, which gives the spellings English-language media print:
 * "Sergey Lebedev"), and the name as the text prints it is kept as the Russian one.
 *
 * Russian capitalises fewer words than English, but places, bodies and the first word of a sentence are
 * capitalised too; a run of capitalised words counts as a name only beside what says it is one: a title
 * or role before it, a verb of speech after it, a country in brackets, or an initial.
 */
import { countries as countryFacts } from 'countries-list';
import iuliia from 'iuliia';
import { incline, inclineFirstname, inclineLastname } from 'lvovich';
import { countryIdOf } from './countries.ts';
import type { NamedPerson } from './people.ts';
import { asciiSlug } from './text.ts';

/** Roles that stand before a name, in any case ending, capitalised too where a sentence opens with the title ("Заместитель Председателя …"). */
const ROLE_BEFORE =
  /(?:глав\p{L}*|руководител\p{L}*|координатор\p{L}*|посол|посла|послом|председател\p{L}*|секретар\p{L}*|министр\p{L}*|президент\p{L}*|заместител\p{L}*|советник\p{L}*|директор\p{L}*|депутат\p{L}*|корреспондент\p{L}*|спикер\p{L}*|представител\p{L}*|начальник\p{L}*|эксперт\p{L}*|докладчик\p{L}*|лидер\p{L}*|комиссар\p{L}*|специалист\p{L}*|ассистент\p{L}*|сотрудни\p{L}*|зампред\p{L}*|замгенсек\p{L}*|во главе с|возглавит|возглавил\p{L}*|возглавляет|назначен\p{L}*|автор)(?:\s+[\p{Ll}\p{Lu}/-]+|\s+\([\p{L}\s/-]{2,30}\)|,\s+\p{Ll}[\p{L}-]*){0,18}?\s+$/iu;
/** Verbs of speech, whose subject a name after or before them is: "заявила Лючия Потучкова", "Иван Петров сообщил". */
const SPEECH_VERBS = String.raw`сообщил\p{L}*|заявил\p{L}*|отметил\p{L}*|сказал\p{L}*|подчеркнул\p{L}*|рассказал\p{L}*|добавил\p{L}*|пояснил\p{L}*`;
const SPEECH_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?(?:${SPEECH_VERBS}|считает|возглавит|возглавляет)`, 'u');
const SPEECH_BEFORE = new RegExp(String.raw`(?<!\p{L})(?:${SPEECH_VERBS})\s+$`, 'u');

/** Words of bodies, places and titles that a name never holds. */
const NOT_NAME =
  /^(?:Миссия|Мисси\p{L}*|Бюро|Прав\p{L}*|Человек\p{L}*|Институт\p{L}*|Выбор\p{L}*|Наблюдател\p{L}*|Делегаци\p{L}*|Комитет\p{L}*|Центр\p{L}*|Указ\p{L}*|Закон\p{L}*|Совет\p{L}*|Комисси\p{L}*|Центральн\p{L}*|Парламент\p{L}*|Ассамбле\p{L}*|Организаци\p{L}*|Содружеств\p{L}*|Независим\p{L}*|Государств\p{L}*|Республик\p{L}*|Федераци\p{L}*|Министерств\p{L}*|Президент\p{L}*|Правительств\p{L}*|Исполнительн\p{L}*|Исполком\p{L}*|Генеральн\p{L}*|Специальн\p{L}*|Международн\p{L}*|Европ\p{L}*|Европейск\p{L}*|Глав\p{L}*|Посол|Депутат\p{L}*|Народн\p{L}*|Верховн\p{L}*|Жогорку|Кенеш\p{L}*|Дум\p{L}*|Сейм\p{L}*|Мажилис\p{L}*|Скупщин\p{L}*|Милли|Меджлис\p{L}*|Хурал\p{L}*|Рад[аыуе]|Собрани\p{L}*|Палат\p{L}*|Сенат\p{L}*|Олий|Курултай\p{L}*|Конгресс\p{L}*|Председател\p{L}*|Заместител\p{L}*|Секретар\p{L}*|Руководител\p{L}*|Районн\p{L}*|Областн\p{L}*|Городск\p{L}*|Краев\p{L}*|Окружн\p{L}*|Участков\p{L}*|Территориальн\p{L}*|Избирательн\p{L}*)$/u;
/*
 * Parliaments' own names ("Милли Меджлиса Азербайджанской Республики", "Верховной Рады", "Национального собрания")
 * are listed above beside the bodies: in a speaker's title they stand where a name would.
 */
/** Adjectives decline like adjectives: "Парламентской", "Центральная", "Российской". */
const ADJECTIVE = /(?:ск|цк)(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|ым|ом|ую|их|ых|ыми|ими)$/u;

const WORD = String.raw`\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)?`;
// A run of capitalised words of any length: a title's bodies and places run into the name after them ("Совета
// Федерации Федерального Собрания Литвы Тимуром Вольским"); `trimmedMatch` keeps the name at the run's end.
// "С.Лебедева", "С.М. Миронова": one initial or two, then the family name.
// An initial is a Cyrillic letter: "социальной сети X. Причиной отказа" is a network's name, then a sentence.
// "Тана де Зулуета", "Ханс ван ден Брук": a particle in lower case belongs to the family name after it.
const PARTICLE = String.raw`(?:де|ди|дель|ван|фон|дер|ден)`;
const NAME = new RegExp(String.raw`(?<![\p{L}.])(?:([А-ЯЁ](?:\.\s?[А-ЯЁ])?)\.\s?(${WORD})|(${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD})+))(?![\p{L}])`, 'gu');
/** A run's words, each particle kept with the family name it stands before. */
const RUN_WORD = new RegExp(String.raw`(?:${PARTICLE}\s+)*\S+`, 'gu');

/**
 * Capitals, which stand before a name as often as a title does ("ассистент Центра ОБСЕ в Душанбе Александр Садыков"):
 * the world's capitals in Latin letters, read against a word's transliteration, and the ones Russian names otherwise.
 */
const CAPITALS = new Set(Object.values(countryFacts).map((c) => c.capital.toLowerCase()));
const RU_CAPITALS =
  /^(?:Москв|Киев|Кишин[её]в|Варшав|Праг|Вен|Рим|Вильнюс|Таллин|Будапешт|Бухарест|Белград|Подгориц|Сараев|Скопь|Тиран|Копенгаген|Гааг|Амстердам|Брюссел|Берлин|Париж|Лондон|Вашингтон|Страсбург)\p{L}{0,3}$/u;

function isNameWord(word: string): boolean {
  return (
    /\p{Script=Cyrillic}/u.test(word) &&
    !NOT_NAME.test(word) &&
    !ADJECTIVE.test(word) &&
    !countryIdOf(word) &&
    !RU_CAPITALS.test(word) &&
    !CAPITALS.has(iuliia.translate(word, iuliia.WIKIPEDIA).toLowerCase())
  );
}

/**
 * The words of a name: a family name may decline like an adjective ("Виктор Громский") when a first name that
 * does not stands before it.
 */
function areNameWords(words: readonly string[], afterInitial = false): boolean {
  const last = words[words.length - 1]!;
  const rest = words.slice(0, -1);
  // "В. Гуминского": an initial stands for the given name before a family name that declines like an adjective.
  return (
    rest.every(isNameWord) &&
    (isNameWord(last) || ((rest.length > 0 || afterInitial) && /\p{Script=Cyrillic}/u.test(last) && !NOT_NAME.test(last) && !countryIdOf(last)))
  );
}

/**
 * A name whose two words are both in the instrumental: "Леоном Ковальским", "Петром Ивановым", "Марией Ковальской".
 * No nominative given name ends in a consonant and -ом/-ем, nor a nominative family name in -овым/-ским or -овой/-ской.
 */
const BOTH_INSTRUMENTAL =
  /^\p{Lu}\p{Ll}*[бвгджзклмнпрстфхцчшщ](?:ом|ем)\s+\p{Lu}\p{Ll}*(?:ов|ев|ёв|ин|ын|ск|цк)(?:ым|им)$|^\p{Lu}\p{Ll}+[иь]?(?:ей|ой)\s+\p{Lu}\p{Ll}*(?:ов|ев|ин|ын|ск|цк)ой$/u;

/** A title's head word, in any case ending: the last of them before a name is the one the name stands beside. */
const TITLE_WORD =
  /^(?:председател|заместител|руководител|глав|посол|министр|секретар|директор|спикер|координатор|депутат|президент|советник|представител|начальник|эксперт|лидер|комиссар|сотрудни|зампред)/iu;
/** A title in the nominative, whose name follows in the nominative. */
const NOMINATIVE_TITLE =
  /^(?:председатель|заместитель|руководитель|глава|посол|министр|секретарь|директор|спикер|координатор|депутат|президент|советник|представитель|начальник|эксперт|лидер|комиссар|сотрудник|зампред)$/iu;

/** A patronymic: "Пётр Ильич Самойлов" is a person's full name, whatever stands around it. */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ович|евич|ич|овна|евна|ична|инична)$/u;

const CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;

/** Forms a word's nominative may take, from the printed form: the word itself, or its stem with a nominative ending. */
function nominatives(word: string, changedFirst: boolean): string[] {
  // A declined first name left as printed would pass for its own nominative, so its changed forms come
  // first; a foreign family name does not decline ("Осуски", "Ланджри"), so it comes first as printed.
  const forms = new Set<string>();
  // A family name that declines like an adjective ("Ковальским", "Ковальской", "Громского"): its nominative is the
  // adjective's ("Ковальский", "Ковальская"), before any cut stem ("Ковальска") that lvovich would also decline alike.
  const adjective = /^(.*[сц]к)(?:им|ого|ому|ом|ой|ую)$/u.exec(word);
  if (adjective && !changedFirst) for (const ending of ['ий', 'ая']) forms.add(adjective[1] + ending);
  // The bare stem of every cut before any added ending: "Ивановым" is "Иванов", never "Ивановый", which declines alike.
  for (const ending of ['', 'а', 'я', 'й', 'ь', 'ия']) for (let cut = 1; cut <= 3 && cut < word.length - 1; cut++) forms.add(word.slice(0, -cut) + ending);
  forms.delete(word);
  // "Гуминского", "Ковальскому": -ого and -ому are never a nominative, though lvovich would keep a family name in -о as it is.
  if (adjective && !changedFirst && /(?:ого|ому)$/u.test(word)) return [...forms, word];
  return changedFirst ? [...forms, word] : [word, ...forms];
}

/**
 * A name as its nominative: "Петра Осуски" (genitive) → "Петр Осуски", "Рольфом Экеусом" → "Рольф Экеус". The
 * nominative is the one whose declension by lvovich gives the printed form; a name lvovich cannot decline
 * back to what is printed is kept as printed.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function nominativeName(printed: string): string {
  const words = printed.split(/\s+/);
  if (words.length < 2) return printed;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const middle = words.slice(1, -1);
  // Without a gender lvovich takes "Нуржан" for a man's name; a woman's family name in an oblique case
  // ("Шайлдабековой") tells it, so her name is tried as a woman's too.
  const feminine = /(?:ов|ев|ин|ын|ск|цк)(?:ой|ую)$/u.test(last);
  // Cases in the order of how often a name stands in them without a preposition: "Валентине Матвиенко" is
  // Валентина's dative before it is Валентин's prepositional, which needs an "о" or "при" before it.
  for (const gender of feminine ? ([undefined, 'female'] as const) : [undefined]) {
    for (const c of CASES) {
      for (const f of nominatives(first, true)) {
        for (const l of nominatives(last, false)) {
          if (f === first && l === last) continue;
          // "руководителя миссии Маттео Мекаччи": a given name that never declines is foreign, and so is a family
          // name ending in a vowel beside it; it is printed as its own nominative ("Мекачча" would be a guess).
          if (f === first && /[оеиуюэ]$/u.test(first) && /[иеоуюэ]$/u.test(last)) continue;
          // "Тини Кокс" is no "Тинь Кокс" in the genitive: a given name in -ь is too rare to outweigh a foreign one.
          if (f !== first && l === last && /ь$/u.test(f) && /[бвгджзклмнпрстфхцчшщ]$/u.test(last)) continue;
          const inflected = gender ? { first: inclineFirstname(f, c, gender), last: inclineLastname(l, c, gender) } : incline({ first: f, last: l }, c);
          if (inflected.first === first && inflected.last === last) return [f, ...middle, l].join(' ');
        }
      }
    }
  }
  // A family name that does not decline ("Бахтиёром Худоёрзода", "с Петром Шевченко", "Ивану Джанелидзе"): only the
  // given name is read back to the nominative.
  if (/(?:зода|заде|ко|дзе|швили|ия|[оиуыэею])$/u.test(last)) {
    for (const c of CASES)
      for (const f of nominatives(first, true)) if (f !== first && incline({ first: f, last }, c).first === first) return [f, ...middle, last].join(' ');
    // A given name the declension rules do not know ("Бахтиёром"): the masculine instrumental ending is unambiguous.
    const stem = /^(\p{Lu}\p{Ll}*[бвгджзйклмнпрстфхцчшщ])(?:ом|ем|ём)$/u.exec(first)?.[1];
    if (stem) return [stem, ...middle, last].join(' ');
  }
  // A foreign name the declension rules do not know, in the instrumental ("с Президентом Цахиагийн Элбэгдоржем",
  // "Нямаагийном Энхболдом", "с … Чжан Мином"): each word that ends in a consonant and -ом/-ем is its stem.
  const INSTRUMENTAL = /^(\p{Lu}\p{Ll}*[бвгджзйклмнпрстфхцчшщ])(?:ом|ем)$/u;
  if (INSTRUMENTAL.test(last)) return words.map((w) => INSTRUMENTAL.exec(w)?.[1] ?? w).join(' ');
  return printed;
}

/**
 * A family name alone, after an initial, as its nominative: "Гаркуна" → "Гаркун", "Лебедева" → "Лебедев". With no
 * given name to tell a woman's name from a man's, it is read as a man's; a name lvovich cannot decline back to
 * what is printed is kept as printed.
 */
function nominativeFamilyName(printed: string): string {
  // "Г.Мурадовым": -овым, -евым, -иным are a family name's instrumental, whatever the declension rules make of the stem;
  // "Н.Лувсанжавом": so is a consonant and -ом.
  const instrumental = /^(\p{Lu}\p{Ll}*(?:ов|ев|ёв|ин|ын))ым$|^(\p{Lu}\p{Ll}*[бвгджзклмнпрстфхцчшщ])ом$/u.exec(printed);
  if (instrumental) return (instrumental[1] ?? instrumental[2])!;
  // A family name, so one that declines like an adjective ("Гуминского") is tried as the adjective first.
  for (const l of nominatives(printed, false)) {
    // "Ф.Карими" is no "Каримя": a family name ends in -я only after a vowel ("Берия", "Данелия").
    if (l === printed || /[бвгджзклмнпрстфхцчшщ]я$/u.test(l)) continue;
    for (const c of CASES) if (inclineLastname(l, c, 'male') === printed) return l;
  }
  return printed;
}

/** "Кориэн Йонкер" → "Korien Yonker". */
function latinName(cyrillic: string): string {
  return iuliia.translate(cyrillic, iuliia.WIKIPEDIA);
}

export type CyrillicPerson = NamedPerson & { ru: string };

/** The assemblies whose observers form a delegation, as Russian texts name them. */
const RU_ASSEMBLY = String.raw`ПА ОБСЕ|ПАСЕ|Парламентск\p{L}* ассамбле\p{L}* (?:ОБСЕ|Совета Европы)|МПА СНГ|Европарламент\p{L}*|Европейского парламента|ПА НАТО`;
/** A verb of leading, with up to a dozen words of title before the name. */
const LED_NOW = String.raw`(?:возглавит|возглавил\p{L}*|возглавляет|возглавлял\p{L}*)\s+(?:[\p{L}-]+\s+|[-–—]\s+){0,12}$`;

/** Roles the Russian words before a name give, in the English of the archive, so leaders are read alike. */
function rolesOf(before: string, after = ''): string[] {
  // "…главой Миссии», – отметил В. Петров": the role is in the words quoted, not the speaker's.
  if (/[»"”]\s*,?\s*[-–—]\s*\p{Ll}+\s+$/u.test(before)) return [];
  const near = before.slice(-90);
  const sentence = before.split(/[.!?]\s+/u).pop() ?? '';
  // What leads a group or mission: "во главе с", "под руководством", "которую возглавил(а) / возглавляет / возглавит",
  // then up to a dozen words of title before the name.
  const LEADS = String.raw`(?:во главе с|под руководством|,\s*котор\p{L}+\s+(?:возглавил\p{L}*|возглавляет|возглавит|руководит))\s+(?:[\p{L}-]+\s+|[-–—]\s+){0,12}$`;
  // "группа долгосрочных наблюдателей от СНГ, которую возглавил … Иван Петров": the long-term mission's head.
  if (new RegExp(String.raw`долгосрочн\p{L}*\s+(?:наблюдател\p{L}*|мисси\p{L}*)[^.!?«»"]{0,80}?${LEADS}`, 'iu').test(sentence))
    return ['Head of the long-term mission'];
  // "В нее войдут около 90 парламентариев … во главе с замредседателя ПА Мариэттой Тидей": members of parliament led by
  // someone are an assembly's delegation.
  if (new RegExp(String.raw`(?:парламентари|депутат)\p{L}*[^.!?«»"]{0,100}?${LEADS}`, 'iu').test(sentence)) return ['Head of delegation'];
  // "Первая группа миссии … во главе с заместителем председателя … Владимиром Петровым": who leads the first group
  // to arrive leads that group, not the mission.
  if (new RegExp(String.raw`(?:перв|передов)\p{L}*\s+групп\p{L}*[^.!?«»"]{0,160}?${LEADS}`, 'iu').test(sentence)) return [];
  // "группа экспертов под руководством Ивана Петрова", "основная группа наблюдателей, которую возглавляет Иван Петров".
  if (!/делегаци/iu.test(sentence) && new RegExp(String.raw`(?:мисси|групп|наблюдател|эксперт)\p{L}*[^.!?«»"]{0,100}?${LEADS}`, 'iu').test(sentence))
    return ['Head of mission'];
  // "Миссию наблюдателей от СНГ … возглавит заместитель председателя Исполнительного комитета Содружества Иван
  // Петров", "главой миссии … стал первый заместитель председателя … Иван Петров": a long title between the verb
  // and the name.
  // "Миссию наблюдателей СНГ, в состав которой входит мониторинговая группа МПА СНГ, возглавляет …": the mission is the
  // body's named right after it, whatever other body the sentence names.
  const missionOf = /мисси\p{L}*\s+наблюдател\p{L}*\s+(?:от\s+)?(МПА СНГ|СНГ|БДИПЧ ОБСЕ|БДИПЧ)(?![\p{L}])/iu.exec(sentence)?.[1];
  const bodies = new Set([...sentence.matchAll(/МПА СНГ|(?<!МПА )СНГ|БДИПЧ|ПАСЕ|ПА ОБСЕ/gu)].map((m) => m[0]));
  if (
    missionOf &&
    bodies.size > 1 &&
    /мисси\p{L}*[^.!?«»"]{0,160}\s(?:возглавит|возглавил\p{L}*|возглавляет|возглавлял\p{L}*)\s+(?:[\p{L}-]+\s+|[-–—]\s+){0,12}$/iu.test(sentence)
  )
    return [`Head of the ${missionOf} mission`];
  // "Миссию ПА ОБСЕ возглавит вице-президент Ассамблеи Дорис Барнетт": an assembly's mission is its delegation.
  const assemblyMission = new RegExp(String.raw`мисси\p{L}*\s+(${RU_ASSEMBLY})(?!\p{L})[^.!?«»"]{0,160}\s${LED_NOW}`, 'iu').exec(sentence)?.[1];
  if (assemblyMission) return [`Head of delegation of the ${assemblyMission}`];
  if (
    // "Группу, в состав которой входят 13 представителей …, возглавляет экс-министр … Борис Фрезелец": a group of observers too.
    /(?:мисси|групп)\p{L}*[^.!?«»"]{0,160}\s(?:возглавит|возглавил\p{L}*|возглавляет|возглавлял\p{L}*)\s+(?:[\p{L}-]+\s+|[-–—]\s+){0,12}$/iu.test(sentence) ||
    /(?:главой|главы)\s+мисси\p{L}*[^.!?«»"]{0,160}\s(?:стал\p{L}*|назначен\p{L}*|утвержден\p{L}*|утверждён\p{L}*|является|будет)\s+(?:[\p{L}-]+\s+|[-–—]\s+){0,12}$/iu.test(
      sentence,
    )
  )
    return ['Head of mission'];
  // "согласовал в качестве Главы Миссии кандидатуру … Ивана Петрова", "кандидатура И. Петрова в качестве Главы Миссии",
  // "в качестве главы мониторинговой миссии согласована кандидатура …": the candidate agreed as the mission's head.
  if (
    /в качестве\s+глав\p{L}*\s+(?:\p{L}+\s+){0,2}мисси\p{L}*[^.!?«»"]{0,40}?\s+кандидатур\p{L}*\s+(?:[\p{L}-]+\s+|[-–—]\s+){0,12}$/iu.test(sentence) ||
    /^\s*(?:\([^)]*\)\s*)?в качестве\s+глав\p{L}*\s+(?:\p{L}+\s+){0,2}мисси/iu.test(after)
  )
    return ['Head of mission'];
  // "Миссия БДИПЧ во главе с послом Боровии Петром Ивановым": the mission the name leads.
  if (/мисси\p{L}*[^.!?«»"]{0,80}во главе с\s+(?:[\p{L}-]+\s+){0,6}$/iu.test(sentence) && !/делегаци/iu.test(sentence)) return ['Head of mission'];
  // "Наблюдателей возглавят депутат парламента Боровии, докладчик … Ивар Ольсен и финский депутат … Ида Марш": several
  // heads of an assembly's observers, each a head of its delegation.
  if (/(?:^|\s)(?:[нН]аблюдател\p{L}*|[дД]елегаци\p{L}*|[гГ]рупп\p{L}*)\s+возглавят\s/u.test(sentence)) {
    const org =
      /(ПА ОБСЕ|ПАСЕ|Парламентск\p{L}* ассамбле\p{L}* ОБСЕ|Парламентск\p{L}* ассамбле\p{L}* Совета Европы|МПА СНГ|Европарламент\p{L}*)(?![\p{L}])/u.exec(
        sentence,
      )?.[1];
    return [org ? `Head of delegation of the ${org}` : 'Head of delegation'];
  }
  // "Делегацию ПАСЕ возглавляет депутат парламента Боровии Ивар Ольсен".
  if (/делегаци\p{L}*[^.!?«»"]{0,80}\s(?:возглавит|возглавил\p{L}*|возглавляет|возглавлял\p{L}*)\s+(?:[\p{L}-]+\s+){0,8}$/iu.test(sentence)) {
    const org = /[дД]елегаци\p{L}*\s+((?:ПА ОБСЕ|ПАСЕ|Европарламента|Европейского парламента|ПА НАТО|МПА СНГ)(?![\p{L}]))/u.exec(sentence)?.[1];
    return [org ? `Head of delegation of the ${org}` : 'Head of delegation'];
  }
  // "Иван Петров возглавит миссию наблюдателей от СНГ": the verb after the name.
  // "Иван Петров, который возглавит Миссию наблюдателей": the same, in a relative clause.
  // "Г.С.Логвинов, возглавивший Миссию, встретился": a participle after the name, too.
  if (
    /^\s*(?:,\s*котор\p{L}+\s+|,\s*)?(?:возглавит|возглавил\p{L}*|возглавляет|будет возглавлять|возглавивш\p{L}*|возглавляющ\p{L}*)\s+(?:\p{L}+\s+){0,2}мисси/iu.test(
      after,
    )
  )
    return ['Head of mission'];
  if (/^\s+(?:возглавит|возглавил\p{L}*|возглавляет|будет возглавлять)\s+(?:\p{L}+\s+){0,2}делегаци/iu.test(after)) return ['Head of delegation'];
  // "Координатором группы наблюдателей от МПА СНГ назначен … Иван Петров", "Иван Петров назначен координатором
  // группы наблюдателей от Межпарламентской ассамблеи СНГ": the Assembly's co-ordinator heads its delegation; an
  // OSCE Special Co-ordinator is someone else.
  const IPA_CIS_GROUP = String.raw`координатор\p{L}*\s+(?:групп\p{L}*\s+)?(?:\p{L}+\s+){0,2}наблюдател\p{L}*\s+(?:от\s+)?(?:МПА СНГ|Межпарламентск\p{L}*\s+[Аа]ссамбле)`;
  // "координатор группы … от МПА СНГ Зияфат Аскеров после встречи с главой ЦИК Эллой Памфиловой": one met after the
  // title is someone else; "по правопорядку, борьбе с преступностью" is still the title.
  const group = new RegExp(String.raw`${IPA_CIS_GROUP}([^.!?]*)$`, 'iu').exec(sentence);
  if (
    (group &&
      !/(?:^|\s)(?:после|вместе|встреч\p{L}*|встрет\p{L}*|посетил\p{L}*)\s|(?:^|\s)(?:с|со|при)\s+(?:глав|председател|руководител|\p{Lu})/u.test(group[1]!)) ||
    new RegExp(String.raw`^\s*(?:назначен\p{L}*|стал\p{L}*|будет)\s+${IPA_CIS_GROUP}`, 'iu').test(after)
  )
    return ['Head of delegation of the МПА СНГ'];
  // "координатор группы наблюдателей – заместитель председателя Сената … Кайрат Ищанов": a group's co-ordinator leads
  // its delegation; only a co-ordinator of a mission or of short-term observers is the OSCE's Special Co-ordinator.
  if (/координатор\p{L}*\s+групп\p{L}*\s+(?:\p{L}+\s+){0,2}наблюдател/iu.test(near) && !/краткосрочн/iu.test(near)) return ['Head of delegation'];
  if (/(?:специальн\p{L}*\s+)?координатор\p{L}*/iu.test(near)) return ['Special Co-ordinator'];
  // "Специальным координатором краткосрочной миссии ОБСЕ в составе 420 участников выступит немецкий политик …": the
  // title opens the sentence, the verb and a description stand before the name.
  if (/^\s*[«"]?специальн\p{L}*\s+координатор\p{L}*[^.!?]{0,140}\s(?:выступит|станет|будет|назначен\p{L}*)\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(sentence))
    return ['Special Co-ordinator'];
  // The head of a mission's staff ("руководитель штаба миссии") runs its office, not the mission.
  if (/штаб\p{L}*\s+(?:\p{L}+\s+){0,3}$/iu.test(near) || /руководител\p{L}*\s+штаб/iu.test(near.slice(-60))) return [];
  if (/глав\p{L}*\s+делегаци\p{L}*|руководител\p{L}*\s+делегаци\p{L}*|делегаци\p{L}*[^.]{0,120}во главе с\s+(?:\p{L}+\s+){0,2}$/iu.test(near)) {
    const org = /делегаци\p{L}*\s+(?:[^.]{0,80}?\()?((?:ПА ОБСЕ|ПАСЕ|Европарламента|Европейского парламента|ПА НАТО|МПА СНГ)(?![\p{L}]))/u.exec(near)?.[1];
    return [org ? `Head of delegation of the ${org}` : 'Head of delegation'];
  }
  if (
    /глав\p{L}*\s+(?:\p{L}+\s+){0,3}мисси\p{L}*|руководител\p{L}*\s+(?:\p{L}+\s+){0,3}мисси\p{L}*|мисси\p{L}*[^.]{0,80}возглав\p{L}*|возглав\p{L}*[^.]{0,40}мисси|(?:главой|главы|глава)\s+мисси|глав\p{L}*\s+групп\p{L}*\s+наблюдател/iu.test(
      near,
    )
  )
    return ['Head of mission'];
  // "с главой Миссии по ограниченному наблюдению за выборами Бюро ОБСЕ по демократическим институтам и правам человека
  // (БДИПЧ/ОБСЕ) Тамашем Мазеричем": a mission's long name runs to its head's, with no comma or other person between.
  const headed = /(?:^|\s)глав(?:ой|ы|а|е)\s+мисси\p{L}*([^.,;!?«»"]{0,180})$/iu.exec(sentence);
  if (headed && !/(?:^|\s)(?:с|со|встрет\p{L}*|встреч\p{L}*|и\s+\p{Lu}\p{Ll}+\s+\p{Lu})(?:\s|$)/u.test(headed[1]!)) return ['Head of mission'];
  return [];
}

type NameMatch = { 0: string; 1?: string; 2?: string; 3?: string; index: number };

/**
 * A match of `NAME` without the capitalised words in front of the name that are none of it: "Содружества
 * Сергей Лебедев" is "Сергей Лебедев" after the body it heads.
 */
function trimmedMatch(found: RegExpMatchArray, paragraph: string): NameMatch | undefined {
  if (!found[3]) return { 0: found[0], 1: found[1], 2: found[2], index: found.index! };
  // A name has at most three words: a longer run is the words of a title before it.
  const run = found[3].match(RUN_WORD)!;
  const text = run.slice(-3).join(' ');
  const m = { 0: text, 3: text, index: found.index! + found[0].lastIndexOf(text) };
  const words = run.slice(-3);
  // "в Твери Пётр Ильич Самойлов": a place before a full name pushed its family name out of the match.
  const family = words.length === 3 && PATRONYMIC.test(words[2]!) ? /^\s+(\p{Lu}\p{Ll}+)(?!\p{L})/u.exec(paragraph.slice(m.index + m[0].length)) : null;
  if (family) {
    const name = `${words[1]} ${words[2]} ${family[1]}`;
    return { 0: name, 3: name, index: m.index + m[0].indexOf(words[1]!, words[0]!.length) };
  }
  let skip = 0;
  while (skip < words.length - 2 && !isNameWord(words[skip]!)) skip++;
  if (skip === 0) return m;
  const rest = words.slice(skip).join(' ');
  return { 0: rest, 3: rest, index: m.index + m[0].indexOf(rest, words.slice(0, skip).join(' ').length) };
}

/**
 * "с … советником по выборам БДИПЧ Люсине Бадалян": after a title in the instrumental, a name none of whose words ends
 * as the instrumental does is one that does not decline (an Armenian woman's), printed in its nominative.
 */
function undeclined(title: string, name: string): boolean {
  return /(?:ом|ем|ём)$/u.test(title) && !name.split(/\s+/).some((w) => /(?:ом|ем|ём|ой|ей|ою|ею|ым|им)$/u.test(w));
}

/** People printed in Cyrillic, first mention first, each once. */
export function findCyrillicPeople(paragraphs: readonly string[]): CyrillicPerson[] {
  const people: CyrillicPerson[] = [];
  for (const paragraph of paragraphs) {
    // The name read last in this paragraph: "с советниками … Алексеем Громовым, Кахой Инаишвили": a list's next name
    // stands in the same case, and is a person as the first is.
    let last: { end: number; governed: boolean } | undefined;
    for (const found of paragraph.matchAll(NAME)) {
      const m = trimmedMatch(found, paragraph);
      if (!m) continue;
      const listed = last !== undefined && /^\s*(?:,|и)\s*$/u.test(paragraph.slice(last.end, m.index));
      // Only a name governed by a noun or a preposition ("главы делегации Нахимы Ланджри", "с Рольфом Экеусом")
      // is declined; after a verb or a title in the nominative ("возглавит Ирина Соколова") it is printed as it is.
      // A title in the nominative before it ("Председатель Совета Федерации … России Валентина Матвиенко") puts the
      // name in apposition, in the nominative too, whatever genitives stand between.
      const title = (ROLE_BEFORE.exec(paragraph.slice(0, m.index))?.[0].trim().split(/\s+/) ?? []).findLast((w) => TITLE_WORD.test(w)) ?? '';
      // "— заявила Лючия Потучкова": a name after a verb of speech is its subject, in the nominative.
      const afterSpeech = SPEECH_BEFORE.test(paragraph.slice(0, m.index));
      // "главой миссии назначена Одри Френсис Гловер", "ее главой стала Анна Петрова": the name after a past verb or a
      // short participle is its subject, in the nominative, though the verb ends as a genitive noun does.
      const afterVerb = /(?<!\p{L})(?:назначен|избран|утвержд[её]н|выбран|переизбран|стал|прибыл|приехал)(?:а|о|ы|и)?\s+$/u.test(paragraph.slice(0, m.index));
      const governed = listed
        ? last!.governed
        : !afterSpeech &&
          !afterVerb &&
          !NOMINATIVE_TITLE.test(title) &&
          // "встреча Главы Миссии … на выборах в Кыргызстане Игоря Петришенко": a name stands in its title's case.
          // "По словам А. Герасимова": the words of someone, in the genitive.
          (/(?:(?:^|\s)(?:с|со|у|от|к|для|о|об|при|между|[пП]о\s+словам)|\p{L}+(?:ы|и|а|я|ом|ем|ой|ей|ию|ии))\s+(?:\p{Lu}\p{L}+\s+){0,3}$/u.test(
            paragraph.slice(0, m.index),
          ) ||
            (title !== '' && /(?:ы|и|а|я|ю|у|ем|ом|ой|ей)$/u.test(title)));
      // A name followed by its verb is the sentence's subject: "Глава миссии Елена Петрова сообщила".
      // A name in the instrumental after a title in the instrumental ("во главе с послом Боровии Петром Ивановым",
      // "с главой миссии, послом Боровии Анной Петровой") is governed whatever verb follows it.
      const instrumental =
        (/(?:^|\s)(?:с|со)\s+(?:[\p{L}-]+\s+){0,6}$|\p{L}+(?:ом|ем|ой|ей)\s+(?:\p{Lu}\p{L}+\s+){0,2}$/u.test(paragraph.slice(0, m.index)) &&
          (/(?:ом|ем|ой|ей)$/u.test((m[3] ?? '').split(/\s+/)[0] ?? '') ||
            // "во главе с Генеральным секретарем ШОС Чжан Мином будет": a given name that does not decline, a family name that does.
            /[бвгджзклмнпрстфхцчшщ](?:ом|ем)$|(?:ов|ев|ин|ын|ск|цк)(?:ым|им)$/u.test((m[3] ?? '').split(/\s+/).pop() ?? ''))) ||
        // "во главе с членом Совета Федерации … Леоном Ковальским приняла": a given name and a family name both in
        // the instrumental are no sentence's subject, however long the title between the preposition and the name.
        BOTH_INSTRUMENTAL.test(m[3] ?? '');
      const subject =
        !instrumental &&
        (SPEECH_AFTER.test(paragraph.slice(m.index + m[0].length)) ||
          /^\s+\p{Ll}+(?:л|ла|ло|ли|ет|ит|ут|ют)(?![\p{L}])/u.test(paragraph.slice(m.index + m[0].length)));
      // "секретаря СНГ В. Гаркуна", "кандидатуру … С.Лебедева": an initial's family name is declined like any other,
      // and printed with the space the text gives it.
      const printed = m[1]
        ? `${m[1]}.${/^\.\s/.test(m[0].slice(m[1].length)) ? ' ' : ''}${(governed && !subject) || /(?:ов|ев|ёв|ин|ын)ым$/u.test(m[2]!) ? nominativeFamilyName(m[2]!) : m[2]}`
        : governed && !subject && !undeclined(title, m[3]!)
          ? nominativeName(m[3]!)
          : m[3]!;
      const words = m[1] ? [m[2]!] : m[3]!.split(/\s+/);
      if (!areNameWords(words, Boolean(m[1]))) continue;
      const before = paragraph.slice(0, m.index);
      const after = paragraph.slice(m.index + m[0].length);
      const initial = Boolean(m[1]);
      const sentenceStart = /(?:^|[.!?»"]\s*)$/u.test(before);
      // "Ильдар Нуров, глава миссии наблюдателей СНГ, дал интервью": the role follows the name.
      // "Эоган Мерфи - глава миссии БДИПЧ по наблюдению за выборами": a list of speakers, each with a dash and a role.
      // "Лючия Потучкова из Чехии, координатор специальной миссии": the State of origin may come first.
      const apposedRole =
        /^\s*(?:из\s+\p{Lu}\p{L}+\s*)?(?:,|\s[-–—])\s*(?:глав|руководител|посол|председател|генеральн|специальн|секретар|министр|депутат|координатор|заместител|член)/u.test(
          after,
        );
      // A contact block prints the name on a line of its own ("Нил Баркли" over "Начальник отдела …").
      const alone = before.trim() === '' && after.trim() === '' && words.length >= 2;
      const cue =
        ROLE_BEFORE.test(before) ||
        SPEECH_AFTER.test(after) ||
        /^\s*\(\p{Lu}/u.test(after) ||
        apposedRole ||
        (words.length === 3 && PATRONYMIC.test(words[1]!)) ||
        listed ||
        // "Фото: Сергей Шелег/ БЕЛТА", "КАЗИНФОРМ /Елена Мягкова/ -": a photographer's credit, an agency's byline.
        /(?:Фото|Фотография|Автор)\s*:\s*(?:\S+\/\s*)?$/u.test(before) ||
        (/\/\s*$/u.test(before) && /^\s*\//u.test(after)) ||
        alone;
      // "округа № 26 (Кургантюбе), 28 (А. Джами)": a numbered district named after someone is a place.
      if (/\d\s*\(\s*$/u.test(before) && /^\s*\)/u.test(after)) continue;
      if (!initial && !cue) continue;
      if (!initial && sentenceStart && !SPEECH_AFTER.test(after) && !/^\s*\(/.test(after) && !apposedRole && !alone) continue;
      // "Михаэль Георг Линк (Michael Georg Link)": the name as its bearer spells it in Latin letters, where the text gives it.
      const own = /^\s*\((\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3})\)/u.exec(after)?.[1];
      const latin = own && /^[\p{Script=Latin}\s'’-]+$/u.test(own) ? own : latinName(printed);
      // "К.Йонкер" after "Корнелия Йонкер": the initial and the family name are the same person's.
      // The family name is compared as read back and as printed: "Ф.Карими" after "Фара Карими" is hers whichever.
      const surnames = new Set([printed.split(/[\s.]+/).pop()!, words[words.length - 1]!]);
      const known = people.find(
        (p) => p.ru === printed || asciiSlug(p.name) === asciiSlug(latin) || (surnames.has(p.ru.split(/\s+/).pop()!) && p.ru[0] === printed[0]),
      );
      // The apposition closes at its comma: "Ильдар Нуров, глава миссии наблюдателей и замгенсека, дал интервью". It is the
      // name's own; the words before it may be the role of the name before it in a list ("А - глава делегации, Б - глава
      // миссии").
      const apposed = apposedRole ? rolesOf(`${/^\s*(?:из\s+\p{Lu}\p{L}+\s*)?(?:,|\s[-–—])\s*([^,.;]*)/u.exec(after)?.[1] ?? ''} `) : [];
      const roles = apposed.length > 0 ? apposed : rolesOf(before, after);
      last = { end: m.index + m[0].length, governed };
      if (known) {
        for (const r of roles) if (!known.roles.includes(r)) known.roles.push(r);
        continue;
      }
      const person: CyrillicPerson = { name: latin, id: asciiSlug(latin), as: SPEECH_AFTER.test(after) ? 'speaker' : 'named', roles, aliases: [], ru: printed };
      const bracket = /^\s*\(([^)]+)\)/.exec(after);
      const nationality = bracket ? countryIdOf(bracket[1]!) : undefined;
      if (nationality) person.nationality = nationality;
      people.push(person);
    }
  }
  return people;
}
