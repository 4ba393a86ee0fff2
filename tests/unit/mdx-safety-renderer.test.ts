/**
 * The check parses with micromark; the site renders with Sätteri (GFM and smart punctuation on, as
 * Astro configures it). These tests hold the check to what matters: whatever it passes, Sätteri
 * must read without HTML, expressions, imports, unknown components or unsafe URLs. Bodies are
 * generated from fragments chosen to provoke the known differences (GFM tables, footnotes, bare
 * addresses) with a fixed seed, so a failure names a body that can be replayed.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { checkBody } from '../../src/safety/mdx.ts';
import { isSafeUrl } from '../../src/safety/url.ts';
import { RENDER_FEATURES, type TreeNode } from '../../src/safety/renderer.ts';

const COMPONENTS = { Quote: ['by'] };
const FEATURES = RENDER_FEATURES;

/** What Sätteri would render that content must not contain. */
function dangers(tree: TreeNode): string[] {
  const out: string[] = [];
  const walk = (node: TreeNode) => {
    if (node.type === 'html') out.push(`html ${String(node.value)}`);
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') out.push(`${node.type} ${String(node.value)}`);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name !== 'Quote') out.push(`element ${node.name}`);
      for (const a of node.attributes ?? [])
        if (a.type !== 'mdxJsxAttribute' || a.name !== 'by' || typeof a.value !== 'string') out.push(`attribute ${a.name}`);
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url ?? '')) out.push(`url ${node.url}`);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

/** Sätteri's dangers for `body`, or undefined when Sätteri refuses it (the build would fail). */
function rendered(body: string, format: 'md' | 'mdx'): string[] | undefined {
  try {
    return dangers((format === 'md' ? markdownToMdast(body, { features: FEATURES }) : mdxToMdast(body, { features: FEATURES })) as TreeNode);
  } catch {
    return undefined;
  }
}

function generator(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return { random, pick };
}

const INLINE = [
  'a',
  ' ',
  ' ',
  '`',
  '`',
  '``',
  '\\',
  '<',
  '{',
  '}',
  '|',
  '|',
  '-',
  ':',
  '[',
  ']',
  '(',
  ')',
  '"',
  '*',
  '~~',
  '&lt;',
  '&#60;',
  '\\<',
  '\\{',
  '\\|',
  '<b>',
  '<img src="x" onerror="alert(1)" />',
  '<img src=x onerror=alert(1)>',
  '<Quote by="x">',
  '</Quote>',
  '<Quote by="a|b" />',
  '[a](',
  'javascript:alert(1)',
  '[b](javascript:alert(1))',
  'www.x.org/',
  'https://x.org/',
  '{1}',
  '{/* c */}',
  'x@y.org',
  '[^1]',
  '"t"',
] as const;
const PREFIX = ['', '', '', '> ', '- ', '    ', '  ', '\t', '[^1]: ', '[^1]:', '| ', '1. '] as const;
const DELIMITER = ['|-|-|', ':-', '-|-', '|---|', '-|', ':-:|:-:', '---', '```', '~~~', ''] as const;

/** A body of a few lines, each a container prefix and inline fragments, or a table/fence line. */
function body(g: ReturnType<typeof generator>): string {
  const lines: string[] = [];
  const count = 2 + Math.floor(g.random() * 6);
  for (let n = 0; n < count; n++) {
    const r = g.random();
    if (r < 0.25) lines.push(g.pick(PREFIX) + g.pick(DELIMITER));
    else if (r < 0.35) lines.push('');
    else {
      let line = g.pick(PREFIX);
      const parts = 1 + Math.floor(g.random() * 4);
      for (let k = 0; k < parts; k++) line += g.pick(INLINE);
      lines.push(line + (g.random() < 0.3 ? ' |' : ''));
    }
  }
  return lines.join('\n');
}

describe('what the check passes, Sätteri renders safely', () => {
  for (const format of ['md', 'mdx'] as const) {
    // Two parsers over 1,500 bodies: seconds, not milliseconds, on a loaded machine.
    test(`generated ${format} bodies`, () => {
      const g = generator(format === 'md' ? 20240501 : 20240502);
      const escaped: { body: string; dangers: string[] }[] = [];
      let passed = 0;
      let caught = 0;
      for (let i = 0; i < 1500; i++) {
        const text = body(g);
        const problems = checkBody(text, { format, components: COMPONENTS });
        const found = rendered(text, format);
        if (problems.length === 0) {
          passed++;
          if (found?.length) escaped.push({ body: text, dangers: found });
        } else if (found?.length) caught++;
      }
      expect(escaped).toEqual([]);
      // Without enough of both kinds the first assertion would prove nothing.
      expect(passed).toBeGreaterThan(150);
      expect(caught).toBeGreaterThan(150);
    });
  }

  test.each([
    ['md', 'a code span split by a table row', '| a | b |\n|---|---|\n| `x | <img src="x" onerror="alert(1)" />` | c |\n'],
    ['mdx', 'a code span split by a table row', '| a | b |\n|---|---|\n| `x | <img src="x" onerror="alert(1)" />` | c |\n'],
    ['md', 'a link title split by a table row', '`|" />\n|-|-|\n| [b](javascript:alert(1)) x` |\n'],
    ['md', 'a code span across rows of a pipe-less table', 'a `b\n:-\n<img src=x onerror=alert(1)> `\n'],
    ['md', 'a bare address swallowing a backtick', 'www.example.com/`<b>x</b>`'],
    ['mdx', 'a bare address swallowing a backtick', 'www.example.com/`{import("node:fs")}`'],
    ['md', 'a bare address swallowing an escape', 'www.example.com/\\<b>x'],
    ['md', 'a footnote interrupting a code span', 'x[^1]\n\na `x\n[^1]: <b>` c\n'],
    ['md', 'a footnote taking an indented link', 'x[^1]\n\n[^1]: `a\n\n\t[a](javascript:x)\na\n'],
    ['mdx', 'a footnote taking an indented fence', 'x[^1]\n\n[^1]:\n\n     ```\n[a](javascript:x)\n'],
    ['md', 'a footnote definition hiding a tag in its destination', '[^1]: x@y.z</b>\\{a"\n'],
  ] as const)('%s: %s is refused', (format, _, text) => {
    expect(checkBody(text, { format, components: COMPONENTS })).not.toEqual([]);
  });
});
