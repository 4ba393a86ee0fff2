/**
 * The charts in Russian: the same geometry functions given `locale: 'ru'` print every word in
 * Russian (titles, descriptions, legends, notes, tables, month and day ticks), with Russian plurals,
 * and their labels, measured with real Cyrillic glyph widths, fit a 320 px drawing.
 */
import { describe, expect, test } from 'vitest';
import { archiveOverview } from '../../src/charts/archive-overview.ts';
import { countryTimeline } from '../../src/charts/country-timeline.ts';
import { findingsMatrix } from '../../src/charts/findings-matrix.ts';
import { missionTimeline } from '../../src/charts/mission-timeline/index.ts';
import { missionTimelineWords } from '../../src/charts/mission-timeline/text.ts';
import type { ChartMission } from '../../src/charts/index.ts';
import { figureLabel, figurePhrase } from '../../src/charts/figures.ts';
import { formatCount, formatMonthShort, listInWords } from '../../src/charts/svg.ts';
import { timeAxis } from '../../src/charts/time-axis.ts';
import { fitHeading, squeezeTo, textWidth, wrapWords } from '../../src/charts/text-fit.ts';
import { charts as ruCharts } from '../../src/i18n/ru/charts.ts';
import * as ruVocabulary from '../../src/i18n/ru/vocabulary.ts';
import { measureText } from '../support/text-metrics.ts';

// Invented missions of an invented country: only the chart fields matter here.
const SOURCE = '2021-01-04-invented-statement';
const first: ChartMission = {
  id: 'xa/2019-presidential',
  election: { kind: 'presidential', rounds: ['2019-06-09'] },
  type: 'EOM',
  observers: [
    { category: 'long-term', count: 22, status: 'deployed', date: '2019-05-15', source: SOURCE },
    { category: 'short-term', count: 300, status: 'expected', date: '2019-05-15', source: SOURCE },
  ],
  findings: [],
};
const second: ChartMission = {
  id: 'xa/2021-parliamentary',
  title: 'Parliamentary elections, 10 January 2021',
  ru: { title: 'Парламентские выборы 10 января 2021 года' },
  election: { kind: 'parliamentary', rounds: ['2021-01-10'] },
  type: 'LEOM',
  observers: [{ category: 'total', count: 30, approximate: true, status: 'planned', date: '2021-01-04', source: SOURCE }],
  findings: [
    { topic: 'election-administration', assessment: 'positive', summary: 'Efficiently organised.', assessedBy: 'БДИПЧ', source: SOURCE },
    { topic: 'fundamental-freedoms', assessment: 'negative', summary: 'Freedoms were limited.', assessedBy: 'БДИПЧ', source: SOURCE },
  ],
};
const noFigure = (id: string, date: string): ChartMission => ({ id, election: { kind: 'local', rounds: [date] }, type: 'NAM' });

describe('words', () => {
  test('counts, "about" and lists', () => {
    expect(formatCount(12345, false, 'ru')).toBe('12\u00a0345');
    expect(formatCount(460, true, 'ru')).toBe('около 460');
    expect(listInWords(['БДИПЧ', 'ПА ОБСЕ', 'ЕС'], 'ru')).toBe('БДИПЧ, ПА ОБСЕ и ЕС');
  });

  test('observer figures follow the Russian plural: one, few, many', () => {
    const phrase = (count: number) => figurePhrase({ category: 'long-term', count, status: 'deployed', date: '2020-12-08', source: SOURCE }, 'ru');
    expect([1, 3, 5, 21, 111].map(phrase)).toEqual([
      '1 долгосрочный наблюдатель',
      '3 долгосрочных наблюдателя',
      '5 долгосрочных наблюдателей',
      '21 долгосрочный наблюдатель',
      '111 долгосрочных наблюдателей',
    ]);
    expect(figurePhrase({ category: 'total', count: 460, approximate: true, status: 'planned', date: '2005-12-04', source: SOURCE }, 'ru')).toBe(
      'всего около 460 наблюдателей (планировалось)',
    );
    expect(figureLabel({ category: 'parliamentarians', count: 7, status: 'planned', date: '2021-01-04', fromStates: 5, source: SOURCE }, 'ru')).toBe(
      'Парламентарии: 7, планировалось, 4 января 2021 г., из 5 государств',
    );
  });

  test('month labels come from Intl in the page’s language', () => {
    expect(formatMonthShort('2021-01-10', 'ru')).toBe('янв. 2021 г.');
    expect(formatMonthShort('2021-01-10', 'en')).toBe('Jan 2021');
  });
});

