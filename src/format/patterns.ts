/**
 * The text patterns the archive's formats share, written once: the schemas check content against
 * them, the codebook explains them, and the vCard, JSON-LD, calendar, chart and search code read
 * values that passed them.
 */

/** A calendar day written `YYYY-MM-DD`; year, month and day captured. */
export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; the parts present captured. */
export const ISO_PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A year written with four digits (a statements folder, a search facet's value). */
export const ISO_YEAR = /^\d{4}$/;

/** A phone number in E.164 form: `+`, a country code that does not start with 0, 7 to 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;
