import { describe, expect, test } from 'vitest';
import { missionView } from '../../src/views/missions/mission.ts';
import { missionCards, missionTableView, missionsListView } from '../../src/views/missions/list.ts';
import { SITE, viewsArchive } from '../support/views-fixture.ts';

const archive = viewsArchive();
const full = archive.mission.get('xa/2021-parliamentary')!;
const empty = archive.mission.get('xb/2019-presidential')!;
const AS_OF = '2025-11-28';

describe('the mission page in English', () => {
  const view = missionView(full, archive, 'en', SITE, AS_OF);

  test('title, crumbs, lede and links keep the unprefixed English addresses', () => {
    expect(view.title).toBe('Arcadia: Parliamentary elections, 10 January 2021');
    expect(view.crumbs).toEqual([
      { href: '/missions/', label: 'Missions' },
      // Names as phrases: one left in English on a page in another language is marked so.
      { href: '/countries/xa/', label: [{ text: 'Arcadia', lang: 'en' }] },
      { label: [{ text: 'Parliamentary elections, 10 January 2021', lang: 'en' }] },
    ]);
    expect(view.heading).toEqual({ text: 'Parliamentary elections, 10 January 2021', lang: 'en' });
    expect(view.electionLine).toBe('Parliamentary election');
    expect(view.calendar).toEqual({ href: '/calendar/missions/xa/2021-parliamentary.ics', label: 'Calendar of this election and mission' });
    expect(view.feed).toEqual({ href: '/feeds/countries/xa.xml', label: 'Feed of statements on Arcadia' });
    expect(view.contents.items.map((i) => i.label)).toEqual([
      'At a glance',
      'Timeline',
      'Milestones',
      'Observers over time',
      'Findings',
      'The mission',
      'Media contacts',
      'Statements about this mission',
    ]);
  });

  test('the search sees the country, year, type and organizations', () => {
    expect(view.search).toEqual({
      country: 'Arcadia',
      year: '2021',
      type: 'LEOM',
      kind: 'Mission (LEOM)',
      organizations: ['OIO', 'Invented Chairpersonship'],
      variants: ['Bo Salample'],
    });
  });

  test('at a glance: type, both rounds, leaders with who appointed them', () => {
    const g = view.glance;
    expect(g.type.value).toBe('Limited Election Observation Mission (LEOM)');
    expect(g.election.rounds.map((r) => r.text).join(g.election.join) + g.election.twoRounds).toBe('10 January 2021 and 24 January 2021 (two rounds)');
    const [head, co] = g.leaders;
    expect(head!.person).toEqual({ href: '/people/ana-example/', text: { text: 'Ambassador Ána Exámple', lang: 'en' } });
    expect(head!.organization).toEqual({ text: 'OIO', lang: 'en' });
    expect(co!.appointedBy!.before + co!.appointedBy!.office.text + co!.appointedBy!.after).toBe(', appointed by the Chairperson-in-Office of the ');
    expect(co!.appointedBy!.organization.href).toBe('/organizations/chair/');
    expect(co!.note).toEqual({ text: 'Led the short-term observers', lang: 'en' });
  });

  test('figures at a glance say approximate and planned in words', () => {
    expect(view.glance.figures.map((f) => `${f.category}: ${f.count}`)).toEqual([
      'Core team: 11',
      'Long-term observers: 24 (planned)',
      'All observers: about 1,200',
    ]);
    expect(view.glance.seconding!.text).toBe('5 (all observers)');
    expect(view.glance.seconding!.label).toBe('States or countries that sent observers');
    expect(view.glance.noFigures).toBeUndefined();
  });

  test('States seconding observers: a planned figure is told as planned, in English and Russian', () => {
    const planned = {
      ...full,
      data: { ...full.data, observers: full.data.observers.map((f) => (f.fromStates ? { ...f, status: 'planned' as const } : f)) },
    } as typeof full;
    expect(missionView(planned, archive, 'en', SITE, AS_OF).glance.seconding!.label).toBe('States or countries due to send observers');
    expect(missionView(planned, archive, 'ru', SITE, AS_OF).glance.seconding!.label).toBe('Государства или страны, которые должны были направить наблюдателей');
    expect(missionView(full, archive, 'ru', SITE, AS_OF).glance.seconding!.label).toBe('Государства или страны, направившие наблюдателей');
  });

  test('milestones: done, by a day, undated, and announced for a day long past', () => {
    expect(view.milestones.rows.map((m) => [m.stage, m.date?.text ?? view.milestones.noDate, m.status])).toEqual([
      ['Mission opened', '30 November 2020', 'took place'],
      ['Interim report', 'date not given', 'planned'],
      ['Election day', '10 January 2021', 'took place'],
      ['Statement of preliminary findings', 'by 11 January 2021', 'took place'],
      ['Final report', '15 March 2021', 'announced, no later record'],
    ]);
    expect(view.milestones.rows.at(-1)!.glance).toBe('announced for 15 March 2021; the archive holds no later record');
  });

  test('the observers table keeps counts as printed', () => {
    expect(view.figures.rows.map((f) => [f.date.text, f.count, f.status])).toEqual([
      ['30 November 2020', '11', 'deployed'],
      ['30 November 2020', '24', 'planned'],
      ['10 January 2021', 'about 1200 from 5 States', 'deployed'],
    ]);
  });

  test('the tables name their columns, numbers right-aligned', () => {
    expect(view.milestones.columns).toEqual([{ text: 'Stage' }, { text: 'Date' }, { text: 'Status' }, { text: 'Note' }, { text: 'Source' }]);
    expect(view.figures.columns.map((c) => [c.text, c.class])).toEqual([
      ['As of', undefined],
      ['Observers', undefined],
      ['Number', 'num'],
      ['Status', undefined],
      ['Note', undefined],
      ['Source', undefined],
    ]);
  });

  test('findings name their assessor', () => {
    expect(view.findings.list).toEqual([
      expect.objectContaining({
        topic: 'Media',
        mark: '~',
        assessmentLabel: 'mixed',
        assessedBy: [{ text: 'Assessed by OIO.', lang: 'en' }],
        summary: { text: 'Coverage was uneven.', lang: 'en' },
      }),
    ]);
  });

  test('the observers’ own conclusion comes first; with none of their own, the page says so before others’ findings', () => {
    const finding = (assessedBy: string, topic: string) => ({
      topic,
      assessment: 'mixed' as const,
      summary: `By ${assessedBy}.`,
      assessedBy,
      source: 's-2021-01-12-findings',
    });
    const withFindings = (findings: ReturnType<typeof finding>[]) => ({ ...full, data: { ...full.data, findings } }) as typeof full;
    expect(view.findings.notOwn).toBeUndefined();
    const mixed = missionView(withFindings([finding('wire', 'media'), finding('obs', 'election-administration')]), archive, 'en', SITE, AS_OF);
    expect(mixed.findings.list.map((f) => f.summary.text)).toEqual(['By obs.', 'By wire.']);
    expect(mixed.findings.notOwn).toBeUndefined();
    const othersOnly = withFindings([finding('wire', 'media')]);
    expect(missionView(othersOnly, archive, 'en', SITE, AS_OF).findings.notOwn).toBe(
      'The archive holds no conclusion from the mission itself. The findings below are others’ assessments; each names who made it.',
    );
    const ru = missionView(othersOnly, archive, 'ru', SITE, AS_OF).findings;
    expect(ru.notOwn).toBe('В архиве нет выводов самой миссии. Ниже приведены оценки других; у каждой указано, чья она.');
    // An English short name inside the Russian sentence is marked as English.
    expect(ru.list[0]!.assessedBy).toEqual([
      { text: 'Оценка: ', lang: 'ru' },
      { text: 'Daily Wire', lang: 'en' },
      { text: '.', lang: 'ru' },
    ]);
  });

  test('a mission with nothing recorded says what the archive lacks, not what happened', () => {
    const none = missionView(empty, archive, 'en', SITE, AS_OF);
    expect(none.glance.noFigures).toEqual({ label: 'Observers', text: 'The archive holds no observer figure for this mission.' });
    expect(none.milestones.none).toBe('The archive holds no milestones for this mission.');
    expect(none.figures.none).toBe('The archive holds no observer figures for this mission.');
    expect(none.findings.none).toBe('The archive holds no findings for this election.');
    expect(none.statements.none).toBe('The archive holds no statements about this mission.');
    expect(none.statements.list).toEqual([]);
  });
});

