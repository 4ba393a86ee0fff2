import type { charts as en } from '../en/charts.ts';

/**
 * Russian chart text. Country names stand after a colon or in parentheses, never declined; counts
 * of elections (выборы has no singular) stand as figures after a dash or colon.
 */
export const charts = {
  // Shared words
  'chart.about': 'около {count}',
  'chart.noFigure': 'нет данных',
  'chart.noObserverFigure': 'число наблюдателей не указано',
  'chart.unknownDate': 'дата неизвестна',
  'chart.election': '{kindId, select, referendum {референдум ({date})} other {{kind} выборы ({date})}}',
  'chart.electionHeading': '{kindId, select, referendum {Референдум, {date}} other {{kind} выборы, {date}}}',
  'chart.secondRound': 'Второй тур: {date}',
  'chart.span.year': 'в {year} году',
  'chart.span.years': 'с {first} по {last} год',
  'chart.figure.coreTeam': 'основная группа ({n})',
  'chart.figure.longTerm':
    '{approx, select, yes {{n} долгосрочных наблюдателей} other {{count, plural, one {{n} долгосрочный наблюдатель} few {{n} долгосрочных наблюдателя} many {{n} долгосрочных наблюдателей} other {{n} долгосрочного наблюдателя}}}}',
  'chart.figure.shortTerm':
    '{approx, select, yes {{n} краткосрочных наблюдателей} other {{count, plural, one {{n} краткосрочный наблюдатель} few {{n} краткосрочных наблюдателя} many {{n} краткосрочных наблюдателей} other {{n} краткосрочного наблюдателя}}}}',
  'chart.figure.parliamentarians':
    '{approx, select, yes {{n} парламентариев} other {{count, plural, one {{n} парламентарий} few {{n} парламентария} many {{n} парламентариев} other {{n} парламентария}}}}',
  'chart.figure.total':
    '{approx, select, yes {всего {n} наблюдателей} other {{count, plural, one {всего {n} наблюдатель} few {всего {n} наблюдателя} many {всего {n} наблюдателей} other {всего {n} наблюдателя}}}}',
  'chart.figure.fromStates': 'из {count, plural, one {# государства} few {# государств} many {# государств} other {# государства}}',
  'chart.figure.label': '{category}: {n}, {status}, {date}',
  // Data-table columns
  'chart.col.electionDay': 'День выборов',
  'chart.col.election': 'Выборы',
  'chart.col.missionType': 'Тип миссии',
  'chart.col.observers': 'Наблюдатели',
  'chart.col.figureCounts': 'Кого учитывает число',
  // The frame and table every chart shares
  'chart.frame.key': 'Условные обозначения',
  'chart.frame.tables':
    '{count, plural, one {Данные графика в виде таблицы, с источниками} few {Данные графика в виде таблиц, с источниками} many {Данные графика в виде таблиц, с источниками} other {Данные графика в виде таблиц, с источниками}}',
  'chart.table.none': '{caption}: данных нет.',
  'chart.table.source': 'Источник',
  'chart.table.noSource': 'нет',
  'chart.table.manySources': '{count, plural, one {# заявление} few {# заявления} many {# заявлений} other {# заявления}}; ссылки — на странице каждой миссии',
  // A country's observed elections
  'chart.countryTimeline.title': 'Выборы под наблюдением',
  'chart.countryTimeline.titleIn': 'Выборы под наблюдением: {country}',
  'chart.countryTimeline.caption': 'Выборы под наблюдением и наибольшее известное число наблюдателей на каждых из них',
  'chart.countryTimeline.captionIn': '{country}: выборы под наблюдением и наибольшее известное число наблюдателей на каждых из них',
  'chart.countryTimeline.empty': 'В архиве пока нет выборов под наблюдением.',
  'chart.countryTimeline.emptyIn': 'В архиве пока нет выборов под наблюдением по стране {country}.',
  'chart.countryTimeline.yAxis': 'Наблюдатели (наибольшее известное число)',
  'chart.countryTimeline.mark': '{typeName} ({type}), {election}: {figure}.',
  'chart.countryTimeline.legendPlanned': 'Полый столбец: планировалось или ожидалось, о направлении наблюдателей не сообщалось',
  'chart.countryTimeline.legendNone': 'Плоский прямоугольник с пометкой «нет данных»: число наблюдателей не указано',
  'chart.countryTimeline.noteNoFigures': 'Ни для одной из этих миссий число наблюдателей не указано, поэтому столбцы показывают только даты выборов.',
  'chart.countryTimeline.noteWithout':
    '{count, plural, one {# миссия без данных о числе наблюдателей показана} few {# миссии без данных о числе наблюдателей показаны} many {# миссий без данных о числе наблюдателей показаны} other {# миссии без данных о числе наблюдателей показаны}} плоским прямоугольником с пометкой «нет данных».',
  'chart.countryTimeline.noteBarHeight':
    'Высота столбца — наибольшее отдельное число, которое источник приводит для миссии: общее число, если оно указано, иначе число самой большой категории.',
  'chart.countryTimeline.noteCrowded': 'Некоторые выборы слишком близки по времени, и их подписи не помещаются; все числа приведены в таблице.',
  'chart.countryTimeline.lead': 'Выборы под наблюдением — {count, number}, {span}.',
  'chart.countryTimeline.leadIn': '{country}: выборы под наблюдением — {count, number}, {span}.',
  'chart.countryTimeline.largest': 'Наибольшее число: {figure} — {election} ({type}).',
  'chart.countryTimeline.withoutFigure': '{count, plural, one {# миссия} few {# миссии} many {# миссий} other {# миссии}} без данных о числе наблюдателей.',
  'chart.countryTimeline.noFigures': 'Число наблюдателей не указано ни для одной миссии.',
  'chart.countryTimeline.types': 'Типы миссий: {list}.',
  // Findings by topic and election
  'chart.findings.title': 'Выводы по темам и выборам',
  'chart.findings.caption': 'Выводы по выборам и темам',
  'chart.findings.col.topic': 'Тема',
  'chart.findings.col.assessment': 'Оценка',
  'chart.findings.col.finding': 'Вывод',
  'chart.findings.col.assessedBy': 'Чья оценка',
  'chart.findings.noteSilent': 'Выводы не записаны: {elections}.',
  'chart.findings.emptyNoElections': 'В архиве пока нет выборов, поэтому выводов для показа нет.',
  'chart.findings.empty': 'Выводы по этим выборам пока не записаны.',
  'chart.findings.assessedBy': ', оценка: {name}',
  'chart.findings.cell': '{count, plural, one {# вывод} few {# вывода} many {# выводов} other {# вывода}}: {assessments}',
  'chart.findings.cellEmpty': 'Вывод не записан',
  'chart.findings.count': '{assessment}: {count}',
  'chart.findings.spanOne': '— {election}',
  'chart.findings.spanMany': 'на {count, number} выборах с {first} по {last}',
  'chart.findings.lead':
    '{count, plural, one {# вывод} few {# вывода} many {# выводов} other {# вывода}} по {topics, plural, one {# теме} few {# темам} many {# темам} other {# темы}} {span}; оценки — {counts}.',
  'chart.findings.by': 'оценка: {names}',
  // The whole archive per year
  'chart.overview.title': 'Миссии и наблюдатели по годам',
  'chart.overview.caption': 'Миссии и наблюдатели по годам, все страны',
  'chart.overview.col.year': 'Год',
  'chart.overview.col.missions': 'Миссии',
  'chart.overview.col.observers': 'Наблюдатели (наибольшее число по каждой миссии, в сумме)',
  'chart.overview.col.note': 'Примечание',
  'chart.overview.missions': 'Миссии',
  'chart.overview.observersPanel': 'Наблюдатели (наибольшее известное число по каждой миссии, в сумме)',
  'chart.overview.or': ' или ',
  'chart.overview.atLeast': 'не менее {n}',
  'chart.overview.partly': '{n} (частично {kinds})',
  'chart.overview.noMissions': 'миссий нет',
  'chart.overview.holdsNone': 'в архиве нет ни одной',
  'chart.overview.withoutAFigure': '{count, plural, one {# миссия} few {# миссии} many {# миссий} other {# миссии}} без данных',
  'chart.overview.notDeployed': '{count, plural, one {# число} few {# числа} many {# чисел} other {# числа}}: {kinds}, о направлении не сообщалось',
  'chart.overview.barMissions': '{year}: {count, plural, one {# миссия} few {# миссии} many {# миссий} other {# миссии}}.',
  'chart.overview.barObservers': '{year}: наблюдатели — {n}{note}.',
  'chart.overview.holdsNoMissions': 'В архиве нет миссий.',
  'chart.overview.holdsNoFigures': 'В архиве нет данных о числе наблюдателей этих миссий.',
  'chart.overview.holdsNoMissionFor': 'В архиве нет миссий за {years}.',
  'chart.overview.holdsIn': 'В архиве {count, plural, one {# миссия} few {# миссии} many {# миссий} other {# миссии}} за {year} г.',
  'chart.overview.holdsOneAYear':
    'В архиве {count, plural, one {# миссия} few {# миссии} many {# миссий} other {# миссии}} с {first} по {last} г., не более одной в год.',
  'chart.overview.holdsMost':
    'В архиве {count, plural, one {# миссия} few {# миссии} many {# миссий} other {# миссии}} с {first} по {last} г., больше всего — {busiest} ({most}).',
  'chart.overview.largest': 'Наибольшее число наблюдателей, которое приводит источник: {figure}, {year} г.',
  'chart.overview.withoutAny': '{count, plural, one {# миссия} few {# миссии} many {# миссий} other {# миссии}} без данных о числе наблюдателей.',
  'chart.overview.noteCounting':
    'Каждая миссия учитывается один раз, в году первого тура. Её наблюдатели — наибольшее отдельное число, которое приводит источник (общее число, если оно указано), поэтому числа, которые лишь планировались или ожидались, тоже учтены и отмечены.',
  'chart.overview.noteWithout': 'Миссии без данных о числе наблюдателей: {ids}.',
  'chart.overview.legendPartial':
    'Полый столбец с пометкой «не менее», «планировалось» или «ожидалось»: не каждое число — сообщение о направленных наблюдателях',
  // The map of the OSCE area
  'chart.map.title': 'Выборы под наблюдением в государствах — участниках ОБСЕ',
  'chart.map.binNone': 'пока нет',
  'chart.map.binOpen': '{min} и более',
  'chart.map.stateLabel': '{name}: выборы под наблюдением — {count, number}',
  'chart.map.descEmpty': 'Карта Европы и Центральной Азии; в архиве пока нет выборов под наблюдением.',
  'chart.map.desc':
    'Карта Европы и Центральной Азии: цвет каждого государства — участника ОБСЕ показывает, сколько выборов под наблюдением хранит архив. Хотя бы одни выборы — у {observed, number} из {states, plural, one {# государства} few {# государств} many {# государств} other {# государства}}',
  'chart.map.most': '; больше всего: {list}.',
  'chart.map.offMap': 'За рамками карты: {list}.',
  'chart.map.tableBelow': 'В таблице ниже перечислены все государства.',
  'chart.map.key': 'Условные обозначения: выборы под наблюдением',
  'chart.map.tables': 'Данные карты в виде таблицы',
  'chart.map.caption': 'Выборы под наблюдением по государствам — участникам ОБСЕ',
  'chart.map.col.state': 'Государство',
  'chart.map.col.count': 'Выборы под наблюдением',
} as const satisfies Record<keyof typeof en, string>;
