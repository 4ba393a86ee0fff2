/**
 * `checkContent`: everything that must hold before anything is published — YAML syntax, schemas,
 * MDX safety and cross-entry integrity — over the files on disk. Used by `npm run check` and by
 * the build (see `src/archive/integration.ts`), so the two can never disagree.
 */
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkBody } from '../safety/mdx.ts';
import { checkRenderedBody, SECOND_READING_MAX_CHARACTERS, type RendererProblem } from '../safety/renderer.ts';
import type { ZodType } from 'astro/zod';
import { COLLECTION_FACTS, COLLECTION_NAMES, schemas, type Collection, type CollectionName } from './collections.ts';
import { CONTENT_COMPONENTS } from './content-components.ts';
import { entryId } from './ids.ts';
import { checkIntegrity, type Entries, type Entry } from './integrity.ts';
import type { Problem } from './problems.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';
import { fieldName, validateFile } from './validate.ts';
import { missingTranslations, translatedTexts } from '../schemas/translations.ts';
import { englishWords, latinNames, russianWords } from '../i18n/english-words.ts';
import { LANGUAGE_NAMES, TRANSLATED_LOCALES, translationFile, translationOf } from './translations.ts';

export interface CheckResult {
  problems: Problem[];
  /** What looks wrong but may be right (a figure far above its mission's total): printed, never refused. */
  warnings: Problem[];
  files: number;
  entries: Entries;
}

/** What checking one file yields; plain data, so worker threads can send it back. */
export interface FileResult {
  file: string;
  problems: Problem[];
  warnings?: Problem[];
  /** Set when the file belongs to a collection and was read. */
  entry?: { collection: CollectionName; id: string; data: unknown; valid: boolean; hasBody: boolean };
  /** Set when the file is the translation of an entry's body (`x.ru.mdx` beside `x.mdx`). */
  translation?: { collection: CollectionName; id: string; locale: string; latin?: { line: number; words: string[] }[] };
}

/** A content file larger than this is refused unread: no entry needs it, and every parser's work grows with it. */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * The frontmatter of an `.md` or `.mdx` file, in characters: the real archive's longest is under
 * 6,000. Bounds what one entry can make the pages do (a mission's milestones are laid out on its
 * timeline), whichever of the two formats it is written in.
 */
export const MAX_FRONTMATTER_CHARACTERS = 32_768;

/** An id, in characters: every path the site writes for an entry must stay short enough for every file system. */
const MAX_ID_CHARACTERS = 100;

/**
 * Names Windows keeps for devices, whatever the extension (`con.yaml` is CON): a repository holding
 * one cannot be checked out there.
 */
const WINDOWS_DEVICES = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Why a file or folder name cannot be checked out everywhere, or undefined. */
function portableNameProblem(name: string): string | undefined {
  const device = name.split('.')[0]!;
  if (WINDOWS_DEVICES.test(device.replace(/[ .]+$/, '')))
    return `is named "${name}", and ${device.toUpperCase()} is a device name Windows reserves (CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9) — expected another name; the repository could not be checked out on Windows`;
  return undefined;
}