describe('the statements a mission page cites', () => {
  test("each fact cites its statement, titled and linked in the page's language", () => {
    const ru = missionView(full, archive, 'ru', SITE, AS_OF);
    expect(ru.glance.leaders[0]!.source).toEqual({
      href: '/ru/statements/s-2020-11-30-opens/',
      title: { text: 'Бюро открывает миссию в Аркадии', lang: 'ru' },
      date: '30 ноября 2020 г.',
    });
    expect(ru.findings.list[0]!.source).toEqual({
      href: '/ru/statements/s-2021-01-12-findings/',
      title: { text: 'Wire reports the findings', lang: 'en' },
      date: '12 января 2021 г.',
    });
    expect(ru.glance.seconding!.source.href).toBe('/ru/statements/s-2021-01-12-findings/');
  });

  test("the timeline's tables cite their statements, resolved in the page's language", () => {
    const cited = (view: ReturnType<typeof missionView>) =>
      [
        ...new Set(
          view.timeline.tables.flatMap((table) => table.rows.flatMap((row) => (typeof row.sources === 'string' ? [] : row.sources.map((s) => s.href)))),
        ),
      ].sort();
    expect(cited(missionView(full, archive, 'ru', SITE, AS_OF))).toEqual(['/ru/statements/s-2020-11-30-opens/', '/ru/statements/s-2021-01-12-findings/']);
    expect(cited(missionView(empty, archive, 'en', SITE, AS_OF))).toEqual([]);
    expect(missionView(full, archive, 'en', SITE, AS_OF).timeline.printTables).toBe(false);
  });
});

