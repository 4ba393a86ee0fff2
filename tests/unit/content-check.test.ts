/**
 * The corpus of bad content: each case breaks a copy of the real archive in one way and pins every
 * line `npm run check` prints for it — file, line, column, field and message.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/archive/check.ts';
import { formatProblem, sortProblems } from '../../src/archive/problems.ts';
import { copyContent, REAL_CONTENT, REPO, type ContentTree } from '../support/content-tree.ts';

const S21 = 'content/statements/2021/2021-01-04-osce-pa-deploys-observers-kazakhstan.mdx';
const S21B = 'content/statements/2021/2021-02-22-eu-statement-parliamentary-elections-kazakhstan.mdx';
const M21 = 'content/missions/kz/2021-parliamentary.mdx';
const M05 = 'content/missions/kz/2005-presidential.mdx';
const GUIDO = 'content/people/guido-almerigogna.yaml';
const ODIHR = 'content/organizations/odihr.yaml';
const KZ = 'content/countries/kz.mdx';

/** 1-based line of the real file where `text` first appears: cases pin positions without pinning the archive's wording. */
const lineOf = (file: string, text: string) =>
  readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

/** Lines in the real file: a case that appends a field pins the line it lands on. */
const linesIn = (file: string) =>
  readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
    .trimEnd()
    .split('\n').length;

let tree: ContentTree | undefined;
afterEach(() => tree?.remove());

function problemsAfter(change: (t: ContentTree) => void): string[] {
  tree = copyContent();
  change(tree);
  return sortProblems(checkContent(tree.root, tree.contentDir).problems).map(formatProblem);
}

// The whole real archive (over a thousand files, each body judged by the renderer) takes 15 s on an
// idle machine and three times that beside a build: its own budget, not the unit tests' 20 s.
test('the real archive has no problems', () => {
  expect(checkContent(REPO, REAL_CONTENT).problems.map(formatProblem)).toEqual([]);
});

test('the frozen fixture archive the other cases change has none either', () => {
  expect(problemsAfter(() => {})).toEqual([]);
});

