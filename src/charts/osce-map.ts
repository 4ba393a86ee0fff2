/**
 * The map of the OSCE area: each participating State shaded by how many observed elections the
 * archive holds for it. Pure geometry at build time (d3-geo over Natural Earth's 1:50m countries
 * from world-atlas); a page's view model calls `osceMapView` and `src/components/charts/OsceMap.astro`
 * prints it as inline SVG.
 *
 * Outlines come from the 1:110m countries (about 13 KB gzipped for the whole frame; the 1:50m
 * outlines weigh 110 KB), and the States 1:110m leaves out (Andorra, Malta, Monaco …) are placed
 * from the 1:50m file as dots.
 *
 * The frame is Europe and Central Asia, where observation happens, in a conic equal-area
 * projection (so shaded areas compare fairly) centred on 50° E. The United States and Canada are
 * participating States outside that frame: they are named in the description and are in the table.
 * States too small to see at this scale get a dot at their centre.
 */
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3';
import { feature } from 'topojson-client';
// A CommonJS module: Node gives it to ES modules as one default export.
import isoCountries from 'i18n-iso-countries';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import outlinesTopology from 'world-atlas/countries-110m.json';
import detailTopology from 'world-atlas/countries-50m.json';
import { localizedPath, type Locale } from '../i18n/locales.ts';
import { countryName } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import type { Mark } from './marks.ts';

export interface MapState {
  /** Country id: ISO 3166-1 alpha-2 in lower case. */
  id: string;
  name: string;
  /** ISO 3166-1 numeric, the id Natural Earth's features carry in world-atlas. */
  numeric: string;
  /** Observed elections in the archive. */
  count: number;
}

interface MapBin {
  /** Smallest count in the bin. */
  min: number;
  /** Largest, or undefined for the open top bin. */
  max?: number;
  className: string;
  label: string;
}

interface DrawnState extends MapState {
  bin: MapBin;
  /** The outline; empty when the state is drawn as a dot. */
  d: string;
  /** A dot for a state too small to see, or undefined. */
  dot?: { x: number; y: number };
  /** What its link says: `Kazakhstan: 3 observed elections`. */
  label: string;
}

interface OsceMap {
  viewBox: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  /** Other countries in the frame, one path, for orientation. */
  context: string;
  states: DrawnState[];
  /** Participating States outside the frame. */
  offMap: MapState[];
  bins: MapBin[];
}

const MAP_WIDTH = 800;
const MAP_HEIGHT = 440;

/** Bins on a doubling scale: counts grow unevenly across the area, and doubling keeps the few large ones from washing out the rest. */
function mapBins(maxCount: number, locale: Locale): MapBin[] {
  const t = translator(locale);
  const bins: MapBin[] = [{ min: 0, max: 0, className: 'map-bin-0', label: t('chart.map.binNone') }];
  let lo = 1;
  let i = 1;
  while (lo <= Math.max(1, maxCount) && i < 5) {
    const hi = i === 4 ? undefined : lo * 2 - 1;
    bins.push({
      min: lo,
      ...(hi !== undefined ? { max: hi } : {}),
      className: `map-bin-${i}`,
      label: hi === undefined ? t('chart.map.binOpen', { min: lo }) : hi === lo ? `${lo}` : `${lo}–${hi}`,
    });
    lo *= 2;
    i += 1;
  }
  // The top bin is open, whatever the largest count.
  const last = bins[bins.length - 1]!;
  if (last.max !== undefined && last.min > 0) {
    delete last.max;
    last.label = t('chart.map.binOpen', { min: last.min });
  }
  return bins;
}

function binOf(count: number, bins: readonly MapBin[]): MapBin {
  return bins.find((b) => count >= b.min && (b.max === undefined || count <= b.max))!;
}

/** What the frame must show: western Iceland and Portugal to Mongolia, Crete and Cyprus to the Arctic coast. */
const FRAME: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: [
    [-24, 64],
    [-10, 36],
    [10, 35],
    [34, 34],
    [60, 36],
    [90, 40],
    [120, 42],
    [118, 52],
    [70, 72],
    [30, 71],
    [5, 62],
  ],
};

/** Beyond this many square pixels a state is drawn as its outline; below, as a dot. */
const MIN_AREA = 12;

function featuresOf(topology: Topology): Feature<Geometry>[] {
  const object = topology.objects.countries as GeometryCollection;
  return (feature(topology, object) as unknown as { features: Feature<Geometry>[] }).features;
}

/**
 * The map. `outlines` is world-atlas's countries-110m topology; `detail`, its countries-50m, is
 * read only for States the outlines leave out.
 */
