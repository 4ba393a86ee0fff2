import type { countries as en } from '../en/countries.ts';

export const countries = {
  'country.description':
    'Наблюдение за выборами: {country}. В архиве {missions, plural, one {# выборы с наблюдением} few {# выборов с наблюдением} many {# выборов с наблюдением} other {# выборов с наблюдением}} и {statements, plural, one {# заявление} few {# заявления} many {# заявлений} other {# заявления}}.',
  'country.holds':
    '{count, plural, =0 {В архиве нет миссий по стране {country}.} one {В архиве # миссия по стране {country}: {years}.} few {В архиве # миссии по стране {country}: {years}.} many {В архиве # миссий по стране {country}: {years}.} other {В архиве # миссии по стране {country}: {years}.}}',
  'country.calendar': 'Календарь выборов: {country}',
  'country.feed': 'Лента новых заявлений',
  'country.feedTitle': 'Заявления: {country}',
  'country.status': 'Статус',
  'country.iso': 'Код ISO 3166-1',
  'country.capital': 'Столица в написании источников',
  'country.seenIn': 'Упоминается в:',
  'country.chairpersonship': 'Председательство в ОБСЕ',
  'country.observedElections': 'Выборы под наблюдением',
  'country.noMissions': 'В архиве нет миссий по стране {country}.',
  'country.allMissions': 'Все выборы под наблюдением ({count, number}): {country}',
  'country.statements': 'Заявления',
  'country.noStatements': 'В архиве нет заявлений о стране {country}.',
  'country.allStatements': 'Все заявления ({count, number}): {country}',
  'country.bySpeakers':
    // The participle agrees with the number: «1 заявление …, сделанное», «2 заявления …, сделанных».
    '{count, plural, one {# заявление о других странах, сделанное} few {# заявления о других странах, сделанных} many {# заявлений о других странах, сделанных} other {# заявления о других странах, сделанных}} выступающими из страны {country}',
  'country.kind': 'Страна',
} as const satisfies Record<keyof typeof en, string>;
