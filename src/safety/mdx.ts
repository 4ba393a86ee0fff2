/**
 * The safety check for Markdown/MDX bodies contributed by pull request.
 *
 * Content may use plain Markdown and an explicit allow-list of the project's components with
 * plain-string attributes — nothing that runs code at build time (imports, expressions) or in the
 * reader's browser (HTML, event handlers, `javascript:` URLs).
 *
 * The body is parsed with micromark (CommonMark + MDX), but the site renders it with Sätteri with
 * GitHub-flavoured Markdown on. Where the two could read the same bytes differently, the check
 * fails closed rather than trusting micromark's reading:
 *
 * - `.mdx`: every `<` and `{` outside code must be either part of an allowed component tag or
 *   escaped (`\<`, `\{`, `&lt;`, `&#123;`). A literal one that micromark kept as text may be code
 *   to another MDX parser.
 * - `.md`: a `<` that could open a tag (`<x`, `</`, `<!`, `<?`) must be escaped the same way,
 *   except in fenced code; indented code blocks count too, because GFM footnote definitions turn
 *   indented lines into paragraphs.
 * - GFM tables split a row at `|` and at line ends before anything else is parsed, even inside a
 *   code span, a link title or an attribute value — which can turn `<img onerror…>` hidden in a
 *   code span into live HTML. When the body contains a line that could be a table's delimiter row,
 *   those constructs may hold neither an unescaped `|` nor a line break.
 * - Sätteri's GFM bare-address links (`www.…`, `https://…`) swallow a following backtick or
 *   backslash, un-escaping what comes after. A bare address may not touch either.
 * - A GFM footnote definition (`[^1]: …`) is a container micromark does not know: it interrupts
 *   paragraphs, takes lazy and indented lines, and so can re-pair code spans around it. Footnote
 *   definitions must stand alone — at the start of a line, one line long, blank lines around,
 *   nothing indented after — and their text is checked again on its own, as Sätteri reads it.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { SKIP, visit } from 'unist-util-visit';
import { hasDangerousScheme, isSafeUrl } from './url.ts';

export interface SafetyProblem {
  /** 1-based line in the whole file (the body's line plus `lineOffset`). */
  line: number;
  /** 1-based column, counted in UTF-16 code units. */
  column: number;
  /** Stable identifier of the rule that failed; see `Rule`. */
  rule: Rule;
  /** What is wrong — what is expected, in one line. */
  message: string;
}

export interface CheckOptions {
  format: 'md' | 'mdx';
  /**
   * Components content may use, each with the attributes it accepts. Names must be capitalised
   * identifiers; attribute names may not be event handlers (`on…`) or Astro directives (`x:y`).
   */
  components: Readonly<Record<string, readonly string[]>>;
  /** Lines of the file before the body (the frontmatter), added to every reported line. */
  lineOffset?: number;
}

/** Stable identifiers of the rules, one per kind of problem. */
type Rule =
  | 'mdx-syntax'
  | 'mdx-esm'
  | 'mdx-expression'
  | 'mdx-comment'
  | 'html-comment'
  | 'raw-html'
  | 'jsx-fragment'
  | 'jsx-member-name'
  | 'jsx-namespace-name'
  | 'jsx-html-element'
  | 'jsx-unknown-component'
  | 'jsx-spread-attribute'
  | 'jsx-attribute-expression'
  | 'jsx-attribute-no-value'
  | 'jsx-attribute-not-allowed'
  | 'jsx-event-handler'
  | 'jsx-directive-attribute'
  | 'unsafe-url'
  | 'mdx-unescaped-char'
  | 'md-tag-like-text'
  | 'md-indented-code-tag'
  | 'gfm-table-split'
  | 'gfm-autolink-literal'
  | 'gfm-footnote-shape'
  | 'nesting-too-deep';

/**
 * Attribute names whose value a component could reasonably put into `href`/`src`: these must pass
 * `isSafeUrl`. Other attributes hold prose and are only refused a `javascript:`/`vbscript:`/`data:`
 * value, so that `by="Report: Kenya"` stays valid.
 */
const URL_ATTRIBUTE =
  /^(?:href|src|srcset|cite|action|formaction|poster|background|longdesc|usemap|ping|codebase|manifest|icon|data)$|(?:href|src|url|uri|link)$/i;

