/**
 * Text fitting for SVG, which measures no text and wraps no line of its own: a label's width
 * estimated from its letters, lines wrapped at spaces, labels kept inside the drawing, squeezed
 * where there is no other room, and left out where they would touch another. Every chart's layout
 * fits its text here, so a component prints what it is handed.
 */
import { px } from './svg.ts';
/** Average advance of a character, in em: Latin text, and Cyrillic, whose letters run wider. */
const LATIN_EM = 0.58;
/**
 * Chart labels in Russian measure 0.527 em a character in Liberation Sans (Arial's metrics) against
 * 0.463 for the same labels in English, 14 % wider, and Cyrillic capitals average 0.72 em against
 * 0.58 for small letters. Capsize's metrics have no Cyrillic subset to scale from, so a small
 * Cyrillic letter counts as the Latin estimate widened by that ratio, and a capital more, enough
 * for a short all-capital word ("СМИ"); tests/unit/charts-ru.test.ts checks the estimate against
 * real Cyrillic glyph widths for every Russian chart label.
 */
const CYRILLIC_EM = 0.66;
const CYRILLIC_CAPITAL_EM = 0.82;
const CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_CAPITAL = /[\u0400-\u042f]/;

/**
 * The length of a label in average Latin characters: its character count for English, more for
 * Cyrillic. Every width estimate of the charts goes through it, so Russian labels get their room.
 */
export function charUnits(text: string): number {
  let latin = 0;
  let ems = 0;
  for (const char of text) {
    if (!CYRILLIC.test(char)) latin += 1;
    else ems += CYRILLIC_CAPITAL.test(char) ? CYRILLIC_CAPITAL_EM : CYRILLIC_EM;
  }
  return ems === 0 ? latin : latin + ems / LATIN_EM;
}

/** A rough width for a label, used only to keep labels from overlapping (no font metrics at build). */
export function textWidth(text: string, fontSize = 12): number {
  return px(charUnits(text) * fontSize * LATIN_EM);
}

/**
 * Breaks a label into lines of at most `maxChars` characters at spaces (a word longer than that keeps
 * its own line), for SVG <tspan>s. Character counts stand in for widths, as in the chart modules
 * (`charUnits`: a Cyrillic letter counts for a little more than one).
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && charUnits(last) + 1 + charUnits(word) <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A label's box in the drawing, as the layout estimates it. */
export interface LabelBox {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** Room kept between two labels' boxes, for the error of the width estimate. */
const LABEL_MARGIN = 2;

/**
 * Which labels a drawing can show without two overlapping, whatever the figures and however
 * narrow the drawing: in the order given (left to right), a label is shown unless its box touches
 * one already shown; the others are left out, and the chart's table gives them. Near-linear: a box
 * is compared only with the shown boxes it could reach, which the drawing's height keeps few.
 */
export function labelsThatFit(boxes: readonly LabelBox[]): boolean[] {
  const order = boxes.map((b, i) => ({ b, i })).sort((p, q) => p.b.x1 - q.b.x1 || p.i - q.i);
  const shown = new Array<boolean>(boxes.length).fill(false);
  let active: LabelBox[] = [];
  for (const { b, i } of order) {
    // Shown boxes ending left of this one can touch no later box either: boxes come by their left edge.
    active = active.filter((a) => a.x2 + LABEL_MARGIN > b.x1);
    if (active.some((a) => a.x1 < b.x2 + LABEL_MARGIN && b.x1 < a.x2 + LABEL_MARGIN && a.y1 < b.y2 + LABEL_MARGIN && b.y1 < a.y2 + LABEL_MARGIN)) continue;
    shown[i] = true;
    active.push(b);
  }
  return shown;
}

/** The box of a one-line label of `fontSize` centred on `x` with its baseline at `y`. */
export function centredBox(text: string, x: number, y: number, fontSize = 12): LabelBox {
  const half = textWidth(text, fontSize) / 2;
  return { x1: x - half, x2: x + half, y1: y - 0.8 * fontSize, y2: y + 0.2 * fontSize };
}

/** Centres a label on `x` unless that would cut it at the edge of the picture [left, right]. */
export function anchorWithin(x: number, label: string, left: number, right: number, fontSize = 12): 'start' | 'middle' | 'end' {
  const half = textWidth(label, fontSize) / 2;
  if (x - half < left) return 'start';
  if (x + half > right) return 'end';
  return 'middle';
}

/**
 * A heading that does not fit on its line loses its trailing parenthetical ("Observers (largest
 * figure…)" → "Observers"); the caption and table still say it in full.
 */
export function fitHeading(text: string, room: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= room) return text;
  return text.replace(/\s*\([^)]*\)\s*$/, '');
}

/**
 * The length to squeeze a one-line label to when it would run past the edge of a drawing `width`
 * wide (a long milestone on a phone-sized drawing), else null. Lanes keep labels on one line, so
 * narrowing the letters is the only room there is; the caption and table give the words in full.
 */
export function squeezeTo(text: string, x: number, anchor: 'start' | 'middle' | 'end', width: number, fontSize = 12): number | null {
  const room = anchor === 'start' ? width - 4 - x : anchor === 'end' ? x - 4 : 2 * Math.min(x - 4, width - 4 - x);
  return textWidth(text, fontSize) > room ? px(room) : null;
}