describe('statements', () => {
  test('a missing required field', () => {
    expect(problemsAfter((t) => t.edit(S21, /^title: .*\n/m, ''))).toEqual([`${S21}:2:1  title  is missing — expected the title (text)`]);
  });
  test('a misspelt field gets a suggestion', () => {
    expect(problemsAfter((t) => t.edit(S21, 'place: Copenhagen', 'plase: Copenhagen'))).toEqual([
      `${S21}:5:1  plase  is not a field of a statement — did you mean \`place\`?`,
    ]);
  });
  test('an unknown field without a near match lists the fields', () => {
    const [line] = problemsAfter((t) => t.edit(S21, 'place: Copenhagen', 'place: Copenhagen\nsentiment: upbeat'));
    expect(line).toMatch(
      /^content\/statements\/2021\/2021-01-04-osce-pa-deploys-observers-kazakhstan\.mdx:6:1  sentiment  is not a field of a statement — expected one of: title, titleIsOurs, kind, date, /,
    );
  });
  test('an unknown kind', () => {
    expect(problemsAfter((t) => t.edit(S21, 'kind: press-release', 'kind: press-relase'))).toEqual([
      `${S21}:3:1  kind  is "press-relase" — expected one of: press-release, preliminary-statement, interim-report, final-report, needs-assessment-report, delegation-statement, chairpersonship-statement, government-statement, news-report`,
    ]);
  });
  test('a date in the wrong form', () => {
    expect(problemsAfter((t) => t.edit(S21, 'date: 2021-01-04', 'date: 04/01/2021'))).toEqual([
      `${S21}:4:1  date  is "04/01/2021" — expected a date written YYYY-MM-DD, e.g. 2021-01-10`,
    ]);
  });
  test('a date that is not in the calendar', () => {
    expect(problemsAfter((t) => t.edit(S21B, 'date: 2021-02-22', 'date: 2021-02-30'))).toEqual([
      `${S21B}:5:7  date  is "2021-02-30", which the site reads as the date 2021-03-02 — expected a real date written YYYY-MM-DD, or text in quotes`,
    ]);
  });
  test('a dangling organization, country and mission', () => {
    expect(
      problemsAfter((t) => {
        t.edit(S21, 'source: osce-pa', 'source: osce-parliament');
        t.edit(S21, 'countries: [kz]', 'countries: [kz, xx]');
        t.edit(S21, 'missions: [kz/2021-parliamentary]', 'missions: [kz/2021-parlamentary]');
      }).filter((line) => line.startsWith(S21)),
    ).toEqual([
      `${S21}:6:1  source  names organization "osce-parliament", which does not exist — expected a file content/organizations/osce-parliament.yaml`,
      `${S21}:${lineOf(S21, 'countries: [kz]')}:17  countries.1  names country "xx", which does not exist — expected a file content/countries/xx.mdx`,
      `${S21}:${lineOf(S21, 'missions: [kz/2021-parliamentary]')}:12  missions.0  names mission "kz/2021-parlamentary", which does not exist — expected a file content/missions/kz/2021-parlamentary.mdx`,
    ]);
  });
  test('a file name that does not start with its date', () => {
    expect(problemsAfter((t) => t.edit(S21, 'date: 2021-01-04', 'date: 2021-01-05'))).toEqual([
      `${S21}:4:1  date  is 2021-01-05 but the file is named 2021-01-04-osce-pa-deploys-observers-kazakhstan — expected the file name to start with the date`,
    ]);
  });
  test('a statement in the wrong year folder', () => {
    const moved = 'content/statements/2020/2021-01-04-osce-pa-deploys-observers-kazakhstan.mdx';
    expect(
      problemsAfter((t) => {
        t.write(moved, t.read(S21));
        t.delete(S21);
      }),
    ).toEqual([`${moved}:4:1  date  is in 2021 but the file is in the folder 2020/ — expected content/statements/2021/`]);
  });
  test('two files with the same id', () => {
    const copy = 'content/statements/2020/2021-01-04-osce-pa-deploys-observers-kazakhstan.mdx';
    // Files are read in path order, so the 2020/ copy comes first and the original is the repeat.
    expect(problemsAfter((t) => t.write(copy, t.read(S21)))).toEqual([
      `${copy}:4:1  date  is in 2021 but the file is in the folder 2020/ — expected content/statements/2021/`,
      `${S21}:2:1  (file)  has the id "2021-01-04-osce-pa-deploys-observers-kazakhstan" already used by ${copy} — expected each statement id once`,
    ]);
  });
  test('a malformed document number', () => {
    expect(problemsAfter((t) => t.edit(S21B, 'documentNumber: PC.DEL/80/21/Rev.1', 'documentNumber: PC DEL 80 21'))).toEqual([
      `${S21B}:9:1  documentNumber  is "PC DEL 80 21" — expected an OSCE document number such as PC.DEL/80/21/Rev.1`,
    ]);
  });
  test('a mission in a country the statement does not list', () => {
    expect(problemsAfter((t) => t.edit(S21B, 'countries: [kz]', 'countries: [bg]'))).toEqual([
      `${S21B}:8:12  missions.0  is a mission in "kz", which is not in countries — expected countries to list "kz"`,
    ]);
  });
  test('a placeholder left in', () => {
    expect(problemsAfter((t) => t.edit(S21B, /^summary: >-\n/m, 'summary: TODO write this\nx: >-\n'))).toContain(
      `${S21B}:14:1  summary  is still a TODO placeholder — expected the real value from the source`,
    );
  });
  test('a file without frontmatter', () => {
    expect(problemsAfter((t) => t.write('content/statements/2021/2021-03-01-notes.mdx', 'Just some notes.\n'))).toEqual([
      'content/statements/2021/2021-03-01-notes.mdx:1:1  (frontmatter)  has no frontmatter — expected the file to start with a line `---`, the fields, and a closing `---`',
    ]);
  });
  test('a line that ends in --- does not end the frontmatter', () => {
    // Astro reads `place` as "Copenhagen---" and the fields after it; so must the check.
    expect(problemsAfter((t) => t.edit(S21, 'place: Copenhagen', 'place: Copenhagen---'))).toEqual([]);
  });
  test('a file the site would not read', () => {
    expect(problemsAfter((t) => t.write('content/statements/2021/notes.txt', 'draft'))).toEqual([
      'content/statements/2021/notes.txt:1:1  (file)  is not read by the site — expected a .md or .mdx file in content/statements/',
    ]);
  });
});

