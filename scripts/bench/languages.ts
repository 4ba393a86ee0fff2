/**
 * The languages the site publishes, the default first: it keeps the unprefixed URLs
 * (`/statements/x/`), every other language has its own prefix (`/ru/statements/x/`). The fair
 * floor renders one bare page per statement per language, so that it renders the pages the site
 * renders. Read from the site's own list, so a new edition changes both builds at once.
 */
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';

export const SITE_LANGUAGES: readonly string[] = [DEFAULT_LOCALE, ...LOCALES.filter((l) => l !== DEFAULT_LOCALE)];
