/**
 * Charts as pure functions from archive data to SVG geometry, computed at build time. Each chart
 * follows one contract (contract.ts): an input its page's view model hands it, a layout (geometry,
 * text fitting, scales) and a view (the marks to draw, as plain data: marks.ts). A view model calls
 * `drawChart` with the chart and its input; `Chart.astro` prints the result and the page's CSS
 * colours it through the class names.
 */
export { MISSION_TIMELINE } from './mission-timeline/marks.ts';
export { COUNTRY_TIMELINE } from './country-timeline.ts';
export { FINDINGS_MATRIX, nameAssessors } from './findings-matrix.ts';
export { ARCHIVE_OVERVIEW } from './archive-overview.ts';
export { drawChart } from './contract.ts';
export type { DrawnChart } from './contract.ts';
export type * from './types.ts';
