/**
 * What content may be, decided on the tree the renderer itself builds. The site renders bodies with
 * Sätteri (through `@astrojs/markdown-satteri`); any other parser's reading is a second opinion that
 * can disagree with it on some bytes (`export` followed by a tab is ESM to Sätteri). So:
 *
 * - `checkRenderedBody` parses the body with Sätteri, exactly as Astro hands it over and with the
 *   features the site is configured with, and reports every node content may not hold;
 * - `contentGuard` is the same verdict as a Sätteri plugin in the site's own pipeline: if the check
 *   were ever skipped or wrong, the build stops before any module with code in it is compiled.
 *
 * Content may hold plain Markdown (GFM included) and the allowed components with literal string
 * attributes; no ESM, no expression, no other JSX, no fragment, no raw HTML, no image (a relative
 * image path is an import at build time) and no unsafe link.
 */
import { markdownToMdast, mdxToMdast, type Features, type MdastPluginDefinition } from 'satteri';
import { characterName } from '../schemas/text.ts';
import { hasUserPart, isSafeUrl } from './url.ts';

/** The Markdown features the site renders with: Astro's defaults (`gfm`, `smartypants`), stated once. */
export const RENDER_FEATURES = { gfm: true, smartPunctuation: true } satisfies Features;

export type Components = Readonly<Record<string, readonly string[]>>;

/**
 * Bounds that keep checking and rendering cheap on pathological bodies (a million-character body of
 * links, a thousand nested lists): prose never needs more, and every parser's work grows with them.
 */
export const MAX_BODY_CHARACTERS = 32_768;
const MAX_NESTING = 24;
/**
 * What the renderer rewrites in a paragraph: smart punctuation turns quotation marks, apostrophes,
 * `...` and `--` into typographic ones, and character references (`&amp;`, `&#0;`) are decoded.
 * Each rewrite copies the text of the paragraph it is in, so a paragraph's cost grows with its length
 * times its rewrites (16 KB of `"'` took 23 s and 2 GB). At most this many per paragraph keeps any
 * body's cost within a constant times its length; a paragraph of honest prose has a few dozen.
 */
export const MAX_REWRITES_PER_PARAGRAPH = 512;
const REWRITES = /["'&]|\.\.\.|--/g;
/**
 * The second reading (micromark, `mdx.ts`) is quadratic on some inputs (40,000 characters of `*a`
 * take 17 s), so it cross-checks bodies up to this size only; the renderer's verdict, which decides,
 * covers every body. The longest body in the archive is under 6,000 characters.
 */
export const SECOND_READING_MAX_CHARACTERS = 8_192;

/** Node types of plain Markdown (CommonMark and GFM) that render to nothing but text and markup. */
const MARKDOWN_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'code',
  'definition',
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'footnoteDefinition',
  'footnoteReference',
  'table',
  'tableRow',
  'tableCell',
  'delete',
]);

export interface RendererProblem {
  line: number;
  column: number;
  rule:
    | 'renderer-size'
    | 'renderer-rewrites'
    | 'renderer-characters'
    | 'renderer-nesting'
    | 'renderer-syntax'
    | 'renderer-esm'
    | 'renderer-expression'
    | 'renderer-jsx'
    | 'renderer-html'
    | 'renderer-image'
    | 'renderer-url'
    | 'renderer-node';
  message: string;
}

/**
 * The fields of a Sätteri mdast node the verdict reads.
 *
 * @internal Exported for the renderer tests, which walk Sätteri's trees for what it would render.
 */
export interface TreeNode {
  type: string;
  value?: unknown;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: TreeNode[];
  position?: { start: { line: number; column: number } };
}

