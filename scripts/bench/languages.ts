/**
 * The languages the site publishes, the first one unprefixed (`/statements/x/`) and every other
 * under its own prefix (`/ru/statements/x/`). The fair floor renders one bare page per statement
 * per language, so that it renders as many pages as the site does.
 *
 * The one place the benchmark reads them from: until the site has an i18n module that exports its
 * languages, this is English alone; once it has, this should re-export that list.
 */
export const SITE_LANGUAGES: readonly string[] = ['en'];