function osceMap(states: readonly MapState[], outlines: Topology, detail: Topology | undefined, locale: Locale): OsceMap {
  const t = translator(locale);
  const features = featuresOf(outlines);
  const outlined = new Set(features.map((f) => String(f.id)));
  const needed = new Set(states.map((s) => s.numeric).filter((n) => !outlined.has(n)));
  if (detail && needed.size) features.push(...featuresOf(detail).filter((f) => needed.has(String(f.id))));
  const projection = geoConicEqualArea()
    .rotate([-50, 0])
    .parallels([38, 62])
    .fitExtent(
      [
        [4, 4],
        [MAP_WIDTH - 4, MAP_HEIGHT - 4],
      ],
      FRAME,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  // One decimal is finer than a pixel at any size the page shows; more only adds bytes.
  const path = geoPath(projection).digits(1);
  const byNumeric = new Map(states.map((s) => [s.numeric, s]));
  const bins = mapBins(Math.max(0, ...states.map((s) => s.count)), locale);

  const drawn: DrawnState[] = [];
  const offMap: MapState[] = [];
  const context: string[] = [];
  for (const f of features) {
    const state = f.id !== undefined ? byNumeric.get(String(f.id)) : undefined;
    const d = path(f) ?? '';
    if (!state) {
      if (d) context.push(d);
      continue;
    }
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    const inFrame = d !== '' && x1 > 0 && y1 > 0 && x0 < MAP_WIDTH && y0 < MAP_HEIGHT && path.area(f) > 0;
    if (!inFrame) {
      offMap.push(state);
      continue;
    }
    const small = path.area(f) < MIN_AREA;
    const [cx, cy] = path.centroid(f);
    drawn.push({
      ...state,
      bin: binOf(state.count, bins),
      d: small ? '' : d,
      ...(small ? { dot: { x: Math.round(cx * 10) / 10, y: Math.round(cy * 10) / 10 } } : {}),
      label: t('chart.map.stateLabel', { name: state.name, count: state.count }),
    });
  }
  // Large first, dots last: a dot must sit on top of its neighbours to be seen and clicked.
  drawn.sort((a, b) => Number(!!a.dot) - Number(!!b.dot) || a.id.localeCompare(b.id));
  const missing = states.filter((s) => !drawn.some((d) => d.id === s.id) && !offMap.some((o) => o.id === s.id));
  offMap.push(...missing);
  offMap.sort((a, b) => a.name.localeCompare(b.name, locale));

  const observed = states.filter((s) => s.count > 0).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale));
  const most = observed.slice(0, 3).map((s) => `${s.name} (${s.count})`);
  const title = t('chart.map.title');
  const desc =
    (observed.length === 0
      ? t('chart.map.descEmpty')
      : t('chart.map.desc', { observed: observed.length, states: states.length }) + (most.length ? t('chart.map.most', { list: most.join(', ') }) : '.')) +
    (offMap.length ? ` ${t('chart.map.offMap', { list: offMap.map((s) => `${s.name} (${s.count})`).join(', ') })}` : '') +
    ` ${t('chart.map.tableBelow')}`;
  return {
    viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    title,
    desc,
    context: context.join(''),
    states: drawn,
    offMap,
    bins,
  };
}

/**
 * The participating States of the archive as map states: ISO numeric code from the alpha-2 code
 * (i18n-iso-countries), and the number of observed elections.
 */
export function mapStates(
  countries: readonly { id: string; data: { name: string; iso2: string; osceStatus: string; ru?: { name?: string | undefined } | undefined } }[],
  missionCount: (countryId: string) => number,
  locale: Locale,
): MapState[] {
  return countries
    .filter((c) => c.data.osceStatus === 'participating-state')
    .map((c) => {
      const numeric = isoCountries.alpha2ToNumeric(c.data.iso2);
      if (!numeric) throw new Error(`content/countries/${c.id}: ISO code ${c.data.iso2} has no ISO 3166-1 numeric code, so it cannot be placed on the map`);
      return { id: c.id, name: countryName(locale, c.data).text, numeric, count: missionCount(c.id) };
    });
}

/** The map as its component draws it: its marks, every State a link to its page, and the table of States by name. */
export interface OsceMapView extends Pick<OsceMap, 'viewBox' | 'title' | 'desc' | 'bins'> {
  marks: Mark[];
  /** Every participating State in the order of its name in the page's language, with its count. */
  table: { name: string; href: string; count: number }[];
}

/** The map of `states` in `locale`, on Natural Earth's outlines (world-atlas). */
export function osceMapView(states: readonly MapState[], locale: Locale): OsceMapView {
  const map = osceMap(states, outlinesTopology as unknown as Topology, detailTopology as unknown as Topology, locale);
  const href = (id: string) => localizedPath(locale, `/countries/${id}/`);
  return {
    viewBox: map.viewBox,
    title: map.title,
    desc: map.desc,
    bins: map.bins,
    marks: [
      { mark: 'path', className: 'osce-map__context', d: map.context, hidden: true },
      // Out of the Tab order: the table (or the countries page's list) holds the same links in name order.
      ...map.states.map((s): Mark => ({
        mark: 'a',
        href: href(s.id),
        label: s.label,
        tabindex: -1,
        children: [
          s.dot
            ? { mark: 'circle', className: `osce-map__state ${s.bin.className}`, cx: s.dot.x, cy: s.dot.y, r: 3.5, title: s.label }
            : { mark: 'path', className: `osce-map__state ${s.bin.className}`, d: s.d, title: s.label },
        ],
      })),
    ],
    table: [...states].sort((a, b) => a.name.localeCompare(b.name, locale)).map((s) => ({ name: s.name, href: href(s.id), count: s.count })),
  };
}
