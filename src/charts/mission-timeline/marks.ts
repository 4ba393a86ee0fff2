/**
 * What the mission timeline draws, as plain marks (src/charts/marks.ts): the axes and grid, the
 * election-day rules, one step line per observer category, the milestones, then the labels the
 * lanes had room for. Everything is placed and worded by the layout (index.ts).
 */
import { WIDTH, type Chart, type Variant } from '../contract.ts';
import { axes, axisLine, message, xTicks, yGrid, type Mark } from '../marks.ts';
import { missionTimeline } from './index.ts';
import { missionTimelineWords } from './text.ts';
import type { LaneLabel, MissionTimelineInput, MissionTimelineView } from './view.ts';

function missionTimelineMarks(v: MissionTimelineView): Mark[] {
  const y = v.yAxis;
  const x = v.xAxis;
  return [
    axes([
      ...(y
        ? [
            ...yGrid(y.ticks, { x: y.x, start: v.plot.x, right: y.gridRight }),
            axisLine(y.d),
            {
              mark: 'text',
              className: 'chart__axis-label',
              transform: `translate(${y.labelX} ${y.labelY}) rotate(-90)`,
              anchor: 'middle',
              text: y.label,
            } satisfies Mark,
          ]
        : []),
      ...(x ? [axisLine(x.d), ...xTicks(x.ticks, { y: x.y, labelDy: 17 })] : []),
    ]),
    ...v.rounds.map((r): Mark => ({ mark: 'g', title: r.text, children: [{ mark: 'path', className: r.className, d: r.d, dash: r.dash }] })),
    ...v.series.map((s): Mark => ({
      mark: 'g',
      className: s.className,
      children: [
        ...s.segments.map((seg): Mark => ({ mark: 'path', className: seg.className, d: seg.d, dash: seg.dash })),
        ...s.points.map((p): Mark => ({ mark: 'path', className: p.className, d: p.d, title: p.label })),
      ],
    })),
    ...v.milestones.map((m): Mark => ({
      mark: 'g',
      title: m.text,
      children: [
        ...(m.range ? [{ mark: 'path', className: 'range', d: m.range.d } satisfies Mark] : []),
        ...(m.leader ? [{ mark: 'path', className: 'leader', d: m.leader } satisfies Mark] : []),
        { mark: 'path', className: m.className, d: m.d },
      ],
    })),
    ...v.rounds.filter((r) => r.labelled).map(labelMark('chart__label chart__label--strong chart__halo')),
    ...v.milestones.filter((m) => m.labelled).map(labelMark('chart__label chart__halo')),
    ...(v.plotMessage ? [message(v.plotMessage.x, v.plotMessage.y, v.plotMessage.text)] : []),
  ];
}

/** A round's or a milestone's label, placed and fitted by the layout. */
function labelMark(className: string) {
  return (l: LaneLabel): Mark => ({
    mark: 'text',
    className,
    x: l.labelX,
    y: l.labelY,
    anchor: l.textAnchor,
    textLength: l.textLength,
    text: l.label,
  });
}

const HEIGHT: Record<Variant, number> = { wide: 280, narrow: 260 };

/** One mission over time. */
export const MISSION_TIMELINE: Chart<MissionTimelineInput, MissionTimelineView> = {
  kind: 'mission-timeline',
  layout: (input, variant, locale) => missionTimeline(input, { width: WIDTH[variant], height: HEIGHT[variant] }, missionTimelineWords(locale)),
  view: (v) => ({ marks: missionTimelineMarks(v) }),
};