describe('the mission page in Russian', () => {
  const view = missionView(full, archive, 'ru', SITE, AS_OF);

  test('links stay in the Russian edition; the translated title and summary are used', () => {
    expect(view.title).toBe('Казахстан: Парламентские выборы 10 января 2021 г.');
    expect(view.crumbs[0]).toEqual({ href: '/ru/missions/', label: 'Миссии' });
    expect(view.crumbs[2]).toEqual({ label: [{ text: 'Парламентские выборы 10 января 2021 г.', lang: 'ru' }] });
    expect(view.country.href).toBe('/ru/countries/xa/');
    expect(view.heading).toEqual({ text: 'Парламентские выборы 10 января 2021 г.', lang: 'ru' });
    expect(view.lede).toEqual({ text: 'Ограниченная миссия.', lang: 'ru' });
    expect(view.electionLine).toBe('Парламентские выборы');
    expect(view.calendar.href).toBe('/ru/calendar/missions/xa/2021-parliamentary.ics');
    expect(view.headings['at-a-glance']).toBe('Коротко');
    expect(view.search.organizations).toEqual(['БВН', 'Invented Chairpersonship']);
  });

  test('names: Russian where content gives one, else English marked as English', () => {
    const [head, co] = view.glance.leaders;
    expect(head!.role).toBe('Глава миссии');
    expect(head!.person.text).toEqual({ text: 'Ана Экзампл', lang: 'ru' });
    expect(head!.person.href).toBe('/ru/people/ana-example/');
    expect(co!.person.text).toEqual({ text: 'Bo Sałample', lang: 'en' });
    expect(co!.appointedBy!.office).toEqual({ text: 'Chairperson-in-Office', lang: 'en' });
    expect(co!.appointedBy!.before).toBe('; назначение: ');
    expect(view.glance.organizations.list.map((o) => o.text)).toEqual([
      { text: 'Бюро вымышленных наблюдателей', lang: 'ru' },
      { text: 'Invented Chairpersonship', lang: 'en' },
    ]);
  });

  test('figures, dates and steps in Russian words', () => {
    expect(view.glance.type.value).toBe('Ограниченная миссия по наблюдению за выборами (LEOM)');
    expect(view.glance.election.rounds.map((r) => r.text).join(view.glance.election.join) + view.glance.election.twoRounds).toBe(
      '10 января 2021 г. и 24 января 2021 г. (два тура)',
    );
    expect(view.glance.figures.map((f) => f.count)).toEqual(['11', '24 (планировалось)', 'около 1\u00a0200']);
    expect(view.glance.asOf).toBe(', по состоянию на');
    expect(view.milestones.rows.map((m) => m.status)).toEqual([
      'состоялось',
      'запланировано',
      'состоялось',
      'состоялось',
      'объявлено, более поздних сведений нет',
    ]);
    expect(view.milestones.rows[3]!.date!.text).toBe('не позднее 11 января 2021 г.');
    expect(view.milestones.rows.at(-1)!.glance).toBe('объявлено на 15 марта 2021 г.; более поздних сведений в архиве нет');
    expect(view.milestones.rows.at(-1)!.note).toEqual({ text: 'About two months later.', lang: 'en' });
    expect(view.figures.rows.at(-1)!.count).toBe('около 1200 из 5 государств');
    expect(view.findings.list[0]).toEqual(
      expect.objectContaining({ topic: 'СМИ', assessmentLabel: 'смешанная', assessedBy: [{ text: 'Оценка: БВН.', lang: 'ru' }] }),
    );
  });

  test('empty sections in Russian', () => {
    const none = missionView(empty, archive, 'ru', SITE, AS_OF);
    expect(none.heading).toEqual({ text: 'Presidential election, 9 June 2019', lang: 'en' });
    // An untranslated title keeps its English country name: the page title is one language, not half of each.
    expect(none.title).toBe('Borduria: Presidential election, 9 June 2019');
    expect(none.electionLine).toBe('Президентские выборы');
    expect(none.statements.none).toBe('В архиве нет заявлений об этой миссии.');
    expect(none.findings.none).toBe('В архиве нет выводов по этим выборам.');
    expect(none.glance.noFigures!.text).toBe('В архиве нет данных о числе наблюдателей по этой миссии.');
  });
});

