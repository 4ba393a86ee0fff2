import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/archive/check.ts';
import { formatProblem } from '../../src/archive/problems.ts';
import { readBaseArchive, writeTree } from '../../scripts/bench/files.ts';
import { countWords } from '../../scripts/bench/prose.ts';
import { KZ_CONTENT } from '../support/content-tree.ts';
import { translationOf } from '../../src/archive/translations.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { childSeed, createRandom } from '../../scripts/bench/random.ts';
import { addDays, generateArchive, markNamesakes, slugify, uniqueId, type PersonPlan } from '../../scripts/bench/synthetic.ts';
import { likelyDuplicates } from '../../src/people/duplicates.ts';
import { parse as parseYaml } from 'yaml';

const base = readBaseArchive(KZ_CONTENT);
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function frontmatterOf(text: string): string {
  return text.split('\n---\n')[0]!;
}

function bodyOf(text: string): string {
  return text.slice(text.indexOf('\n---\n') + 5);
}

/** The body translation beside an entry file (`x.ru.md` for `x.md`), or undefined for an entry. */
const isTranslation = (path: string) => {
  const [collection, ...rest] = path.split('/') as [CollectionName, ...string[]];
  return translationOf(collection, rest.join('/')) !== undefined;
};

describe('createRandom', () => {
  test('the same seed gives the same sequence, another seed another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  test('int stays within its bounds, both included', () => {
    const rng = createRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  test('sample returns distinct items, never more than there are', () => {
    const rng = createRandom(1);
    const picked = rng.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(picked).size).toBe(3);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
  });

  test('childSeed separates streams by label', () => {
    expect(childSeed(1, 'missions')).not.toBe(childSeed(1, 'statements'));
    expect(childSeed(1, 'missions')).toBe(childSeed(1, 'missions'));
  });
});

describe('helpers', () => {
  test('addDays crosses months, years and leap days', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-01-10', -40)).toBe('2020-12-01');
  });

  test('slugify keeps lower-case ASCII words', () => {
    expect(slugify("Kazakhstan's presidential election, 9 June 2019")).toBe('kazakhstan-s-presidential-election-9-june-2019');
    expect(slugify('Jarosław Domański')).toBe('jaros-aw-domanski');
    expect(slugify('one two three four', 2)).toBe('one-two');
  });

  test('uniqueId numbers repeats from 2', () => {
    const taken = new Set(['kz/2021-parliamentary']);
    expect(uniqueId('kz/2021-parliamentary', taken)).toBe('kz/2021-parliamentary-2');
    expect(uniqueId('kz/2021-parliamentary', taken)).toBe('kz/2021-parliamentary-3');
    expect(uniqueId('kz/2019-presidential', taken)).toBe('kz/2019-presidential');
  });

  test('countWords ignores Markdown markers and link targets', () => {
    expect(countWords('## Media\n\n- One **two** [three](https://www.osce.org/a-b-c)\n')).toBe(4);
  });
});

describe('markNamesakes', () => {
  const person = (id: string, name: string): PersonPlan => ({ id, name, sortName: name, nationality: 'aa', roles: [], contactPoints: [], distinctFrom: [] });

  test('a generated person names every namesake, real or generated, and never rewrites a real one', () => {
    const generated = [person('anna-novak-2', 'Anna Novak'), person('a-novak', 'A. Novak'), person('bruno-kell', 'Bruno Kell')];
    const real = [{ id: 'anna-novak', name: 'Anna Novak' }];
    markNamesakes(generated, real);
    const [novak2, initial, kell] = generated as [PersonPlan, PersonPlan, PersonPlan];
    expect(novak2.distinctFrom).toContain('anna-novak');
    expect(initial.distinctFrom).toContain('anna-novak');
    // The two generated namesakes: one of them says so, whichever the check blamed.
    expect([...novak2.distinctFrom, ...initial.distinctFrom].filter((id) => id === 'a-novak' || id === 'anna-novak-2')).toHaveLength(1);
    expect(kell.distinctFrom).toEqual([]);
    expect(real).toEqual([{ id: 'anna-novak', name: 'Anna Novak' }]);
    expect(likelyDuplicates([...real, ...generated])).toEqual([]);
  });
});

describe('readBaseArchive', () => {
  test('copies body translations as files but counts only entries', () => {
    expect(base.statements).toHaveLength(5);
    expect(base.missions).toHaveLength(3);
    expect(base.countries).toHaveLength(57);
    expect(base.statements.some((id) => id.endsWith('.ru'))).toBe(false);
    expect(base.files.filter((f) => /\.ru\.mdx$/.test(f.path))).toHaveLength(11);
  });
});

