/**
 * iCalendar text (RFC 5545 §3.3.11), the one place its rules are kept: every text a calendar file
 * carries, from the calendar's name to an event's categories, goes through `calendarText`, and what
 * ical-generator writes without escaping goes through `escapedText` as well.
 *
 * TEXT holds any character but the controls (tab aside); a line break is written `\n`, and `\`,
 * `;` and `,` are escaped, since they end a value or part it. A raw line break would start a content
 * line of its own: a mission title with one could add events, with alarms, to a reader's calendar.
 */

/** Controls TEXT cannot hold (RFC 5545's CONTROL, and C1, which no text of ours needs), once line breaks are made `\n`. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * A full stop after an abbreviation's own (`…2022 г.` + `.` where a message ends a title's sentence)
 * is one full stop; an ellipsis is left alone.
 */
const DOUBLE_STOP = /(\p{L})\.\.(?!\.)/gu;

/**
 * The text with its line breaks as `\n` and the characters a TEXT value cannot hold taken out; not
 * yet escaped. Every calendar text passes here, so a sentence closed after an abbreviation ends in
 * one full stop, not two.
 */
export function calendarText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(DOUBLE_STOP, '$1.');
}

/** A TEXT value written out: `calendarText`, then escaped as RFC 5545 §3.3.11 says. */
export function escapedText(value: string): string {
  return calendarText(value)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}
