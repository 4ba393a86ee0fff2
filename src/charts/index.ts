/**
 * Charts as pure functions from archive data to SVG geometry, computed at build time. Each returns a
 * view model (marks, ticks, legend, title/desc, data tables); the page's components print it and its
 * CSS colours it through the class names.
 */
export { missionTimeline } from './mission-timeline.ts';
export type {
  FigurePoint,
  FigureSegment,
  FigureSeries,
  MilestoneMark,
  MissionTimelineInput,
  MissionTimelineView,
  RoundMark,
  UndatedMilestone,
} from './mission-timeline.ts';
export { countryTimeline } from './country-timeline.ts';
export type { CountryMissionMark, CountryTimelineOptions, CountryTimelineView } from './country-timeline.ts';
export { ASSESSMENT_GLYPHS, findingsMatrix } from './findings-matrix.ts';
export type { FindingMark, FindingsMatrixOptions, FindingsMatrixView, MatrixCell, MatrixColumn, MatrixRow } from './findings-matrix.ts';
export { archiveOverview } from './archive-overview.ts';
export type { ArchiveOverviewView, OverviewPanel, YearBar } from './archive-overview.ts';
export { largestFigure } from './figures.ts';
export { escapeXml, formatCount, formatDate, px } from './svg.ts';
export type * from './types.ts';