const COMPONENT_NAME = /^[A-Z][A-Za-z0-9]*$/;
const ATTRIBUTE_NAME = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Lists every problem in `body`, in reading order. An empty list means the body is safe to render. */
export function checkBody(body: string, opts: CheckOptions): SafetyProblem[] {
  const components = validateComponents(opts.components);
  const ctx = new Context(body, opts.format, components, opts.lineOffset ?? 0);

  let tree: Root;
  try {
    tree = opts.format === 'mdx' ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) : fromMarkdown(body);
  } catch (error) {
    if (error instanceof RangeError) return [ctx.tooDeep()];
    ctx.syntaxError(error);
    return ctx.result();
  }

  try {
    ctx.walk(tree);
    ctx.scanCharacters();
    ctx.scanBareAddresses();
    ctx.checkTableSplits();
    ctx.checkFootnotes(opts);
  } catch (error) {
    // The tree walk recurses; thousands of nested lists or quotes exhaust the stack. A body that
    // cannot be checked is refused, not passed — and not allowed to crash the whole check.
    if (error instanceof RangeError) return [ctx.tooDeep()];
    throw error;
  }
  return ctx.result();
}

type Components = ReadonlyMap<string, ReadonlySet<string>>;

function validateComponents(components: Readonly<Record<string, readonly string[]>>): Components {
  const out = new Map<string, ReadonlySet<string>>();
  for (const [name, attributes] of Object.entries(components)) {
    // A lower-case or dotted name would allow-list HTML (`a`, `script`) or an arbitrary object
    // path; a wrong configuration must stop the check, not widen it.
    if (!COMPONENT_NAME.test(name)) throw new TypeError(`content component "${name}" must be a capitalised identifier such as Quote`);
    for (const attribute of attributes) {
      if (!ATTRIBUTE_NAME.test(attribute) || /^on/i.test(attribute))
        throw new TypeError(`attribute "${attribute}" of content component ${name} must be a plain name that is not an event handler (on…)`);
    }
    out.set(name, new Set(attributes));
  }
  return out;
}

interface Range {
  start: number;
  end: number;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

class Context {
  readonly problems: SafetyProblem[] = [];
  readonly lineStarts: number[];
  /** Offsets inside fenced code or code spans: code text, never parsed further. */
  readonly code: Uint8Array;
  /** Offsets inside indented code (`.md` only): code to micromark, maybe not to Sätteri. */
  readonly indentedCode: Uint8Array;
  /** Offsets already reported as a whole (HTML, expressions, ESM) or checked on their own (attributes, autolinks). */
  readonly skip: Uint8Array;
  /** Offsets of the `<` opening or closing a JSX tag, which the tree walk has checked. */
  readonly tagStarts = new Set<number>();
  /** Inline constructs whose non-text source a GFM table could split: checked by `checkTableSplits`. */
  readonly splittable: { node: Nodes; ranges: Range[] }[] = [];
  readonly fencedCode: Range[] = [];

  readonly body: string;
  readonly format: 'md' | 'mdx';
  readonly components: Components;
  readonly lineOffset: number;

