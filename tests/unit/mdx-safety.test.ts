import { describe, expect, test } from 'vitest';
import { checkBody, type SafetyProblem } from '../../src/safety/mdx.ts';

const COMPONENTS = { Quote: ['by'] };
const mdx = (body: string, lineOffset?: number) => checkBody(body, { format: 'mdx', components: COMPONENTS, lineOffset });
const md = (body: string, lineOffset?: number) => checkBody(body, { format: 'md', components: COMPONENTS, lineOffset });

const ALLOWED_MDX = 'content may use only Markdown and the component <Quote by="…">';
const ALLOWED_MD = 'content may use only Markdown (components such as <Quote> work only in .mdx files)';
const URL_EXPECTED = 'expected an http(s), mailto or tel URL, a relative path or a #fragment';

const problem = (line: number, column: number, rule: SafetyProblem['rule'], message: string): SafetyProblem => ({ line, column, rule, message });

describe('clean documents', () => {
  const statement = [
    '# Preliminary statement',
    '',
    'The mission observed **412 polling stations** in _all_ regions. See the [final report](https://example.org/report.pdf),',
    'the [annex](./annex/) and the [methodology](#methodology); turnout was 10 > 5, and 3 - 2 = 1.',
    '',
    '## Methodology',
    '',
    '> Observers were deployed on 1 March.',
    '> They reported to the core team.',
    '',
    '1. Opening',
    '2. Voting',
    '   - queues',
    '   - secrecy of the vote',
    '',
    '* * *',
    '',
    'Contact the press office on [+48 22 520 06 00](tel:+48225200600) or [by e-mail](mailto:press@example.org?subject=EOM).',
    '',
    'Code stays code: `<script>alert(1)</script>` and `{props.secret}` are shown, not run.',
    '',
    '```html',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '{import("fs")}',
    '```',
    '',
    '~~~',
    '<!-- a comment in a code block -->',
    '~~~',
    '',
    '![Observers at a polling station](https://example.org/images/station.jpg "Station 12")',
    '',
    'Escapes: a \\< b, a \\{ b \\}, &lt;tag&gt; and &#123; are literal text.',
    '',
    'Read more at www.example.org or https://example.org/more.',
    '',
    '| Region | Stations |',
    '| :----- | -------: |',
    '| North  | 120      |',
    '| South  | `92`     |',
    '',
    'A claim.[^1]',
    '',
    '[^1]: Central Election Commission, [protocol 12](https://example.org/p12).',
    '',
    'Final line.',
    '',
  ].join('\n');

  test('a Markdown statement using every allowed construct has no problems, as .md and as .mdx', () => {
    expect(md(statement)).toEqual([]);
    expect(mdx(statement)).toEqual([]);
  });

  test('the allowed component with literal string attributes and Markdown inside is clean', () => {
    const body = [
      'Before the quote.',
      '',
      '<Quote by="Kristian Vigenin">',
      '',
      'Elections were **competitive** but [unequal](https://example.org/a).',
      '',
      '</Quote>',
      '',
      'Inline: <Quote by=\'Head of Mission\'>short *quote*</Quote> and <Quote by="Report: Kenya 2022" />.',
      '',
    ].join('\n');
    expect(mdx(body)).toEqual([]);
  });

  test('an https autolink is clean in .md (MDX has no autolinks)', () => {
    expect(md('Read more at <https://example.org>.')).toEqual([]);
  });

  test('an empty body and a body of blank lines are clean', () => {
    expect(mdx('')).toEqual([]);
    expect(md('\n\n\n')).toEqual([]);
  });

  test('a code span with an escaped pipe in a document with a table is clean', () => {
    expect(md('| a | b |\n|---|---|\n| `x \\| y` | c |\n')).toEqual([]);
  });

  test('a code span with a pipe is clean when the document has no table syntax', () => {
    expect(md('Run `a | b` and `c\nd` here.\n')).toEqual([]);
  });
});

