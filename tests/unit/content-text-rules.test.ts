/**
 * What a text field may hold (src/schemas/text.ts), what a web address may be, which file names
 * every checkout can hold, and the renderer's bound on rewrites per paragraph: the rules behind the
 * refusals the hostile corpus pins, each on its own.
 */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { checkFile } from '../../src/archive/check.ts';
import { checkRenderedBody, MAX_REWRITES_PER_PARAGRAPH } from '../../src/safety/renderer.ts';
import { hasUserPart } from '../../src/safety/url.ts';
import { webUrl } from '../../src/schemas/common.ts';
import { missionDoubts } from '../../src/schemas/consistency.ts';
import { characterName, lengthProblem, textProblem } from '../../src/schemas/text.ts';

describe('characters a text may hold', () => {
  test('a name or title: one line of visible letters', () => {
    expect(textProblem('Jarosław Marcin Domański', 'name', 'the name')).toBeUndefined();
    expect(textProblem('Кристиан Вигенин — «ОБСЕ»', 'title', 'the title')).toBeUndefined();
    expect(textProblem('a\nb', 'name', 'the name')).toBe('has a line break (U+000A LINE FEED) at character 2 — expected the name on one line');
    expect(textProblem('a\u2028b', 'title', 'the title')).toBe('has a line break (U+2028 LINE SEPARATOR) at character 2 — expected the title on one line');
    expect(textProblem('ab\tc', 'name', 'the name')).toBe('has the control character U+0009 TAB at character 3 — expected the name in plain text; delete it');
    expect(textProblem('a\u00adb', 'name', 'the name')).toBe(
      'has the invisible character U+00AD SOFT HYPHEN at character 2 — expected the name without invisible characters; delete it',
    );
  });
  test('prose keeps line breaks, tabs and a soft hyphen, never a control or a direction control', () => {
    expect(textProblem('Line one.\n\tLine two, hy\u00adphenated.', 'prose', 'the summary')).toBeUndefined();
    expect(textProblem('a\rb', 'prose', 'the summary')).toBe(
      'has the control character U+000D CARRIAGE RETURN at character 2 — expected the summary in plain text; delete it',
    );
    expect(textProblem('a\u2066b', 'prose', 'the summary')).toBe(
      'has the direction control U+2066 LEFT-TO-RIGHT ISOLATE at character 2, which makes text display in another order than it is written — expected the summary without direction controls; delete it',
    );
  });
  test('positions are counted in characters as a reader counts them, a letter beyond the BMP as one', () => {
    expect(textProblem('😀😀\u202e', 'name', 'the name')).toMatch(/at character 3,/);
  });
  test('what is not a character at all', () => {
    expect(textProblem('a\udc00', 'prose', 'the note')).toBe(
      'has U+DC00 at character 2, which is not a character — expected the note in plain text; retype it',
    );
    expect(textProblem('a\uffff', 'name', 'the name')).toMatch(/^has U\+FFFF at character 2, which is not a character/);
  });
  test('characters are named where a maintainer may not know the code', () => {
    expect(characterName('\u202e')).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(characterName('\u0001')).toBe('U+0001');
  });
  test('lengths', () => {
    expect(lengthProblem('x'.repeat(200), 200, 'the name')).toBeUndefined();
    expect(lengthProblem('x'.repeat(1_048_576), 200, 'the name')).toBe('is 1,048,576 characters long — expected the name of at most 200 characters');
  });
});

describe('web addresses', () => {
  /** What the schema says of a web address that fails it; undefined when it passes. */
  const webUrlProblem = (url: string) =>
    webUrl()
      .safeParse(url)
      .error?.issues.map((i) => i.message)
      .join('; ');
  test('a user part, written any way, is refused; a mailbox and a path with @ are not user parts', () => {
    expect(webUrlProblem('https://www.osce.org/odihr/elections')).toBeUndefined();
    expect(webUrlProblem('https://www.osce.org/@press')).toBeUndefined();
    expect(webUrlProblem('https://www.osce.org@evil.example/')).toBe(
      'names the user "www.osce.org" before the site, so it reads as that site and leads to evil.example — expected the site\'s own address, without a user part',
    );
    expect(webUrlProblem('https://:pw@evil.example/')).toMatch(/^names the user ":pw" before the site/);
    expect(webUrlProblem('https://example.org/a b')).toBe(
      'has a space or invisible character at character 22 — expected a web address without spaces; write a space as %20',
    );
    expect(webUrlProblem(`https://example.org/${'a'.repeat(2100)}`)).toMatch(/^is 2,120 characters long — expected a web address of at most 2,048 characters$/);
  });
  test('in a body: a link with a user part, however it is spelt, but not mailto', () => {
    expect(hasUserPart('https://www.osce.org@evil.example/')).toBe(true);
    expect(hasUserPart('//osce.org@evil.example/')).toBe(true);
    expect(hasUserPart('https://www.osce.org%40evil.example/')).toBe(true);
    expect(hasUserPart('https://www.osce.org&#64;evil.example/')).toBe(true);
    expect(hasUserPart('mailto:press@osce.org')).toBe(false);
    expect(hasUserPart('/people/a@b/')).toBe(false);
    expect(hasUserPart('https://www.osce.org/odihr')).toBe(false);
  });
});