/** Everything that concerns one file alone: its place, bytes, YAML, schema, MDX safety and placeholders. */
export function checkFile(root: string, contentDir: string, path: string): FileResult {
  const rel = relative(root, path).split(sep).join('/');
  const fileProblem = (message: string, line = 1): FileResult => ({ file: rel, problems: [{ file: rel, line, column: 1, field: '(file)', message }] });
  const inContent = relative(contentDir, path).split(sep);
  for (const name of inContent) {
    const reserved = portableNameProblem(name);
    if (reserved) return fileProblem(reserved);
  }
  const collection = inContent[0] as CollectionName;
  if (!Object.hasOwn(COLLECTION_FACTS, collection) || inContent.length < 2)
    return fileProblem(`is not in a collection folder — expected content/{${COLLECTION_NAMES.join(',')}}/…`);
  const within = inContent.slice(1).join('/');
  const facts = COLLECTION_FACTS[collection];
  if (!facts.extensions.some((ext) => within.endsWith(ext)))
    return fileProblem(`is not read by the site — expected a ${facts.extensions.join(' or ')} file in content/${collection}/`);
  const place = facts.folders;
  const folders = inContent.slice(1, -1);
  if (folders.length !== place.depth || (place.folder && !place.folder.test(folders[0]!)))
    return fileProblem(`is in a folder the site cannot route — expected ${facts.expected}`);

  const stat = lstatSync(path);
  const special = specialFileProblem(stat);
  if (special) return fileProblem(special);
  if (stat.size > MAX_FILE_BYTES)
    return fileProblem(`is ${stat.size.toLocaleString('en')} bytes — expected at most ${MAX_FILE_BYTES.toLocaleString('en')} (1 MiB); split it or shorten it`);
  const bytes = readFileSync(path);
  const text = decodeUtf8(bytes);
  if (typeof text === 'number')
    return fileProblem(`is not valid UTF-8 at byte ${text.toLocaleString('en')} — expected the file saved as UTF-8`, lineAt(bytes, text));
  if (text.includes('\0')) return fileProblem('contains a NUL character — expected a text file', lineAt(bytes, bytes.indexOf(0)));

  const translated = translationOf(collection, within);
  if (translated) return checkTranslation(rel, text, collection, translated);

  const problems: Problem[] = [];
  const source = readSourceFile(rel, text);
  if (source.frontmatterLength > MAX_FRONTMATTER_CHARACTERS)
    problems.push({
      file: rel,
      line: 1,
      column: 1,
      field: '(frontmatter)',
      message: `the frontmatter is ${source.frontmatterLength.toLocaleString('en')} characters long — expected at most ${MAX_FRONTMATTER_CHARACTERS.toLocaleString('en')}; shorten its notes, or split what is another entry's`,
    });
  problems.push(...source.syntaxProblems);
  // Without a frontmatter split there is no body to speak of; the file is refused for that already.
  if (source.format !== 'yaml' && source.rendered) problems.push(...bodyProblems(rel, text, source));
  const id = entryId(collection, within);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(id))
    problems.push({
      file: rel,
      line: 1,
      column: 1,
      field: '(file)',
      message: `has the id "${id}" — expected lower-case ASCII letters, digits and hyphens in file and folder names`,
    });
  else if (id.length > MAX_ID_CHARACTERS)
    problems.push({
      file: rel,
      line: 1,
      column: 1,
      field: '(file)',
      message: `has an id of ${id.length} characters — expected at most ${MAX_ID_CHARACTERS}, so every path the site writes for it stays short enough for every file system`,
    });
  const result = validateFile(source, schemas[collection] as never, COLLECTION_FACTS[collection].aNoun);
  problems.push(...result.problems, ...placeholders(source));
  const valid = result.data !== undefined;
  if (valid) problems.push(...untranslated(source, collection, result.data), ...russianInEnglish(source, result.data));
  const data = valid ? result.data : source.data;
  const hasBody = source.body.trim() !== '';
  const warnings = valid ? doubts(source, collection, result.data) : [];
  return {
    file: rel,
    problems,
    ...(warnings.length ? { warnings } : {}),
    entry: { collection, id, data: data === undefined && !valid ? undefined : data, valid, hasBody },
  };
}

/** What a valid entry says that may be a slip, as its collection sees them: each a warning, located like a problem. */
function doubts(source: SourceFile, collection: CollectionName, data: unknown): Problem[] {
  const found = (COLLECTION_FACTS[collection] as Collection<ZodType>).doubts?.(data) ?? [];
  return found.map((d) => ({ file: source.file, ...source.locate(d.path), field: fieldName(d.path), message: d.message }));
}

