/**
 * What the chart components share: ids, the two drawn sizes, and small text helpers for SVG, which
 * has no line wrapping of its own.
 */
import type { ChartMission, LegendEntry } from '../../charts/index.ts';
import { keepInside, textWidth, wrapWords } from '../../charts/svg.ts';

export { keepInside, wrapWords };

/**
 * Each chart is drawn twice: at the narrow width a phone shows at about its own size, and at a wide
 * width for everything else. Scaling one drawing down to 320 px would shrink its labels below a
 * readable size; CSS shows the one that fits the space the figure has.
 */
export const VARIANTS = ['wide', 'narrow'] as const;
export type Variant = (typeof VARIANTS)[number];

export const WIDTH: Record<Variant, number> = { wide: 760, narrow: 320 };

/** `kz/2021-parliamentary` → `kz-2021-parliamentary`: safe inside an id on any page. */
export function slug(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `mission-timeline-kz-2021-parliamentary`: unique per page as long as one chart of a kind shows one subject. */
export function chartId(kind: string, subject?: string): string {
  return subject ? `${kind}-${slug(subject)}` : kind;
}

/** Notes shared by both drawings go in the caption once; a note only one drawing needs shows with it. */
export function splitNotes(wide: readonly string[], narrow: readonly string[]) {
  return {
    common: wide.filter((n) => narrow.includes(n)),
    wide: wide.filter((n) => !narrow.includes(n)),
    narrow: narrow.filter((n) => !wide.includes(n)),
  };
}

/** The swatch a legend entry draws when it brings neither a symbol nor a glyph. */
export function swatchShape(entry: LegendEntry): 'symbol' | 'glyph' | 'rule' | 'bracket' | 'box' {
  if (entry.symbol) return 'symbol';
  if (entry.glyph) return 'glyph';
  return entry.swatch ?? 'box';
}

/** A glyph already printed before the label is not repeated in it: "LEOM — Limited…" → "Limited…". */
export function legendText(entry: LegendEntry): string {
  const prefix = entry.glyph ? `${entry.glyph} — ` : null;
  return prefix && entry.label.startsWith(prefix) ? entry.label.slice(prefix.length) : entry.label;
}

/**
 * A heading that does not fit on its line loses its trailing parenthetical ("Observers (largest
 * figure…)" → "Observers"); the caption and table still say it in full.
 */
export function fitHeading(text: string, room: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= room) return text;
  return text.replace(/\s*\([^)]*\)\s*$/, '');
}

/** Findings name their assessor by organization id; a reader of the table needs its name. */
export function nameAssessors(missions: readonly ChartMission[], nameOf: (id: string) => string): ChartMission[] {
  return missions.map((m) => ({
    ...m,
    findings: m.findings?.map((f) => (f.assessedBy ? { ...f, assessedBy: nameOf(f.assessedBy) } : f)),
  }));
}
