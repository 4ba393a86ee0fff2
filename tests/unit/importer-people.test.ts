import { describe, expect, test } from 'vitest';
import {
  findNameMentions,
  findPeople,
  isNameWord,
  isSpeaker,
  parseByline,
  personId,
  roleBefore,
  rolesAfter,
  sameName,
  tokenise,
} from '../../src/importer/people.ts';

describe('tokenise', () => {
  test('splits punctuation and possessives off the word', () => {
    expect(tokenise('(Bulgaria) Gísladóttir, Vigenin’s “These').map((t) => [t.lead, t.core, t.trail])).toEqual([
      ['(', 'Bulgaria', ')'],
      ['', 'Gísladóttir', ','],
      ['', 'Vigenin', '’s'],
      ['“', 'These', ''],
    ]);
  });

  test('keeps offsets into the text', () => {
    const [, second] = tokenise('Ambassador  Audrey');
    expect([second!.start, second!.end]).toEqual([12, 18]);
  });
});

describe('isNameWord', () => {
  test.each(['Kristian', 'Domański', 'Sólrún', 'Nur-Sultan', "O'Brien"])('%j may be part of a name', (w) => {
    expect(isNameWord(w)).toBe(true);
  });

  test.each(['Ambassador', 'Chairman-in-Office', 'Kazakhstan', 'Kazakh', 'January', 'The', 'OSCE', 'minister', 'Assembly'])('%j is not', (w) => {
    expect(isNameWord(w)).toBe(false);
  });
});

describe('findNameMentions', () => {
  const names = (paragraph: string) => findNameMentions(paragraph).map((m) => m.name);

  test('finds runs of two to four name words', () => {
    expect(names('The mission is led by Ambassador Jarosław Marcin Domański and consists of experts.')).toEqual(['Jarosław Marcin Domański']);
  });

  test('a run is broken by punctuation, and institutions are no names', () => {
    expect(names('Kristian Vigenin (Bulgaria) met the Central Election Commission, Bruce George, Deputy Head of the Bulgarian Delegation.')).toEqual([
      'Kristian Vigenin',
      'Bruce George',
    ]);
  });

  test('keeps a middle initial', () => {
    expect(names('Later John F. Kennedy said so.')).toEqual(['John F. Kennedy']);
  });

  test('a single word or a run of five is not taken for a name', () => {
    expect(names('Minister Rupel met Alpha Beta Gamma Delta Epsilon.')).toEqual([]);
  });

  test('titles in front become the role; an honorific is kept apart; Mr is dropped', () => {
    const [rupel] = findNameMentions('said OSCE Chairman-in-Office Dimitrij Rupel today');
    expect(rupel).toMatchObject({ name: 'Dimitrij Rupel', roles: ['OSCE Chairman-in-Office'] });
    expect(rupel!.honorific).toBeUndefined();
    const [glover] = findNameMentions('under Ambassador Audrey Glover');
    expect(glover).toMatchObject({ name: 'Audrey Glover', honorific: 'Ambassador', roles: [] });
    const [atamkulov] = findNameMentions('including a woman, Mr Beibut Atamkulov noted');
    expect(atamkulov).toStrictEqual({ name: 'Beibut Atamkulov', start: 22, end: 38, prefixStart: 19, roles: [] });
  });

  test('an acronym alone in front is no role', () => {
    expect(findNameMentions('the OSCE Audrey Glover')[0]!.roles).toEqual([]);
  });

  test('the nationality in brackets and the appointment after the name', () => {
    expect(findNameMentions('Kristian Vigenin (Bulgaria) has been appointed Special Co-ordinator to lead the observers.')[0]).toMatchObject({
      nationality: 'bg',
      roles: ['Special Co-ordinator'],
    });
  });
});

describe('roleBefore', () => {
  test('reads "head of …" right before the name', () => {
    expect(roleBefore('held a meeting with head of the ODIHR election observation mission in Kazakhstan ')).toEqual([
      'Head of the ODIHR election observation mission in Kazakhstan',
    ]);
  });

  test('reads "led by" as head of mission in a sentence about a mission, head of delegation in one about a delegation', () => {
    expect(roleBefore('The mission is led by ')).toEqual(['Head of mission']);
    expect(roleBefore('The mission is headed by ')).toEqual(['Head of mission']);
    expect(roleBefore('The delegation is led by ')).toEqual(['Head of delegation']);
    expect(roleBefore('A mission opened. A delegation of the OSCE Parliamentary Assembly led by ')).toEqual([
      'Head of delegation of the OSCE Parliamentary Assembly',
    ]);
    expect(roleBefore('The team is led by ')).toEqual([]);
  });

  test('a "head of" clause closed by a comma is about someone else', () => {
    expect(roleBefore('the head of the mission, and ')).toEqual([]);
  });
});