describe('missions', () => {
  test('a mission type no source states is left out, and accepted', () => {
    expect(problemsAfter((t) => t.edit(M21, 'type: LEOM\n', ''))).toEqual([]);
  });
  test('a mission type outside the vocabulary', () => {
    expect(problemsAfter((t) => t.edit(M21, 'type: LEOM\n', 'type: ROM\n'))).toEqual([
      `${M21}:7:1  type  is "ROM" — expected one of: NAM, EAM, EET, LEOM, EOM, IEOM, SEAM`,
    ]);
  });
  test('a negative and a non-numeric observer count', () => {
    expect(
      problemsAfter((t) => {
        t.edit(M21, 'count: 24', 'count: -3');
        t.edit(M21, 'count: 11', 'count: eleven');
      }),
    ).toEqual([
      `${M21}:20:5  observers.0.count  is "eleven" — expected a whole number of observers`,
      `${M21}:29:5  observers.1.count  is -3 — expected a number of observers above zero`,
    ]);
  });
  test('a preliminary statement before election day', () => {
    expect(problemsAfter((t) => t.edit(M21, 'date: 2021-01-11', 'date: 2021-01-09'))).toEqual([
      `${M21}:76:5  milestones.4.date  preliminary-statement dated 2021-01-09 is before election day 2021-01-10 — expected a date on or after it`,
    ]);
  });
  test('a final report dated before the election, at month precision', () => {
    expect(problemsAfter((t) => t.edit(M21, /(kind: final-report\n)/, '$1    date: 2020-12\n'))).toEqual([
      `${M21}:83:5  milestones.5.date  final-report dated 2020-12 is before election day 2021-01-10 — expected a date on or after it`,
    ]);
  });
  test('an opening after election day', () => {
    expect(problemsAfter((t) => t.edit(M05, 'date: 2005-10', 'date: 2006-01'))).toEqual([
      `${M05}:${lineOf(M05, 'date: 2005-10')}:5  milestones.0.date  opening dated 2006-01 is after election day 2005-12-04 — expected a date on or before it`,
    ]);
  });
  test('rounds out of order', () => {
    expect(problemsAfter((t) => t.edit(M21, 'rounds: [2021-01-10]', 'rounds: [2021-01-10, 2021-01-03]'))).toEqual([
      `${M21}:6:3  election.rounds  the second round must come after the first`,
    ]);
  });
  test('an appointment by a person or organization not in the archive, and an appointment without its office', () => {
    expect(
      problemsAfter((t) => {
        t.edit(M05, 'person: dimitrij-rupel', 'person: dimitri-rupel');
        t.edit(M05, 'organization: osce-chairpersonship\n      office: Chairman-in-Office', 'organization: osce-chair');
      }),
    ).toEqual([
      `${M05}:${lineOf(M05, 'appointedBy:')}:5  leaders.0.appointedBy.office  is missing — expected the office that made the appointment (text)`,
      `${M05}:${lineOf(M05, 'appointedBy:') + 1}:7  leaders.0.appointedBy.organization  names organization "osce-chair", which does not exist — expected a file content/organizations/osce-chair.yaml`,
      // One line higher than in the real file: the edit removed the `office` line above it.
      `${M05}:${lineOf(M05, 'person: dimitrij-rupel') - 1}:7  leaders.0.appointedBy.person  names person "dimitri-rupel", which does not exist — expected a file content/people/dimitri-rupel.yaml`,
    ]);
  });
  test('a leader who is not in the archive', () => {
    expect(problemsAfter((t) => t.edit(M21, 'person: kristian-vigenin', 'person: kristian-vigenim'))).toEqual([
      `${M21}:${lineOf(M21, 'person: kristian-vigenin')}:5  leaders.1.person  names person "kristian-vigenim", which does not exist — expected a file content/people/kristian-vigenim.yaml`,
    ]);
  });
  test('a figure cited to a statement about another mission', () => {
    expect(
      problemsAfter((t) =>
        t.edit(
          M21,
          /(count: 11[\s\S]*?source: )2020-12-08-odihr-opens-limited-election-observation-mission-kazakhstan/,
          '$12005-12-05-chairman-in-office-kazakhstan-election-open-political-life',
        ),
      ),
    ).toEqual([
      `${M21}:22:5  observers.0.date  is 2020-12-08, after its source was published (2005-12-05) — expected a deployed figure dated on or before its source`,
      `${M21}:27:5  observers.0.source  cites statement "2005-12-05-chairman-in-office-kazakhstan-election-open-political-life", which is not about this mission — expected a statement whose missions list "kz/2021-parliamentary"`,
    ]);
  });
  test('a mission filed under the wrong year', () => {
    const moved = 'content/missions/kz/2020-parliamentary.mdx';
    const lines = problemsAfter((t) => {
      t.write(moved, t.read(M21));
      t.delete(M21);
      // A maintainer moves a body's translation with it.
      t.write(moved.replace('.mdx', '.ru.mdx'), t.read(M21.replace('.mdx', '.ru.mdx')));
      t.delete(M21.replace('.mdx', '.ru.mdx'));
    });
    expect(lines.filter((l) => l.startsWith(moved))).toEqual([
      `${moved}:2:1  (file)  is at missions/kz/2020-parliamentary — expected missions/kz/2021-parliamentary.mdx (country/election year-election kind)`,
    ]);
    // Everything that named the mission by its old id is reported too.
    expect(lines.filter((l) => l.includes('names mission "kz/2021-parliamentary"'))).toHaveLength(7);
  });
});

