import type { statements as en } from '../en/statements.ts';

export const statements = {
  'statements.description': 'Пресс-релизы, заявления о предварительных выводах, отчёты и заявления делегаций о выборах под наблюдением, сначала самые новые.',
  'statements.lede':
    '{count, plural, one {# заявление} few {# заявления} many {# заявлений} other {# заявления}}, сначала самые новые: пресс-релизы, отчёты, заявления делегаций и новостные сообщения.',
  'statements.listLabel': 'заявления',
  'statement.titleIsOurs': 'В источнике нет заголовка; этот заголовок дан архивом.',
  'statement.date': 'Дата',
  'statement.place': 'Место',
  'statement.noPlace': 'в источнике не указано',
  'statement.source': 'Источник',
  'statement.relaying': 'со ссылкой на',
  'statement.kind': 'Вид',
  'statement.documentNumber': 'Номер документа',
  'statement.fieldsOfWork': 'Направления работы',
  'statement.countries': 'Страны',
  'statement.missions': 'Миссия',
  'statement.aligningStates': 'Присоединившиеся государства',
  'statement.people': 'Люди',
  'statement.as.author': 'Автор',
  'statement.as.speaker': 'Цитируется',
  'statement.as.named': 'Упоминается',
  'statement.as.contact': 'Контакт для СМИ',
  'statement.language': 'Язык',
  'statement.original': 'Оригинал',
  'statement.summary': 'Краткое изложение',
} as const satisfies Record<keyof typeof en, string>;
