/**
 * The English catalogue: every interface string of the site, one module per part of the site.
 * Messages are ICU MessageFormat (`{count, plural, one {# statement} other {# statements}}`).
 */
import { countries } from './countries.ts';
import { site } from './site.ts';

export const en = { ...site, ...countries } as const;
export type MessageKey = keyof typeof en;