describe('time axis in Russian', () => {
  test('day and month ticks in Russian words', () => {
    const days = timeAxis([new Date('2024-03-10T00:00:00Z')], [0, 280], { locale: 'ru' });
    expect(days.ticks.map((t) => t.label)).toEqual(['4 мар. 2024 г.', '11 мар.']);
    const months = timeAxis([new Date('2020-09-01T00:00:00Z'), new Date('2021-03-01T00:00:00Z')], [0, 600], { locale: 'ru' });
    expect(months.unit).toBe('month');
    expect(months.ticks[0]!.label).toBe('сент. 2020 г.');
  });

  test('wider Russian labels get wider spacing: no two ticks overlap, measured with Cyrillic glyph widths', () => {
    const spans: [string, string, number][] = [
      ['2024-03-10', '2024-03-10', 320],
      ['2023-12-20', '2024-01-20', 320],
      ['2020-09-01', '2021-03-01', 320],
      ['2020-09-01', '2021-03-01', 760],
      ['2020-11-15', '2021-01-20', 320],
    ];
    for (const [a, b, width] of spans) {
      const axis = timeAxis([new Date(`${a}T00:00:00Z`), new Date(`${b}T00:00:00Z`)], [44, width - 16], { locale: 'ru', bounds: [0, width] });
      const boxes = axis.ticks.map((t) => {
        const w = measureText(t.label, 11);
        const x1 = t.textAnchor === 'start' ? t.x : t.textAnchor === 'end' ? t.x - w : t.x - w / 2;
        return { label: t.label, x1, x2: x1 + w };
      });
      for (const box of boxes) {
        expect(box.x1, `${box.label} inside the drawing`).toBeGreaterThanOrEqual(0);
        expect(box.x2, `${box.label} inside the drawing`).toBeLessThanOrEqual(width);
      }
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x1, `${boxes[i - 1]!.label} | ${boxes[i]!.label}`).toBeGreaterThan(boxes[i - 1]!.x2);
    }
  });
});