describe('people', () => {
  test('a phone number not in E.164 form', () => {
    expect(problemsAfter((t) => t.edit(GUIDO, '"+4560109772"', '"+45 60 10 97 72"'))).toEqual([
      `${GUIDO}:15:5  contactPoints.0.phone  is "+45 60 10 97 72" — expected a phone number in E.164 form: +, country code, number, no spaces (e.g. +4560109772)`,
    ]);
  });
  test('a phone number with digits missing', () => {
    expect(problemsAfter((t) => t.edit(GUIDO, '"+4560109772"', '"+45601097"'))).toEqual([
      `${GUIDO}:15:5  contactPoints.0.phone  is not a valid phone number for its country code — check the digits against the source`,
    ]);
  });
  test('a malformed email', () => {
    expect(problemsAfter((t) => t.edit(GUIDO, 'guido.almerigogna@oscepa.dk', 'guido.almerigogna(at)oscepa.dk'))).toEqual([
      `${GUIDO}:16:5  contactPoints.0.email  is "guido.almerigogna(at)oscepa.dk" — expected an email address such as press@example.org`,
    ]);
  });
  test('a contact point with neither phone nor email', () => {
    expect(
      problemsAfter((t) => {
        t.edit(GUIDO, /    phone: .*\n/, '');
        t.edit(GUIDO, /    email: .*\n/, '');
      }),
    ).toEqual([`${GUIDO}:11:5  contactPoints.0  a contact point needs a phone or an email`]);
  });
  test('a person without roles', () => {
    expect(problemsAfter((t) => t.write('content/people/someone.yaml', 'name: Some One\nroles: []\n'))).toEqual([
      'content/people/someone.yaml:2:1  roles  needs at least one role: people are in the archive for what they did',
    ]);
  });
  test('a nationality that is not a country of the archive', () => {
    expect(problemsAfter((t) => t.edit('content/people/kristian-vigenin.yaml', 'nationality: bg', 'nationality: bgr'))).toEqual([
      'content/people/kristian-vigenin.yaml:3:1  nationality  names country "bgr", which does not exist — expected a file content/countries/bgr.mdx',
    ]);
  });
});

