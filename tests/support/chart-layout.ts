/**
 * Collisions in a drawn chart: two labels whose boxes overlap, or a label crossed by a tick, rule,
 * leader or data line. Read from the SVG the page ships (the same markup a reader gets), with label
 * widths from real font metrics (text-metrics.ts), so the check does not trust the chart modules'
 * own estimate.
 */
import { measureText } from './text-metrics.ts';

interface Box {
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface Segment {
  what: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const num = (v: string | null, fallback = 0) => (v === null || v === '' ? fallback : Number(v));

/** Font size of a text element as global.css sets it for charts: 11 px ticks and axis labels, 12 px otherwise. */
function fontSize(el: Element): number {
  const cls = `${el.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`;
  return /chart__tick|chart__axis-label/.test(cls) ? 11 : 12;
}

/** Sum of translate() offsets of the element and its ancestors; null when one rotates or scales. */
function offset(el: Element): { dx: number; dy: number } | null {
  let dx = 0;
  let dy = 0;
  for (let n: Element | null = el; n && n.tagName.toLowerCase() !== 'svg'; n = n.parentElement) {
    const t = n.getAttribute('transform');
    if (!t) continue;
    const m = /^\s*translate\(\s*(-?[\d.]+)(?:[ ,]+(-?[\d.]+))?\s*\)\s*$/.exec(t);
    if (!m) return null;
    dx += Number(m[1]);
    dy += Number(m[2] ?? 0);
  }
  return { dx, dy };
}

/** The label's own words, without the <title> tooltip a label may carry. */
function ownText(el: Element): string {
  return [...el.childNodes]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();
}

function box(text: string, x: number, y: number, anchor: string, size: number, bold: boolean, textLength?: number): Box {
  // A label squeezed with textLength is drawn exactly that long, whatever the font.
  const w = textLength ?? measureText(text, size, bold);
  const x1 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  // From the ascender to the descender around the baseline at `y`.
  return { text, x1, y1: y - 0.8 * size, x2: x1 + w, y2: y + 0.2 * size };
}

/** A box for every line of text in the SVG (each <tspan> line its own box); rotated text is skipped. */
function labelBoxes(svg: Element): Box[] {
  const boxes: Box[] = [];
  for (const el of svg.querySelectorAll('text')) {
    const o = offset(el);
    if (!o) continue;
    const size = fontSize(el);
    const bold = /--strong/.test(el.getAttribute('class') ?? '');
    const anchor = el.getAttribute('text-anchor') ?? 'start';
    const x = num(el.getAttribute('x')) + o.dx;
    let y = num(el.getAttribute('y')) + o.dy;
    const spans = [...el.querySelectorAll('tspan')];
    if (spans.length === 0) {
      const t = ownText(el);
      const squeezed = el.getAttribute('textLength');
      if (t) boxes.push(box(t, x, y, anchor, size, bold, squeezed ? Number(squeezed) : undefined));
      continue;
    }
    for (const span of spans) {
      y += num(span.getAttribute('dy'));
      const t = (span.textContent ?? '').trim();
      if (t) boxes.push(box(t, num(span.getAttribute('x'), x - o.dx) + o.dx, y, span.getAttribute('text-anchor') ?? anchor, size, bold));
    }
  }
  return boxes;
}

/** Straight segments of paths (M L H V, absolute or relative, Z) and <line>s: ticks, rules, leaders, data lines. */
function segments(svg: Element): Segment[] {
  const out: Segment[] = [];
  for (const el of svg.querySelectorAll('path, line')) {
    const o = offset(el);
    if (!o) continue;
    const what = el.getAttribute('class') ?? el.tagName.toLowerCase();
    if (el.tagName.toLowerCase() === 'line') {
      out.push({
        what,
        x1: num(el.getAttribute('x1')) + o.dx,
        y1: num(el.getAttribute('y1')) + o.dy,
        x2: num(el.getAttribute('x2')) + o.dx,
        y2: num(el.getAttribute('y2')) + o.dy,
      });
      continue;
    }
    const d = el.getAttribute('d') ?? '';
    // Marker symbols (arcs, curves) are shapes, not lines: only straight-line paths are read.
    if (/[AaCcQqSsTt]/.test(d)) continue;
    let x = 0;
    let y = 0;
    let sx = 0;
    let sy = 0;
    for (const [, cmd, args] of d.matchAll(/([MLHVZmlhvz])([^MLHVZmlhvz]*)/g)) {
      const n = (args!.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
      const line = (nx: number, ny: number) => {
        out.push({ what, x1: x + o.dx, y1: y + o.dy, x2: nx + o.dx, y2: ny + o.dy });
        x = nx;
        y = ny;
      };
      switch (cmd) {
        // After the first pair, a move's further pairs are lines (SVG paths, 9.3.3).
        case 'M':
          [x, y, sx, sy] = [n[0]!, n[1]!, n[0]!, n[1]!];
          for (let i = 2; i < n.length; i += 2) line(n[i]!, n[i + 1]!);
          break;
        case 'm':
          x += n[0]!;
          y += n[1]!;
          [sx, sy] = [x, y];
          for (let i = 2; i < n.length; i += 2) line(x + n[i]!, y + n[i + 1]!);
          break;
        case 'L':
          for (let i = 0; i < n.length; i += 2) line(n[i]!, n[i + 1]!);
          break;
        case 'l':
          for (let i = 0; i < n.length; i += 2) line(x + n[i]!, y + n[i + 1]!);
          break;
        case 'H':
          for (const v of n) line(v, y);
          break;
        case 'h':
          for (const v of n) line(x + v, y);
          break;
        case 'V':
          for (const v of n) line(x, v);
          break;
        case 'v':
          for (const v of n) line(x, y + v);
          break;
        default:
          line(sx, sy);
      }
    }
  }
  return out;
}

const overlap = (a: Box, b: Box, slack: number) => a.x1 + slack < b.x2 && b.x1 + slack < a.x2 && a.y1 + slack < b.y2 && b.y1 + slack < a.y2;

/** Whether the segment passes through the inside of the box (Liang–Barsky clipping). */
function crosses(s: Segment, b: Box, slack: number): boolean {
  const [x1, y1, x2, y2] = [b.x1 + slack, b.y1 + slack, b.x2 - slack, b.y2 - slack];
  if (x1 >= x2 || y1 >= y2) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  for (const [p, q] of [
    [-dx, s.x1 - x1],
    [dx, x2 - s.x1],
    [-dy, s.y1 - y1],
    [dy, y2 - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Every collision in the chart, in words; empty when every label stands clear. Half a pixel of touching is allowed. */
export function collisions(svg: Element, slack = 0.5): string[] {
  const boxes = labelBoxes(svg);
  const lines = segments(svg);
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlap(a, b, slack)) found.push(`"${a.text}" overlaps "${b.text}"`);
    for (const s of lines) if (crosses(s, a, slack)) found.push(`"${a.text}" is crossed by ${s.what} (${s.x1},${s.y1})–(${s.x2},${s.y2})`);
  });
  return [...new Set(found)];
}