describe('file names every checkout can hold', () => {
  /** What the check says of a folder of content/ with this name (before it looks at any file). */
  const nameProblem = (name: string) => {
    const root = join('/', 'archive');
    return checkFile(root, join(root, 'content'), join(root, 'content', name, 'x.yaml')).problems[0]!.message;
  };
  test.each(['con.yaml', 'CON.yaml', 'nul', 'aux.tar.gz', 'com1.yaml', 'lpt9.mdx', 'com¹.yaml', 'prn.'])('%s is a Windows device', (name) => {
    expect(nameProblem(name)).toMatch(/is a device name Windows reserves/);
  });
  test.each(['console.yaml', 'com10.yaml', 'auxiliary.yaml', 'nullity.yaml', 'kz', '2021-parliamentary.mdx'])('%s is not', (name) => {
    expect(nameProblem(name)).not.toMatch(/device name/);
    expect(nameProblem(name)).toMatch(/is not in a collection folder/);
  });
});

describe("the renderer's rewrites per paragraph", () => {
  const quotes = (n: number) => `"'`.repeat(n / 2);
  /** The paragraph the renderer check refuses for its rewrites: where it starts, and its count from the message. */
  const crowdedParagraph = (text: string) => {
    const problem = checkRenderedBody({ text, format: 'md', startLine: 1, startColumn: 1 }, {}).find((p) => p.rule === 'renderer-rewrites');
    return problem && { line: problem.line, rewrites: Number(/has ([\d,]+) quotation marks/.exec(problem.message)![1]!.replace(/,/g, '')) };
  };
  test('up to the bound a paragraph passes; one more is refused, counted whole, at the line it starts', () => {
    expect(crowdedParagraph(`Intro.\n\n${quotes(MAX_REWRITES_PER_PARAGRAPH)}\n`)).toBeUndefined();
    expect(crowdedParagraph(`Intro.\n\n${quotes(MAX_REWRITES_PER_PARAGRAPH)}\nmore...\n`)).toEqual({ line: 3, rewrites: MAX_REWRITES_PER_PARAGRAPH + 1 });
  });
  test('ellipses, double hyphens and & signs count as the renderer rewrites them', () => {
    expect(crowdedParagraph(`${'a... b -- c &amp; '.repeat(171)}`)).toEqual({ line: 1, rewrites: 513 });
  });
  test('only a line of spaces and tabs parts paragraphs, as in Markdown: no-break spaces do not', () => {
    const half = quotes(400);
    expect(crowdedParagraph(`${half}\n \t\n${half}`)).toBeUndefined();
    expect(crowdedParagraph(`${half}\n\u00a0\n${half}`)).toEqual({ line: 1, rewrites: 800 });
  });
});

describe('doubts about figures', () => {
  const total = { category: 'total', count: 400, status: 'deployed', date: '2021-01-10' };
  test('a category more than twice the largest total is a doubt naming both; at twice it is not', () => {
    expect(missionDoubts({ observers: [total, { category: 'short-term', count: 800, status: 'planned', date: '2021-01-01' }] })).toEqual([]);
    expect(
      missionDoubts({ observers: [{ ...total, count: 30 }, total, { category: 'short-term', count: 4_000, status: 'deployed', date: '2021-01-10' }] }),
    ).toEqual([
      {
        path: ['observers', 2, 'count'],
        message:
          "is 4,000 short-term observers, more than 2 times the mission's largest total, 400 (observers.1, deployed on 2021-01-10) — check both figures against their sources",
      },
    ]);
  });
  test('without a total there is nothing to compare with', () => {
    expect(missionDoubts({ observers: [{ category: 'short-term', count: 40_000, status: 'deployed', date: '2021-01-10' }] })).toEqual([]);
  });
});