describe('organizations and countries', () => {
  test('an unknown organization kind', () => {
    expect(problemsAfter((t) => t.edit(ODIHR, 'kind: osce-institution', 'kind: institution'))).toEqual([
      `${ODIHR}:3:1  kind  is "institution" — expected one of: intergovernmental-organization, osce-institution, osce-chairpersonship, osce-field-operation, osce-partnership, parliamentary-assembly, intergovernmental-union, government, election-administration, non-governmental-organization, media`,
    ]);
  });
  test('a YAML syntax error', () => {
    expect(problemsAfter((t) => t.edit(ODIHR, 'shortName: ODIHR', 'shortName: [ODIHR'))).toEqual([
      `${ODIHR}:3:1  (frontmatter)  is not valid YAML — Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });
  test('a field given twice', () => {
    expect(problemsAfter((t) => t.edit(ODIHR, 'shortName: ODIHR', 'shortName: ODIHR\nshortName: OSCE/ODIHR'))).toEqual([
      `${ODIHR}:3:1  (frontmatter)  repeats a field — each field may appear once`,
    ]);
  });
  test('a country whose code does not match its file', () => {
    expect(problemsAfter((t) => t.edit(KZ, 'iso2: KZ', 'iso2: KG'))).toEqual([`${KZ}:3:1  iso2  is "KG" but the file is named kz — expected iso2 "KZ"`]);
  });
  test('an unknown OSCE status', () => {
    expect(problemsAfter((t) => t.edit(KZ, 'osceStatus: participating-state', 'osceStatus: member'))).toEqual([
      `${KZ}:4:1  osceStatus  is "member" — expected one of: participating-state, asian-partner, mediterranean-partner`,
    ]);
  });
  test('a file name that is not a lower-case id', () => {
    expect(problemsAfter((t) => t.write('content/organizations/New_Org.yaml', t.read(ODIHR)))).toEqual([
      'content/organizations/New_Org.yaml:1:1  (file)  has the id "New_Org" — expected lower-case ASCII letters, digits and hyphens in file and folder names',
    ]);
  });
});

describe('translations', () => {
  test('a Russian summary written in Latin letters', () => {
    const line = lineOf(S21, 'ru:') + 2;
    expect(problemsAfter((t) => t.edit(S21, /(ru:\n  title: .*\n  summary: )>-\n(    .*\n)+/, '$1The summary pasted in English.\n'))).toEqual([
      `${S21}:${line}:3  ru.summary  is "The summary pasted in English." — expected the summary in Russian, written in Cyrillic`,
    ]);
  });
  test('a translated field the entry does not have', () => {
    expect(problemsAfter((t) => t.edit(ODIHR, /^ru:\n/m, 'ru:\n  website: https://www.osce.org/ru/odihr\n'))).toEqual([
      `${ODIHR}:${lineOf(ODIHR, 'ru:') + 1}:3  ru.website  is not a field of \`ru\` — expected one of: name, shortName, seat, about`,
    ]);
  });
  test('a text without its Russian: named by file, line and field', () => {
    expect(problemsAfter((t) => t.edit(M21, /\n    ru:\n      note: Эксперты.*\n/, '\n'))).toEqual([
      `${M21}:${lineOf(M21, 'note: Experts based')}:5  observers.0.ru.note  is missing — expected the Russian of \`observers.0.note\` beside it, in our own words (every text a reader sees is published in Russian too)`,
    ]);
  });
  test('a name established only in English needs no Russian', () => {
    expect(problemsAfter((t) => t.edit('content/people/urszula-gacek.yaml', /^ru:\n  name: .*\n/m, ''))).toEqual([]);
  });
  test('English left in a Russian text, and a name with no Russian form that may stay', () => {
    const line = lineOf(S21, 'ru:') + 1;
    expect(problemsAfter((t) => t.edit(S21, /(ru:\n  title: ).*\n/, '$1ПА ОБСЕ направит observers, по словам Almerigogna\n'))).toEqual([
      `${S21}:${line}:3  ru.title  has English words (observers) — expected Russian; only a name with no Russian form in the archive stays in Latin letters`,
    ]);
  });
  test('Russian left in an English text or body, at its line; an address with Cyrillic is no text', () => {
    const line = lineOf(S21, 'title:');
    expect(
      problemsAfter((t) => {
        t.edit(S21, /^title: .*\n/m, 'title: OSCE PA to deploy observers, said Гловер\n');
        t.write(S21, `${t.read(S21)}\nThe item names her «Одри Гловер»; see https://news.example/ru/Новости.\n`);
      }),
    ).toEqual([
      `${S21}:${line}:1  title  has Russian words (Гловер) — expected English, with a Russian name or phrase transliterated or translated; the Russian itself goes in the Russian text beside it (the \`ru:\` block or the body's translation)`,
      `${S21}:${readFileSync(new URL(`../../${S21}`, import.meta.url), 'utf8').split('\n').length + 1}:1  (body)  has Russian words (Одри, Гловер) — expected English, with a Russian name or phrase transliterated or translated; the Russian itself goes in the Russian text beside it (the \`ru:\` block or the body's translation)`,
    ]);
  });
  test("English left in a body's translation, at its line", () => {
    const file = S21.replace('.mdx', '.ru.mdx');
    expect(problemsAfter((t) => t.write(file, `${t.read(file)}\nСледующая строка со словом statement.\n`))).toEqual([
      `${file}:${readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').split('\n').length + 1}:1  (body)  has English words (statement) — expected Russian; only a name with no Russian form in the archive stays in Latin letters`,
    ]);
  });
  test('a body without its translation, a translation without its entry, and one with frontmatter', () => {
    expect(
      problemsAfter((t) => {
        t.delete(S21.replace('.mdx', '.ru.mdx'));
        t.write('content/statements/2021/2021-01-09-nothing.ru.mdx', 'Текст.\n');
        t.write(S21B.replace('.mdx', '.ru.mdx'), '---\ntitle: Заголовок\n---\n\nТекст.\n');
      }),
    ).toEqual([
      `${S21}:1:1  (body)  has no Russian translation — expected the body in Russian, in our own words, in content/statements/2021/2021-01-04-osce-pa-deploys-observers-kazakhstan.ru.mdx`,
      `content/statements/2021/2021-01-09-nothing.ru.mdx:1:1  (file)  translates an entry that does not exist — expected it beside the file it translates, named like it with .ru before the extension`,
      `${S21B.replace('.mdx', '.ru.mdx')}:1:1  (frontmatter)  is a translation of a body and holds the body alone — expected no frontmatter (the Russian title, summary and notes go in the entry's \`ru:\` blocks)`,
    ]);
  });
  test('a likely duplicate person, and two people declared distinct', () => {
    const twin = 'content/people/g-almerigogna.yaml';
    const twinText = (extra: string) =>
      `name: G. Almerigogna\n${extra}roles:\n  - title: Spokesperson\n    source: 2021-01-04-osce-pa-deploys-observers-kazakhstan\n    ru:\n      title: Пресс-секретарь\n`;
    expect(problemsAfter((t) => t.write(twin, twinText('')))).toEqual([
      `${GUIDO}:1:1  name  may be the person of ${twin} ("G. Almerigogna": the same family name and initial) — expected one file per person: merge them, or if they are two people add distinctFrom: [g-almerigogna]`,
    ]);
    expect(problemsAfter((t) => t.write(twin, twinText('distinctFrom: [guido-almerigogna]\n')))).toEqual([]);
  });
  test('a statement without its original, or with both an address and a reason for none', () => {
    expect(problemsAfter((t) => t.edit(S21, /^url: .*\n/m, ''))).toEqual([
      `${S21}:2:1  url  is missing — expected the address of the public original, or \`urlUnknown\` saying why the archive has none`,
    ]);
    expect(problemsAfter((t) => t.edit(S21, /^url: .*\n/m, '$&urlUnknown: Not found.\n'))).toContain(
      `${S21}:${lineOf(S21, 'url: ') + 1}:1  urlUnknown  is given with a \`url\` — expected one of the two: the address, or why there is none`,
    );
  });
  test('an empty translated name', () => {
    expect(problemsAfter((t) => t.edit(GUIDO, /$/, 'ru:\n  name: ""\n'))).toEqual([
      `${GUIDO}:${linesIn(GUIDO) + 2}:3  ru.name  is "" — expected the name, not an empty text`,
    ]);
  });
});