describe('the missions list and table', () => {
  test('English: lede counts the archive, rows link to the English pages', () => {
    expect(missionsListView(1, 'en')).toEqual({
      title: 'Missions',
      description: 'All election observation missions in the archive, newest first.',
      lede: '1 observation mission, newest election first.',
      caption: 'Missions, newest first',
      base: '/missions/',
      label: 'missions',
    });
    expect(missionsListView(1000, 'en').lede).toBe('1,000 observation missions, newest election first.');
    const table = missionTableView([full, empty], archive, 'en');
    expect(table.rows.map((r) => [r.href, r.date.text, r.country.name.text, r.kind, r.type.code, r.observers])).toEqual([
      ['/missions/xa/2021-parliamentary/', '10 January 2021', 'Arcadia', 'Parliamentary', 'LEOM', 'about 1,200 in all'],
      ['/missions/xb/2019-presidential/', '9 June 2019', 'Borduria', 'Presidential', 'EAM', 'not reported'],
    ]);
  });

  test('Russian: plural forms, Russian country names, prefixed links', () => {
    expect(missionsListView(1, 'ru').lede).toBe('1 миссия по наблюдению, сначала самые последние выборы.');
    expect(missionsListView(3, 'ru').lede).toBe('3 миссии по наблюдению, сначала самые последние выборы.');
    expect(missionsListView(5, 'ru').lede).toBe('5 миссий по наблюдению, сначала самые последние выборы.');
    expect(missionsListView(5, 'ru').base).toBe('/ru/missions/');
    const table = missionTableView([full, empty], archive, 'ru');
    expect(table.columns.observers).toBe('Наблюдатели (последние данные)');
    expect(table.rows.map((r) => [r.href, r.date.text, r.country.name, r.type.name, r.observers])).toEqual([
      [
        '/ru/missions/xa/2021-parliamentary/',
        '10 января 2021 г.',
        { text: 'Казахстан', lang: 'ru' },
        'Ограниченная миссия по наблюдению за выборами',
        'всего около 1\u00a0200',
      ],
      ['/ru/missions/xb/2019-presidential/', '9 июня 2019 г.', { text: 'Монако', lang: 'ru' }, 'Миссия по оценке выборов', 'нет данных'],
    ]);
  });
});

describe('the mission cards', () => {
  test('English: named with the country, type, organizations, first round, heads and summary', () => {
    const [card, bare] = missionCards([full, empty], archive, 'en');
    expect(card).toEqual({
      href: '/missions/xa/2021-parliamentary/',
      name: { text: 'Arcadia: Parliamentary elections, 10 January 2021', lang: 'en' },
      type: { code: 'LEOM', name: 'Limited Election Observation Mission' },
      organizations: [
        { text: 'OIO', lang: 'en' },
        { text: 'Invented Chairpersonship', lang: 'en' },
      ],
      election: { iso: '2021-01-10', text: '10 January 2021' },
      heads: [
        { text: 'Ána Exámple', lang: 'en' },
        { text: 'Bo Sałample', lang: 'en' },
      ],
      summary: { text: 'A limited mission.', lang: 'en' },
    });
    expect(bare!.heads).toEqual([]);
    expect(bare!.name).toEqual({ text: 'Borduria: Presidential election, 9 June 2019', lang: 'en' });
  });

  test("Russian, and on a country's own page without the country", () => {
    const [card, bare] = missionCards([full, empty], archive, 'ru', false);
    expect(card!.href).toBe('/ru/missions/xa/2021-parliamentary/');
    expect(card!.name).toEqual({ text: 'Парламентские выборы 10 января 2021 г.', lang: 'ru' });
    expect(card!.organizations[0]).toEqual({ text: 'БВН', lang: 'ru' });
    expect(card!.heads).toEqual([
      { text: 'Ана Экзампл', lang: 'ru' },
      { text: 'Bo Sałample', lang: 'en' },
    ]);
    expect(card!.election.text).toBe('10 января 2021 г.');
    expect(card!.summary).toEqual({ text: 'Ограниченная миссия.', lang: 'ru' });
    // An untranslated title stays English, marked so.
    expect(bare!.name).toEqual({ text: 'Presidential election, 9 June 2019', lang: 'en' });
  });
});
