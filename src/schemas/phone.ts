import { z } from 'astro/zod';
import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { E164 } from '../format/patterns.ts';


/**
 * A phone number stored as E.164 (`+4560109772`), checked against libphonenumber's metadata so a
 * digit too many or too few is a content error, not a number a journalist dials in vain.
 */
export const e164Phone = () =>
  z
    .string({ error: 'expected a phone number in E.164 form, e.g. +4560109772' })
    .refine((s) => E164.test(s), {
      error: 'expected a phone number in E.164 form: +, country code, number, no spaces (e.g. +4560109772)',
    })
    .refine((s) => !E164.test(s) || isValidPhoneNumber(s), {
      error: 'is not a valid phone number for its country code — check the digits against the source',
    })
    .describe('Phone number in E.164 form, e.g. `+4560109772`.');

/** The number as people dial it internationally: `+45 60 10 97 72`. */
function formatPhoneInternational(e164: string): string {
  return parsePhoneNumberWithError(e164).formatInternational();
}

/** For display: the international form with no-break spaces, so a number never wraps across lines. */
export function displayPhone(e164: string): string {
  return formatPhoneInternational(e164).replace(/ /g, '\u00a0');
}

/** The `tel:` URI of a number (RFC 3966). */
export function phoneUri(e164: string): string {
  return parsePhoneNumberWithError(e164).getURI();
}
