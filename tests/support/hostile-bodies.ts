/**
 * A generated corpus of MDX bodies that try to run code, for the differential test of the check
 * against the renderer and for the build that proves accepted bodies run nothing. Every payload
 * writes `marker` if it ever executes.
 */

export interface HostileBody {
  kind: 'esm-whitespace' | 'esm-star' | 'esm-nested' | 'expression' | 'attribute' | 'spread' | 'nesting' | 'benign';
  body: string;
}

/** A valid statement's frontmatter (references aside): bodies are appended to it. */
export const STATEMENT_FRONTMATTER = `---
title: Test statement
kind: press-release
date: 2021-01-04
source: osce-pa
countries: [kz]
summary: A statement used to test what bodies may hold.
url: https://example.org/statements/test
ru:
  title: Тестовое заявление
  summary: Заявление, на котором проверяется, что может содержать текст.
---

`;

/** Every character that could separate a keyword from what follows, to one parser or another. */
const SEPARATORS = [
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(i)),
  '\x7f',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200b',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '*',
  '{',
  '/*x*/',
  '\\',
];

/** Where a line of ESM might be placed so that one parser reads it as a paragraph and another as code. */
const PLACES: ((esm: string) => string)[] = [
  (esm) => `${esm}\n`,
  (esm) => `Some text.\n\n${esm}\n`,
  (esm) => `Some text.\n${esm}\n`,
  (esm) => ` ${esm}\n`,
  (esm) => `   ${esm}\n`,
  (esm) => `> ${esm}\n`,
  (esm) => `- ${esm}\n`,
  (esm) => `<Quote by="A speaker">\n\n${esm}\n\n</Quote>\n`,
];

export function hostileBodies(marker: string): HostileBody[] {
  const run = `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  const module = `data:text/javascript,${encodeURIComponent(`${run};`)}`;
  const out: HostileBody[] = [];

  for (const [i, sep] of SEPARATORS.entries()) {
    out.push({ kind: 'esm-whitespace', body: `Text before.\n\nexport${sep}const x${i} = ${run}\n` });
    out.push({ kind: 'esm-whitespace', body: `export${sep}\nconst y${i} = ${run}\n` });
    out.push({ kind: 'esm-whitespace', body: `import${sep}'${module}'\n` });
    out.push({ kind: 'esm-whitespace', body: `import${sep}x${i} from '${module}'\n` });
  }
  for (const esm of [
    `export * from '${module}'`,
    `export*from'${module}'`,
    `export{}from'${module}'`,
    `export default ${run}`,
    `export\r\nconst z = ${run}`,
    `export\rconst z = ${run}`,
  ]) {
    out.push({ kind: 'esm-star', body: `${esm}\n` });
    for (const place of PLACES) out.push({ kind: 'esm-nested', body: place(esm) });
  }
  for (const place of PLACES) out.push({ kind: 'esm-nested', body: place(`export const n = ${run}`) });

  for (const expression of [`{${run}}`, `{(${run})}`, `{/* a comment */ ${run}}`, `{\n${run}\n}`]) {
    out.push({ kind: 'expression', body: `${expression}\n` });
    out.push({ kind: 'expression', body: `Text ${expression} text.\n` });
    out.push({ kind: 'expression', body: `- item ${expression}\n` });
    out.push({ kind: 'expression', body: `| a | b |\n|---|---|\n| ${expression} | c |\n` });
    out.push({ kind: 'nesting', body: `<Quote by="A speaker">${expression}</Quote>\n` });
    out.push({ kind: 'nesting', body: `> <Quote by="A speaker">\n> ${expression}\n> </Quote>\n` });
  }
  for (const attribute of [`by={${run}}`, `by={\n${run}\n}`, `by="x" title={${run}}`, `by=<b x={${run}} />`]) {
    out.push({ kind: 'attribute', body: `<Quote ${attribute}>words</Quote>\n` });
    out.push({ kind: 'attribute', body: `Text <Quote ${attribute}>words</Quote> text.\n` });
    out.push({ kind: 'attribute', body: `<Other ${attribute} />\n` });
  }
  for (const spread of [`{...(${run}, {})}`, `{\n...(${run}, {})\n}`, `\n  {...(\n${run}, {})}\n`]) {
    out.push({ kind: 'spread', body: `<Quote by="A speaker" ${spread}>words</Quote>\n` });
    out.push({ kind: 'spread', body: `<Quote\n  by="A speaker"\n  ${spread}\n>\nwords\n</Quote>\n` });
  }
  for (const nested of [
    `<Quote by="A"><Quote by={${run}}>x</Quote></Quote>\n`,
    `<Quote by="A">\n\n- <Quote by="B">{${run}}</Quote>\n\n</Quote>\n`,
    `<>{${run}}</>\n`,
    `<div>{${run}}</div>\n`,
    `<Quote.Inner by={${run}} />\n`,
    `<x:y by={${run}} />\n`,
  ])
    out.push({ kind: 'nesting', body: nested });

  // Bodies that must pass, so that refusing everything cannot pass the test.
  for (const benign of [
    'Plain words about the export of goods and the import of ideas.\n',
    'An \\{escaped brace\\} and an \\<escaped angle.\n',
    '<Quote by="Kristian Vigenin">a short quotation</Quote> in a sentence.\n',
    '<Quote by="A speaker">\n\nA quoted paragraph.\n\n</Quote>\n',
    '- export is a word\n- import is another\n',
    '> export: a heading of sorts\n',
    '| export | import |\n|---|---|\n| 1 | 2 |\n',
    'Text with a [link](https://example.org/) and `export const code = 1` in a span.\n',
    '```\nexport const x = 1\n```\n',
    'Exported, imported, exports, imports.\n',
  ])
    out.push({ kind: 'benign', body: benign });
  return out;
}