describe('MDX syntax', () => {
  test('a body that does not parse as MDX is one problem at the parser’s position', () => {
    expect(mdx('Some text <b\n')).toEqual([
      problem(
        1,
        13,
        'mdx-syntax',
        `the body is not valid MDX (Unexpected end of file in name, expected a name character such as letters, digits, \`$\`, or \`_\`; whitespace before attributes; or the end of the tag) — ${ALLOWED_MDX}; write a literal < or { as \\< or \\{`,
      ),
    ]);
  });

  test('an unclosed brace is reported at the end of the file, shifted by lineOffset', () => {
    expect(mdx('Fine.\n\na {b\n', 4)).toEqual([
      problem(
        7,
        5,
        'mdx-syntax',
        `the body is not valid MDX (Unexpected end of file in expression, expected a corresponding closing brace for \`{\`) — ${ALLOWED_MDX}; write a literal < or { as \\< or \\{`,
      ),
    ]);
  });
});

describe('imports, exports and expressions', () => {
  test('an import statement', () => {
    expect(mdx('import Chart from "../../src/components/Chart.astro"\n\nText.\n')).toEqual([
      problem(1, 1, 'mdx-esm', `\`import\` statements are not allowed in content — ${ALLOWED_MDX}; remove the line`),
    ]);
  });

  test('an export statement', () => {
    expect(mdx('# Title\n\nexport const a = 1\n')).toEqual([
      problem(3, 1, 'mdx-esm', `\`export\` statements are not allowed in content — ${ALLOWED_MDX}; remove the line`),
    ]);
  });

  test('an expression in flow', () => {
    expect(mdx('Intro.\n\n{process.env.SECRET}\n')).toEqual([
      problem(
        3,
        1,
        'mdx-expression',
        `the JavaScript expression "{process.env.SECRET}" is not allowed in content — ${ALLOWED_MDX}; write the text itself, or \\{ for a literal brace`,
      ),
    ]);
  });

  test('an expression in text', () => {
    expect(mdx('a {b} c')).toEqual([
      problem(
        1,
        3,
        'mdx-expression',
        `the JavaScript expression "{b}" is not allowed in content — ${ALLOWED_MDX}; write the text itself, or \\{ for a literal brace`,
      ),
    ]);
  });

  test('an MDX comment in text and in flow', () => {
    const message = `MDX comments {/* … */} are not allowed in content, nor are HTML comments — ${ALLOWED_MDX}; delete the comment`;
    expect(mdx('Text {/* note */} more\n\n{// line comment\n}\n')).toEqual([problem(1, 6, 'mdx-comment', message), problem(3, 1, 'mdx-comment', message)]);
  });

  test('an HTML comment in .mdx', () => {
    expect(mdx('Intro\n\n<!-- hidden -->\n')).toEqual([
      problem(3, 1, 'html-comment', `HTML comments <!-- … --> are not allowed in content — ${ALLOWED_MDX}; delete the comment`),
    ]);
  });
});

describe('raw HTML in .md', () => {
  const comment = `HTML comments <!-- … --> are not allowed in content — ${ALLOWED_MD}; delete the comment`;

  test('HTML comments, block and inline', () => {
    expect(md('<!-- hidden -->\n\na <!-- x --> b\n')).toEqual([problem(1, 1, 'html-comment', comment), problem(3, 3, 'html-comment', comment)]);
  });

  test.each([
    ['<script>alert(1)</script>\n', 1, 'raw HTML "<script>alert(1)</script>" is not allowed'],
    ['<style>body{display:none}</style>\n', 1, 'raw HTML "<style>body{display:none}</style>" is not allowed'],
    ['<iframe src="https://x.org"></iframe>\n', 1, 'raw HTML "<iframe src="https://x.org"></iframe>" is not allowed'],
    ['<iframe src="https://example.org/embed"></iframe>\n', 1, 'raw HTML "<iframe src="https://example.org/embed"…" is not allowed'],
    ['<div>\n\ntext\n', 1, 'raw HTML "<div>" is not allowed'],
    ['Text <img src=x onerror=alert(1)> more', 6, 'raw HTML "<img src=x onerror=alert(1)>" is not allowed'],
  ])('%j', (body, column, start) => {
    expect(md(body)).toEqual([problem(1, column, 'raw-html', `${start} in content — ${ALLOWED_MD}; use Markdown syntax instead`)]);
  });

  test('opening and closing inline tags are each reported, components included', () => {
    const end = `in content — ${ALLOWED_MD}; use Markdown syntax instead`;
    expect(md('<Quote by="x">hi</Quote>')).toEqual([
      problem(1, 1, 'raw-html', `raw HTML "<Quote by="x">" is not allowed ${end}`),
      problem(1, 17, 'raw-html', `raw HTML "</Quote>" is not allowed ${end}`),
    ]);
  });
});

