/**
 * Hostile and careless content, tried as a stranger's pull request would: each case changes a copy
 * of the small fixture archive in one way. The check must refuse it with the file named, the field
 * or line concerned and what was expected — and never crash, hang or print a character that could
 * steer a terminal or a CI log.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent, MAX_FILE_BYTES } from '../../src/archive/check.ts';
import { formatProblem, formatProblemGithub, sortProblems } from '../../src/archive/problems.ts';
import { copyContent, FIXTURE_CONTENT, type ContentTree } from '../support/content-tree.ts';

const STATEMENT = 'content/statements/2030/2030-01-04-fixture-opens-mission.mdx';
const MISSION = 'content/missions/md/2030-parliamentary.mdx';
const PERSON = 'content/people/ana-test.yaml';
const ORG = 'content/organizations/observers-office.yaml';
const COUNTRY = 'content/countries/md.mdx';

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

function check(change: (t: ContentTree) => void): string[] {
  tree = copyContent(FIXTURE_CONTENT);
  change(tree);
  return sortProblems(checkContent(tree.root, tree.contentDir).problems).map(formatProblem);
}

/** Appends text to a file's body. */
const append = (file: string, text: string) => (t: ContentTree) => t.write(file, t.read(file) + text);
/** Replaces the frontmatter line starting with `field:`. */
const field = (file: string, name: string, value: string) => (t: ContentTree) => t.edit(file, new RegExp(`^${name}:.*$`, 'm'), `${name}: ${value}`);

type Case = [name: string, change: (t: ContentTree) => void, file: string, expected: RegExp];