/** Why `node` may not be rendered, or undefined when it may. Shared by the check and the build guard. */
function verdict(node: TreeNode, components: Components): Pick<RendererProblem, 'rule' | 'message'> | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return {
        rule: 'renderer-esm',
        message: `\`${String(node.value).trim().split(/\s/)[0]}\` is read as JavaScript (import/export) — content may not contain code; remove it or reword the line`,
      };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return { rule: 'renderer-expression', message: `"{${excerpt(String(node.value))}}" is read as a JavaScript expression — write \\{ for a literal brace` };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return element(node, components);
    case 'html':
      return { rule: 'renderer-html', message: `raw HTML "${excerpt(String(node.value))}" is not allowed — use Markdown, and write \\< for a literal <` };
    case 'image':
    case 'imageReference':
      return { rule: 'renderer-image', message: 'images are not allowed in content bodies — link to the image instead' };
    case 'link':
    case 'definition':
      if (node.url !== undefined && !isSafeUrl(node.url))
        return {
          rule: 'renderer-url',
          message: `the link "${excerpt(node.url)}" is not allowed — expected an http(s), mailto or tel URL, a relative path or a #fragment`,
        };
      return node.url !== undefined && hasUserPart(node.url)
        ? {
            rule: 'renderer-url',
            message: `the link "${excerpt(node.url)}" names a user before the site, so it reads as one site and leads to another — expected the site's own address, without a user part`,
          }
        : undefined;
    default:
      return MARKDOWN_NODES.has(node.type)
        ? undefined
        : { rule: 'renderer-node', message: `a ${node.type} node is not plain Markdown — content may use only Markdown and ${allowedList(components)}` };
  }
}

function element(node: TreeNode, components: Components): Pick<RendererProblem, 'rule' | 'message'> | undefined {
  const allowed = node.name ? components[node.name] : undefined;
  if (!node.name) return { rule: 'renderer-jsx', message: `a fragment <>…</> is not allowed — content may use only Markdown and ${allowedList(components)}` };
  if (!allowed || !Object.hasOwn(components, node.name))
    return {
      rule: 'renderer-jsx',
      message: `<${node.name}> is not allowed — content may use only Markdown and ${allowedList(components)}; write \\< for a literal <`,
    };
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.includes(attribute.name) || typeof attribute.value !== 'string')
      return {
        rule: 'renderer-jsx',
        message: `<${node.name}> accepts only ${allowed.map((a) => `${a}="literal text"`).join(', ')} — found ${attribute.type === 'mdxJsxAttribute' ? `${attribute.name}${typeof attribute.value === 'string' ? '="…"' : attribute.value === null || attribute.value === undefined ? ' with no value' : '={…}'}` : '{…} spread'}`,
      };
  }
  return undefined;
}

