/**
 * One content file as the check reads it: its frontmatter split off exactly as Astro splits it, its
 * YAML read as the site reads it (`yaml.ts`), with positions, so every problem can name the line a
 * maintainer must edit; and its body in the two forms the safety check needs: as written, and as
 * the renderer receives it.
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import type { Problem } from './problems.ts';
import { readYaml } from './yaml.ts';

export interface SourceFile {
  /** Path relative to the repository root. */
  file: string;
  format: 'md' | 'mdx' | 'yaml';
  /** Parsed data (frontmatter for md/mdx) as the site sees it, or undefined when the YAML is refused. */
  data: unknown;
  /** Markdown/MDX body after the frontmatter ('' for YAML files). */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /**
   * The text Astro hands to the renderer (Sätteri): the whole file with the frontmatter blanked out
   * for `.mdx`, the trimmed body for `.md`; `renderedOffset` is where it starts in the file.
   */
  rendered: string;
  renderedOffset: number;
  /** Characters of the frontmatter between its `---` lines (0 for a YAML file, or when there is none). */
  frontmatterLength: number;
  /** Locates a field path; falls back to the nearest existing parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** Frontmatter and YAML problems, already located. */
  syntaxProblems: Problem[];
}

const NO_FRONTMATTER = 'has no frontmatter — expected the file to start with a line `---`, the fields, and a closing `---`';

export function readSourceFile(file: string, text: string): SourceFile {
  const format = file.endsWith('.mdx') ? 'mdx' : file.endsWith('.md') ? 'md' : 'yaml';
  const syntaxProblems: Problem[] = [];
  const problem = (line: number, column: number, message: string, field = '(frontmatter)') => syntaxProblems.push({ file, line, column, field, message });
  const unread = (message: string): SourceFile => {
    problem(1, 1, message);
    return {
      file,
      format,
      data: undefined,
      body: text,
      bodyLine: 1,
      rendered: '',
      renderedOffset: 0,
      frontmatterLength: 0,
      locate: () => ({ line: 1, column: 1 }),
      syntaxProblems,
    };
  };

  let yamlText = text;
  let body = '';
  let bodyLine = 1;
  let rendered = '';
  let renderedOffset = 0;
  if (format !== 'yaml') {
    const split = splitFrontmatter(text);
    if (typeof split === 'string') return unread(split);
    yamlText = split.raw;
    body = split.body;
    bodyLine = split.bodyLine;
    // Astro blanks the frontmatter with spaces so positions hold, then (for `.md`) trims.
    const content = text.slice(0, split.start) + `   ${split.raw.replace(/[^\r\n]/g, ' ')}   ` + text.slice(split.end);
    if (format === 'mdx') rendered = content;
    else {
      rendered = content.trim();
      renderedOffset = content.length - content.trimStart().length;
    }
  }

  const reading = readYaml(yamlText);
  // The frontmatter's YAML starts on the line of the opening `---`, so its line numbers are the file's.
  const position = (offset: number) => {
    const p = reading.lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const p of reading.problems) {
    const { line, column } = position(p.offset);
    problem(line, column, p.message, p.path?.length ? p.path.join('.') : undefined);
  }
  return {
    file,
    format,
    data: reading.data,
    body,
    bodyLine,
    rendered,
    renderedOffset,
    frontmatterLength: format === 'yaml' ? 0 : yamlText.length,
    syntaxProblems,
    locate: (path) => locateIn(reading.doc, path, position, format === 'yaml' ? 1 : 2),
  };
}

interface Split {
  raw: string;
  /** Offsets of `---raw---` in the file. */
  start: number;
  end: number;
  body: string;
  bodyLine: number;
}

/**
 * Astro's own split (`extractFrontmatter`), held to a stricter shape where Astro's regular expression
 * is lenient and a looser reading could hide text from one reader: the file starts with a line
 * `---`, the frontmatter ends at a line that is `---` alone, and TOML (`+++`) is not used.
 */
function splitFrontmatter(text: string): Split | string {
  const raw = extractFrontmatter(text);
  if (raw === undefined) return NO_FRONTMATTER;
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  if (text.startsWith('+++', bom)) return 'is TOML frontmatter (+++) — expected YAML between lines `---`';
  const start = text.indexOf(`---${raw}---`);
  if (start !== bom || !/^\r?\n/.test(raw)) return NO_FRONTMATTER;
  const end = start + raw.length + 6;
  const rest = /^[ \t]*(?:\r?\n|$)/.exec(text.slice(end));
  if (!rest) {
    const line = text.slice(0, end).split('\n').length;
    return `has text after the closing \`---\` on line ${line} — expected \`---\` alone on its line`;
  }
  const bodyStart = end + rest[0].length;
  return { raw, start, end, body: text.slice(bodyStart), bodyLine: text.slice(0, bodyStart).split('\n').length };
}

/** Walks the YAML AST along `path`; a key that is missing is reported at its parent. */
function locateIn(
  doc: Document,
  path: readonly PropertyKey[],
  position: (offset: number) => { line: number; column: number },
  yamlLine: number,
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let best = { line: yamlLine, column: 1 };
  for (const key of path) {
    if (!node || typeof node !== 'object' || !('items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    let next: unknown;
    if (isMap(node)) {
      const pair = items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (pair && isPair(pair)) {
        const keyNode = pair.key as Node;
        if (keyNode.range) best = position(keyNode.range[0]);
        next = pair.value;
      }
    } else if (typeof key === 'number' || /^\d+$/.test(String(key))) {
      next = items[Number(key)];
      const range = (next as Node | undefined)?.range;
      if (range) best = position(range[0]);
    }
    if (next === undefined) break;
    node = next;
  }
  return best;
}
