import type { site as en } from '../en/site.ts';

export const site = {
  'site.name': 'Архив международного наблюдения за выборами',
  'site.skip': 'Перейти к содержанию',
  'site.sections': 'Разделы',
  'site.home': 'Главная',
  'site.breadcrumb': 'Навигационная цепочка',
  'nav.countries': 'Страны',
  'nav.missions': 'Миссии',
  'nav.statements': 'Заявления',
  'nav.people': 'Люди',
  'nav.organizations': 'Организации',
  'nav.contacts': 'Контакты для СМИ',
  'search.box.label': 'Поиск по архиву',
  'search.box.button': 'Найти',
  'footer.about':
    'Независимый архив международного наблюдения за выборами. Каждая цифра ведёт к заявлению, в котором она приводится; краткие изложения написаны нашими словами.',
  'footer.aboutLink': 'Об архиве',
  'footer.data': 'Открытые данные',
  'footer.feed': 'Лента заявлений',
  'footer.calendar': 'Календарь выборов',
  'language.switch': 'Эта страница на других языках',
  'language.notTranslated': 'Этот текст ещё не переведён на русский язык и приводится на английском.',
  'count.observers': '{count, plural, one {# наблюдатель} few {# наблюдателя} many {# наблюдателей} other {# наблюдателя}}',
  'feed.archive': '{archive}: заявления',
} as const satisfies Record<keyof typeof en, string>;
