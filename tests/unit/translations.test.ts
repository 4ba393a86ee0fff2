/**
 * What the schemas declare translatable, read back from the schemas themselves: the check's list of
 * missing translations can never drift from the fields a page shows.
 */
import { describe, expect, test } from 'vitest';
import { schemas } from '../../src/schemas/index.ts';
import { missingTranslations, translatedTexts } from '../../src/schemas/translations.ts';

describe('missingTranslations', () => {
  const mission = {
    title: 'Parliamentary elections, 1 March 2030',
    observers: [
      { category: 'total', count: 3, note: 'A note.' },
      { category: 'total', count: 4, note: 'Another note.', ru: { note: 'Другая заметка.' } },
      { category: 'total', count: 5 },
    ],
    findings: [{ summary: 'A finding.', ru: { summary: '' } }],
    leaders: [{ person: 'x', appointedBy: { organization: 'o', office: 'Chairman-in-Office' } }],
    ru: { title: 'Парламентские выборы 1 марта 2030 г.' },
  };

  test('names each text a reader sees that has no Russian, at the object that holds it', () => {
    expect(missingTranslations(schemas.missions, mission, 'ru')).toEqual([
      { path: ['leaders', 0, 'appointedBy'], key: 'office' },
      { path: ['observers', 0], key: 'note' },
      { path: ['findings', 0], key: 'summary' },
    ]);
  });

  test('asks nothing of texts that are absent, nor of names whose Russian is given only where established', () => {
    expect(missingTranslations(schemas.people, { name: 'Ana Example', roles: [{ title: 'Head', source: 's', ru: { title: 'Глава' } }] }, 'ru')).toEqual([]);
    expect(missingTranslations(schemas.organizations, { name: 'Example Wire', kind: 'media' }, 'ru')).toEqual([]);
    expect(missingTranslations(schemas.organizations, { name: 'Example Wire', kind: 'media', about: 'An outlet.' }, 'ru')).toEqual([
      { path: [], key: 'about' },
    ]);
  });
});

test('translatedTexts lists every Russian text with its path', () => {
  expect(translatedTexts({ ru: { title: 'Заголовок' }, observers: [{ note: 'N', ru: { note: 'Заметка' } }], findings: [] }, 'ru')).toEqual([
    { path: ['ru', 'title'], text: 'Заголовок' },
    { path: ['observers', 0, 'ru', 'note'], text: 'Заметка' },
  ]);
});
