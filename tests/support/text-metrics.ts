/**
 * Width of a label as a reader's browser will draw it, estimated from real font metrics.
 *
 * The site sets `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif`, so the exact
 * font is the reader's. Glyph by glyph we take Helvetica's advance widths (the Adobe AFM metrics of
 * the standard PDF fonts, the shapes Arial and Liberation Sans share), then scale them to the widest
 * font of that stack by its average character width (Capsize's xWidthAvg): a label that fits in
 * the widest candidate fits in all of them.
 *
 * The standard PDF fonts have no Cyrillic, and Capsize measures no Cyrillic subset, so Russian
 * letters take their advance widths from Arimo's Cyrillic subset (Arimo is metric-compatible with
 * Arial, hence with the Helvetica widths used for Latin), scaled the same way.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create as openFont } from 'fontkitten';
import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';
import helvetica from '@capsizecss/metrics/helvetica';
import segoeUI from '@capsizecss/metrics/segoeUI';
import roboto from '@capsizecss/metrics/roboto';
import notoSans from '@capsizecss/metrics/notoSans';
import appleSystem from '@capsizecss/metrics/appleSystem';

const regular = Font.load(FontNames.Helvetica);
const bold = Font.load(FontNames.HelveticaBold);

const require = createRequire(import.meta.url);
/** Advance widths in 1/1000 em of Arimo's Cyrillic letters, regular and bold. */
function cyrillicWidths(weight: 400 | 700): (code: number) => number | undefined {
  const font = openFont(readFileSync(require.resolve(`@fontsource/arimo/files/arimo-cyrillic-${weight}-normal.woff2`)));
  if (!('glyphForCodePoint' in font)) throw new Error('Arimo: expected a single font, not a collection');
  return (code) => (font.hasGlyphForCodePoint(code) ? (font.glyphForCodePoint(code).advanceWidth / font.unitsPerEm) * 1000 : undefined);
}
const cyrillic = { regular: cyrillicWidths(400), bold: cyrillicWidths(700) };
const CYRILLIC = /[\u0400-\u04ff]/;

const perEm = (m: { xWidthAvg: number; unitsPerEm: number }) => m.xWidthAvg / m.unitsPerEm;
/** How much wider than Helvetica the widest font of the site's stack is, on average. */
const STACK_SCALE = Math.max(...[segoeUI, roboto, notoSans, appleSystem].map(perEm)) / perEm(helvetica);

/** Advance width in 1/1000 em of a character; one no font here has (✓) counts as an "n". */
function advance(font: Font, char: string): number {
  const code = char.codePointAt(0)!;
  if (CYRILLIC.test(char)) {
    const width = (font === bold ? cyrillic.bold : cyrillic.regular)(code);
    if (width !== undefined) return width;
  }
  if (!Encodings.WinAnsi.canEncodeUnicodeCodePoint(code)) return font.getWidthOfGlyph('n') ?? 556;
  const glyph = Encodings.WinAnsi.encodeUnicodeCodePoint(code).name;
  return font.getWidthOfGlyph(glyph) ?? font.getWidthOfGlyph('n') ?? 556;
}

/** Width in px of `text` at `fontSize` px, regular or bold. */
export function measureText(text: string, fontSize: number, isBold = false): number {
  const font = isBold ? bold : regular;
  let units = 0;
  for (const char of text) units += advance(font, char);
  return (units / 1000) * fontSize * STACK_SCALE;
}
