/**
 * The benchmark's file I/O, kept apart from the pure generator: reading the real archive it
 * extends, writing the synthetic one, and measuring folders.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { entryId } from '../../src/archive/ids.ts';
import { readSourceFile } from '../../src/archive/source-file.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { countryName } from '../../src/i18n/names.ts';
import type { BaseArchive, Country, PersonName } from './synthetic.ts';
import { contentFiles } from '../../src/archive/check.ts';
import { translationOf } from '../../src/archive/translations.ts';

/** Every file under `dir`, depth first, skipping dot-files: the content check's own walk. */
export const walkFiles = contentFiles;

/** The real content tree as the generator needs it: file texts to copy and the ids to reference. */
export function readBaseArchive(contentDir: string): BaseArchive {
  const base = {
    files: [] as { path: string; text: string }[],
    countries: [] as Country[],
    organizations: [] as string[],
    people: [] as string[],
    personNames: [] as PersonName[],
    missions: [] as string[],
    statements: [] as string[],
  };
  for (const file of walkFiles(contentDir)) {
    const path = relative(contentDir, file).split(sep).join('/');
    const [collection, ...rest] = path.split('/') as [CollectionName, ...string[]];
    const text = readFileSync(file, 'utf8');
    base.files.push({ path, text });
    // A body translation (`x.ru.mdx` beside `x.mdx`) is copied with its entry but is not one itself.
    if (translationOf(collection, rest.join('/'))) continue;
    const id = entryId(collection, rest.join('/'));
    if (collection === 'countries') {
      const data = readSourceFile(path, text).data as { name?: string; iso2?: string; ru?: { name?: string } } | undefined;
      const name = data?.name ?? id.toUpperCase();
      // The Russian name a page shows: the content's own, else the CLDR name of its ISO code.
      base.countries.push({ id, name, nameRu: countryName('ru', { name, iso2: data?.iso2 ?? id.toUpperCase(), ru: data?.ru }).text });
    } else if (collection in base) (base[collection] as string[]).push(id);
    if (collection === 'people') {
      const data = readSourceFile(path, text).data as { name?: string; ru?: { name?: string }; distinctFrom?: string[] } | undefined;
      if (data?.name) base.personNames.push({ id, name: data.name, ru: data.ru?.name, distinctFrom: data.distinctFrom });
    }
  }
  return base;
}

/** Replaces `dir` with exactly `files` (paths relative to it). */
export function writeTree(dir: string, files: ReadonlyMap<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  for (const [path, text] of files) {
    const target = join(dir, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, text);
  }
}

/** Total bytes of the files under `dir` (0 when it does not exist). */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const file of walkFiles(dir)) total += statSync(file).size;
  return total;
}