describe('JSX elements', () => {
  const fix = `${ALLOWED_MDX}; remove it or use Markdown syntax`;

  test.each([
    ['<script>alert(1)</script>', 1, 'script'],
    ['<style>{"body{display:none}"}</style>', 1, 'style'],
    ['<iframe src="https://example.org" />', 1, 'iframe'],
    ['<img src="x" onerror="alert(1)" />', 1, 'img'],
    ['See <a href="https://example.org">this</a>.', 5, 'a'],
    ['<div>\n\ntext\n\n</div>', 1, 'div'],
  ])('the HTML element in %j', (body, column, name) => {
    const problems = mdx(body);
    expect(problems[0]).toEqual(problem(1, column, 'jsx-html-element', `the HTML element <${name}> is not allowed in content — ${fix}`));
  });

  test('a fragment', () => {
    expect(mdx('<>x</>')).toEqual([problem(1, 1, 'jsx-fragment', `fragments <>…</> are not allowed in content — ${fix}`)]);
  });

  test('a member name', () => {
    expect(mdx('Text\n\n<Quote.Inner />')).toEqual([problem(3, 1, 'jsx-member-name', `the dotted name <Quote.Inner> is not allowed in content — ${fix}`)]);
  });

  test('a namespaced name', () => {
    expect(mdx('<svg:rect />')).toEqual([problem(1, 1, 'jsx-namespace-name', `the namespaced name <svg:rect> is not allowed in content — ${fix}`)]);
  });

  test('a component that is not in the allow-list', () => {
    expect(mdx('<Chart data="x" />')).toEqual([problem(1, 1, 'jsx-unknown-component', `the component <Chart> is not allowed in content — ${fix}`)]);
  });

  test('the content of a refused element is still checked', () => {
    expect(mdx('<div>{secret}</div>')).toEqual([
      problem(1, 1, 'jsx-html-element', `the HTML element <div> is not allowed in content — ${fix}`),
      problem(
        1,
        6,
        'mdx-expression',
        `the JavaScript expression "{secret}" is not allowed in content — ${ALLOWED_MDX}; write the text itself, or \\{ for a literal brace`,
      ),
    ]);
  });
});