describe('MDX that tries to run code', () => {
  const attack = (body: string) => problemsAfter((t) => t.write(S21, `${t.read(S21)}\n${body}\n`));
  const only = 'content may use only Markdown and the component <Quote by="…">';
  const at = (pos: string) => `${S21}:${pos}  (body)  `;
  // The attack is appended after a blank line, two lines below the statement's last line.
  const attackLine =
    readFileSync(new URL(`../../${S21}`, import.meta.url), 'utf8')
      .replace(/\n$/, '')
      .split('\n').length + 2;
  test.each([
    ['import', `import Evil from '../../src/evil.ts';`, `${at(`${attackLine}:1`)}\`import\` statements are not allowed in content — ${only}; remove the line`],
    ['export', `export const x = process.env.SECRET;`, `${at(`${attackLine}:1`)}\`export\` statements are not allowed in content — ${only}; remove the line`],
    [
      'a flow expression',
      `{process.exit(1)}`,
      `${at(`${attackLine}:1`)}the JavaScript expression "{process.exit(1)}" is not allowed in content — ${only}; write the text itself, or \\{ for a literal brace`,
    ],
    [
      'an inline expression',
      `Total: {1 + 1} observers.`,
      `${at(`${attackLine}:8`)}the JavaScript expression "{1 + 1}" is not allowed in content — ${only}; write the text itself, or \\{ for a literal brace`,
    ],
    [
      'a script element',
      `<script>alert(1)</script>`,
      `${at(`${attackLine}:1`)}the HTML element <script> is not allowed in content — ${only}; remove it or use Markdown syntax`,
    ],
    [
      'a style element (its CSS braces do not even parse)',
      `<style>body { display: none }</style>`,
      `${at(`${attackLine}:22`)}the body is not valid MDX (Could not parse expression with acorn) — ${only}; write a literal < or { as \\< or \\{`,
    ],
    [
      'an iframe',
      `<iframe src="https://example.org"></iframe>`,
      `${at(`${attackLine}:1`)}the HTML element <iframe> is not allowed in content — ${only}; remove it or use Markdown syntax`,
    ],
    [
      'an event handler on an allowed component',
      `<Quote by="x" onClick="alert(1)">Hi</Quote>`,
      `${at(`${attackLine}:15`)}the event-handler attribute "onClick" on <Quote> is not allowed in content — <Quote> accepts only by="…"; remove it`,
    ],
    [
      'a javascript: link',
      `[click](javascript:alert(1))`,
      `${at(`${attackLine}:1`)}the link URL "javascript:alert(1)" is not allowed — expected an http(s), mailto or tel URL, a relative path or a #fragment`,
    ],
    [
      'a data: image',
      `![x](data:image/svg+xml;base64,PHN2Zz4=)`,
      `${at(`${attackLine}:1`)}the image URL "data:image/svg+xml;base64,PHN2Zz4=" is not allowed — expected an http(s), mailto or tel URL, a relative path or a #fragment`,
    ],
  ])('rejects %s', (_name, body, expected) => {
    expect(attack(body)).toEqual([expected]);
  });
});
