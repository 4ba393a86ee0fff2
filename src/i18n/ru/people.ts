import type { people as en } from '../en/people.ts';

export const people = {
  'peopleIndex.description': 'Главы миссий, координаторы, пресс-секретари и должностные лица, упомянутые в заявлениях о наблюдении за выборами.',
  'peopleIndex.lede': 'Люди, упомянутые в заявлениях архива, с ролями по данным источников: {count, number}.',
  'peopleIndex.label': 'люди',
  'person.description': '{name}: {role}. Роли и заявления в архиве наблюдения за выборами.',
  'person.descriptionWithoutRole': '{name}: роли и заявления в архиве наблюдения за выборами.',
  'person.kind': 'Персона',
  'person.nationality': 'Гражданство',
  'person.nationalityUnknown': 'в источниках не указано',
  'person.roles': 'Роли',
  'person.former': ' (в прошлом, по данным источника)',
  'person.from': 'С {date}',
  'person.asOf': 'По состоянию на {date}',
  'person.undated': 'Дата не указана',
  'person.to': ' по {date}',
  'person.contacts': 'Опубликованные контакты',
  'person.statements': 'Заявления, в которых упоминается {name}',
  'person.noStatements': 'В архиве нет заявлений, в которых упоминается {name}.',
  'person.allStatements': 'Все заявления, в которых упоминается {name} ({count, number})',
  'personStatements.description': 'Заявления, в которых упоминается {name}. Сначала самые новые.',
  'personStatements.lede':
    '{count, plural, one {# заявление} few {# заявления} many {# заявлений} other {# заявления}} с упоминанием: {name}. Сначала самые новые.',
  'personStatements.label': 'заявления, в которых упоминается {name}',
} as const satisfies Record<keyof typeof en, string>;
