/**
 * The check against the renderer, on a generated corpus of bodies built to find where two readings
 * of the same bytes part: every whitespace and control character after `import`/`export`, `export*`,
 * ESM inside `<Quote>` and lists, attribute expressions and spreads over several lines, nesting.
 *
 * Each body carries a payload that writes a marker file if it ever runs. The oracle is the renderer
 * itself: the body is compiled by Sätteri exactly as Astro compiles it (without the build's guard)
 * and the module is imported and rendered. So the test holds the check to what it must guarantee:
 *
 * (a) whatever runs code when rendered, and whatever Sätteri reads as ESM, an expression or other
 *     JSX, the check refuses, at the line where it starts;
 * (b) whatever the check accepts runs no code: rendered here, and built by Astro in the build test
 *     `tests/build/content-runs-no-code.test.ts`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, mdxToMdast } from 'satteri';
import { afterAll, describe, expect, test } from 'vitest';
import { checkFile } from '../../src/archive/check.ts';
import { readSourceFile } from '../../src/archive/source-file.ts';
import { RENDER_FEATURES } from '../../src/safety/renderer.ts';
import { REPO } from '../support/content-tree.ts';
import { hostileBodies, STATEMENT_FRONTMATTER } from '../support/hostile-bodies.ts';

// Inside the repository, so that the compiled modules resolve `astro/jsx-runtime` as the site does.
const work = mkdtempSync(join(REPO, 'node_modules', '.cache-differential-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const marker = join(work, 'ran');
const corpus = hostileBodies(marker);

/** What checking the body gives, as `npm run check` would report it. */
function verdict(body: string): { line: number; message: string }[] {
  const root = join(work, 'tree');
  const file = join(root, 'content/statements/2021/2021-01-04-test.mdx');
  mkdirSync(join(root, 'content/statements/2021'), { recursive: true });
  writeFileSync(file, STATEMENT_FRONTMATTER + body);
  return checkFile(root, join(root, 'content'), file).problems.filter((p) => p.field === '(body)' || p.field === '(frontmatter)');
}

/** Compiles and renders the body as the site would without its guard; true when the payload ran. */
async function runsCode(body: string, n: number): Promise<boolean | 'unrenderable'> {
  rmSync(marker, { force: true });
  const source = readSourceFile('x.mdx', STATEMENT_FRONTMATTER + body);
  let code: string;
  try {
    ({ code } = mdxToJs(source.rendered, { features: RENDER_FEATURES, jsxImportSource: 'astro', elementAttributeNameCase: 'html' }));
  } catch {
    return 'unrenderable';
  }
  const module = join(work, `body-${n}.mjs`);
  writeFileSync(module, code);
  try {
    const { default: content } = (await import(pathToFileURL(module).href)) as { default: (props: object) => unknown };
    content({ components: { Quote: () => null } });
  } catch {
    // A body that throws while rendering fails the build; whether it ran code first is what counts.
  }
  return existsSync(marker);
}

/** Nodes in Sätteri's tree that would be code or markup content may not hold. */
function dangerousNodes(body: string): { type: string; line: number }[] {
  const source = readSourceFile('x.mdx', STATEMENT_FRONTMATTER + body);
  let tree: { type: string; name?: string | null; children?: unknown[]; position?: { start: { line: number } } };
  try {
    tree = mdxToMdast(source.rendered, { features: RENDER_FEATURES }) as typeof tree;
  } catch {
    return [];
  }
  const found: { type: string; line: number }[] = [];
  const walk = (node: typeof tree) => {
    const jsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (/^mdx(?:js|Flow|Text)(?:Esm|Expression)$/.test(node.type) || node.type === 'html' || (jsx && node.name !== 'Quote'))
      found.push({ type: node.type, line: node.position?.start.line ?? 0 });
    for (const child of (node.children ?? []) as (typeof tree)[]) walk(child);
  };
  walk(tree);
  return found;
}

describe('the check agrees with the renderer on a generated corpus', () => {
  test('the corpus is large and holds every kind of case', () => {
    expect(corpus.length).toBeGreaterThan(300);
    for (const kind of ['esm-whitespace', 'esm-star', 'esm-nested', 'expression', 'attribute', 'spread', 'nesting', 'benign'])
      expect(
        corpus.some((c) => c.kind === kind),
        kind,
      ).toBe(true);
  });

  test('(a) every body that runs code, or holds ESM, expressions or other JSX to Sätteri, is refused at its line', async () => {
    const escaped: string[] = [];
    let ran = 0;
    let refusedBenign = 0;
    for (const [n, c] of corpus.entries()) {
      const problems = verdict(c.body);
      const result = await runsCode(c.body, n);
      if (result === true) ran++;
      if (result === true && problems.length === 0) escaped.push(`ran code: ${JSON.stringify(c.body)}`);
      for (const node of dangerousNodes(c.body)) {
        if (!problems.some((p) => p.line === node.line)) escaped.push(`${node.type} at line ${node.line} not reported: ${JSON.stringify(c.body)}`);
      }
      if (c.kind === 'benign' && problems.length) refusedBenign++;
    }
    expect(escaped).toEqual([]);
    // Without payloads that really run when unguarded, the first assertion would prove nothing.
    expect(ran).toBeGreaterThan(50);
    // And the check must not get there by refusing everything.
    expect(refusedBenign).toBe(0);
  });

  test('(b) no body the check accepts runs code when rendered', async () => {
    const accepted = corpus.filter((c) => verdict(c.body).length === 0);
    expect(accepted.length).toBeGreaterThan(20);
    for (const [n, c] of accepted.entries()) expect(await runsCode(c.body, 10_000 + n), JSON.stringify(c.body)).not.toBe(true);
  });
});
