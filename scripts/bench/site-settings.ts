/**
 * What the fair floor copies from the site so that it renders what the site renders, the way the
 * site renders it. Both are read from the site's own settings, so a change there changes both builds.
 *
 * - The languages the site publishes, the default first: it keeps the unprefixed URLs
 *   (`/statements/x/`), every other language has its own prefix (`/ru/statements/x/`). The floor
 *   renders one bare page per statement per language.
 * - How many pages Astro renders at once (`build.concurrency`): a setting any Astro site can use,
 *   so the floor gets it too, and the ratio measures the pages, not the setting.
 * - How the Content Layer store is kept (`experimental.collectionStorage`): the floor loads the same
 *   collections, so it stores them the same way.
 */
import siteConfig from '../../astro.config.mjs';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';

export const SITE_LANGUAGES: readonly string[] = [DEFAULT_LOCALE, ...LOCALES.filter((l) => l !== DEFAULT_LOCALE)];

export const SITE_RENDER_CONCURRENCY: number = siteConfig.build?.concurrency ?? 1;

export const SITE_COLLECTION_STORAGE: NonNullable<NonNullable<typeof siteConfig.experimental>['collectionStorage']> =
  siteConfig.experimental?.collectionStorage ?? 'single-file';
