/** What the importer reads of the archive, and the draft files it writes for it. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findArchiveOrganization, findArchivePerson, readArchive } from '../../src/importer/archive.ts';
import { draftFiles } from '../../src/importer/files.ts';
import { importText } from '../../src/importer/result.ts';
import { missionSchema } from '../../src/schemas/mission.ts';
import { personSchema } from '../../src/schemas/person.ts';

const fixtures = new URL('../fixtures/importer/', import.meta.url);
const archive = readArchive(new URL('content', fixtures).pathname);
const text = (name: string) => readFileSync(new URL(`texts/${name}.txt`, fixtures), 'utf8');

describe('readArchive', () => {
  test("pairs every place the archive names in both languages: statements' datelines and organizations' seats", () => {
    const places = readArchive('content').places ?? [];
    expect(places).toContainEqual({ en: 'Moscow', ru: 'Москва' });
    expect(new Set(places.map((p) => p.ru)).size).toBe(places.length);
    expect(archive.places).toEqual([{ en: 'Warsaw', ru: 'Варшава' }]);
  });
  test("reads people, organizations and missions with the content check's reader", () => {
    expect(archive.people.map((p) => [p.id, p.name])).toEqual([['marek-zielinski', 'Marek Zieliński']]);
    expect(archive.organizations.map((o) => o.id)).toEqual(['odihr', 'osce-pa']);
    expect(archive.missions.map((m) => m.id)).toEqual(['kz/2021-parliamentary']);
  });

  test('a folder that does not exist is an empty archive', () => {
    expect(readArchive('/nonexistent/content')).toEqual({ people: [], organizations: [], missions: [], countries: [], statements: [], places: [] });
  });

  test('names are folded for diacritics and case', () => {
    expect(findArchivePerson(archive, 'MAREK ZIELINSKI')?.id).toBe('marek-zielinski');
    expect(findArchivePerson(archive, 'Marek Zielińska')).toBeUndefined();
    expect(findArchiveOrganization(archive, 'the OSCE PA')?.id).toBe('osce-pa');
  });
});

describe('draft files', () => {
  test('a new mission and a new person draft parse with the real schemas once the TODO summary is written', () => {
    const result = importText(text('02-odihr-leom-opening'), '02.txt', archive);
    const { content } = draftFiles(result);
    expect(content.map((f) => f.path)).toEqual(['missions/me/2024-parliamentary.mdx', 'people/mirela-santos.yaml', 'people/marta-kowalczyk.yaml']);
    const mission = parse(/^---\n([\s\S]*?)\n---/.exec(content[0]!.text)![1]!) as Record<string, unknown>;
    expect(missionSchema.safeParse({ ...mission, summary: 'A mission.' }).error?.issues ?? []).toEqual([]);
    const spokesperson = parse(content[2]!.text) as Record<string, unknown>;
    expect(personSchema.safeParse(spokesperson).error?.issues ?? []).toEqual([]);
    expect(spokesperson).toMatchObject({
      contactPoints: [{ phone: '+48609522266', email: 'marta.kowalczyk@odihr.pl', organization: 'odihr', mission: 'me/2024-parliamentary' }],
    });
  });

  test('a mission the archive holds gets a patch, not a second file; the person it holds gets no file', () => {
    const result = importText(text('22-existing-archive'), '22.txt', archive);
    const { content, review } = draftFiles(result);
    expect(content).toEqual([]);
    expect(review.map((f) => f.path)).toEqual(['2020-12-22-odihr-mission-kazakhstan-deploys-more-long-term-observers.kz-2021-parliamentary.patch.yaml']);
    expect(parse(review[0]!.text)).toEqual({
      observers: [
        {
          category: 'long-term',
          count: 6,
          status: 'deployed',
          // Long-term observers of an ODIHR mission are ODIHR's.
          organization: 'odihr',
          date: '2020-12-22',
          source: '2020-12-22-odihr-mission-kazakhstan-deploys-more-long-term-observers',
        },
      ],
      milestones: [
        { kind: 'election-day', date: '2021-01-10', status: 'planned', source: '2020-12-22-odihr-mission-kazakhstan-deploys-more-long-term-observers' },
      ],
    });
  });
});
