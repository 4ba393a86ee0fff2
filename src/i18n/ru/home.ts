import type { home as en } from '../en/home.ts';

export const home = {
  'home.title': 'Главная',
  'home.description': 'Все международные миссии по наблюдению за выборами, страны и заявления: с поиском, графиками и ссылками для цитирования.',
  'home.heading': 'Архив международного наблюдения за выборами',
  'home.lede':
    'Что, где и когда обнаружили международные наблюдатели: {missions, plural, one {# миссия по наблюдению} few {# миссии по наблюдению} many {# миссий по наблюдению} other {# миссии по наблюдению}} в {countries, plural, one {# стране} few {# странах} many {# странах} other {# страны}}, {statements, plural, one {# заявление} few {# заявления} many {# заявлений} other {# заявления}}, {people, plural, one {# человек} few {# человека} many {# человек} other {# человека}} и {organizations, plural, one {# организация} few {# организации} many {# организаций} other {# организации}}; {states, plural, one {охвачено # государство — участник ОБСЕ} few {охвачены все # государства — участника ОБСЕ} many {охвачены все # государств — участников ОБСЕ} other {охвачены все # государства — участника ОБСЕ}}.',
  'home.contacts': 'Контакты для СМИ',
  'home.search': 'Искать по всему архиву',
  'home.countries': 'Обзор по странам',
  'home.where': 'Где велось наблюдение за выборами',
  'home.latestStatements': 'Последние заявления',
  'home.allStatements': 'Все заявления ({count, number}), сначала новые',
  'home.latestMissions': 'Последние миссии',
  'home.latestOfYear': '{year}: показаны последние {shown} из {total, number}.',
  'home.allMissions': 'Все миссии ({count, number}), сначала новые',
} as const satisfies Record<keyof typeof en, string>;
