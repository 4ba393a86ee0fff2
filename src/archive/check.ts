/**
 * `checkContent`: everything that must hold before anything is published — YAML syntax, schemas,
 * MDX safety and cross-entry integrity — over the files on disk. Used by `npm run check` and by
 * the build (see `src/archive/integration.ts`), so the two can never disagree.
 */
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { schemas, type CollectionName } from '../schemas/index.ts';
import { checkBody } from '../safety/mdx.ts';
import { checkRenderedBody, SECOND_READING_MAX_CHARACTERS } from '../safety/renderer.ts';
import { COLLECTION_FACTS } from './collections.ts';
import { CONTENT_COMPONENTS } from './content-components.ts';
import { entryId } from './ids.ts';
import { checkIntegrity, type Entries, type Entry } from './integrity.ts';
import type { Problem } from './problems.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';
import { fieldName, validateFile } from './validate.ts';
import { missingTranslations } from '../schemas/translations.ts';
import { LANGUAGE_NAMES, TRANSLATED_LOCALES, translationFile, translationOf } from './translations.ts';

export interface CheckResult {
  problems: Problem[];
  files: number;
  entries: Entries;
}

/** What checking one file yields; plain data, so worker threads can send it back. */
export interface FileResult {
  file: string;
  problems: Problem[];
  /** Set when the file belongs to a collection and was read. */
  entry?: { collection: CollectionName; id: string; data: unknown; valid: boolean; hasBody: boolean };
  /** Set when the file is the translation of an entry's body (`x.ru.mdx` beside `x.mdx`). */
  translation?: { collection: CollectionName; id: string; locale: string };
}

/** A content file larger than this is refused unread: no entry needs it, and every parser's work grows with it. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Everything that concerns one file alone: its place, bytes, YAML, schema, MDX safety and placeholders. */
export function checkFile(root: string, contentDir: string, path: string): FileResult {
  const rel = relative(root, path).split(sep).join('/');
  const fileProblem = (message: string, line = 1): FileResult => ({ file: rel, problems: [{ file: rel, line, column: 1, field: '(file)', message }] });
  const inContent = relative(contentDir, path).split(sep);
  const collection = inContent[0] as CollectionName;
  if (!Object.hasOwn(COLLECTION_FACTS, collection) || inContent.length < 2)
    return fileProblem(`is not in a collection folder — expected content/{${Object.keys(COLLECTION_FACTS).join(',')}}/…`);
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
  const result = validateFile(source, schemas[collection] as never, COLLECTION_FACTS[collection].aNoun);
  problems.push(...result.problems, ...placeholders(source));
  const valid = result.data !== undefined;
  if (valid) problems.push(...untranslated(source, collection, result.data));
  const data = valid ? result.data : source.data;
  const hasBody = source.body.trim() !== '';
  return { file: rel, problems, entry: { collection, id, data: data === undefined && !valid ? undefined : data, valid, hasBody } };
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

/**
 * A body's translation: the file holds the body alone, in the language its name says, and is judged by
 * the renderer exactly as an entry's body is.
 */
function checkTranslation(rel: string, text: string, collection: CollectionName, of: { id: string; locale: string }): FileResult {
  const format = rel.endsWith('.mdx') ? 'mdx' : 'md';
  const translation = { collection, id: of.id, locale: of.locale };
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
    locate: () => ({ line: 1, column: 1 }),
    syntaxProblems: [],
  };
  const problems = [...bodyProblems(rel, text, source), ...placeholders(source)];
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
  const rendered = checkRenderedBody({ text: source.rendered, format, startLine, startColumn }, CONTENT_COMPONENTS);
  // Too long or too deep for the renderer's bounds: the slower second reading is not attempted.
  const bounded = rendered.filter((p) => p.rule === 'renderer-size' || p.rule === 'renderer-nesting');
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
export function assemble(root: string, results: readonly FileResult[], only?: readonly string[]): CheckResult {
  const problems: Problem[] = [];
  const entries: Entries = { countries: [], organizations: [], people: [], missions: [], statements: [] };
  const existing = Object.fromEntries(Object.keys(schemas).map((c) => [c, new Set<string>()])) as Record<CollectionName, Set<string>>;
  const invalid: { collection: CollectionName; entry: Entry<unknown> }[] = [];
  const bodies: { file: string; collection: CollectionName; id: string; hasBody: boolean }[] = [];
  const translations = new Map<string, string>();
  let files = 0;
  for (const r of results) {
    problems.push(...r.problems);
    if (r.translation) {
      files++;
      translations.set(translationKey(r.translation), r.file);
    }
    if (!r.entry) continue;
    files++;
    const { collection, id, data, valid } = r.entry;
    existing[collection].add(id);
    const entry: Entry<unknown> = { id, file: r.file, data, locate: lazyLocate(root, r.file) };
    if (valid) (entries[collection] as Entry<unknown>[]).push(entry);
    else if (data !== undefined) invalid.push({ collection, entry });
    bodies.push({ file: r.file, collection, id, hasBody: r.entry.hasBody });
  }
  problems.push(...checkIntegrity(entries, existing, invalid), ...bodyTranslationProblems(bodies, translations));
  const wanted = only && new Set(only.map((f) => f.split(sep).join('/').replace(/^\.\//, '')));
  return { problems: wanted ? problems.filter((p) => wanted.has(p.file)) : problems, files, entries };
}

const translationKey = (t: { collection: string; id: string; locale: string }) => `${t.collection}/${t.id}/${t.locale}`;

/**
 * Every body with text has its translation into each published language, and every translation
 * translates a body that exists.
 */
function bodyTranslationProblems(
  bodies: readonly { file: string; collection: CollectionName; id: string; hasBody: boolean }[],
  translations: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const used = new Set<string>();
  for (const b of bodies)
    for (const locale of TRANSLATED_LOCALES) {
      const key = translationKey({ ...b, locale });
      const file = translations.get(key);
      if (file) used.add(key);
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
  );
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
