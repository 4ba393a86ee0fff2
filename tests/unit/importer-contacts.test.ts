import { describe, expect, test } from 'vitest';
import { contactRole, isContactLine, parseContact, parseContacts, phonesIn, splitContacts } from '../../src/importer/contacts.ts';

const GUIDO = 'Guido Almerigogna, Executive Advisor Tel: +45 60 10 97 72 Email: guido.almerigogna@oscepa.dk';

describe('isContactLine', () => {
  test('a labelled phone or email', () => {
    expect(isContactLine(GUIDO)).toBe(true);
    expect(isContactLine('Press desk E-mail: press@odihr.pl')).toBe(true);
  });

  test('prose that mentions a telephone is not one', () => {
    expect(isContactLine('Members of the media should contact the spokesperson:')).toBe(false);
    expect(isContactLine('The phone: was ringing')).toBe(false);
  });
});

test('splitContacts cuts after each email address', () => {
  expect(splitContacts(`${GUIDO} Anna Nowak, Press Officer Tel: +48 22 520 06 00 Email: anna@odihr.pl`)).toEqual([
    GUIDO,
    'Anna Nowak, Press Officer Tel: +48 22 520 06 00 Email: anna@odihr.pl',
  ]);
});

describe('phonesIn', () => {
  test('normalises an international number to E.164 with libphonenumber', () => {
    expect(phonesIn('Tel: +45 60 10 97 72')).toEqual(['+4560109772']);
    expect(phonesIn('Mobile: +48 603-683-122')).toEqual(['+48603683122']);
  });

  test('a number without country code is not guessed', () => {
    expect(phonesIn('Tel: 60 10 97 72')).toEqual([]);
  });
});

describe('parseContact', () => {
  test('name, title, E.164 phone and email', () => {
    expect(parseContact(GUIDO)).toEqual({
      contacts: [
        {
          name: 'Guido Almerigogna',
          id: 'guido-almerigogna',
          title: 'Executive Advisor',
          phone: '+4560109772',
          email: 'guido.almerigogna@oscepa.dk',
        },
      ],
      unplaced: [],
    });
  });

  test('an email alone will do', () => {
    expect(parseContact('Anna Nowak Email: anna@odihr.pl')).toEqual({
      contacts: [{ name: 'Anna Nowak', id: 'anna-nowak', email: 'anna@odihr.pl' }],
      unplaced: [],
    });
  });

  test('a phone without country code is reported and left out', () => {
    expect(parseContact('Anna Nowak, Press Officer Tel: 22 520 06 00 Email: anna@odihr.pl')).toEqual({
      contacts: [{ name: 'Anna Nowak', id: 'anna-nowak', title: 'Press Officer', email: 'anna@odihr.pl' }],
      unplaced: ['phone of Anna Nowak: "22 520 06 00" has no country code, or too few or too many digits'],
    });
  });

  test('a number with a digit too few is reported, not stored', () => {
    expect(parseContact('Anna Nowak Tel: +45 60 10 97 7')).toEqual({
      contacts: [],
      unplaced: [
        'phone of Anna Nowak: "+45 60 10 97 7" has no country code, or too few or too many digits',
        'contact line "Anna Nowak Tel: +45 60 10 97 7": no phone or email it could read',
      ],
    });
  });

  test('a fax number is not taken for the phone', () => {
    expect(parseContact('Anna Nowak Fax: +45 60 10 97 72 Tel: +48 22 520 06 00')).toEqual({
      contacts: [{ name: 'Anna Nowak', id: 'anna-nowak', phone: '+48225200600' }],
      unplaced: [],
    });
  });

  test('no readable name: the whole line is reported', () => {
    expect(parseContact('for more: Tel: +45 60 10 97 72')).toEqual({
      contacts: [],
      unplaced: ['contact line "for more: Tel: +45 60 10 97 72": no name it could read before the phone or email'],
    });
  });

  test('a second phone is reported, the first is drafted', () => {
    const parsed = parseContact('Anna Nowak Tel: +45 60 10 97 72 Mobile: +48 603 683 122');
    expect(parsed.contacts[0]!.phone).toBe('+4560109772');
    expect(parsed.unplaced).toEqual(['contact Anna Nowak: more than one phone or email, only the first is drafted']);
  });
});

test('parseContacts reads only contact lines', () => {
  const parsed = parseContacts(['Some prose.', GUIDO]);
  expect(parsed.contacts.map((c) => c.id)).toEqual(['guido-almerigogna']);
  expect(parsed.unplaced).toEqual([]);
});

describe('contactRole', () => {
  test('the capacity in the line before the contact', () => {
    expect(contactRole("Members of the media should contact the following spokesperson for the OSCE PA's observer team:")).toBe(
      "spokesperson for the OSCE PA's observer team",
    );
  });

  test('none when the text names no capacity', () => {
    expect(contactRole('Please contact us.')).toBeUndefined();
  });
});
