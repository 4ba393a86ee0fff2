/**
 * Charts as pure functions from archive data to SVG geometry, computed at build time. Each returns a
 * view model (marks, ticks, legend, title/desc, data tables); the page's components print it and its
 * CSS colours it through the class names.
 */
export { missionTimeline } from './mission-timeline/index.ts';
export type { MissionTimelineInput } from './mission-timeline/index.ts';
export { missionTimelineWords } from './mission-timeline/text.ts';
export { countryTimeline } from './country-timeline.ts';
export { findingsMatrix } from './findings-matrix.ts';
export type { FindingsMatrixOptions } from './findings-matrix.ts';
export { archiveOverview } from './archive-overview.ts';
export { px } from './svg.ts';
export type * from './types.ts';