describe('generateArchive', () => {
  const options = { statements: 40, missions: 8, format: 'md' as const };
  const archive = generateArchive(base, options);

  test('reaches the requested totals, the real entries included', () => {
    expect(archive.counts.statements).toBe(40);
    expect(archive.counts.missions).toBe(8);
    expect(archive.counts.countries).toBe(57);
    expect(archive.counts.people).toBeGreaterThan(base.people.length);
  });

  test('is deterministic for the same options', () => {
    const again = generateArchive(base, options);
    expect([...again.files]).toEqual([...archive.files]);
    const other = generateArchive(base, { ...options, seed: 2 });
    expect([...other.files]).not.toEqual([...archive.files]);
  });

  test('copies the real content verbatim', () => {
    for (const f of base.files) expect(archive.files.get(f.path)).toBe(f.text);
  });

  test('writes statements in the chosen format, in their year folder, named by date', () => {
    const generated = [...archive.files.keys()].filter((p) => p.startsWith('statements/') && !isTranslation(p) && !base.files.some((f) => f.path === p));
    expect(generated).toHaveLength(40 - base.statements.length);
    for (const path of generated) {
      const m = /^statements\/(\d{4})\/(\1-\d{2}-\d{2})-[a-z0-9-]+\.md$/.exec(path);
      expect(m, path).not.toBeNull();
      expect(frontmatterOf(archive.files.get(path)!)).toContain(`date: ${m![2]}`);
    }
    const mdx = generateArchive(base, { ...options, format: 'mdx' });
    expect([...mdx.files.keys()].filter((p) => p.startsWith('statements/') && p.endsWith('.md'))).toEqual([]);
  });

  test('statement bodies are 250–900 words with headings, lists and links', () => {
    const bodies = [...archive.files].filter(([p]) => p.startsWith('statements/') && p.endsWith('.md') && !isTranslation(p)).map(([, text]) => bodyOf(text));
    for (const body of bodies) {
      expect(countWords(body)).toBeGreaterThanOrEqual(250);
      expect(countWords(body)).toBeLessThanOrEqual(900);
      expect(body).toMatch(/^## /m);
    }
    expect(bodies.some((b) => /^- /m.test(b))).toBe(true);
    expect(bodies.some((b) => /\]\((?:https:\/\/|\/)/.test(b))).toBe(true);
  });

  test('every generated body has its Russian translation beside it, block for block, in Cyrillic', () => {
    const generated = [...archive.files].filter(([p]) => /^(statements|missions)\//.test(p) && !isTranslation(p) && !base.files.some((f) => f.path === p));
    expect(generated.length).toBe(40 - base.statements.length + 8 - base.missions.length);
    for (const [path, text] of generated) {
      const ru = archive.files.get(path.replace(/\.md$/, '.ru.md'));
      expect(ru, path).toBeDefined();
      // The body alone, with the English body's headings and list items, one for one.
      expect(ru!.startsWith('---')).toBe(false);
      const shape = (body: string) => body.split('\n').map((line) => /^(## |- |$)/.exec(line)?.[1] ?? 'text');
      expect(shape(ru!)).toEqual(shape(bodyOf(text).replace(/^\n/, '')));
      expect(ru).toMatch(/\p{Script=Cyrillic}/u);
      expect(frontmatterOf(text)).toMatch(/^ru:\n {2}title: .*\p{Script=Cyrillic}/mu);
    }
  });

  test('mission ids follow <country>/<year>-<kind>[-n] and spread over countries and years', () => {
    const big = generateArchive(base, { statements: 200, missions: 120, format: 'md' });
    const ids = [...big.files.keys()].filter((p) => p.startsWith('missions/') && !isTranslation(p)).map((p) => p.replace(/^missions\/|\.mdx?$/g, ''));
    expect(ids).toHaveLength(120);
    for (const id of ids) expect(id).toMatch(/^[a-z]{2}\/\d{4}-[a-z-]+?(?:-\d+)?$/);
    expect(new Set(ids.map((id) => id.slice(0, 2))).size).toBe(57);
    expect(new Set(ids.map((id) => id.slice(3, 7))).size).toBe(30);
  });

  test('passes the content check with no problems', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-synthetic-'));
    temp.push(root);
    const contentDir = join(root, 'content');
    writeTree(contentDir, archive.files);
    const { problems, files } = checkContent(root, contentDir);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(files).toBe(archive.files.size);
  });

  test('namesakes among many generated people say they are different people, so the check takes none for a duplicate', () => {
    const big = generateArchive(base, { statements: 400, missions: 300, format: 'md' });
    const people = [...big.files]
      .filter(([p]) => p.startsWith('people/'))
      .map(([p, text]) => {
        const data = parseYaml(text) as { name: string; ru?: { name?: string }; distinctFrom?: string[] };
        return { id: p.replace(/^people\/|\.ya?ml$/g, ''), name: data.name, ru: data.ru?.name, distinctFrom: data.distinctFrom };
      });
    // The lists are short enough that namesakes occur at this size: the rule has work to do.
    expect(people.filter((p) => p.distinctFrom?.length).length).toBeGreaterThan(0);
    expect(likelyDuplicates(people)).toEqual([]);
    const ids = new Set(people.map((p) => p.id));
    for (const p of people) for (const other of p.distinctFrom ?? []) expect(ids.has(other), `${p.id} → ${other}`).toBe(true);
  });

  test('the .mdx variant passes the content check too', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-synthetic-mdx-'));
    temp.push(root);
    const contentDir = join(root, 'content');
    writeTree(contentDir, generateArchive(base, { statements: 20, missions: 4, format: 'mdx', seed: 3 }).files);
    expect(checkContent(root, contentDir).problems.map(formatProblem)).toEqual([]);
  });
});
