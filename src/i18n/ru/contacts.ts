import type { contacts as en } from '../en/contacts.ts';

export const contacts = {
  'contacts.description':
    'Пресс-секретари и контакты для прессы миссий по наблюдению за выборами: телефон, электронная почта и vCard, со ссылкой на заявление, в котором они опубликованы.',
  'contacts.lede':
    'Все пресс-секретари и контакты для прессы, опубликованные миссиями по наблюдению и организациями, сначала самые новые, со ссылкой на заявление, в котором они опубликованы. Контакты завершившихся миссий отмечены как прошлые.',
  'contacts.listLabel': 'контакты для СМИ',
  'contacts.none': 'Контакты ещё не опубликованы.',
  'contacts.pastTag': 'миссия завершена',
  'contacts.missionVcard': 'Все контакты этой миссии (vCard)',
  'contacts.missionNone': 'В источниках архива контакты для СМИ по этой миссии не публиковались.',
  'contacts.missionVcardDownload': 'Скачать все контакты этой миссии (vCard)',
  'contact.past': 'Миссия завершена:',
  'contact.pastText': ' этот контакт опубликован для завершившейся миссии и может больше не отвечать.',
  'contact.phone': 'Телефон',
  'contact.email': 'Эл. почта',
  'contact.vcard': 'Скачать vCard',
  'contact.vcardFor': ' — {name}',
} as const satisfies Record<keyof typeof en, string>;
