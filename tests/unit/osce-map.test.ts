/** The map of the OSCE area (src/charts/osce-map.ts): geometry from the real Natural Earth outlines. */
import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { binOf, mapBins, mapStates, MAP_HEIGHT, MAP_WIDTH, osceMap, osceMapView } from '../../src/charts/osce-map.ts';
import { countries as fixtureCountries } from '../support/open-data-fixture.ts';
import { REPO } from '../support/content-tree.ts';
import { checkContent } from '../../src/archive/check.ts';

const require = createRequire(import.meta.url);
const atlas = (res: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${res}.json`), 'utf8')) as Topology;
const outlines = atlas('110m');
const detail = atlas('50m');

describe('bins', () => {
  test('double from one up to the largest count, the top one open (no empty bin in the key), "none yet" for zero', () => {
    expect(mapBins(3, 'en').map((b) => b.label)).toEqual(['none yet', '1', '2 or more']);
    expect(mapBins(5, 'en').map((b) => b.label)).toEqual(['none yet', '1', '2–3', '4 or more']);
    expect(mapBins(40, 'en').map((b) => b.label)).toEqual(['none yet', '1', '2–3', '4–7', '8 or more']);
    expect(mapBins(1, 'en').map((b) => b.label)).toEqual(['none yet', '1 or more']);
    expect(mapBins(0, 'en').map((b) => b.label)).toEqual(['none yet', '1 or more']);
  });
  test('every count falls in exactly one bin', () => {
    const bins = mapBins(40, 'en');
    for (let n = 0; n <= 100; n++) expect(bins.filter((b) => b === binOf(n, bins))).toHaveLength(1);
    expect(binOf(5, bins).className).toBe('map-bin-3');
    expect(binOf(100, bins).className).toBe('map-bin-4');
  });
});

describe('the map', () => {
  const states = mapStates(fixtureCountries, (id) => ({ xa: 3, xb: 1 })[id] ?? 0, 'en');
  const map = osceMap(states, outlines, detail, 'en');

  test('draws only participating States, each with its numeric code from its ISO alpha-2 code', () => {
    expect(states.map((s) => [s.id, s.numeric, s.count])).toEqual([
      ['xa', '398', 3],
      ['xb', '492', 1],
      ['xc', '840', 0],
    ]);
  });
  test('an outline for a large State, a dot for one too small to see, and the States outside the frame named', () => {
    const xa = map.states.find((s) => s.id === 'xa')!;
    expect(xa.d).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(xa.dot).toBeUndefined();
    expect(xa.label).toBe('Arcadia: 3 observed elections in the archive');
    const xb = map.states.find((s) => s.id === 'xb')!;
    expect(xb.d).toBe('');
    expect(xb.dot!.x).toBeGreaterThan(0);
    expect(xb.dot!.x).toBeLessThan(MAP_WIDTH);
    expect(xb.label).toBe('Borduria: 1 observed election in the archive');
    // A State the archive holds nothing for is not said to have had no observed election.
    const none = osceMap(
      mapStates(fixtureCountries, () => 0, 'en'),
      outlines,
      detail,
      'en',
    );
    expect(none.states.find((s) => s.id === 'xa')!.label).toBe('Arcadia: the archive holds no observed election');
    expect(map.offMap.map((s) => s.id)).toEqual(['xc']);
  });
  test('the description says the point and names what is off the map', () => {
    expect(map.desc).toBe(
      'A map of Europe and Central Asia shading each OSCE participating State by the number of observed elections the archive holds: ' +
        "2 of 3 States have at least one; most: Arcadia (3), Borduria (1). Outside the map's frame: Carpania (0). The table below lists every State.",
    );
    expect(map.viewBox).toBe(`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`);
  });
  test('an ISO code without a numeric code is a content error naming the file', () => {
    expect(() => mapStates([{ id: 'zz', data: { name: 'Nowhere', iso2: 'ZZ', osceStatus: 'participating-state' } }], () => 0, 'en')).toThrow(
      'content/countries/zz: ISO code ZZ has no ISO 3166-1 numeric code, so it cannot be placed on the map',
    );
  });
});

describe('the map in Russian', () => {
  // The fixture's invented countries carry real ISO codes (KZ, MC, US), so CLDR names them in Russian.
  const states = mapStates(fixtureCountries, (id) => ({ xa: 3, xb: 1 })[id] ?? 0, 'ru');
  const map = osceMap(states, outlines, detail, 'ru');
  test('names each State in Russian, with its count', () => {
    expect(states.map((s) => s.name)).toEqual(['Казахстан', 'Монако', 'США']);
    expect(map.states.find((s) => s.id === 'xa')!.label).toBe('Казахстан: выборы под наблюдением в архиве — 3');
  });
  test('title, key and description in Russian', () => {
    expect(map.title).toBe('Выборы под наблюдением в государствах — участниках ОБСЕ');
    expect(map.bins.map((b) => b.label)).toEqual(['пока нет', '1', '2 и более']);
    expect(map.desc).toBe(
      'Карта Европы и Центральной Азии: цвет каждого государства — участника ОБСЕ показывает, сколько выборов под наблюдением хранит архив. ' +
        'Хотя бы одни выборы — у 2 из 3 государств; больше всего: Казахстан (3), Монако (1). За рамками карты: США (0). ' +
        'В таблице ниже перечислены все государства.',
    );
  });
});

describe('the map of the real participating States', () => {
  const { entries } = checkContent(REPO);
  const states = mapStates(entries.countries, () => 1, 'en');
  const map = osceMap(states, outlines, detail, 'en');
  test('places every State: drawn, as a dot, or named outside the frame', () => {
    const placed = [...map.states.map((s) => s.id), ...map.offMap.map((s) => s.id)].sort();
    expect(placed).toEqual(states.map((s) => s.id).sort());
  });
  test('weighs at most 30 KB gzipped as SVG markup, links and titles included', () => {
    const svg =
      `<svg viewBox="${map.viewBox}"><title>${map.title}</title><desc>${map.desc}</desc><path d="${map.context}"/>` +
      map.states
        .map(
          (s) =>
            `<a href="/countries/${s.id}/" aria-label="${s.label}"><path class="osce-map__state ${s.bin.className}" d="${s.d}"><title>${s.label}</title></path></a>`,
        )
        .join('') +
      '</svg>';
    expect(gzipSync(svg).length).toBeLessThanOrEqual(30_000);
  });
});

describe('the map as a page draws it', () => {
  const states = mapStates(fixtureCountries, (id) => ({ xa: 3, xb: 1 })[id] ?? 0, 'ru');
  const view = osceMapView(states, 'ru');

  test('is the map of the same States, each a link to its page in the language around its outline or dot', () => {
    const map = osceMap(states, outlines, detail, 'ru');
    const [context, ...links] = view.marks;
    expect(context).toEqual({ mark: 'path', className: 'osce-map__context', d: map.context, hidden: true });
    expect(links.map((l) => (l.mark === 'a' ? [l.href, l.label, l.tabindex] : l.mark))).toEqual(map.states.map((s) => [`/ru/countries/${s.id}/`, s.label, -1]));
    const shapes = links.flatMap((l) => (l.mark === 'a' ? l.children.map((c) => c.mark) : []));
    expect(shapes).toEqual(map.states.map((s) => (s.dot ? 'circle' : 'path')));
  });
  test('its table lists every State by name in the language, those off the map too', () => {
    expect(view.table.map((s) => s.href)).toEqual([...states].sort((a, b) => a.name.localeCompare(b.name, 'ru')).map((s) => `/ru/countries/${s.id}/`));
    expect(view.table).toHaveLength(states.length);
    expect(view.table.map((s) => s.count).sort()).toEqual([0, 1, 3]);
  });
});