describe('JSX attributes', () => {
  test('a spread attribute, in a nested allowed component', () => {
    expect(mdx('<Quote by="a">\n\n<Quote by="b" {...props}>x</Quote>\n\n</Quote>')).toEqual([
      problem(
        3,
        15,
        'jsx-spread-attribute',
        'the spread attribute "{...props}" on <Quote> is not allowed in content — <Quote> accepts only by="…"; write each attribute as name="text"',
      ),
    ]);
  });

  test('an attribute whose value is an expression', () => {
    expect(mdx('<Quote by={name}>x</Quote>')).toEqual([
      problem(1, 8, 'jsx-attribute-expression', 'the attribute value by={name} on <Quote> is an expression — expected a plain string such as by="text"'),
    ]);
  });

  test('an attribute without a value', () => {
    expect(mdx('<Quote by>x</Quote>')).toEqual([
      problem(1, 8, 'jsx-attribute-no-value', 'the attribute "by" on <Quote> has no value — expected a plain string such as by="text"'),
    ]);
  });

  test('an attribute that is not in the component’s allow-list', () => {
    expect(mdx('<Quote by="a" class="big">x</Quote>')).toEqual([
      problem(1, 15, 'jsx-attribute-not-allowed', 'the attribute "class" is not allowed on <Quote> — <Quote> accepts only by="…"; remove it'),
    ]);
  });

  test.each([
    ['onClick', 15],
    ['ONMOUSEOVER', 15],
  ])('the event handler %s', (name, column) => {
    expect(mdx(`<Quote by="a" ${name}="alert(1)">x</Quote>`)).toEqual([
      problem(
        1,
        column,
        'jsx-event-handler',
        `the event-handler attribute "${name}" on <Quote> is not allowed in content — <Quote> accepts only by="…"; remove it`,
      ),
    ]);
  });

  test('an Astro directive such as set:html', () => {
    expect(mdx('<Quote by="a" set:html="<img src=x onerror=alert(1)>" />')).toEqual([
      problem(
        1,
        15,
        'jsx-directive-attribute',
        'the directive attribute "set:html" on <Quote> is not allowed in content — <Quote> accepts only by="…"; remove it',
      ),
    ]);
  });

  test('an event handler is refused even when the configuration lists it', () => {
    expect(() => checkBody('x', { format: 'mdx', components: { Quote: ['onclick'] } })).toThrow(TypeError);
  });

  test('a lower-case or dotted allow-list name is a configuration error, not a wider allow-list', () => {
    expect(() => checkBody('x', { format: 'mdx', components: { script: [] } })).toThrow(
      'content component "script" must be a capitalised identifier such as Quote',
    );
    expect(() => checkBody('x', { format: 'mdx', components: { 'Quote.Inner': [] } })).toThrow(TypeError);
  });
});