/** Each reader-facing text of a valid entry that has no translation into a language the site publishes. */
function untranslated(source: SourceFile, collection: CollectionName, data: unknown): Problem[] {
  return TRANSLATED_LOCALES.flatMap((locale) =>
    missingTranslations(schemas[collection], data, locale).map(({ path, key }) => ({
      file: source.file,
      ...source.locate([...path, key]),
      field: fieldName([...path, locale, key]),
      message: `is missing — expected the ${LANGUAGE_NAMES[locale]} of \`${fieldName([...path, key])}\` beside it, in our own words (every text a reader sees is published in ${LANGUAGE_NAMES[locale]} too)`,
    })),
  );
}

const RUSSIAN_IN_ENGLISH = (words: string[]) =>
  `has Russian words (${words.slice(0, 4).join(', ')}) — expected English, with a Russian name or phrase transliterated or translated; the Russian itself goes in the Russian text beside it (the \`ru:\` block or the body's translation)`;

/**
 * Russian left in English text: the English of every text that has a translation beside it (the keys
 * of each `ru:` block), and the body. An English page would read it out with English rules.
 */
function russianInEnglish(source: SourceFile, data: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const locale of TRANSLATED_LOCALES) {
        const block = record[locale];
        if (block === null || typeof block !== 'object') continue;
        for (const key of Object.keys(block)) {
          const english = record[key];
          const words = typeof english === 'string' ? russianWords(english) : [];
          if (words.length)
            problems.push({ file: source.file, ...source.locate([...path, key]), field: fieldName([...path, key]), message: RUSSIAN_IN_ENGLISH(words) });
        }
      }
      for (const [key, v] of Object.entries(record)) if (!(TRANSLATED_LOCALES as readonly string[]).includes(key)) walk(v, [...path, key]);
    }
  };
  walk(data, []);
  source.body.split('\n').forEach((line, i) => {
    // Markup is not text: a component's tag and attributes, and a link's address.
    const words = russianWords(line.replace(/<\/?[A-Za-z][^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']'));
    if (words.length) problems.push({ file: source.file, line: source.bodyLine + i, column: 1, field: '(body)', message: RUSSIAN_IN_ENGLISH(words) });
  });
  return problems;
}

/**
 * A body's translation: the file holds the body alone, in the language its name says, and is judged by
 * the renderer exactly as an entry's body is.
 */
