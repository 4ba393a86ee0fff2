/**
 * Numbers as sources print them, in figures or in words: "seven parliamentarians", "some 950",
 * "forty-two". English goes through compromise, whose number parser reads words, hyphenated
 * compounds and figures with thousands separators. Russian number words are not in any maintained
 * words-to-number package of the registry (those there go the other way, number to words), so the
 * few a release uses are listed here.
 */
import nlp from 'compromise';

export type NumberMention = { value: number; text: string; index: number; end: number };

const RUSSIAN_UNITS: Readonly<Record<string, number>> = {
  один: 1,
  одна: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
};

/** Declined forms whose stem is not the nominative's: "около ста", "из сорока", "двухсот". */
const RUSSIAN_OBLIQUE: Readonly<Record<string, number>> = {
  двух: 2,
  трех: 3,
  трёх: 3,
  четырех: 4,
  четырёх: 4,
  // "в составе пяти человек": the oblique of a unit of four letters, which the stem rule below cannot reach.
  пяти: 5,
  шести: 6,
  семи: 7,
  восьми: 8,
  девяти: 9,
  сорока: 40,
  девяноста: 90,
  ста: 100,
  двухсот: 200,
  трехсот: 300,
  трёхсот: 300,
  четырехсот: 400,
  четырёхсот: 400,
  пятисот: 500,
};

/**
 * Russian number words, also declined ("двенадцати", "пятидесяти"): a word matches when it starts
 * with the stem of a listed word and adds at most three letters. Adjacent words add up ("двадцать два").
 */
function russianNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  const stems = Object.entries(RUSSIAN_UNITS).map(([word, value]) => ({ stem: word.length > 4 ? word.slice(0, -1) : word, value, word }));
  for (const m of text.matchAll(/\p{Script=Cyrillic}+/gu)) {
    const lower = m[0].toLowerCase();
    const oblique = RUSSIAN_OBLIQUE[lower];
    const hit =
      oblique !== undefined
        ? { value: oblique }
        : stems
            .filter((s) => lower === s.word || (lower.startsWith(s.stem) && lower.length - s.stem.length <= 3))
            .sort((a, b) => b.stem.length - a.stem.length)[0];
    if (!hit) continue;
    const last = found[found.length - 1];
    if (last && /^\s+$/.test(text.slice(last.end, m.index)) && last.value > hit.value && last.value % 10 === 0) {
      last.value += hit.value;
      last.text = text.slice(last.index, m.index + m[0].length);
      last.end = m.index + m[0].length;
    } else {
      found.push({ value: hit.value, text: m[0], index: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

/** Every number of a text with its position, in order: figures, and number words in English or Russian. */
export function numbersIn(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  const doc = nlp(text);
  let from = 0;
  for (const n of doc.numbers().json() as { text: string; number: { num: number } }[]) {
    const printed = n.text.replace(/[\s,.;:!?]+$/, '');
    const index = text.indexOf(printed, from);
    if (index === -1 || !Number.isFinite(n.number?.num)) continue;
    from = index + printed.length;
    found.push({ value: n.number.num, text: printed, index, end: index + printed.length });
  }
  for (const m of text.matchAll(/(?<![\d.,:/])\d+(?![\d:/.]\d)/g)) {
    if (!found.some((f) => m.index >= f.index && m.index < f.end)) found.push({ value: Number(m[0]), text: m[0], index: m.index, end: m.index + m[0].length });
  }
  found.push(...russianNumbers(text));
  return found.sort((a, b) => a.index - b.index);
}