describe('countryTimeline in Russian', () => {
  const view = countryTimeline([first, second], { width: 760, height: 240, country: 'Страна А', locale: 'ru' });

  test('title, description and table', () => {
    expect(view.title).toBe('Выборы под наблюдением: Страна А');
    expect(view.desc).toBe(
      'Страна А: в архиве 2 миссии по наблюдению за выборами с 2019 по 2021 год. ' +
        'Президентские выборы (9 июня 2019 г.): EOM, 300 краткосрочных наблюдателей (ожидалось). ' +
        'Парламентские выборы (10 января 2021 г.): LEOM, всего около 30 наблюдателей (планировалось).',
    );
    const [table] = view.tables;
    expect(table!.caption).toBe('Страна А: выборы под наблюдением и наибольшее известное число наблюдателей на каждых из них');
    expect(table!.columns.map((c) => c.label)).toEqual(['День выборов', 'Выборы', 'Тип миссии', 'Наблюдатели', 'Кого учитывает число']);
    expect(table!.rows[1]!.cells).toEqual([
      '10 января 2021 г.',
      'Парламентские',
      'LEOM — Ограниченная миссия по наблюдению за выборами',
      'около 30',
      'Все наблюдатели, планировалось, 4 января 2021 г.',
    ]);
    expect(view.legend.map((l) => l.label)).toContain('Полый столбец: планировалось или ожидалось, о направлении наблюдателей не сообщалось');
    expect(view.marks.map((m) => m.valueLabel)).toEqual(['300 (ожидалось)', 'около 30 (планировалось)']);
  });

  test('missions without a figure: the note counts them with the Russian plural', () => {
    const note = (n: number) =>
      countryTimeline([first, ...Array.from({ length: n }, (_, i) => noFigure(`xa/${2000 + i}-local`, `${2000 + i}-05-01`))], {
        width: 760,
        height: 240,
        locale: 'ru',
      }).notes[0];
    expect(note(1)).toBe('1 миссия без данных о числе наблюдателей показана плоским прямоугольником с пометкой «нет данных».');
    expect(note(2)).toBe('2 миссии без данных о числе наблюдателей показаны плоским прямоугольником с пометкой «нет данных».');
    expect(note(5)).toBe('5 миссий без данных о числе наблюдателей показаны плоским прямоугольником с пометкой «нет данных».');
  });

  test('at 320 px every label stays inside the drawing, measured with Cyrillic glyph widths', () => {
    const narrow = countryTimeline([first, second], { width: 320, height: 240, country: 'Страна А', locale: 'ru' });
    expect(narrow.xAxis!.ticks.length).toBeGreaterThan(0);
    for (const mk of narrow.marks) {
      const half = measureText(mk.valueLabel, 12) / 2;
      expect(mk.labelX - half, mk.valueLabel).toBeGreaterThanOrEqual(0);
      expect(mk.labelX + half, mk.valueLabel).toBeLessThanOrEqual(320);
    }
    // The y-axis title starts at x = 4 and runs along the top of the drawing.
    expect(4 + measureText(narrow.yAxis!.label, 11)).toBeLessThanOrEqual(320);
  });

  test('a label never lies over a neighbour’s bar: «около 30 (планировалось)» is not drawn over the 2019 bar', () => {
    for (const width of [320, 480, 640, 760]) {
      const chart = countryTimeline([noFigure('xa/2005-presidential', '2005-12-04'), first, second], { width, height: 240, country: 'Страна А', locale: 'ru' });
      for (const mk of chart.marks.filter((m) => m.labelled)) {
        const half = Math.max(measureText(mk.valueLabel, 12), measureText(mk.typeLabel, 12)) / 2;
        const box = { x1: mk.labelX - half, x2: mk.labelX + half, y1: mk.valueLabelY - 12, y2: mk.typeLabelY + 3 };
        for (const other of chart.marks.filter((o) => o !== mk)) {
          const overlaps = box.x1 < other.barX + other.barWidth && other.barX < box.x2 && box.y2 > other.barY;
          expect(overlaps, `${width} px: «${mk.valueLabel}» over the bar of ${other.date}`).toBe(false);
        }
      }
    }
  });

  test('the empty state speaks Russian', () => {
    const empty = countryTimeline([], { width: 320, height: 240, country: 'Страна А', locale: 'ru' });
    expect(empty.message).toBe('В архиве пока нет выборов под наблюдением по стране Страна А.');
  });
});

