/** What the middleware (`src/middleware.ts`) sets on every request, for pages and endpoints to read. */
declare namespace App {
  interface Locals {
    /** The language of the page or file being built. */
    locale: import('./i18n/locales.ts').Locale;
  }
}
