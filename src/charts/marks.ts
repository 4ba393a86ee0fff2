/**
 * The marks a chart draws, as plain data. A chart's view is a list of them; one component
 * (src/components/charts/Marks.astro) writes every chart's marks out as SVG, each kind of mark with
 * its attributes in one order, so no chart has a template of its own. The marks charts share (axis
 * lines, grid lines and ticks with their labels, a message in the plot, wrapped and squeezed text)
 * are built here once.
 */
import { px } from './svg.ts';
import type { XTick, YTick } from './types.ts';

/** A path; `title` is its tooltip, `dash` its stroke-dasharray; `hidden` keeps it from assistive technology. */
export interface PathMark {
  mark: 'path';
  className?: string | undefined;
  d: string;
  dash?: string | null | undefined;
  hidden?: boolean | undefined;
  title?: string | undefined;
}

/** A dot. */
interface CircleMark {
  mark: 'circle';
  className?: string | undefined;
  cx: number;
  cy: number;
  r: number;
  title?: string | undefined;
}

/**
 * A link around marks, for a drawing whose parts lead somewhere (the map's States), named by
 * `label`; `tabindex` -1 leaves it out of the Tab order (see OsceMap.astro).
 */
interface LinkMark {
  mark: 'a';
  href: string;
  label: string;
  tabindex?: number | undefined;
  children: Mark[];
}

interface RectMark {
  mark: 'rect';
  className?: string | undefined;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Rounded corners. */
  rx?: number | undefined;
  title?: string | undefined;
}

/** One line of a wrapped text: SVG has no line breaks, so each line is a <tspan> set `dy` below the one before. */
export interface TextLine {
  x: number;
  dy: number;
  text: string;
}

export interface TextMark {
  mark: 'text';
  className?: string | undefined;
  /** Instead of x and y, for a rotated label. */
  transform?: string | undefined;
  x?: number | undefined;
  y?: number | undefined;
  anchor?: 'start' | 'middle' | 'end' | undefined;
  /** Set when the label is squeezed to fit (`squeezeTo`): the length its letters are narrowed to. */
  textLength?: number | null | undefined;
  title?: string | undefined;
  /** One line, or lines wrapped by the layout (`wrapWords`). */
  text: string | TextLine[];
}

/** A group: `hidden` hides it from assistive technology (axes repeat what the tables say); `title` is its tooltip. */
export interface GroupMark {
  mark: 'g';
  className?: string | undefined;
  hidden?: boolean | undefined;
  title?: string | undefined;
  children: Mark[];
}

export type Mark = PathMark | RectMark | CircleMark | TextMark | GroupMark | LinkMark;

/** The axes of a drawing: lines, ticks and their labels, hidden from assistive technology. */
export function axes(children: Mark[]): GroupMark {
  return { mark: 'g', className: 'chart__axes', hidden: true, children };
}

export function axisLine(d: string): PathMark {
  return { mark: 'path', className: 'chart__axis', d };
}

/**
 * Horizontal grid lines (or short ticks at the axis) with their value labels, from the y-axis at
 * `x` to `right`: every chart with a value axis draws it so. `start` is where grid lines begin when
 * not at the axis (the timelines start them at the plot's edge); `lines: false` draws a short tick
 * at the axis instead, for charts whose bars carry their own value labels.
 */
export function yGrid(ticks: readonly YTick[], options: { x: number; start?: number; right: number; lines?: boolean }): Mark[] {
  const { x, start = x, right, lines = true } = options;
  return ticks.flatMap((t): Mark[] => [
    { mark: 'path', className: lines ? 'chart__grid' : 'chart__axis', d: lines ? `M${start},${t.y}H${right}` : `M${px(x - 4)},${t.y}H${x}` },
    { mark: 'text', className: 'chart__tick', x: px(x - 6), y: px(t.y + 4), anchor: 'end', text: t.label },
  ]);
}

/**
 * The labels of a horizontal axis at `y`, their baselines `labelDy` below it, each with a short tick
 * mark under the axis unless `marks` is false (a band axis labels its bands without ticks).
 */
export function xTicks(ticks: readonly XTick[], options: { y: number; labelDy: number; marks?: boolean }): Mark[] {
  const { y, labelDy, marks = true } = options;
  const label = (t: XTick): Mark => ({ mark: 'text', className: 'chart__tick', x: t.x, y: px(y + labelDy), anchor: t.textAnchor, text: t.label });
  return ticks.flatMap((t): Mark[] => (marks ? [{ mark: 'path', className: 'chart__axis', d: `M${t.x},${y}v4` }, label(t)] : [label(t)]));
}

/** A sentence printed in the drawing where it has nothing to draw. */
export function message(x: number, y: number, text: string): TextMark {
  return { mark: 'text', className: 'chart__message', x, y, anchor: 'middle', text };
}

/** Wrapped lines as <tspan>s at `x`, each `lineHeight` below the one before. */
export function lines(texts: readonly string[], x: number, lineHeight: number): TextLine[] {
  return texts.map((text, i) => ({ x, dy: i === 0 ? 0 : lineHeight, text }));
}