describe('URLs', () => {
  const link = (url: string) => `the link URL "${url}" is not allowed — ${URL_EXPECTED}`;

  test('a javascript: link', () => {
    expect(md('[click](javascript:alert(1))')).toEqual([problem(1, 1, 'unsafe-url', link('javascript:alert(1)'))]);
  });

  test('a data: image, in .mdx', () => {
    expect(mdx('Text\n\n![x](data:image/svg+xml;base64,PHN2Zz4=)')).toEqual([
      problem(3, 1, 'unsafe-url', `the image URL "data:image/svg+xml;base64,PHN2Zz4=" is not allowed — ${URL_EXPECTED}`),
    ]);
  });

  test('a vbscript: link definition used by a reference', () => {
    expect(md('[x][r]\n\n[r]: vbscript:msgbox(1)')).toEqual([
      problem(3, 1, 'unsafe-url', `the link definition URL "vbscript:msgbox(1)" is not allowed — ${URL_EXPECTED}`),
    ]);
  });

  test('a javascript: autolink', () => {
    expect(md('Go <javascript:alert(1)>')).toEqual([problem(1, 4, 'unsafe-url', link('javascript:alert(1)'))]);
  });

  test('an unlisted scheme such as file:', () => {
    expect(md('[x](file:///etc/passwd)')).toEqual([problem(1, 1, 'unsafe-url', link('file:///etc/passwd'))]);
  });

  test.each([
    ['leading whitespace', '[a](< javascript:alert(1)>)', 'javascript:alert(1)'],
    ['mixed case', '[a](JaVaScRiPt:alert(1))', 'JaVaScRiPt:alert(1)'],
    // Markdown allows whitespace in a URL only between < and >, and `<j…` would itself be flagged.
    ['an embedded tab', '[a](< java\tscript:alert(1)>)', 'java script:alert(1)'],
    ['a decimal character reference', '[a](&#106;avascript:alert(1))', 'javascript:alert(1)'],
    ['a hex character reference', '[a](&#x6A;avascript:alert(1))', 'javascript:alert(1)'],
    ['a zero-padded character reference', '[a](&#0000106;avascript:alert(1))', 'javascript:alert(1)'],
    ['a named reference for the colon', '[a](javascript&colon;alert(1))', 'javascript:alert(1)'],
    ['percent-encoding', '[a](%6Aavascript:alert(1))', '%6Aavascript:alert(1)'],
    ['a percent-encoded colon', '[a](javascript%3Aalert(1))', 'javascript%3Aalert(1)'],
    ['double percent-encoding', '[a](%256Aavascript:alert(1))', '%256Aavascript:alert(1)'],
    ['an escaped colon', '[a](javascript\\:alert(1))', 'javascript:alert(1)'],
  ])('obfuscation: %s', (_, body, shown) => {
    const problems = md(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, column: 1, rule: 'unsafe-url' });
    expect(problems[0]!.message).toBe(link(shown.replace(/\s+/g, ' ').trim()));
  });

  test('leading and trailing whitespace in an attribute value', () => {
    expect(mdx('<Quote by=" \tjavascript:alert(1)\n ">x</Quote>')).toEqual([
      problem(
        1,
        8,
        'unsafe-url',
        'the value by="javascript:alert(1)" on <Quote> is a javascript:, vbscript: or data: URL — expected text, or an http(s), mailto or tel URL',
      ),
    ]);
  });

  test('an embedded newline in an attribute value', () => {
    expect(mdx('<Quote by="java\nscript:alert(1)">x</Quote>')).toEqual([
      problem(
        1,
        8,
        'unsafe-url',
        'the value by="java script:alert(1)" on <Quote> is a javascript:, vbscript: or data: URL — expected text, or an http(s), mailto or tel URL',
      ),
    ]);
  });

  test('an attribute holding prose refuses only dangerous schemes', () => {
    expect(mdx('<Quote by="&#x6A;avascript:alert(1)">x</Quote>')).toEqual([
      problem(
        1,
        8,
        'unsafe-url',
        'the value by="javascript:alert(1)" on <Quote> is a javascript:, vbscript: or data: URL — expected text, or an http(s), mailto or tel URL',
      ),
    ]);
    expect(mdx('<Quote by="Report: Kenya 2022">x</Quote>')).toEqual([]);
  });

  test('an attribute named like a URL must pass the URL allow-list', () => {
    const body = '<Source href="ftp://example.org/a" />\n\n<Source href="https://example.org/a" />\n\n<Source href="/reports/a.pdf" />';
    expect(checkBody(body, { format: 'mdx', components: { Source: ['href'] } })).toEqual([
      problem(1, 9, 'unsafe-url', `the URL href="ftp://example.org/a" on <Source> is not allowed — ${URL_EXPECTED}`),
    ]);
  });

  test('http, https, mailto, tel, relative and fragment URLs are allowed', () => {
    expect(md('[a](http://x.org) [b](HTTPS://x.org) [c](mailto:a@b.org) [d](tel:+4822) [e](../a/b) [f](/a) [g](#top) [h](?q=1) [i](//x.org/a)')).toEqual([]);
  });
});