describe('rolesAfter', () => {
  test('an appositive that starts with a title word', () => {
    expect(rolesAfter(', Director of OSCE Office for Democratic Institutions and Human Rights, on 7 May')).toEqual({
      roles: ['Director of OSCE Office for Democratic Institutions and Human Rights'],
    });
  });

  test('an appositive of another kind is no role', () => {
    expect(rolesAfter(', Poland, and others')).toEqual({ roles: [] });
  });

  test('a "whom … appointed as" clause on the name or its appositive', () => {
    expect(rolesAfter(', President Emeritus of the Assembly, whom the Chairman had appointed as Co-ordinator of Short Term Observers.')).toEqual({
      roles: ['President Emeritus of the Assembly', 'Co-ordinator of Short Term Observers'],
    });
  });

  test('a "whom" clause further on belongs to someone else', () => {
    expect(rolesAfter(' won, and was observed by a mission led by Bruce George, whom the Chairman had appointed as Co-ordinator.')).toEqual({ roles: [] });
  });

  test('brackets that are not a participating State give no nationality', () => {
    expect(rolesAfter(' (Socialist Party) was appointed as the Rapporteur.')).toEqual({ roles: ['Rapporteur'] });
  });
});

describe('isSpeaker', () => {
  test('the name or surname followed by a verb of saying', () => {
    expect(isSpeaker('“Quote,” Vigenin said.', ['Kristian Vigenin', 'Vigenin'])).toBe(true);
    expect(isSpeaker('Urszula Gacek told she intends', ['Urszula Gacek'])).toBe(true);
    expect(isSpeaker('Rupel also noted it', ['Rupel'])).toBe(true);
  });

  test('a verb of saying before the name', () => {
    expect(isSpeaker('“Quote,” said OSCE Chairman-in-Office Dimitrij Rupel.', ['Dimitrij Rupel'])).toBe(true);
  });

  test('being spoken about is not speaking', () => {
    expect(isSpeaker('the accomplishments of President Nazarbayev are well recognized, the Chairman said', ['Nazarbayev'])).toBe(false);
    expect(isSpeaker('Nazarbayevsaid nothing', ['Nazarbayev'])).toBe(false);
  });
});

describe('sameName and personId', () => {
  test('the same first and last word make one person', () => {
    expect(sameName('Urszula Gacek', 'Urszula Józefa Gacek')).toBe(true);
    expect(sameName('Urszula Gacek', 'Anna Gacek')).toBe(false);
  });

  test('the id is the ASCII slug of the name', () => {
    expect(personId('Jarosław Marcin Domański')).toBe('jaroslaw-marcin-domanski');
  });
});

describe('findPeople', () => {
  test('merges the forms of a name under the fullest, pooling roles, and finds who speaks', () => {
    const people = findPeople([
      'A meeting with head of the mission in Kazakhstan Urszula Józefa Gacek, said the ministry.',
      'Urszula Gacek told reporters. She met Ingibjörg Sólrún Gísladóttir, Director of ODIHR, on 7 May.',
    ]);
    expect(people).toStrictEqual([
      {
        name: 'Urszula Józefa Gacek',
        id: 'urszula-jozefa-gacek',
        as: 'speaker',
        roles: ['Head of the mission in Kazakhstan'],
        aliases: ['Urszula Gacek'],
      },
      {
        name: 'Ingibjörg Sólrún Gísladóttir',
        id: 'ingibjorg-solrun-gisladottir',
        as: 'named',
        roles: ['Director of ODIHR'],
        aliases: [],
      },
    ]);
  });

  test('a shorter form seen first is replaced by the fuller one', () => {
    const [person] = findPeople(['Urszula Gacek arrived.', 'Ambassador Urszula Józefa Gacek left.']);
    expect(person).toStrictEqual({
      name: 'Urszula Józefa Gacek',
      id: 'urszula-jozefa-gacek',
      as: 'named',
      honorific: 'Ambassador',
      roles: [],
      aliases: ['Urszula Gacek'],
    });
  });

  test('no names, no people', () => {
    expect(findPeople(['The European Union welcomes the Parliamentary elections in Kazakhstan.'])).toEqual([]);
  });
});

describe('parseByline', () => {
  test('"By <name> - <agency>:"', () => {
    expect(parseByline('By Nargiz Sadikhova - Trend:')).toEqual({ name: 'Nargiz Sadikhova', outlet: 'Trend' });
    expect(parseByline('By Anna Smith, Reuters')).toEqual({ name: 'Anna Smith', outlet: 'Reuters' });
    expect(parseByline('By Anna Smith')).toEqual({ name: 'Anna Smith' });
  });

  test('a sentence starting with "By" is no byline', () => {
    expect(parseByline('By the end of the year, observers left.')).toBeUndefined();
  });
});
