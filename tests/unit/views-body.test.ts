import { describe, expect, test } from 'vitest';
import type { Archive, Mission } from '../../src/archive/query.ts';
import { bodyView } from '../../src/views/body.ts';
import { viewsArchive } from '../support/views-fixture.ts';

const base = viewsArchive();
// The fixture's entries carry no collection name; the body's translation is found by it.
const mission = { ...base.mission.get('xa/2021-parliamentary')!, collection: 'missions' } as Mission;
const russian = { id: 'missions/xa/2021-parliamentary/ru', collection: 'translations', data: {} };
const archive = { ...base, translation: new Map([[russian.id, russian]]) } as unknown as Archive;

describe("the body an entry's page renders", () => {
  test('in Russian, the translation the archive holds, marked as translated', () => {
    expect(bodyView(mission, archive, 'ru')).toEqual({ entry: russian, translated: true });
  });

  test('in English, the entry itself, even with a translation beside it', () => {
    expect(bodyView(mission, archive, 'en')).toEqual({ entry: mission, translated: false });
  });

  test('in Russian with no translation, the English body, so the page marks it English', () => {
    const other = { ...base.mission.get('xb/2019-presidential')!, collection: 'missions' } as Mission;
    expect(bodyView(other, archive, 'ru')).toEqual({ entry: other, translated: false });
  });
});
