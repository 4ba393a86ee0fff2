import type { home as en } from '../en/home.ts';

export const home = {
  'home.title': 'Главная',
  'home.description': 'Архив международных миссий по наблюдению за выборами, стран и заявлений: с поиском, графиками и ссылками для цитирования.',
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
  'notFound.title': 'Страница не найдена',
  'notFound.description': 'Этой страницы нет в архиве.',
  'notFound.text':
    'По этому адресу страницы нет. Адреса в архиве постоянны: ссылка, которая ведёт сюда, может быть набрана с ошибкой или указывать на запись, которой в архиве нет. Вы можете',
  'notFound.search': 'искать по архиву',
  'notFound.startFrom': 'или начать со списков:',
  'notFound.countries': 'страны',
  'notFound.missions': 'миссии',
  'notFound.or': 'или',
  'notFound.statements': 'заявления',
  'notFound.reportBefore': 'Если сюда вас привела ссылка из архива,',
  'notFound.reportLink': 'напишите редакторам',
  'notFound.reportAfter': 'и укажите страницу, на которой она была, — мы её исправим.',
  'notFound.reportSubject': 'ссылка, которая привела на страницу «Страница не найдена» (вставьте адрес страницы, где она была)',
} as const satisfies Record<keyof typeof en, string>;