function checkTranslation(rel: string, text: string, collection: CollectionName, of: { id: string; locale: string }): FileResult {
  const format = rel.endsWith('.mdx') ? 'mdx' : 'md';
  const translation: NonNullable<FileResult['translation']> = { collection, id: of.id, locale: of.locale };
  if (/^---\s*$/m.test(text.split('\n', 1)[0]!))
    return {
      file: rel,
      translation,
      problems: [
        {
          file: rel,
          line: 1,
          column: 1,
          field: '(frontmatter)',
          message: `is a translation of a body and holds the body alone — expected no frontmatter (the ${LANGUAGE_NAMES[of.locale]} title, summary and notes go in the entry's \`${of.locale}:\` blocks)`,
        },
      ],
    };
  const rendered = format === 'mdx' ? text : text.trim();
  const source: SourceFile = {
    file: rel,
    format,
    data: {},
    body: text,
    bodyLine: 1,
    rendered,
    renderedOffset: format === 'mdx' ? 0 : text.length - text.trimStart().length,
    frontmatterLength: 0,
    locate: () => ({ line: 1, column: 1 }),
    syntaxProblems: [],
  };
  const problems = [...bodyProblems(rel, text, source), ...placeholders(source)];
  // Latin words are judged against the archive's names once every file is read (`assemble`).
  const latin = text.split('\n').flatMap((line, i) => {
    // Markup is not text: a component's tag and attributes, and a link's address.
    const words = englishWords(line.replace(/<\/?[A-Za-z][^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']'));
    return words.length ? [{ line: i + 1, words }] : [];
  });
  if (latin.length) translation.latin = latin;
  if (text.trim() === '')
    problems.push({ file: rel, line: 1, column: 1, field: '(body)', message: `is empty — expected the body in ${LANGUAGE_NAMES[of.locale]}, or no file` });
  return { file: rel, problems, translation };
}

/**
 * The body's verdict comes from the renderer's own tree (`checkRenderedBody`); the older rules over
 * micromark's reading stay as a second line, and a line both refuse is reported once.
 */
function bodyProblems(rel: string, text: string, source: SourceFile): Problem[] {
  const format = source.format as 'md' | 'mdx';
  const before = text.slice(0, source.renderedOffset);
  const startLine = before.split('\n').length;
  const startColumn = source.renderedOffset - before.lastIndexOf('\n');
  // The older rules' messages are more specific (they know the escapes micromark saw); the renderer's
  // verdict adds what they missed. Either one refuses the file.
  const rendered = checkRenderedBody({ text: source.rendered, size: source.body.length, format, startLine, startColumn }, CONTENT_COMPONENTS);
  // Beyond the renderer's bounds: the slower second reading is not attempted.
  const bounded = rendered.filter((p) => BOUNDS.has(p.rule));
  if (bounded.length) return bounded.map((p) => ({ file: rel, line: p.line, column: p.column, field: '(body)', message: p.message }));
  const found: Problem[] = [];
  const seen = new Set<number>();
  const secondReading =
    source.body.length <= SECOND_READING_MAX_CHARACTERS
      ? checkBody(source.body, { format, components: CONTENT_COMPONENTS, lineOffset: source.bodyLine - 1 })
      : [];
  for (const p of secondReading) {
    seen.add(p.line);
    found.push({ file: rel, line: p.line, column: p.column, field: '(body)', message: p.message });
  }
  for (const p of rendered) if (!seen.has(p.line)) found.push({ file: rel, line: p.line, column: p.column, field: '(body)', message: p.message });
  return found;
}

/** The renderer's verdicts that stop the check from reading the body any further. */
const BOUNDS = new Set<RendererProblem['rule']>(['renderer-size', 'renderer-rewrites', 'renderer-characters', 'renderer-nesting']);

/**
 * Never followed: a link could publish any file of the machine that builds the site, or loop; and a
 * named pipe or device would block whoever reads it.
 */
function specialFileProblem(stat: Stats): string | undefined {
  if (stat.isSymbolicLink()) return 'is a symbolic link — expected a plain file; links in content/ are never followed';
  if (!stat.isFile()) return 'is not a plain file — expected a text file';
  return undefined;
}

/**
 * Links and special files only: cheap enough (one lstat per file) to run before Astro's own loaders
 * read the tree, which would follow a link or block on a named pipe.
 */
export function specialFiles(root: string, contentDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const path of walk(contentDir)) {
    const message = specialFileProblem(lstatSync(path));
    const file = relative(root, path).split(sep).join('/');
    if (message) problems.push({ file, line: 1, column: 1, field: '(file)', message });
  }
  return problems;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text, or the offset of the first byte that is not UTF-8. */
function decodeUtf8(bytes: Buffer): string | number {
  try {
    return UTF8.decode(bytes);
  } catch {
    // Lenient decoding replaces each bad sequence with U+FFFD; everything before the first one
    // re-encodes to the same bytes, so the first difference is where the file stops being UTF-8.
    const again = Buffer.from(bytes.toString('utf8'), 'utf8');
    let i = 0;
    while (i < bytes.length && bytes[i] === again[i]) i++;
    return i;
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/**
 * Joins per-file results and runs the rules that span entries. Positions for those rules are found
 * by reading the file again, only when a problem is reported: they are rare, and results coming back
 * from worker threads carry no parsed YAML.
 */
export function assemble(root: string, results: readonly FileResult[], only?: readonly string[], names: readonly Problem[] = []): CheckResult {
  const problems: Problem[] = [...names];
  const warnings: Problem[] = [];
  const entries = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, []])) as unknown as Entries;
  const existing = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, new Set<string>()])) as Record<CollectionName, Set<string>>;
  const invalid: { collection: CollectionName; entry: Entry<unknown> }[] = [];
  const bodies: { file: string; collection: CollectionName; id: string; valid: boolean; hasBody: boolean }[] = [];
  const translations = new Map<string, string>();
  const latin: { file: string; line: number; words: string[] }[] = [];
  let files = 0;
  for (const r of results) {
    problems.push(...r.problems);
    warnings.push(...(r.warnings ?? []));
    if (r.translation) {
      files++;
      translations.set(translationKey(r.translation), r.file);
      for (const l of r.translation.latin ?? []) latin.push({ file: r.file, ...l });
    }
    if (!r.entry) continue;
    files++;
    const { collection, id, data, valid } = r.entry;
    existing[collection].add(id);
    const entry: Entry<unknown> = { id, file: r.file, data, locate: lazyLocate(root, r.file) };
    if (valid) (entries[collection] as Entry<unknown>[]).push(entry);
    else if (data !== undefined) invalid.push({ collection, entry });
    bodies.push({ file: r.file, collection, id, valid, hasBody: r.entry.hasBody });
  }
  problems.push(...checkIntegrity(entries, existing, invalid), ...bodyTranslationProblems(bodies, translations), ...englishInTranslations(entries, latin));
  const wanted = only && new Set(only.map((f) => f.split(sep).join('/').replace(/^\.\//, '')));
  const mine = (list: Problem[]) => (wanted ? list.filter((p) => wanted.has(p.file)) : list);
  return { problems: mine(problems), warnings: mine(warnings), files, entries };
}

/**
 * English left in Russian text, in `ru:` blocks and in bodies' translations: a Latin word is allowed
 * only as part of a name the archive holds no Russian form of.
 */
function englishInTranslations(entries: Entries, bodies: readonly { file: string; line: number; words: string[] }[]): Problem[] {
  const names = latinNames([...entries.people, ...entries.organizations].map((e) => e.data));
  const problems: Problem[] = [];
  const message = (words: string[]) =>
    `has English words (${words.slice(0, 4).join(', ')}) — expected Russian; only a name with no Russian form in the archive stays in Latin letters`;
  for (const collection of Object.keys(entries) as CollectionName[])
    for (const entry of entries[collection] as Entry<unknown>[])
      for (const locale of TRANSLATED_LOCALES)
        for (const { path, text } of translatedTexts(entry.data, locale)) {
          const words = englishWords(text, names);
          if (words.length) problems.push({ file: entry.file, ...entry.locate(path), field: fieldName(path), message: message(words) });
        }
  for (const b of bodies) {
    const words = b.words.filter((w) => !names.has(w));
    if (words.length) problems.push({ file: b.file, line: b.line, column: 1, field: '(body)', message: message(words) });
  }
  return problems;
}

const translationKey = (t: { collection: string; id: string; locale: string }) => `${t.collection}/${t.id}/${t.locale}`;

/**
 * Every body with text has its translation into each published language, and every translation
 * translates a body that exists.
 */
function bodyTranslationProblems(
  bodies: readonly { file: string; collection: CollectionName; id: string; valid: boolean; hasBody: boolean }[],
  translations: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const used = new Set<string>();
  for (const b of bodies)
    for (const locale of TRANSLATED_LOCALES) {
      const key = translationKey({ ...b, locale });
      const file = translations.get(key);
      if (file) used.add(key);
      // A file that fails its schema is reported for that; judging its translation as well would only add noise.
      if (!b.valid) continue;
      if (b.hasBody && !file)
        problems.push({
          file: b.file,
          line: 1,
          column: 1,
          field: '(body)',
          message: `has no ${LANGUAGE_NAMES[locale]} translation — expected the body in ${LANGUAGE_NAMES[locale]}, in our own words, in content/${b.collection}/${translationFile(b.file, locale)}`,
        });
      if (file && !b.hasBody)
        problems.push({
          file,
          line: 1,
          column: 1,
          field: '(file)',
          message: `translates ${b.file}, whose body is empty — expected a body there first, or no translation`,
        });
    }
  for (const [key, file] of translations)
    if (!used.has(key))
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '(file)',
        message: `translates an entry that does not exist — expected it beside the file it translates, named like it with .${key.split('/').pop()} before the extension`,
      });
  return problems;
}