const cases: Case[] = [
  // Code in bodies, as the renderer reads it.
  ['export followed by a line break', append(STATEMENT, "\nexport\nconst x = process.getBuiltinModule('node:fs')\n"), STATEMENT, /:\d+:1  \(body\)  .*export/],
  ['export followed by a tab', append(STATEMENT, '\nexport\tconst x = 1\n'), STATEMENT, /\(body\)  .*export/],
  ['export followed by a carriage return', append(STATEMENT, '\nexport\rconst x = 1\n'), STATEMENT, /\(body\)/],
  ['export*', append(STATEMENT, "\nexport*from'node:fs'\n"), STATEMENT, /\(body\)  .*export/],
  ['import of a built-in', append(STATEMENT, "\nimport fs from 'node:fs'\n"), STATEMENT, /\(body\)  .*import/],
  ['an expression', append(STATEMENT, '\nText {process.exit(1)} text.\n'), STATEMENT, /\(body\)  .*expression/],
  ['a comment expression', append(STATEMENT, '\n{/* hidden */}\n'), STATEMENT, /\(body\)/],
  ['an attribute expression', append(STATEMENT, '\n<Quote by={process.env.HOME}>x</Quote>\n'), STATEMENT, /\(body\)  .*Quote/],
  ['an attribute on the next line', append(STATEMENT, '\n<Quote\n  by={globalThis}\n>x</Quote>\n'), STATEMENT, /\(body\)/],
  ['a spread over lines', append(STATEMENT, '\n<Quote\n  by="x"\n  {...props}\n>x</Quote>\n'), STATEMENT, /\(body\)/],
  ['a fragment', append(STATEMENT, '\n<>text</>\n'), STATEMENT, /\(body\)  .*fragment|\(body\)/],
  ['another component', append(STATEMENT, '\n<Chart data="x" />\n'), STATEMENT, /\(body\)  .*Chart/],
  ['a script element', append(STATEMENT, '\n<script>alert(1)</script>\n'), STATEMENT, /\(body\)  .*script/],
  [
    'an iframe in a .md file',
    (t) => {
      t.write(STATEMENT.replace('.mdx', '.md'), t.read(STATEMENT).replace(/<Quote.*<\/Quote>/, 'x') + '\n<iframe src="https://example.org"></iframe>\n');
      t.delete(STATEMENT);
    },
    STATEMENT.replace('.mdx', '.md'),
    /\(body\)  .*HTML/,
  ],
  ['a javascript: link', append(STATEMENT, '\n[x](javascript:alert(1))\n'), STATEMENT, /\(body\)  .*javascript/],
  ['a relative image (an import at build time)', append(STATEMENT, '\n![x](../../../../etc/passwd)\n'), STATEMENT, /\(body\)  .*image/i],
  ['a data: image', append(STATEMENT, '\n![x](data:image/svg+xml;base64,PHN2Zz4=)\n'), STATEMENT, /\(body\)/],
  ['an unclosed component', append(STATEMENT, '\n<Quote by="x">never closed\n'), STATEMENT, /\(body\)/],
  ['ten thousand nested quotes', append(STATEMENT, `\n${'> '.repeat(10_000)}deep\n`), STATEMENT, /\(body\)  the body nests/],
  [
    'thirty nested lists',
    append(STATEMENT, `\n${Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`),
    STATEMENT,
    /\(body\)  the body nests .* more than 24 levels/,
  ],
  [
    'a body of a megabyte of links',
    append(STATEMENT, `\n${'[a link](https://example.org/) '.repeat(30_000)}\n`),
    STATEMENT,
    /\(body\)  the body is [\d,]+ characters long — expected at most 32,768/,
  ],

  // Frontmatter and YAML read differently by two readers.
  ['TOML frontmatter', (t) => t.write(STATEMENT, t.read(STATEMENT).replace(/^---\n([\s\S]*?)\n---/, '+++\ntitle = "x"\n+++')), STATEMENT, /TOML/],
  ['a blank line before the frontmatter', (t) => t.write(STATEMENT, `\n${t.read(STATEMENT)}`), STATEMENT, /no frontmatter/],
  ['text after the closing ---', (t) => t.edit(STATEMENT, /\n---\n\n/, '\n---export const x = 1\n\n'), STATEMENT, /after the closing/],
  ['a js/function tag', field(STATEMENT, 'place', '!!js/function "function () { return 1 }"'), STATEMENT, /tag/],
  ['a binary tag', field(STATEMENT, 'place', '!!binary aGVsbG8='), STATEMENT, /tag !!binary|tag/],
  ['a custom tag', field(STATEMENT, 'place', '!custom x'), STATEMENT, /tag/],
  ['a set tag', field(STATEMENT, 'place', '!!set { a, b }'), STATEMENT, /tag/],
  ['a YAML 1.1 directive', (t) => t.write(ORG, `%YAML 1.1\n---\n${t.read(ORG)}`), ORG, /directive/],
  ['a TAG directive', (t) => t.write(ORG, `%TAG !e! tag:example.org,2000:\n---\n${t.read(ORG)}`), ORG, /directive/],
  [
    'a billion laughs',
    (t) =>
      t.write(
        ORG,
        `${t.read(ORG)}a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
      ),
    ORG,
    /aliases/,
  ],
  ['a merge key', (t) => t.write(ORG, `${t.read(ORG)}base: &base { about: x }\n<<: *base\n`), ORG, /merge key/],
  ['a repeated key', (t) => t.write(ORG, `${t.read(ORG)}name: Another name\n`), ORG, /repeats a field/],
  ['a place silently turned into a date', field(STATEMENT, 'place', '2030-01-04'), STATEMENT, /place/],
  ['a day that does not exist', field(STATEMENT, 'date', '2030-02-30'), STATEMENT, /date .*2030-03-02/],
  ['a date without leading zeros', field(STATEMENT, 'date', '2030-1-4'), STATEMENT, /date/],
  ['a date with a time', field(STATEMENT, 'date', '2030-01-04 10:00:00'), STATEMENT, /date/],
  ['a number with underscores', (t) => t.edit(MISSION, 'count: 20', 'count: 2_0'), MISSION, /observers\.0\.count/],
  ['a tab-indented mapping', (t) => t.edit(ORG, 'kind: osce-institution', 'kind: osce-institution\nextra:\n\tx: 1'), ORG, /YAML/],
  ['a YAML file that is a list', (t) => t.write(ORG, '- a\n- b\n'), ORG, /expected|frontmatter/],
  ['a YAML file that is empty', (t) => t.write(ORG, ''), ORG, /name/],
  [
    'fifty thousand unknown fields',
    (t) => t.write(ORG, `${t.read(ORG)}${Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`),
    ORG,
    /has 49,980 more fields that are not fields of an organization/,
  ],
  [
    'YAML nested beyond the stack',
    (t) => t.write(ORG, `${t.read(ORG)}about: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`),
    ORG,
    /nests lists or fields too deeply/,
  ],
  ['two YAML documents in one file', (t) => t.write(ORG, `${t.read(ORG)}---\nname: Second\n`), ORG, /YAML/],

  // Files.
  [
    'a symbolic link to a system file',
    (t) => symlinkSync('/etc/passwd', join(t.contentDir, 'people/passwd.yaml')),
    'content/people/passwd.yaml',
    /symbolic link/,
  ],
  [
    'a dangling symbolic link',
    (t) => symlinkSync(join(t.contentDir, 'nowhere.yaml'), join(t.contentDir, 'people/dangling.yaml')),
    'content/people/dangling.yaml',
    /symbolic link/,
  ],
  [
    'a symbolic link loop of folders',
    (t) => symlinkSync(join(t.contentDir, 'missions'), join(t.contentDir, 'missions/md/loop')),
    'content/missions/md/loop',
    /symbolic link|not read/,
  ],
  [
    'a file in a sub-folder of people',
    (t) => {
      mkdirSync(join(t.contentDir, 'people/odihr'));
      t.write('content/people/odihr/x.yaml', t.read(PERSON));
    },
    'content/people/odihr/x.yaml',
    /folder the site cannot route/,
  ],
  [
    'a statement outside its year folder',
    (t) => {
      t.write('content/statements/2030-01-04-loose.mdx', t.read(STATEMENT));
    },
    'content/statements/2030-01-04-loose.mdx',
    /folder the site cannot route/,
  ],
  [
    'a statement in a folder that is not a year',
    (t) => {
      t.write('content/statements/misc/2030-01-04-x.mdx', t.read(STATEMENT));
    },
    'content/statements/misc/2030-01-04-x.mdx',
    /folder/,
  ],
  [
    'a statement in the wrong year folder',
    (t) => {
      t.write('content/statements/2029/2030-01-05-x.mdx', t.read(STATEMENT).replace('2030-01-04', '2030-01-05'));
    },
    'content/statements/2029/2030-01-05-x.mdx',
    /folder 2029/,
  ],
  [
    'invalid UTF-8',
    (t) =>
      writeFileSync(
        join(t.root, ORG),
        Buffer.concat([Buffer.from('name: Fixture\nkind: osce-institution\nabout: caf'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]),
      ),
    ORG,
    /:3:1  \(file\)  is not valid UTF-8/,
  ],
  ['a NUL byte', (t) => t.write(ORG, `${t.read(ORG)}about: a\u0000b\n`), ORG, /NUL/],
  ['a file over the size bound', (t) => t.write(STATEMENT, t.read(STATEMENT) + 'word '.repeat(MAX_FILE_BYTES / 4)), STATEMENT, /bytes — expected at most/],
  ['a named pipe', (t) => execFileSync('mkfifo', [join(t.contentDir, 'people/pipe.yaml')]), 'content/people/pipe.yaml', /not a plain file/],
  ['a file with an upper-case name', (t) => t.write('content/people/Ana-Test.yaml', t.read(PERSON)), 'content/people/Ana-Test.yaml', /lower-case/],
  ['a file of another kind', (t) => t.write('content/people/notes.txt', 'x'), 'content/people/notes.txt', /not read by the site/],
  ['a file outside any collection', (t) => t.write('content/drafts/x.mdx', 'x'), 'content/drafts/x.mdx', /not in a collection folder/],

  // Published files that would collide.
  [
    'a second contact point for the same person and mission',
    (t) =>
      t.write(
        PERSON,
        `${t.read(PERSON)}  - role: Second spokesperson\n    organization: observers-office\n    mission: md/2030-parliamentary\n    email: other@example.org\n    source: 2030-01-04-fixture-opens-mission\n`,
      ),
    PERSON,
    /contactPoints\.1  would publish \/contacts\/ana-test--md-2030-parliamentary\.vcf, which `contactPoints\.0` publishes already/,
  ],
  [
    'an organization id that looks like a mission key',
    (t) =>
      t.write(
        PERSON,
        `${t.read(PERSON)}  - role: Committee member\n    organization: md-2030-parliamentary\n    email: c@example.org\n    source: 2030-01-04-fixture-opens-mission\n`,
      ),
    PERSON,
    /would publish/,
  ],
  [
    'a person whose id is a route',
    (t) => t.write('content/people/page.yaml', t.read(PERSON).replace(/contactPoints:[\s\S]*/, '')),
    'content/people/page.yaml',
    /site's own pages/,
  ],

  // Facts that contradict each other.
  ['a category above the total', (t) => t.edit(MISSION, 'count: 20', 'count: 40'), MISSION, /observers\.0\.count  .*more than the total of 30/],
  [
    'long-term observers deployed before the opening',
    (t) => t.edit(MISSION, /(category: long-term\n\s+count: 20\n\s+status: deployed\n\s+date: )2030-01-04/, '$12029-12-20'),
    MISSION,
    /observers\.0\.date  .*before the mission opened/,
  ],
  [
    'an LTO milestone before the opening',
    (t) =>
      t.edit(
        MISSION,
        'milestones:\n',
        'milestones:\n  - kind: lto-deployment\n    date: 2029-12\n    status: actual\n    source: 2030-01-04-fixture-opens-mission\n',
      ),
    MISSION,
    /milestones\.0\.date  .*before the mission opened/,
  ],
  [
    'a role that ends before it starts',
    (t) =>
      t.edit(
        PERSON,
        '    source: 2030-01-04-fixture-opens-mission\n    ru:\n      title: Глава миссии для тестов\ncontactPoints',
        '    from: 2030-02\n    to: 2030-01-15\n    source: 2030-01-04-fixture-opens-mission\n    ru:\n      title: Глава миссии для тестов\ncontactPoints',
      ),
    PERSON,
    /roles\.0\.to  .*before the role began/,
  ],
  ['a year before the archive', field(STATEMENT, 'date', '0050-06-01'), STATEMENT, /date  is "0050-06-01", .*expected a year from 1990 to \d{4}/],
  [
    'a year far in the future',
    (t) => t.edit(MISSION, 'date: 2030-01-04\n    status: actual', 'date: 2201-01-04\n    status: actual'),
    MISSION,
    /expected a year from 1990/,
  ],
  [
    'an organization that is its own parent',
    (t) => t.write(ORG, `${t.read(ORG)}parent: observers-office\n`),
    ORG,
    /parent  makes observers-office its own parent/,
  ],
  [
    "two organizations that are each other's parent",
    (t) => {
      t.write(ORG, `${t.read(ORG)}parent: md-2030-parliamentary\n`);
      t.write('content/organizations/md-2030-parliamentary.yaml', `${t.read('content/organizations/md-2030-parliamentary.yaml')}parent: observers-office\n`);
    },
    ORG,
    /its own ancestor/,
  ],

  // Output that content could steer.
  ['ANSI escapes in a value', field(STATEMENT, 'kind', '"\\e[2J\\e[31mpress-release"'), STATEMENT, /kind  is .*\\u(?:\{1b\}|001b)/],
  ['a carriage return in a value', field(COUNTRY, 'osceStatus', '"participating-state\\rfake"'), COUNTRY, /osceStatus  is .*(?:\\u\{d\}|\\r)/],
  ['a bidi override in a file name', (t) => t.write('content/people/a\u202eb.yaml', t.read(PERSON)), 'content/people/a\\u{202e}b.yaml', /lower-case/],
];

describe('hostile content is refused with the file named', () => {
  test.each(cases)('%s', (_, change, file, expected) => {
    const lines = check(change);
    const about = lines.filter((l) => l.startsWith(`${file}:`));
    expect(about.length, lines.join('\n')).toBeGreaterThan(0);
    expect(
      about.some((l) => expected.test(l)),
      about.join('\n'),
    ).toBe(true);
    for (const line of lines) {
      expect(line).toMatch(/^\S.*:\d+:\d+  \S+  \S/);
      // No raw control or bidi character reaches a terminal, and no stack trace is printed.
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(line).not.toMatch(/\n\s+at /);
    }
  });

  test('the corpus covers every kind of hostile input the check knows', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
});

describe('check output that content cannot steer', () => {
  test('GitHub annotations escape properties and data as GitHub documents', () => {
    const line = formatProblemGithub({
      file: 'content/people/a,title=x::evil.yaml',
      line: 3,
      column: 1,
      field: 'roles.0:x',
      message: '100% wrong\r\n::error::forged',
    });
    expect(line).toBe('::error file=content/people/a%2Ctitle=x%3A%3Aevil.yaml,line=3,col=1,title=roles.0%3Ax::100%25 wrong\\u{d}\\u{a}::error::forged');
    expect(line.split('\n')).toHaveLength(1);
  });
});
