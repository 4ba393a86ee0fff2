import type { holdings as en } from '../en/holdings.ts';

export const holdings = {
  'holdings.day': '{onOrBefore, select, yes {не позднее {date}} other {{date}}}',
  'holdings.status.took-place': 'состоялось',
  'holdings.status.planned': 'запланировано',
  'holdings.status.no-later-record': 'объявлено, более поздних сведений нет',
  'holdings.planned': '{day} (запланировано)',
  'holdings.noLaterRecord': 'объявлено на {day}; более поздних сведений в архиве нет',
  'holdings.noLaterRecordInList': 'объявлено на {day} (более поздних сведений в архиве нет)',
  'holdings.noMissionFor': 'В архиве нет миссий за {years}.',
  'holdings.missionsFor':
    '{count, plural, =0 {В архиве нет миссий по стране {place}.} one {В архиве # миссия по стране {place}: {years}.} few {В архиве # миссии по стране {place}: {years}.} many {В архиве # миссий по стране {place}: {years}.} other {В архиве # миссии по стране {place}: {years}.}}',
  'holdings.no': 'В архиве нет {what}{about}.',
  'holdings.what.statements': 'заявлений',
  'holdings.what.milestones': 'сведений об этапах',
  'holdings.what.observer-figure': 'данных о числе наблюдателей',
  'holdings.what.observer-figures': 'данных о числе наблюдателей',
  'holdings.what.findings': 'выводов',
  'holdings.what.missions': 'миссий',
  'holdings.what.observer-figures-for-these-missions': 'данных о числе наблюдателей по этим миссиям',
  'holdings.about.for-this-mission': ' по этой миссии',
  'holdings.about.about-this-mission': ' об этой миссии',
  'holdings.about.for-this-election': ' по этим выборам',
  'holdings.about.from': ' от организации {name}',
  'holdings.about.on': ' по стране {name}',
  'holdings.about.by-or-about': ' с участием: {name}',
} as const satisfies Record<keyof typeof en, string>;