  constructor(body: string, format: 'md' | 'mdx', components: Components, lineOffset: number) {
    this.body = body;
    this.format = format;
    this.components = components;
    this.lineOffset = lineOffset;
    this.lineStarts = [0];
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c === 10 || (c === 13 && body.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
    this.code = new Uint8Array(body.length);
    this.indentedCode = new Uint8Array(body.length);
    this.skip = new Uint8Array(body.length);
  }

  // ----- reporting ---------------------------------------------------------------------------

  report(offset: number, rule: Rule, message: string): void {
    const { line, column } = this.point(offset);
    this.problems.push({ line: line + this.lineOffset, column, rule, message });
  }

  point(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  offsetOf(line: number, column: number): number {
    const start = this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1] ?? 0;
    return Math.min(start + Math.max(column, 1) - 1, this.body.length);
  }

  result(): SafetyProblem[] {
    const seen = new Set<string>();
    return this.problems
      .filter((p) => {
        const key = `${p.line}:${p.column}:${p.rule}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  }

  /** What content may use, e.g. `content may use only Markdown and the component <Quote by="…">`. */
  get allowed(): string {
    if (this.components.size === 0) return 'content may use only Markdown';
    const names = [...this.components.keys()];
    if (this.format === 'md') return `content may use only Markdown (components such as <${names[0]}> work only in .mdx files)`;
    const list = names.map((name) => `<${name}${[...this.components.get(name)!].map((a) => ` ${a}="…"`).join('')}>`);
    return `content may use only Markdown and the component${list.length > 1 ? 's' : ''} ${list.join(', ')}`;
  }

  /** `<Quote> accepts only by="…"`, for messages about one element's attributes. */
  accepts(name: string): string {
    const attributes = [...(this.components.get(name) ?? [])];
    return attributes.length ? `<${name}> accepts only ${attributes.map((a) => `${a}="…"`).join(', ')}` : `<${name}> accepts no attributes`;
  }

  tooDeep(): SafetyProblem {
    return {
      line: 1 + this.lineOffset,
      column: 1,
      rule: 'nesting-too-deep',
      message: 'the body nests lists, quotes or components too deeply to be checked — expected at most a few levels of nesting',
    };
  }

  syntaxError(error: unknown): void {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    const offset = typeof e.line === 'number' && typeof e.column === 'number' ? this.offsetOf(e.line, e.column) : 0;
    // micromark points at the `!` of `<!--`; name the comment itself, the likeliest cause.
    const comment = this.body.lastIndexOf('<!--', offset);
    if (comment !== -1 && comment >= offset - 1) {
      this.report(comment, 'html-comment', `HTML comments <!-- … --> are not allowed in content — ${this.allowed}; delete the comment`);
      return;
    }
    const reason = String(e.reason ?? e.message ?? error)
      .split('\n')[0]!
      .replace(/\s+/g, ' ');
    this.report(offset, 'mdx-syntax', `the body is not valid MDX (${reason}) — ${this.allowed}; write a literal < or { as \\< or \\{`);
  }

  // ----- tree walk ---------------------------------------------------------------------------

  walk(tree: Root): void {
    visit(tree, (node: Nodes) => {
      const range = rangeOf(node);
      switch (node.type) {
        case 'code':
          if (!range) break;
          if (/^(?:`{3,}|~{3,})/.test(this.body.slice(range.start, range.start + 3))) {
            mark(this.code, range);
            this.fencedCode.push(range);
          } else mark(this.indentedCode, range);
          break;
        case 'inlineCode':
          if (!range) break;
          mark(this.code, range);
          this.splittable.push({ node, ranges: [range] });
          break;
        case 'html':
          if (!range) break;
          mark(this.skip, range);
          if (/^<!--/.test(node.value))
            this.report(range.start, 'html-comment', `HTML comments <!-- … --> are not allowed in content — ${this.allowed}; delete the comment`);
          else
            this.report(range.start, 'raw-html', `raw HTML "${excerpt(node.value)}" is not allowed in content — ${this.allowed}; use Markdown syntax instead`);
          break;
        case 'mdxjsEsm': {
          if (range) mark(this.skip, range);
          const keyword = /^\s*export\b/.test(node.value) ? 'export' : 'import';
          this.report(range?.start ?? 0, 'mdx-esm', `\`${keyword}\` statements are not allowed in content — ${this.allowed}; remove the line`);
          return SKIP;
        }
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (range) mark(this.skip, range);
          if (isComment(node.value))
            this.report(
              range?.start ?? 0,
              'mdx-comment',
              `MDX comments {/* … */} are not allowed in content, nor are HTML comments — ${this.allowed}; delete the comment`,
            );
          else
            this.report(
              range?.start ?? 0,
              'mdx-expression',
              `the JavaScript expression "{${excerpt(node.value)}}" is not allowed in content — ${this.allowed}; write the text itself, or \\{ for a literal brace`,
            );
          return SKIP;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          this.element(node);
          break;
        case 'link':
        case 'image':
        case 'definition':
          // Sätteri reads `[^x]: …` as a footnote whose text is re-checked on its own; as a URL
          // it is only refused the schemes that would be dangerous if GFM were ever turned off.
          if (node.type === 'definition' && node.label?.startsWith('^')) {
            if (hasDangerousScheme(node.url)) this.url(node, range);
          } else this.url(node, range);
          if (range) this.splittable.push({ node, ranges: subtractChildren(node, range) });
          if (node.type === 'link' && range && this.format === 'md' && this.body[range.start] === '<') mark(this.skip, range);
          break;
        case 'linkReference':
        case 'imageReference':
          if (range) this.splittable.push({ node, ranges: subtractChildren(node, range) });
          break;
      }
      return undefined;
    });
  }