function lazyLocate(root: string, file: string): Entry<unknown>['locate'] {
  let source: SourceFile | undefined;
  return (path) => (source ??= readSourceFile(file, readFileSync(join(root, file), 'utf8'))).locate(path);
}

/** Every file under the content folder, in path order. */
export function contentFiles(contentDir: string): string[] {
  return [...walk(contentDir)];
}

/**
 * Checks the content tree under `contentDir`. With `only`, problems are reported for those files
 * alone, but every file is still read: a reference is only dangling relative to the whole archive.
 */
export function checkContent(root: string, contentDir = join(root, 'content'), only?: readonly string[]): CheckResult {
  return assemble(
    root,
    contentFiles(contentDir).map((path) => checkFile(root, contentDir, path)),
    only,
    nameCollisions(root, contentDir),
  );
}

/**
 * Names in one folder that differ only in case or in how an accent is encoded (`Ana.yaml` and
 * `ana.yaml`): Windows and macOS keep one file for both, so a checkout there loses one. Every name
 * is compared, hidden files and folders too.
 */
export function nameCollisions(root: string, contentDir: string): Problem[] {
  const found: Problem[] = [];
  const visit = (dir: string) => {
    let names: string[];
    try {
      // Lower-case names first: of two that collide, the one that breaks the naming rule is blamed.
      names = readdirSync(dir).sort((a, b) => Number(a !== a.toLowerCase()) - Number(b !== b.toLowerCase()) || (a < b ? -1 : a > b ? 1 : 0));
    } catch {
      return;
    }
    const seen = new Map<string, string>();
    for (const name of names) {
      const key = name.normalize('NFC').toLowerCase();
      const first = seen.get(key);
      const path = join(dir, name);
      if (first !== undefined)
        found.push({
          file: relative(root, path).split(sep).join('/'),
          line: 1,
          column: 1,
          field: '(file)',
          message: `has the name "${name}", which differs from "${first}" beside it only in case or accents — expected names that differ in letters; Windows and macOS keep one file for both`,
        });
      else seen.set(key, name);
      if (lstatSync(path).isDirectory()) visit(path);
    }
  };
  visit(contentDir);
  return found;
}

/**
 * Scaffolded and imported drafts mark what is still to write with `TODO`; such a file must not pass,
 * whatever its schema would accept.
 */
function placeholders(source: SourceFile): Problem[] {
  const found: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && /\bTODO\b/.test(value))
      found.push({
        file: source.file,
        ...source.locate(path),
        field: fieldName(path),
        message: 'is still a TODO placeholder — expected the real value from the source',
      });
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(source.data, []);
  const bodyTodo = /\bTODO\b/.exec(source.body);
  if (bodyTodo) {
    const before = source.body.slice(0, bodyTodo.index);
    const line = source.bodyLine + (before.match(/\n/g)?.length ?? 0);
    found.push({
      file: source.file,
      line,
      column: bodyTodo.index - before.lastIndexOf('\n'),
      field: '(body)',
      message: 'is still a TODO placeholder — expected the text in your own words',
    });
  }
  return found;
}

function* walk(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    // lstat: a link to a folder (or a loop) is yielded as a file and refused there, never entered.
    if (lstatSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
