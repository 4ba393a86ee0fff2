/**
 * The one place a request's language is set: from the route's `locale` segment (see
 * `src/i18n/routes.ts`), into `Astro.locals.locale`, where pages, layouts and endpoints read it.
 * Not from the address's text: the English page of Russia (`/countries/ru/`) has `ru` in its path.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeOfParam } from './i18n/routes.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.locale = localeOfParam(context.params.locale);
  return next();
});