  url(node: Nodes & { url: string }, range: Range | undefined): void {
    if (isSafeUrl(node.url)) return;
    const what = node.type === 'image' ? 'image' : node.type === 'definition' ? 'link definition' : 'link';
    this.report(
      range?.start ?? 0,
      'unsafe-url',
      `the ${what} URL "${excerpt(node.url)}" is not allowed — expected an http(s), mailto or tel URL, a relative path or a #fragment`,
    );
  }

  element(node: JsxElement): void {
    const range = rangeOf(node);
    const start = range?.start ?? 0;
    const tag = range ? this.tagRanges(node, range) : [];
    for (const t of tag) this.tagStarts.add(t.start);
    this.splittable.push({ node, ranges: tag });
    // Attribute source is judged by the attribute rules below, or goes with a refused element.
    for (const attribute of node.attributes) {
      const at = rangeOf(attribute);
      if (at) mark(this.skip, at);
    }

    const name = node.name;
    const fix = `${this.allowed}; remove it or use Markdown syntax`;
    if (name === null) return this.report(start, 'jsx-fragment', `fragments <>…</> are not allowed in content — ${fix}`);
    if (name.includes('.')) return this.report(start, 'jsx-member-name', `the dotted name <${name}> is not allowed in content — ${fix}`);
    if (name.includes(':')) return this.report(start, 'jsx-namespace-name', `the namespaced name <${name}> is not allowed in content — ${fix}`);
    if (/^[a-z]/.test(name)) return this.report(start, 'jsx-html-element', `the HTML element <${name}> is not allowed in content — ${fix}`);
    const attributes = this.components.get(name);
    if (!attributes || !COMPONENT_NAME.test(name))
      return this.report(start, 'jsx-unknown-component', `the component <${name}> is not allowed in content — ${fix}`);

    for (const attribute of node.attributes) {
      const where = rangeOf(attribute)?.start ?? start;
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        this.report(
          where,
          'jsx-spread-attribute',
          `the spread attribute "{${excerpt(attribute.value)}}" on <${name}> is not allowed in content — ${this.accepts(name)}; write each attribute as name="text"`,
        );
        continue;
      }
      const attr = attribute.name;
      if (/^on/i.test(attr)) {
        this.report(
          where,
          'jsx-event-handler',
          `the event-handler attribute "${attr}" on <${name}> is not allowed in content — ${this.accepts(name)}; remove it`,
        );
        continue;
      }
      if (attr.includes(':')) {
        this.report(
          where,
          'jsx-directive-attribute',
          `the directive attribute "${attr}" on <${name}> is not allowed in content — ${this.accepts(name)}; remove it`,
        );
        continue;
      }
      if (!attributes.has(attr)) {
        this.report(where, 'jsx-attribute-not-allowed', `the attribute "${attr}" is not allowed on <${name}> — ${this.accepts(name)}; remove it`);
        continue;
      }
      const value = attribute.value;
      if (value === null || value === undefined) {
        this.report(where, 'jsx-attribute-no-value', `the attribute "${attr}" on <${name}> has no value — expected a plain string such as ${attr}="text"`);
        continue;
      }
      if (typeof value !== 'string') {
        this.report(
          where,
          'jsx-attribute-expression',
          `the attribute value ${attr}={${excerpt(value.value)}} on <${name}> is an expression — expected a plain string such as ${attr}="text"`,
        );
        continue;
      }
      if (URL_ATTRIBUTE.test(attr) ? !isSafeUrl(value) : hasDangerousScheme(value))
        this.report(
          where,
          'unsafe-url',
          URL_ATTRIBUTE.test(attr)
            ? `the URL ${attr}="${excerpt(value)}" on <${name}> is not allowed — expected an http(s), mailto or tel URL, a relative path or a #fragment`
            : `the value ${attr}="${excerpt(value)}" on <${name}> is a javascript:, vbscript: or data: URL — expected text, or an http(s), mailto or tel URL`,
        );
    }
    return undefined;
  }