describe('findingsMatrix in Russian', () => {
  const view = findingsMatrix([first, second], { locale: 'ru' });

  test('title, description, columns and table', () => {
    expect(view.title).toBe('Выводы по темам и выборам');
    expect(view.desc).toBe(
      '2 вывода по 2 темам — парламентские выборы (10 января 2021 г.); оценки — положительная: 1, смешанная: 0 и отрицательная: 1. ' +
        'Положительная: избирательная администрация (янв. 2021 г.). Отрицательная: основные свободы (янв. 2021 г.).',
    );
    expect(view.notes).toEqual(['Выводы не записаны: президентские выборы (9 июня 2019 г.).']);
    expect(view.columns.map((c) => [c.label, c.sublabel, c.title, c.assessors])).toEqual([
      ['янв. 2021 г.', 'Парламентские', 'Парламентские выборы 10 января 2021 года', 'оценка: БДИПЧ'],
    ]);
    const [table] = view.tables;
    expect(table!.columns.map((c) => c.label)).toEqual(['Выборы', 'Тема', 'Оценка', 'Вывод', 'Чья оценка']);
    // Finding summaries are English prose: the column says so, for the page to mark it lang="en".
    expect(table!.columns.find((c) => c.key === 'summary')!.lang).toBe('en');
    expect(table!.rows[0]!.cells).toEqual([
      'Парламентские, 10 января 2021 г.',
      'Избирательная администрация',
      '✓ положительная',
      'Efficiently organised.',
      'БДИПЧ',
    ]);
    expect(view.cells.find((c) => c.findings.length > 0)!.label).toBe('1 вывод: положительная');
    // The English summary stays out of a Russian tooltip, which could not mark its language.
    expect(view.cells.flatMap((c) => c.findings.map((f) => f.text))).toEqual([
      'Избирательная администрация, Парламентские выборы 10 января 2021 года: положительная, оценка: БДИПЧ.',
      'Основные свободы, Парламентские выборы 10 января 2021 года: отрицательная, оценка: БДИПЧ.',
    ]);
    expect(view.legend.map((l) => l.label)).toEqual(['положительная', 'отрицательная']);
  });

  test('English summaries stay unmarked on English pages', () => {
    expect(findingsMatrix([second], { locale: 'en' }).tables[0]!.columns.find((c) => c.key === 'summary')!.lang).toBeUndefined();
  });

  test('at the narrow layout, neighbouring column headings stand clear of each other, measured with Cyrillic glyph widths', () => {
    const finding = second.findings![0]!;
    const kinds = ['presidential', 'parliamentary', 'early-presidential', 'local'] as const;
    const missions = kinds.map((kind, i): ChartMission => ({
      id: `xa/${2010 + i}-${kind}`,
      election: { kind, rounds: [`${2010 + i}-11-05`] },
      type: 'EOM',
      findings: [{ ...finding, assessedBy: 'ЕС' }],
    }));
    const narrow = findingsMatrix(missions, { labelWidth: 124, columnWidth: 80, rowHeight: 36, locale: 'ru' });
    expect(narrow.columns.map((c) => c.label)).toEqual(['нояб. 2010 г.', 'нояб. 2011 г.', 'нояб. 2012 г.', 'нояб. 2013 г.']);
    const widths = (c: (typeof narrow.columns)[number]) => Math.max(measureText(c.label, 12, true), measureText(c.sublabel, 11));
    narrow.columns.slice(1).forEach((c, i) => {
      const previous = narrow.columns[i]!;
      expect(c.labelX - widths(c) / 2, `${previous.sublabel} | ${c.sublabel}`).toBeGreaterThan(previous.labelX + widths(previous) / 2);
    });
    // English headings that already fit keep the columns they had.
    expect(findingsMatrix(missions.slice(0, 2), { locale: 'en', labelWidth: 124, columnWidth: 80, rowHeight: 36 }).columns.map((c) => c.width)).toEqual([
      80, 80,
    ]);
  });

  test('at the narrow layout, wrapped topic labels fit their column, measured with Cyrillic glyph widths', () => {
    const labelWidth = 124;
    const narrow = findingsMatrix([first, second], { labelWidth, columnWidth: 80, rowHeight: 36, locale: 'ru' });
    // As FindingsMatrix.astro wraps them.
    const maxChars = Math.floor((labelWidth - 12) / (12 * 0.58));
    for (const row of narrow.rows) for (const line of wrapWords(row.label, maxChars)) expect(measureText(line, 12), line).toBeLessThanOrEqual(labelWidth - 8);
    for (const col of narrow.columns) for (const line of col.assessorLines) expect(measureText(line, 11), line).toBeLessThanOrEqual(col.width);
  });
});

