/**
 * Moved pages: old URL → new URL. Published URLs are cited by others and must keep working, so
 * renaming or removing an entry adds a line here (Astro writes a redirect page for each).
 */
export const redirects: Record<string, string> = {};
