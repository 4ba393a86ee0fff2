/**
 * More kinds of wording met in real texts the importer had not seen, one behaviour each, with invented
 * names, places and figures: media advisories' blocks, figures of several bodies, long roles before a
 * name, and a State named only by its capital.
 */
import { describe, expect, test } from 'vitest';
import { readDateline, splitArticle } from '../../src/importer/layout.ts';
import { milestones } from '../../src/importer/milestones.ts';

describe('media advisories', () => {
  test('a district’s initials after the town are no part of its name, and the lead stays an article', () => {
    expect(readDateline('NORVIK D.C., 3 May 2031 – Observers will hold a press conference.')).toMatchObject({ place: 'NORVIK', press: true });
    const parts = splitArticle(
      'Observers to hold press conference\nNORVIK D.C., 3 May 2031 – Observers will hold a press conference.\nWhat:\n- A press conference',
    );
    expect(parts.paragraphs[0]).toContain('Observers will hold a press conference');
  });
  test("the day on a 'When:' line under a Who/What block dates the press conference the lead announces", () => {
    const text = [
      'NORVIK, 3 May 2031 – International observers will hold a press conference to present their findings following the elections in Borovia.',
      'Who:',
      '- Alda Rennick, Head of the ODIHR election observation mission',
      'When:',
      '- 15:00 local time on 7 May 2031',
      'Where:',
      '- Hotel Norvik',
    ].join('\n');
    expect(milestones(text, { statementDate: '2031-05-03', election: false })).toEqual([
      { kind: 'preliminary-statement', status: 'planned', date: '2031-05-07' },
    ]);
  });
  test("an inline 'When: … Where:' dates the opening of the mission the advisory introduces", () => {
    const text =
      'Norvik, 3 May 2031 – Observers will hold a press conference on the opening of the observation mission. What: An introduction to the role of the mission Who: Alda Rennick When: 11:00 local time on 4 May 2031 Where: Hotel Norvik';
    expect(milestones(text, { statementDate: '2031-05-03', election: false })).toEqual([{ kind: 'opening', status: 'planned', date: '2031-05-04' }]);
  });
});
