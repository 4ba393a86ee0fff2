/**
 * A dateline's place in the archive's two languages: `place` is English and `ru.place` Russian
 * (src/schemas/statement.ts), so a Russian text's dateline ("МОСКВА, 5 декабря") drafts both.
 *
 * The English name is the one the archive already pairs with the Russian (a statement's `place` and
 * `ru.place`, an organization's `seat` and `ru.seat`: "Москва" is Moscow, "Варшава" Warsaw), else iuliia's
 * transliteration in the Wikipedia system, which spells most towns of the region as English-language
 * media print them ("Бишкек" Bishkek, "Ереван" Yerevan, "Душанбе" Dushanbe).
 */
import iuliia from 'iuliia';
import type { ArchiveIndex } from './archive.ts';

export type Place = { place: string; ruPlace?: string };

const fold = (name: string) =>
  name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s-]+/g, ' ')
    .trim();

export function placeInTwoLanguages(printed: string, archive: ArchiveIndex): Place {
  if (!/\p{Script=Cyrillic}/u.test(printed)) return { place: printed };
  const known = (archive.places ?? []).find((p) => fold(p.ru) === fold(printed));
  return { place: known?.en ?? iuliia.translate(printed, iuliia.WIKIPEDIA), ruPlace: printed };
}
