/**
 * One content file as the check reads it: its parsed YAML with positions, so every problem can name
 * the line a maintainer must edit. Astro parses the same files itself for the build; the check keeps
 * its own parse because Astro's gives no positions.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import type { Problem } from './problems.ts';

export interface SourceFile {
  /** Path relative to the repository root. */
  file: string;
  format: 'md' | 'mdx' | 'yaml';
  /** Parsed data (frontmatter for md/mdx), or undefined when the YAML does not parse. */
  data: unknown;
  /** Markdown/MDX body after the frontmatter ('' for YAML files). */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Locates a field path; falls back to the nearest existing parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** YAML syntax errors, already located. */
  syntaxProblems: Problem[];
}

// The closing `---` must start a line, as in Astro's own split: `title: a---` is a value, not the end.
const FRONTMATTER = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readSourceFile(file: string, text: string): SourceFile {
  const format = file.endsWith('.mdx') ? 'mdx' : file.endsWith('.md') ? 'md' : 'yaml';
  let yamlText = text;
  let yamlLine = 1; // line of the file where the YAML starts
  let body = '';
  let bodyLine = 1;
  const syntaxProblems: Problem[] = [];

  if (format !== 'yaml') {
    const m = FRONTMATTER.exec(text);
    if (!m) {
      syntaxProblems.push({
        file,
        line: 1,
        column: 1,
        field: '(frontmatter)',
        message: 'has no frontmatter — expected the file to start with a line `---`, the fields, and a closing `---`',
      });
      return { file, format, data: undefined, body: text, bodyLine: 1, locate: () => ({ line: 1, column: 1 }), syntaxProblems };
    }
    yamlText = m[1]!;
    yamlLine = 2;
    body = text.slice(m[0].length);
    bodyLine = text.slice(0, m[0].length).split('\n').length;
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + yamlLine - 1, column: p.col };
  };
  for (const error of doc.errors) {
    const { line, column } = position(error.pos[0]);
    const what = error.code === 'DUPLICATE_KEY' ? 'repeats a field — each field may appear once' : `is not valid YAML — ${firstLine(error.message)}`;
    syntaxProblems.push({ file, line, column, field: '(frontmatter)', message: what });
  }

  const data = doc.errors.length ? undefined : (doc.toJS() ?? {});
  return {
    file,
    format,
    data,
    body,
    bodyLine,
    syntaxProblems,
    locate: (path) => locateIn(doc, path, position, yamlLine),
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
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