describe('archiveOverview in Russian', () => {
  const view = archiveOverview([first, second, noFigure('xb/2021-local', '2021-05-01')], { width: 320, height: 320 }, 'ru');

  test('title, description, notes, legend and table', () => {
    expect(view.title).toBe('Миссии и наблюдатели по годам');
    expect(view.desc).toBe(
      'В архиве 3 миссии с 2019 по 2021 г., больше всего — 2021 (2). ' +
        'Наибольшее число наблюдателей, которое приводит источник: 300 краткосрочных наблюдателей (ожидалось), 2019 г. ' +
        '1 миссия без данных о числе наблюдателей. В архиве нет миссий за 2020.',
    );
    const [table] = view.tables;
    expect(table!.columns.map((c) => c.label)).toEqual(['Год', 'Миссии', 'Наблюдатели (наибольшее число по каждой миссии, в сумме)', 'Примечание']);
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ['2019', '1', '300 (ожидалось)', '1 число: ожидалось, о направлении не сообщалось'],
      ['2020', '0', '', 'в архиве нет ни одной'],
      ['2021', '2', 'не менее 30 (планировалось)', '1 миссия без данных; 1 число: планировалось, о направлении не сообщалось'],
    ]);
    expect(view.legend.map((l) => l.label)).toEqual([
      'Миссии',
      'Наблюдатели',
      'Полый столбец с пометкой «не менее», «планировалось» или «ожидалось»: не каждое число — сообщение о направленных наблюдателях',
    ]);
  });

  test('at 320 px, panel headings and bar labels fit, measured with Cyrillic glyph widths', () => {
    for (const p of view.panels) {
      const room = 320 - 16 - p.titleX;
      const heading = fitHeading(p.title, room);
      expect(measureText(heading, 12, true), heading).toBeLessThanOrEqual(room);
      for (const b of p.bars) {
        const x = b.labelX;
        const half = measureText(b.valueLabel, 12) / 2;
        expect(x - half, b.valueLabel).toBeGreaterThanOrEqual(0);
        expect(x + half, b.valueLabel).toBeLessThanOrEqual(320);
      }
    }
  });
});