  /** The source ranges of an element's opening tag and (if any) closing tag. */
  tagRanges(node: JsxElement, range: Range): Range[] {
    const attrs = node.attributes.map(rangeOf).filter((r): r is Range => r !== undefined);
    attrs.sort((a, b) => a.start - b.start);
    let openEnd = range.end;
    let next = 0;
    for (let i = range.start + 1; i < range.end; i++) {
      while (next < attrs.length && attrs[next]!.end <= i) next++;
      // A `>` inside a quoted attribute value does not end the tag.
      if (next < attrs.length && attrs[next]!.start <= i) {
        i = attrs[next]!.end - 1;
        continue;
      }
      if (this.body[i] === '>') {
        openEnd = i + 1;
        break;
      }
    }
    const open = { start: range.start, end: openEnd };
    let before = openEnd - 2;
    while (before > range.start && /\s/.test(this.body[before]!)) before--;
    if (this.body[before] === '/' || openEnd >= range.end) return [open];
    const close = this.body.lastIndexOf('<', range.end - 1);
    return close >= openEnd ? [open, { start: close, end: range.end }] : [open];
  }

  // ----- character scans ---------------------------------------------------------------------

  /** Literal `<`/`{` that micromark left as text but another parser may not. */
  scanCharacters(): void {
    const { body } = this;
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c !== '<' && c !== '{') continue;
      if (this.code[i] || this.skip[i]) continue;
      if (this.format === 'mdx') {
        if (c === '<' && this.tagStarts.has(i)) continue;
        if (isEscaped(body, i)) continue;
        this.report(
          i,
          'mdx-unescaped-char',
          `an unescaped ${c} in .mdx content could be read as ${c === '<' ? 'a tag' : 'an expression'} by another MDX parser — write \\${c} (or ${c === '<' ? '&lt;' : '&#123;'}) for a literal ${c}`,
        );
        continue;
      }
      if (c !== '<' || !/[A-Za-z!/?]/.test(body[i + 1] ?? '')) continue;
      if (this.indentedCode[i]) {
        // Escapes mean nothing in code, yet would apply if a GFM renderer read these lines as text.
        this.report(
          i,
          'md-indented-code-tag',
          `"${tagExcerpt(body, i)}" in an indented code block would become live HTML if the block were read as text (GitHub-flavoured footnotes do that) — use a fenced code block (\`\`\`) instead`,
        );
        continue;
      }
      if (isEscaped(body, i)) continue;
      this.report(
        i,
        'md-tag-like-text',
        `"${tagExcerpt(body, i)}" could be read as an HTML tag, and raw HTML is not allowed in content — write \\< (or &lt;) for a literal <, or put it in a code span`,
      );
    }
  }

  /** Bare `www.`/`scheme://` addresses touching a backtick or backslash (see the file comment). */
  scanBareAddresses(): void {
    for (const m of this.body.matchAll(/\S+/g)) {
      const word = m[0];
      const start = m.index;
      if (!/www\.|:\/\//i.test(word)) continue;
      if (allMarked(this.code, start, start + word.length)) continue;
      const hit = /[`\\]/.exec(word);
      if (!hit) continue;
      this.report(
        start + hit.index,
        'gfm-autolink-literal',
        `the bare web address "${excerpt(word)}" runs into a ${hit[0] === '`' ? 'backtick' : 'backslash'}, which the site's Markdown would swallow into the link, changing how the rest is read — write the address as a link [text](https://…) or put a space after it`,
      );
    }
  }

  /** Constructs a GFM table row could cut in two (see the file comment). */
  checkTableSplits(): void {
    if (!this.mayHaveTable()) return;
    const { body } = this;
    for (const { node, ranges } of this.splittable) {
      let hit = -1;
      for (const r of ranges) {
        for (let i = r.start; i < r.end && hit === -1; i++) {
          const c = body[i];
          if (c === '\n' || c === '\r' || (c === '|' && !isEscaped(body, i))) hit = i;
        }
        if (hit !== -1) break;
      }
      if (hit === -1) continue;
      const what = describe(node);
      const start = rangeOf(node)?.start ?? hit;
      this.report(
        start,
        'gfm-table-split',
        body[hit] === '|'
          ? `${what} contains an unescaped \`|\`, and this file has table syntax: a table row splits at every \`|\`, even inside ${what}, which can expose what it hides — write \`\\|\` instead`
          : `${what} spans more than one line, and this file has table syntax: table rows split at line ends, even inside ${what}, which can expose what it hides — keep it on one line`,
      );
    }
  }

  /** Footnote definitions in the one shape both parsers agree on, their text checked on its own. */
  checkFootnotes(opts: CheckOptions): void {
    const lines = this.lines();
    for (let n = 0; n < lines.length; n++) {
      const { start, text } = lines[n]!;
      if (this.inFencedCode(start, start + text.length)) continue;
      const m = /^([ \t>*+\-0-9.)]*)\[\^[^\]\r\n]*\]:/.exec(text);
      if (!m) continue;
      const content = text.slice(m[0].length);
      const blank = (k: number) => k < 0 || k >= lines.length || lines[k]!.text.trim() === '';
      let next = n + 1;
      while (next < lines.length && blank(next)) next++;
      const indentedAfter = next < lines.length && /^(?: {4}| {0,3}\t)/.test(lines[next]!.text);
      const nested = /^\s*\[\^[^\]\r\n]*\]:/.test(content);
      if (m[1] !== '' || !blank(n - 1) || !blank(n + 1) || indentedAfter || nested || /^\s\s|^\t/.test(content)) {
        this.report(
          start,
          'gfm-footnote-shape',
          'a footnote definition must stand alone — start the line with [^label]: and its text on that one line, with a blank line before and after, outside quotes and lists, and no indented line after it; the site reads other shapes differently from this check',
        );
        continue;
      }
      const at = m[0].length + (content.startsWith(' ') ? 1 : 0);
      for (const p of checkBody(text.slice(at), { format: this.format, components: opts.components })) {
        this.problems.push({ ...p, line: this.point(start).line + this.lineOffset, column: p.column + at });
      }
    }
  }

  lines(): { start: number; text: string }[] {
    return this.lineStarts.map((start, n) => {
      const end = n + 1 < this.lineStarts.length ? this.lineStarts[n + 1]! : this.body.length;
      return { start, text: this.body.slice(start, end).replace(/\r?\n$|\r$/, '') };
    });
  }

  inFencedCode(start: number, end: number): boolean {
    return this.fencedCode.some((r) => start >= r.start && end <= r.end);
  }

  /** Whether any line outside fenced code could be a GFM delimiter row (`|---|`, `:--`, `-|-`). */
  mayHaveTable(): boolean {
    for (const { start, text } of this.lines()) {
      if (this.inFencedCode(start, start + text.length)) continue;
      const line = text.replace(/^[\s>]*/, '');
      if (/^[|:\-\s]+$/.test(line) && line.includes('-') && /[|:]/.test(line)) return true;
    }
    return false;
  }
}

function rangeOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Range | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return typeof start === 'number' && typeof end === 'number' ? { start, end } : undefined;
}

/** A node's source minus its children's, i.e. its own syntax: brackets, destination, title. */
function subtractChildren(node: Nodes, range: Range): Range[] {
  const children = 'children' in node ? node.children.map(rangeOf).filter((r): r is Range => r !== undefined) : [];
  const out: Range[] = [];
  let at = range.start;
  for (const child of children) {
    if (child.start > at) out.push({ start: at, end: child.start });
    at = Math.max(at, child.end);
  }
  if (at < range.end) out.push({ start: at, end: range.end });
  return out;
}

function mark(mask: Uint8Array, range: Range): void {
  mask.fill(1, range.start, range.end);
}

function allMarked(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!mask[i]) return false;
  return true;
}

/** True when an odd run of backslashes precedes `i`, so `body[i]` is a Markdown escape. */
function isEscaped(body: string, i: number): boolean {
  let n = 0;
  while (i - n - 1 >= 0 && body[i - n - 1] === '\\') n++;
  return n % 2 === 1;
}

function isComment(value: string): boolean {
  return /^\s*(?:\/\*[\s\S]*\*\/|\/\/[^\n]*)\s*$/.test(value);
}

function describe(node: Nodes): string {
  switch (node.type) {
    case 'inlineCode':
      return 'a code span';
    case 'link':
    case 'linkReference':
      return 'a link';
    case 'image':
    case 'imageReference':
      return 'an image';
    case 'definition':
      return 'a link definition';
    default:
      return 'a component tag';
  }
}

/** `<tag` and its first characters, as far as the next space. */
function tagExcerpt(body: string, i: number): string {
  return excerpt(/^<[^\s>]{0,20}>?/.exec(body.slice(i))![0]);
}

/** A short single-line quotation of author text for a message. */
function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
