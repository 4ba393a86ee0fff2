/**
 * Kinds of input met in a sixth set of real texts, one behaviour each, with invented names, places and
 * figures: an assembly's observers counted without the word "members", the same delegation told twice with
 * two verbs, "longterm" written as one word, an election still to be observed whose day is not given, a
 * mission a news report names without its type, a year written "'12", a needs assessment still to come,
 * a Russian name after a long title that lists with commas, an email spoken of in prose, figures that
 * share out one told before, Russian figures in words or arriving in the singular, and a preliminary
 * statement announced by its weekday, a body named only as one that does not observe, and a national body
 * that accredits observers or a minister who meets a mission, assemblies named in Russian cases, and ODIHR
 * named as an assembly's partner, States printed only in a bracket after a name, the day an election is
 * called for, a CIS mission's own statement, and a Russian name with two initials.
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { isContactLine } from '../../src/importer/contacts.ts';
import { findDates } from '../../src/importer/dates.ts';
import { countriesOf } from '../../src/importer/extract.ts';
import { electionDayAnywhere } from '../../src/importer/mission-facts.ts';
import { milestones } from '../../src/importer/milestones.ts';
import { observerFigures } from '../../src/importer/observers.ts';
import { relayedOrganization } from '../../src/importer/issuer.ts';
import { findOrganizations } from '../../src/importer/organizations-in-text.ts';
import { findCyrillicPeople } from '../../src/importer/people-ru.ts';
import { importText } from '../../src/importer/result.ts';

const figuresOf = (text: string) => observerFigures(text, (s) => findOrganizations(s)).figures;
const stagesOf = (text: string) => (importText(text, 'x.txt', EMPTY_ARCHIVE).missions[0]?.milestones ?? []).map((m) => [m.kind, m.status, m.date]);

describe('observer figures of an assembly', () => {
  test("'ПАСЕ отправит … 40 наблюдателей', then 'приняла решение направить … 40 наблюдателей': one figure of members, planned", () => {
    const text =
      'ПАСЕ отправит на выборы в Боровии 40 наблюдателей\n\nПарламентская ассамблея Совета Европы приняла решение направить в Боровию на декабрьские выборы 40 наблюдателей.';
    expect(figuresOf(text)).toEqual([{ category: 'parliamentarians', count: 40, status: 'planned', organization: 'pace' }]);
  });
  test("'The delegation is comprised of 30 observers from the OSCE PA': the assembly's members", () => {
    expect(figuresOf('The delegation is comprised of 30 observers from the OSCE Parliamentary Assembly.')).toEqual([
      { category: 'parliamentarians', count: 30, status: 'deployed', organization: 'osce-pa' },
    ]);
  });
  test("'Some 60 observers from the OSCE PA, including 42 parliamentarians': the observers stay the whole team", () => {
    expect(figuresOf('The OSCE PA will send some 60 observers to Norvia, including 42 parliamentarians from 20 countries.')).toEqual([
      { category: 'total', count: 60, status: 'planned', approximate: true, organization: 'osce-pa' },
      { category: 'parliamentarians', count: 42, status: 'planned', fromStates: 20, organization: 'osce-pa' },
    ]);
  });
  test("a figure in a sentence that also names ODIHR is not the assembly's members", () => {
    expect(figuresOf('ODIHR and the OSCE PA will send 400 observers to Norvia.').map((f) => f.category)).toEqual(['total']);
  });
});

describe('observer categories written as one word', () => {
  test("'30 longterm observers' and '280 shortterm observers'", () => {
    expect(figuresOf('ODIHR will request 30 longterm observers and 280 shortterm observers.').map((f) => [f.category, f.count])).toEqual([
      ['long-term', 30],
      ['short-term', 280],
    ]);
  });
});

describe('an election to be observed, without its day', () => {
  // Every election has a day: one still to come is a milestone only with its date (CONTRIBUTING.md).
  const days = (text: string) => stagesOf(text).filter(([kind]) => kind === 'election-day');
  test("'will observe presidential elections': no planned election day without its date", () => {
    expect(days('OSCE observers for Norvia\n\nThe OSCE Parliamentary Assembly will observe presidential elections in Norvia.')).toEqual([]);
  });
  test("'направить … наблюдать за ходом парламентских выборов' and 'по наблюдению за октябрьскими выборами': the same, in Russian", () => {
    expect(days('БДИПЧ ОБСЕ собирается направить в Боровию наблюдать за ходом парламентских выборов 30 долгосрочных наблюдателей.')).toEqual([]);
    expect(days('БДИПЧ ОБСЕ открыло Миссию по наблюдению за октябрьскими парламентскими выборами в Боровии.')).toEqual([]);
  });
  test('the same election with its day is a planned milestone on that day', () => {
    expect(days('WARSAW, 3 March 2031 – The OSCE Parliamentary Assembly will observe the 14 April 2031 presidential election in Norvia.')).toEqual([
      ['election-day', 'planned', '2031-04-14'],
    ]);
  });
  test('an election told as past, its day printed without a year, is a day that took place', () => {
    expect(days('The presidential election of 14 April in Norvia was held in a calm atmosphere, ODIHR observers concluded.')).toEqual([
      ['election-day', 'actual', undefined],
    ]);
  });
});

describe('the type of a mission a news report names', () => {
  const typeOf = (text: string) => importText(text, 'x.txt', EMPTY_ARCHIVE).missions[0]?.type;
  test("'the OSCE/ODIHR mission', 'the observation mission': a mission, of no type the text words", () => {
    const r = importText(
      'The OSCE/ODIHR observers started monitoring the presidential election in Norvia, head of OSCE/ODIHR mission Alda Rennick told reporters in Norvik. The observation mission will issue its findings after the vote.',
      'x.txt',
      EMPTY_ARCHIVE,
    );
    expect(r.missions).toHaveLength(1);
    expect(r.missions[0]?.type).toBeUndefined();
  });
  test("'Миссию по наблюдению возглавит': no type either; 'открыло Миссию по наблюдению за … выборами' is an EOM", () => {
    expect(typeOf('БДИПЧ ОБСЕ открыло наблюдательную миссию к местным выборам в Боровии. Миссию по наблюдению возглавит посол Иван Ларин.')).toBeUndefined();
    expect(typeOf('БДИПЧ ОБСЕ открыло Миссию по наблюдению за парламентскими выборами в Боровии.')).toBe('EOM');
  });
  test("'election observation mission' is an EOM", () => {
    expect(typeOf('ODIHR opened an election observation mission for the presidential election in Norvia.')).toBe('EOM');
  });
});

describe('a year written with two figures, and an assessment still to come', () => {
  test("'Norvik / 10 Apr.'12 / 22:15': the tenth of April 2012", () => {
    expect(findDates("Norvia Daily, Norvik / 10 Apr.'12 / 22:15").find((d) => d.date)?.date).toBe('2012-04-10');
    expect(findDates('on 5 May’99').find((d) => d.date)?.date).toBe('1999-05-05');
  });
  test("'ODIHR to Send Needs Assessment Mission', then 'the timing of the Needs Assessment Mission has yet to be taken': planned", () => {
    const stages = milestones(
      'ODIHR to Send Needs Assessment Mission for Norvia\nODIHR will be sending a needs assessment mission to Norvia, its spokesman said on 10 April 2031. A decision on the timing of the Needs Assessment Mission has yet to be taken. This will be decided based on the recommendations by the Needs Assessment Mission.',
      { statementDate: '2031-04-10', election: false, type: 'NAM' },
    );
    expect(stages.filter((m) => m.kind === 'needs-assessment')).toEqual([{ kind: 'needs-assessment', status: 'planned' }]);
  });
});

describe('a Russian name after a long title that lists with commas', () => {
  test("'докладчик Комитета … по экономическим вопросам, науке, технологиям и окружающей среде Анна Мария Ковач'", () => {
    const people = findCyrillicPeople([
      'Наблюдателей возглавят депутат парламента Боровии, докладчик Комитета Парламентской ассамблеи ОБСЕ по экономическим вопросам, науке, технологиям и окружающей среде Анна Мария Ковач и депутат Иван Петров.',
    ]);
    expect(people.map((p) => p.ru)).toEqual(['Анна Мария Ковач', 'Иван Петров']);
  });
  test("'Координатором группы … от МПА СНГ назначен заместитель председателя Комитета … по правопорядку, борьбе с преступностью … Олег Рябов': he heads its delegation", () => {
    const people = findCyrillicPeople([
      'Координатором группы международных наблюдателей от МПА СНГ назначен заместитель председателя Комитета Народного собрания Боровии по правопорядку, борьбе с преступностью и противодействию коррупции Олег Рябов.',
    ]);
    expect(people.map((p) => [p.ru, p.roles])).toEqual([['Олег Рябов', ['Head of delegation of the МПА СНГ']]]);
  });
});

describe('contact lines', () => {
  test("'told the paper in an email on April 10' is prose; 'Email: a@x' and 'Tel: +45 …' label what follows", () => {
    expect(isContactLine('“A decision is yet to be taken,” Ida Marsh, ODIHR’s spokesperson, told Norvia Daily in an email on April 10.')).toBe(false);
    expect(isContactLine('Ida Marsh, Spokesperson, Tel: +48 22 520 06 00, Email: ida.marsh@example.org')).toBe(true);
    expect(isContactLine('Mobile +45 60 10 81 77')).toBe(true);
  });
});

describe('figures that share out one told before', () => {
  test("'35 long-term observers … The first 15 … Another 20 …': the parts are no figures of their own", () => {
    const text =
      'ODIHR has opened its mission in Norvia. A number of 35 long-term observers will take part. The first 15 long-term observers start work on 25 October. Another 20 long-term observers will be registered next week.';
    expect(figuresOf(text)).toEqual([{ category: 'long-term', count: 35, status: 'planned' }]);
  });
  test("'30 long-term observers … Twelve long-term observers will be based in the capital and the 18 others …'", () => {
    const text =
      'The mission includes 30 long-term observers. Twelve long-term observers will be based in the capital Norvik and the 18 others will be sent to the provinces.';
    expect(figuresOf(text)).toEqual([{ category: 'long-term', count: 30, status: 'deployed' }]);
  });
  test('a breakdown of a total by body stays: 300 observers, 250 from ODIHR and 50 from PACE', () => {
    const text = 'The mission comprises 300 observers. ODIHR deployed 250 observers and PACE 50 observers.';
    expect(figuresOf(text).map((f) => f.count)).toEqual([300, 250, 50]);
  });
});

describe('Russian figures in words and arriving in the singular', () => {
  test("'прибудет мини-миссия в составе пяти человек': five, expected", () => {
    expect(figuresOf('За месяц до выборов в Боровию прибудет мини-миссия в составе пяти человек.')).toEqual([
      { category: 'total', count: 5, status: 'expected' },
    ]);
  });
  test("'прибудет миссия в составе 12 человек' is expected; 'будет работать' before a figure still plans it", () => {
    expect(figuresOf('В Боровию прибудет миссия в составе 12 человек.').map((f) => f.status)).toEqual(['expected']);
    expect(figuresOf('В Боровии будет работать 20 долгосрочных наблюдателей.').map((f) => f.status)).toEqual(['planned']);
  });
});

describe('a preliminary statement announced by its weekday', () => {
  test("'will hold a press conference to present their findings on Monday following the elections': that Monday", () => {
    const stages = milestones(
      'International election observers will hold a press conference to present their findings on Monday following the early parliamentary elections in Norvia.',
      { statementDate: '2031-06-18', election: true },
    );
    expect(stages).toContainEqual({ kind: 'preliminary-statement', status: 'planned', date: '2031-06-23' });
  });
  test("'a press conference on Monday a day after the election', the election undated: no day", () => {
    const stages = milestones('The mission will give a press conference on Monday a day after the election.', {
      statementDate: '2031-11-13',
      election: true,
    });
    expect(stages).toContainEqual({ kind: 'preliminary-statement', status: 'planned' });
  });
});

describe('a body named only as one that does not observe', () => {
  test("'regret that PACE is not able to observe these elections': not one of the mission's bodies", () => {
    const r = importText(
      'OSCE PA observers arriving in Norvia\nNORVIK, 17 July 2031 – Some 60 observers from the OSCE Parliamentary Assembly are deploying to Norvia this week for the 21 July parliamentary elections. The OSCE PA will work closely with observers from ODIHR. Ida Marsh expressed regret that the Parliamentary Assembly of the Council of Europe is not able to observe these elections.',
      'x.txt',
      EMPTY_ARCHIVE,
    );
    expect(r.missions[0]?.organizations).not.toContain('pace');
    expect(r.missions[0]?.organizations).toContain('osce-pa');
  });
});

describe('what a news report relays: a national body that accredits or a minister who meets', () => {
  const relayed = (text: string) => {
    const [title, ...lead] = text.split('\n\n');
    return relayedOrganization(title!, lead, EMPTY_ARCHIVE, undefined);
  };
  test("'The Central Election Commission … of Andorra accredited 54 more international observers': the commission", () => {
    expect(
      relayed(
        'CEC accredits 54 more international observers\n\nThe Central Election Commission for Elections and Referendums of Andorra accredited 54 more international observers.\n\nObservers from the CIS Executive Committee will monitor the presidential elections in Andorra.',
      ),
    ).toBe('ad-cec');
  });
  test("'Minister of Foreign Affairs of Andorra Ivo Marten met with representatives of the ODIHR mission': the ministry", () => {
    expect(
      relayed(
        'ODIHR mission to deploy 30 long-term observers\n\nMinister of Foreign Affairs of Andorra Ivo Marten met with representatives of the OSCE Office for Democratic Institutions and Human Rights (ODIHR) Election Observation Mission.\n\nThe ODIHR mission plans to deploy 30 long-term observers.',
      ),
    ).toBe('ad-mfa');
  });
});

describe('assemblies named in Russian cases', () => {
  test("'вместе с коллегами из … Европарламента, Парламентской ассамблеи НАТО': the European Parliament and the NATO PA", () => {
    const ids = findOrganizations('Наблюдатели от ПАСЕ будут работать вместе с коллегами из Европарламента, Парламентской ассамблеи НАТО и ПА НАТО.').map(
      (m) => m.id,
    );
    expect(ids).toEqual(['pace', 'european-parliament', 'nato-pa', 'nato-pa']);
  });
});

describe("ODIHR named as an assembly's partner", () => {
  test("'The International Secretariat is now working with colleagues from the OSCE/ODIHR … to set up briefings': ODIHR is the mission's", () => {
    const r = importText(
      'Preparations underway for observation mission\nCOPENHAGEN, 3 March 2031 – By the registration deadline, 25 observers had signed up for the OSCE PA mission to the 9 April presidential election in Norvia. The International Secretariat is now working with colleagues from the OSCE/ODIHR and the European Parliament to set up briefings for the parliamentary groups.',
      'x.txt',
      EMPTY_ARCHIVE,
    );
    expect(r.missions[0]?.organizations).toContain('odihr');
  });
});

describe('States printed only in a bracket after a name', () => {
  test("'Ida Marsh (Andorra) … Ivo Marten (Malta)', and no other State: the text is about none of them", () => {
    expect(countriesOf('The head of the OSCE PA delegation will be Ida Marsh (Andorra), with Ivo Marten (Malta) as Special Co-ordinator.', [])).toEqual([]);
  });
  test("'analysts from Italy and Norway', and no other State: still kept", () => {
    expect(countriesOf('The mission includes analysts from Italy and Norway.', [])).toEqual(['it', 'no']);
  });
});

describe('the day an election is called for', () => {
  test("'Выборы были назначены Указом … от 30 сентября 2031 года № 272 на 30 ноября 2031 года': the thirtieth of November", () => {
    expect(
      electionDayAnywhere('Выборы были назначены Указом Президента Боровии от 30 сентября 2031 года № 272 на 30 ноября 2031 года.', '2031-12-01').rounds,
    ).toEqual(['2031-11-30']);
  });
});

describe("a CIS mission's own statement", () => {
  test('is a stage of its mission on its own date; a parliamentary delegation’s is not', () => {
    const ctx = { statementDate: '2031-11-30', statementKind: 'preliminary-statement', election: true, electionDay: '2031-11-30' };
    expect(milestones('The Mission observed the voting.', { ...ctx, statementSource: 'cis' })).toContainEqual({
      kind: 'preliminary-statement',
      status: 'actual',
      date: '2031-11-30',
    });
    expect(milestones('The delegation observed the voting.', { ...ctx, statementSource: 'pace' }).map((m) => m.kind)).not.toContain('preliminary-statement');
  });
});

describe('a Russian name with two initials', () => {
  test("'распоряжения Председателя Совета … И.П. Соколова': 'И.П. Соколов', as printed, in the nominative", () => {
    expect(
      findCyrillicPeople(['На основании распоряжения Председателя Совета Республики И.П. Соколова группа наблюдателей приняла участие.']).map((p) => p.ru),
    ).toEqual(['И.П. Соколов']);
  });
});
