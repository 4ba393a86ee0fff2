import type { links as en } from '../en/links.ts';

export const links = {
  'source.label': 'Источник:',
  'subscribe.follow': 'Подписаться:',
  'cite.heading': 'Как цитировать эту страницу',
  'cite.source': 'Исходное заявление',
  'cite.latestSource': 'Последнее исходное заявление',
  'cite.download': 'Скачать библиографическую запись:',
} as const satisfies Record<keyof typeof en, string>;