describe('literal characters another parser could read as code', () => {
  test('an unescaped < in .mdx text', () => {
    expect(mdx('Turnout: a < b')).toEqual([
      problem(1, 12, 'mdx-unescaped-char', 'an unescaped < in .mdx content could be read as a tag by another MDX parser — write \\< (or &lt;) for a literal <'),
    ]);
  });

  test('an unescaped { in an .mdx link title', () => {
    expect(mdx('[a](x "{t}")')).toEqual([
      problem(
        1,
        8,
        'mdx-unescaped-char',
        'an unescaped { in .mdx content could be read as an expression by another MDX parser — write \\{ (or &#123;) for a literal {',
      ),
    ]);
  });

  test('escaped and encoded < and { are fine in .mdx, an escaped backslash is not an escape', () => {
    expect(mdx('a \\< b, a \\{ b, &lt; and &#123;')).toEqual([]);
    expect(mdx('[a](x "\\\\<t")')).toEqual([
      problem(1, 10, 'mdx-unescaped-char', 'an unescaped < in .mdx content could be read as a tag by another MDX parser — write \\< (or &lt;) for a literal <'),
    ]);
  });

  test('a tag-like < in an .md link title', () => {
    expect(md('[a](x "<b>")')).toEqual([
      problem(
        1,
        8,
        'md-tag-like-text',
        '"<b>" could be read as an HTML tag, and raw HTML is not allowed in content — write \\< (or &lt;) for a literal <, or put it in a code span',
      ),
    ]);
  });

  test('in .md, < followed by a space or digit is text, and an escaped tag is fine', () => {
    expect(md('a < b, <3, \\<b> and &lt;i&gt;')).toEqual([]);
  });

  test('a tag in an indented .md code block', () => {
    expect(md('Text\n\n    <img src=x onerror=alert(1)>\n')).toEqual([
      problem(
        3,
        5,
        'md-indented-code-tag',
        '"<img" in an indented code block would become live HTML if the block were read as text (GitHub-flavoured footnotes do that) — use a fenced code block (```) instead',
      ),
    ]);
  });
});

describe('GFM table rows splitting code', () => {
  test('a code span with a pipe hides an HTML tag from a non-GFM reading', () => {
    expect(md('| a | b |\n|---|---|\n| `x | <img src="x" onerror="alert(1)" />` | c |\n')).toEqual([
      problem(
        3,
        3,
        'gfm-table-split',
        'a code span contains an unescaped `|`, and this file has table syntax: a table row splits at every `|`, even inside a code span, which can expose what it hides — write `\\|` instead',
      ),
    ]);
  });

  test('a code span spanning table rows, with a pipe-less delimiter row', () => {
    expect(md('a `b\n:-\n<img src=x onerror=alert(1)> `\n')).toEqual([
      problem(
        1,
        3,
        'gfm-table-split',
        'a code span spans more than one line, and this file has table syntax: table rows split at line ends, even inside a code span, which can expose what it hides — keep it on one line',
      ),
    ]);
  });

  test('a link title with a pipe in .mdx', () => {
    expect(mdx('| a | b |\n| - | - |\n| [x](y "t | z") | c |\n')).toEqual([
      problem(
        3,
        3,
        'gfm-table-split',
        'a link contains an unescaped `|`, and this file has table syntax: a table row splits at every `|`, even inside a link, which can expose what it hides — write `\\|` instead',
      ),
    ]);
  });

  test('an attribute value with a pipe in a table', () => {
    expect(mdx('| a |\n| - |\n| <Quote by="x | y">z</Quote> |\n')).toEqual([
      problem(
        3,
        3,
        'gfm-table-split',
        'a component tag contains an unescaped `|`, and this file has table syntax: a table row splits at every `|`, even inside a component tag, which can expose what it hides — write `\\|` instead',
      ),
    ]);
  });

  test('delimiter-like lines inside fenced code do not count as table syntax', () => {
    expect(md('```\n|---|\n```\n\nRun `a | b`.\n')).toEqual([]);
  });
});

describe('GFM bare addresses', () => {
  test('an address running into a backtick would swallow the code span’s opening', () => {
    expect(mdx('www.example.com/`<b>x</b>`')).toEqual([
      problem(
        1,
        17,
        'gfm-autolink-literal',
        'the bare web address "www.example.com/`<b>x</b>`" runs into a backtick, which the site\'s Markdown would swallow into the link, changing how the rest is read — write the address as a link [text](https://…) or put a space after it',
      ),
    ]);
  });

  test('an address running into a backslash would swallow the escape', () => {
    expect(md('See https://example.org\\<b>')).toEqual([
      problem(
        1,
        24,
        'gfm-autolink-literal',
        'the bare web address "https://example.org\\<b>" runs into a backslash, which the site\'s Markdown would swallow into the link, changing how the rest is read — write the address as a link [text](https://…) or put a space after it',
      ),
    ]);
  });

  test('an address inside a code span is code', () => {
    expect(md('`www.example.com/\\a`')).toEqual([]);
  });
});

