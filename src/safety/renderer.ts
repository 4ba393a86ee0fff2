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
import { isSafeUrl } from './url.ts';

/** The Markdown features the site renders with: Astro's defaults (`gfm`, `smartypants`), stated once. */
export const RENDER_FEATURES = { gfm: true, smartPunctuation: true } satisfies Features;

export type Components = Readonly<Record<string, readonly string[]>>;

/**
 * Bounds that keep checking and rendering cheap on pathological bodies (a million-character body of
 * links, a thousand nested lists): prose never needs more, and every parser's work grows with them.
 */
const MAX_BODY_CHARACTERS = 32_768;
const MAX_NESTING = 24;
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

/** The fields of a Sätteri mdast node the verdict reads. */
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
      return node.url !== undefined && !isSafeUrl(node.url)
        ? {
            rule: 'renderer-url',
            message: `the link "${excerpt(node.url)}" is not allowed — expected an http(s), mailto or tel URL, a relative path or a #fragment`,
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
  format: 'md' | 'mdx';
  /** Where `text` starts in the file: line and column of its first character (both 1-based). */
  startLine: number;
  startColumn: number;
}

/** Every node of the rendered tree that content may not hold, located in the file. */
export function checkRenderedBody(body: RenderedBody, components: Components): RendererProblem[] {
  const at = (line = 1, column = 1) => ({ line: body.startLine + line - 1, column: line === 1 ? body.startColumn + column - 1 : column });
  if (body.text.length > MAX_BODY_CHARACTERS)
    return [
      {
        ...at(),
        rule: 'renderer-size',
        message: `the body is ${body.text.length.toLocaleString('en')} characters long — expected at most ${MAX_BODY_CHARACTERS.toLocaleString('en')}; summarise it`,
      },
    ];
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