describe('missionTimeline in Russian', () => {
  const words = missionTimelineWords('ru');
  // An invented mission with every kind of fact: figures of two days, a month-only date, a step
  // announced for a day now past, an undated one.
  const mission = {
    title: 'Парламентские выборы 10 января 2021 года',
    election: { kind: 'parliamentary' as const, rounds: ['2021-01-10'] },
    observers: [
      { category: 'core-team' as const, count: 11, status: 'deployed' as const, date: '2020-12-08', source: SOURCE },
      { category: 'long-term' as const, count: 24, status: 'planned' as const, date: '2020-12-08', source: SOURCE },
      { category: 'total' as const, count: 30, approximate: true, status: 'planned' as const, date: '2021-01-04', fromStates: 5, source: SOURCE },
    ],
    milestones: [
      { kind: 'needs-assessment' as const, date: '2020-11', status: 'actual' as const, source: SOURCE },
      { kind: 'opening' as const, date: '2020-12-08', status: 'actual' as const, source: SOURCE },
      { kind: 'lto-deployment' as const, date: '2020-12-15', status: 'planned' as const, source: SOURCE },
      { kind: 'election-day' as const, date: '2021-01-10', status: 'actual' as const, source: SOURCE },
      { kind: 'preliminary-statement' as const, date: '2021-01-11', status: 'planned' as const, note: 'At a press conference.', source: SOURCE },
      { kind: 'final-report' as const, status: 'planned' as const, source: SOURCE },
    ],
    asOf: '2026-11-28',
  };
  const view = missionTimeline(mission, { width: 760, height: 280 }, words);

  test('title, description, notes and legend', () => {
    expect(view.title).toBe('Наблюдатели и этапы: Парламентские выборы 10 января 2021 года');
    expect(view.desc).toBe(
      'Число наблюдателей выросло: основная группа (11) на 8 декабря 2020 г., всего около 30 наблюдателей (планировалось), из 5 государств на 4 января 2021 г. ' +
        'День выборов: 10 января 2021 г. ' +
        'Этапы: оценка потребностей ноябрь 2020 г.; открытие миссии 8 декабря 2020 г.; ' +
        'направление долгосрочных наблюдателей объявлено на 15 декабря 2020 г. (более поздних сведений в архиве нет); ' +
        'заявление о предварительных выводах объявлено на 11 января 2021 г. (более поздних сведений в архиве нет). ' +
        'Пока без даты: итоговый отчёт (запланировано).',
    );
    expect(view.notes).toEqual([
      'Оценка потребностей: дата известна только с точностью до периода «ноябрь 2020 г.»; отметка стоит в середине этого периода, скобка охватывает его целиком.',
      'Ни один источник не называет дату, поэтому на шкале не показаны: Итоговый отчёт (запланировано).',
    ]);
    expect(view.legend.map((l) => l.label)).toEqual([
      'Основная группа',
      'Долгосрочные наблюдатели',
      'Все наблюдатели',
      'Закрашенная отметка, сплошная линия: направлено или состоялось',
      'Полая отметка, пунктир: запланировано или ожидалось',
      'Скобка: дата известна только с точностью до месяца или года',
      'Вертикальная линия: день выборов',
    ]);
    expect(view.yAxis!.label).toBe('Наблюдатели');
  });

  test('labels, tooltips and tables', () => {
    expect(view.milestones.map((m) => m.label)).toContain('Направление долгосрочных наблюдателей (объявлено)');
    // The English note stays out of the Russian tooltip; the table gives it, marked lang="en".
    expect(view.milestones.find((m) => m.kind === 'preliminary-statement')!.text).toBe(
      'Заявление о предварительных выводах: 11 января 2021 г., объявлено, более поздних сведений нет',
    );
    expect(view.series.flatMap((s) => s.points.map((p) => p.label))).toContain('Все наблюдатели: около 30, планировалось, 4 января 2021 г., из 5 государств');
    const [figures, milestones] = view.tables;
    expect(figures!.caption).toBe('Число наблюдателей по данным источников');
    expect(figures!.rows[1]!.cells).toEqual(['8 декабря 2020 г.', 'Долгосрочные наблюдатели', '24', 'планировалось', '']);
    expect(milestones!.columns.find((c) => c.key === 'note')!.lang).toBe('en');
    expect(milestones!.rows.map((r) => r.cells.slice(0, 3)).at(-1)).toEqual(['Итоговый отчёт', 'без даты', 'запланировано']);
  });

  test('at 320 px, short names and Russian ticks: every label inside the drawing and no two ticks overlapping', () => {
    const narrow = missionTimeline(mission, { width: 320, height: 260 }, words);
    expect(narrow.milestones.map((m) => m.label)).toContain('Открытие');
    for (const l of [...narrow.rounds, ...narrow.milestones]) {
      // As the component draws it: squeezed to the room there is where the estimate says it would not fit.
      const w = squeezeTo(l.label, l.labelX, l.textAnchor, 320) ?? measureText(l.label, 12, 'round' in l);
      const x1 = l.textAnchor === 'start' ? l.labelX : l.labelX - w;
      expect(x1, l.label).toBeGreaterThanOrEqual(0);
      expect(x1 + w, l.label).toBeLessThanOrEqual(320);
    }
    const ticks = narrow.xAxis!.ticks.map((t) => {
      const w = measureText(t.label, 11);
      const x1 = t.textAnchor === 'start' ? t.x : t.textAnchor === 'end' ? t.x - w : t.x - w / 2;
      return { label: t.label, x1, x2: x1 + w };
    });
    expect(ticks.length).toBeGreaterThan(1);
    ticks.slice(1).forEach((t, i) => expect(t.x1, `${ticks[i]!.label} | ${t.label}`).toBeGreaterThan(ticks[i]!.x2));
    expect(ticks.every((t) => t.x1 >= 0 && t.x2 <= 320)).toBe(true);
  });
});

describe('width estimate', () => {
  test('never narrower than Cyrillic glyph widths for the Russian chart wording and vocabulary labels', () => {
    const texts = [...Object.values(ruCharts).filter((s) => !s.includes('{')), ...Object.values(ruVocabulary).flatMap((labels) => Object.values(labels))];
    expect(texts.length).toBeGreaterThan(80);
    for (const text of texts) expect(textWidth(text, 12), text).toBeGreaterThanOrEqual(measureText(text, 12));
  });
});