describe('GFM footnotes', () => {
  const shape =
    'a footnote definition must stand alone — start the line with [^label]: and its text on that one line, with a blank line before and after, outside quotes and lists, and no indented line after it; the site reads other shapes differently from this check';

  test.each([
    ['interrupting a paragraph', 'a `x\n[^1]: <b>` c\n', 2],
    ['inside a quote', 'x[^1]\n\n> [^1]: a\n', 3],
    ['with a lazy continuation line', 'x[^1]\n\n[^1]: a\nb\n', 3],
    ['followed by an indented line', 'x[^1]\n\n[^1]: a\n\n    b\n', 3],
    ['with its text indented', 'x[^1]\n\n[^1]:     code\n', 3],
    ['holding another definition', 'x[^1]\n\n[^1]: [^2]: y\n', 3],
  ])('%s', (_, body, line) => {
    expect(md(body)).toEqual([problem(line, 1, 'gfm-footnote-shape', shape)]);
  });

  test('the text of a footnote is checked as its own paragraph', () => {
    expect(md('x[^1]\n\n[^1]: see <b>x</b>\n')).toEqual([
      problem(3, 11, 'raw-html', `raw HTML "<b>" is not allowed in content — ${ALLOWED_MD}; use Markdown syntax instead`),
      problem(3, 15, 'raw-html', `raw HTML "</b>" is not allowed in content — ${ALLOWED_MD}; use Markdown syntax instead`),
    ]);
    expect(mdx('x[^1]\n\n[^1]: see {x}\n', 2)).toEqual([
      problem(
        5,
        11,
        'mdx-expression',
        `the JavaScript expression "{x}" is not allowed in content — ${ALLOWED_MDX}; write the text itself, or \\{ for a literal brace`,
      ),
    ]);
  });

  test('footnote text is not mistaken for a URL', () => {
    expect(md('x[^1]\n\n[^1]: Source:\n\nx[^2]\n\n[^2]: https://example.org\n')).toEqual([]);
  });
});

describe('positions', () => {
  test('lineOffset shifts every line; columns are unchanged', () => {
    const body = 'Text {x}\n\n<script>y</script>\n';
    const plain = mdx(body);
    const shifted = mdx(body, 3);
    expect(plain.map((p) => [p.line, p.column])).toEqual([
      [1, 6],
      [3, 1],
    ]);
    expect(shifted).toEqual(plain.map((p) => ({ ...p, line: p.line + 3 })));
  });

  test('CRLF line endings count as one line break', () => {
    expect(mdx('a\r\n\r\nb {x}\r\n').map((p) => [p.line, p.column, p.rule])).toEqual([[3, 3, 'mdx-expression']]);
  });

  test('problems come in reading order', () => {
    expect(mdx('{b}\n\n<script />\n\n{a}\n').map((p) => p.line)).toEqual([1, 3, 5]);
  });
});

test('a body nested too deeply to walk is refused, not crashed on', () => {
  const body = '<Quote by="x">'.repeat(20_000) + '</Quote>'.repeat(20_000);
  expect(mdx(body, 2)).toEqual([
    problem(3, 1, 'nesting-too-deep', 'the body nests lists, quotes or components too deeply to be checked — expected at most a few levels of nesting'),
  ]);
});

test('every rule is covered by a test in this file', async () => {
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(new URL(import.meta.url), 'utf8');
  // The rules as src/safety/mdx.ts lists them (Rule, the type of every problem's rule).
  const list = /type Rule =([^;]*);/.exec(readFileSync(new URL('../../src/safety/mdx.ts', import.meta.url), 'utf8'))![1]!;
  const RULES = [...list.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
  expect(RULES.length).toBeGreaterThan(20);
  const untested = RULES.filter((rule) => !source.includes(`'${rule}',`) && !source.includes(`'${rule}')`));
  expect(untested).toEqual([]);
});