function allowedList(components: Components): string {
  const names = Object.entries(components).map(([name, attributes]) => `<${name}${attributes.map((a) => ` ${a}="…"`).join('')}>`);
  return names.length ? `the component${names.length > 1 ? 's' : ''} ${names.join(', ')}` : 'no components';
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

export interface RenderedBody {
  /** The text exactly as Astro gives it to Sätteri. */
  text: string;
  /**
   * The length the size bound counts: the body's own, without the frontmatter Astro blanks out in an
   * `.mdx` file's text (the frontmatter has a bound of its own). The whole text when not given.
   */
  size?: number;
  format: 'md' | 'mdx';
  /** Where `text` starts in the file: line and column of its first character (both 1-based). */
  startLine: number;
  startColumn: number;
}

/** Every node of the rendered tree that content may not hold, located in the file. */
export function checkRenderedBody(body: RenderedBody, components: Components): RendererProblem[] {
  const at = (line = 1, column = 1) => ({ line: body.startLine + line - 1, column: line === 1 ? body.startColumn + column - 1 : column });
  const size = body.size ?? body.text.length;
  if (size > MAX_BODY_CHARACTERS)
    return [
      {
        ...at(),
        rule: 'renderer-size',
        message: `the body is ${size.toLocaleString('en')} characters long — expected at most ${MAX_BODY_CHARACTERS.toLocaleString('en')}; summarise it`,
      },
    ];
  // Before parsing: the parse itself is what these bounds keep cheap.
  const crowded = crowdedParagraph(body.text);
  if (crowded)
    return [
      {
        ...at(crowded.line),
        rule: 'renderer-rewrites',
        message: `the paragraph starting here has ${crowded.rewrites.toLocaleString('en')} quotation marks, apostrophes, ellipses (...), double hyphens (--) and & signs — expected at most ${MAX_REWRITES_PER_PARAGRAPH} in one paragraph; split it with blank lines`,
      },
    ];
  const invisible = hiddenCharacter(body.text);
  if (invisible) return [{ ...at(invisible.line, invisible.column), rule: 'renderer-characters', message: invisible.message }];
  let tree: TreeNode;
  try {
    tree = (
      body.format === 'mdx' ? mdxToMdast(body.text, { features: RENDER_FEATURES }) : markdownToMdast(body.text, { features: RENDER_FEATURES })
    ) as TreeNode;
  } catch (error) {
    const message = String((error as Error).message ?? error).split('\n')[0]!;
    const m = /^(\d+):(\d+):\s*(.*)$/.exec(message);
    const reason = (m ? m[3]! : message).replace(/\s*\(\d+:\d+\)/, '');
    return [
      {
        ...at(m ? Number(m[1]) : 1, m ? Number(m[2]) : 1),
        rule: 'renderer-syntax',
        message: `the body is not valid MDX to the renderer (${reason}) — write a literal < or { as \\< or \\{`,
      },
    ];
  }
  const problems: RendererProblem[] = [];
  // An explicit stack: a body of thousands of nested quotes must not exhaust the call stack.
  const stack: [TreeNode, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) {
      problems.push({
        ...at(node.position?.start.line, node.position?.start.column),
        rule: 'renderer-nesting',
        message: `the body nests lists, quotes or components more than ${MAX_NESTING} levels deep — expected at most a few levels`,
      });
      break;
    }
    const found = verdict(node, components);
    if (found) problems.push({ ...at(node.position?.start.line, node.position?.start.column), ...found });
    // What is inside a refused node is refused with it; looking further only repeats the message.
    if (!found && node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, depth + 1]);
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The first paragraph with more rewrites than the bound, with the line it starts on. Paragraphs are
 * taken as runs of lines between blank lines: Markdown never continues a paragraph across a blank
 * line, so a run holds whole paragraphs and its count is never below any paragraph's in it.
 */
function crowdedParagraph(text: string): { line: number; rewrites: number } | undefined {
  let start = 1;
  let line = 1;
  let rewrites = 0;
  for (const row of text.split('\n')) {
    // Blank as Markdown means it (spaces and tabs only): a line of no-break spaces continues a paragraph.
    if (/^[ \t\r]*$/.test(row)) {
      start = line + 1;
      rewrites = 0;
    } else {
      rewrites += row.match(REWRITES)?.length ?? 0;
      if (rewrites > MAX_REWRITES_PER_PARAGRAPH) {
        // Count the rest of the run too, so the message gives the paragraph's whole count.
        const rest = text.split('\n').slice(line);
        for (const next of rest) {
          if (/^[ \t\r]*$/.test(next)) break;
          rewrites += next.match(REWRITES)?.length ?? 0;
        }
        return { line: start, rewrites };
      }
    }
    line++;
  }
  return undefined;
}

/**
 * Characters a body may not hold: control characters other than tab and line ends, and direction
 * controls, which make text display in another order than it is written. (Soft hyphens and other
 * invisible typesetting are left to prose.)
 */
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function hiddenCharacter(text: string): { line: number; column: number; message: string } | undefined {
  const m = HIDDEN.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  const line = before.split('\n').length;
  const column = m.index - before.lastIndexOf('\n');
  const code = characterName(m[0]);
  const direction = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(m[0]);
  return {
    line,
    column,
    message: direction
      ? `the body has the direction control ${code}, which makes text display in another order than it is written — delete it`
      : `the body has the control character ${code} — expected plain text; delete it`,
  };
}

/**
 * The build's own guard: a Sätteri plugin that throws on the first node content may not hold, so a
 * module with code in it is never compiled, whatever the content check said.
 */
export function contentGuard(components: Components): MdastPluginDefinition {
  const refuse = (node: TreeNode, ctx: { fileURL: URL | undefined }) => {
    const found = verdict(node, components);
    if (!found) return;
    const where = node.position ? `${node.position.start.line}:${node.position.start.column}` : '1:1';
    throw new Error(`${where}: content refused by the build's guard — ${found.message} (${ctx.fileURL?.pathname ?? 'content file'})`);
  };
  const visit = (node: unknown, ctx: { fileURL: URL | undefined }) => refuse(node as TreeNode, ctx);
  return {
    name: 'election-archive:content-guard',
    options: { position: true },
    mdxjsEsm: visit,
    mdxFlowExpression: visit,
    mdxTextExpression: visit,
    mdxJsxFlowElement: visit,
    mdxJsxTextElement: visit,
    html: visit,
    image: visit,
    imageReference: visit,
    link: visit,
    definition: visit,
    yaml: visit,
    toml: visit,
    math: visit,
    inlineMath: visit,
    containerDirective: visit,
    leafDirective: visit,
    textDirective: visit,
    custom: visit,
  } as MdastPluginDefinition;
}
