/** The map of the OSCE area (src/charts/osce-map.ts): geometry from the real Natural Earth outlines. */
import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { mapStates, osceMapView } from '../../src/charts/osce-map.ts';
import type { Mark } from '../../src/charts/marks.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { countries as fixtureCountries } from '../support/open-data-fixture.ts';
import { REPO } from '../support/content-tree.ts';
import { checkContent } from '../../src/archive/check.ts';

/** The map of the fixture's States with these counts, as a page draws it. */
const viewOf = (counts: Record<string, number>, locale: Locale = 'en') =>
  osceMapView(
    mapStates(fixtureCountries, (id) => counts[id] ?? 0, locale),
    locale,
  );

/** Each State the map draws (its link): its id, what the link says, and the outline or dot inside it. */
function drawnStates(marks: readonly Mark[]) {
  return marks.flatMap((m) => {
    if (m.mark !== 'a') return [];
    const shape = m.children[0]!;
    return [
      {
        id: m.href.split('/').at(-2)!,
        label: m.label,
        className: ('className' in shape ? shape.className : undefined) ?? '',
        d: shape.mark === 'path' ? shape.d : '',
        dot: shape.mark === 'circle' ? { x: shape.cx, y: shape.cy } : undefined,
      },
    ];
  });
}

describe('bins', () => {
  test('double from one up to the largest count, the top one open (no empty bin in the key), "none yet" for zero', () => {
    const labels = (largest: number) => viewOf({ xa: largest }).bins.map((b) => b.label);
    expect(labels(3)).toEqual(['none yet', '1', '2 or more']);
    expect(labels(5)).toEqual(['none yet', '1', '2–3', '4 or more']);
    expect(labels(40)).toEqual(['none yet', '1', '2–3', '4–7', '8 or more']);
    expect(labels(1)).toEqual(['none yet', '1 or more']);
    expect(labels(0)).toEqual(['none yet', '1 or more']);
  });
  test('every count falls in exactly one bin', () => {
    const bins = viewOf({ xa: 40 }).bins.map((b) => b.className);
    const classOf = (counts: Record<string, number>, id: string) =>
      drawnStates(viewOf(counts).marks)
        .find((s) => s.id === id)!
        .className.split(' ');
    for (let n = 0; n <= 40; n++) expect(bins.filter((c) => classOf({ xa: 40, xb: n }, 'xb').includes(c))).toHaveLength(1);
    expect(classOf({ xa: 40, xb: 5 }, 'xb')).toContain('map-bin-3');
    expect(classOf({ xa: 40 }, 'xa')).toContain('map-bin-4');
  });
});

describe('the map', () => {
  const states = mapStates(fixtureCountries, (id) => ({ xa: 3, xb: 1 })[id] ?? 0, 'en');
  const map = osceMapView(states, 'en');
  const drawn = drawnStates(map.marks);

  test('draws only participating States, each with its numeric code from its ISO alpha-2 code', () => {
    expect(states.map((s) => [s.id, s.numeric, s.count])).toEqual([
      ['xa', '398', 3],
      ['xb', '492', 1],
      ['xc', '840', 0],
    ]);
  });
  test('an outline for a large State, a dot for one too small to see, and the States outside the frame named', () => {
    const xa = drawn.find((s) => s.id === 'xa')!;
    expect(xa.d).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(xa.dot).toBeUndefined();
    expect(xa.label).toBe('Arcadia: 3 observed elections in the archive');
    const xb = drawn.find((s) => s.id === 'xb')!;
    expect(xb.d).toBe('');
    expect(xb.dot!.x).toBeGreaterThan(0);
    expect(xb.dot!.x).toBeLessThan(800);
    expect(xb.label).toBe('Borduria: 1 observed election in the archive');
    // A State the archive holds nothing for is not said to have had no observed election.
    expect(drawnStates(viewOf({}).marks).find((s) => s.id === 'xa')!.label).toBe('Arcadia: the archive holds no observed election');
    expect(states.map((s) => s.id).filter((id) => !drawn.some((s) => s.id === id))).toEqual(['xc']);
  });
  test('the description says the point and names what is off the map', () => {
    expect(map.desc).toBe(
      'A map of Europe and Central Asia shading each OSCE participating State by the number of observed elections the archive holds: ' +
        "2 of 3 States have at least one; most: Arcadia (3), Borduria (1). Outside the map's frame: Carpania (0). The table below lists every State.",
    );
    expect(map.viewBox).toBe('0 0 800 440');
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
  const map = osceMapView(states, 'ru');
  test('names each State in Russian, with its count', () => {
    expect(states.map((s) => s.name)).toEqual(['Казахстан', 'Монако', 'США']);
    expect(drawnStates(map.marks).find((s) => s.id === 'xa')!.label).toBe('Казахстан: выборы под наблюдением в архиве — 3');
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
  const map = osceMapView(states, 'en');
  const drawn = drawnStates(map.marks);
  test('places every State: drawn, as a dot, or named outside the frame', () => {
    const ids = new Set(drawn.map((s) => s.id));
    expect([...ids].every((id) => states.some((s) => s.id === id))).toBe(true);
    const outside = map.desc.slice(map.desc.indexOf("Outside the map's frame: "));
    for (const state of states.filter((s) => !ids.has(s.id))) expect(outside).toContain(`${state.name} (1)`);
  });
  test('weighs at most 30 KB gzipped as SVG markup, links and titles included', () => {
    const context = map.marks[0]!.mark === 'path' ? map.marks[0]!.d : '';
    const svg =
      `<svg viewBox="${map.viewBox}"><title>${map.title}</title><desc>${map.desc}</desc><path d="${context}"/>` +
      drawn
        .map((s) => `<a href="/countries/${s.id}/" aria-label="${s.label}"><path class="${s.className}" d="${s.d}"><title>${s.label}</title></path></a>`)
        .join('') +
      '</svg>';
    expect(gzipSync(svg).length).toBeLessThanOrEqual(30_000);
  });
});

describe('the map as a page draws it', () => {
  const states = mapStates(fixtureCountries, (id) => ({ xa: 3, xb: 1 })[id] ?? 0, 'ru');
  const view = osceMapView(states, 'ru');

  test('is the map of the same States, each a link to its page in the language around its outline or dot', () => {
    const [context, ...links] = view.marks;
    expect(context).toMatchObject({ mark: 'path', className: 'osce-map__context', hidden: true });
    expect(context!.mark === 'path' && context!.d).toMatch(/^M/);
    expect(links.map((l) => (l.mark === 'a' ? [l.href, l.tabindex] : l.mark))).toEqual([
      ['/ru/countries/xa/', -1],
      ['/ru/countries/xb/', -1],
    ]);
    const shapes = links.flatMap((l) => (l.mark === 'a' ? l.children.map((c) => c.mark) : []));
    expect(shapes).toEqual(['path', 'circle']);
    expect(drawnStates(view.marks).map((s) => s.className)).toEqual(['osce-map__state map-bin-2', 'osce-map__state map-bin-1']);
  });
  test('its table lists every State by name in the language, those off the map too', () => {
    expect(view.table.map((s) => s.href)).toEqual([...states].sort((a, b) => a.name.localeCompare(b.name, 'ru')).map((s) => `/ru/countries/${s.id}/`));
    expect(view.table).toHaveLength(states.length);
    expect(view.table.map((s) => s.count).sort()).toEqual([0, 1, 3]);
  });
});
