/**
 * The site's security policy, stated once: the Content-Security-Policy directives Astro puts in each
 * page's `<meta>` (with hashes of its own scripts and styles), and the HTTP headers a real host must
 * send, since some protections only work as headers (`frame-ancestors`, `nosniff`). From these come
 * the `_headers` file that static hosts read (written into the build) and the nginx configuration
 * (`npm run nginx-config`), so the two can never drift apart.
 */

import { notFoundPage } from '../archive/not-found-pages.ts';
import { DEFAULT_LOCALE, LOCALES, localizedPath } from '../i18n/locales.ts';

/** CSP directives shared by the `<meta>` policy (astro.config.mjs) and the header. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind's search needs WebAssembly ('wasm-unsafe-eval' allows compiling wasm, not eval of JavaScript). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * The header policy. Both it and the `<meta>` policy apply, so a resource must pass both: the header
 * allows what the meta allows (it carries no hashes, and no page has inline code to need them), and
 * adds what only a header can say.
 */
const CSP_HEADER = [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`, "frame-ancestors 'none'"].join('; ');

/** Headers for every response. */
const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', CSP_HEADER],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // The site uses none of these features; no embedded or injected content may either.
  ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/**
 * Types for the files the archive publishes that generic servers get wrong or leave untyped. Pagefind's
 * `.pf_*` and `.pagefind` files are already gzip-compressed by Pagefind and decompressed by its own
 * script: they must go out as plain bytes, never compressed again.
 */
export const FILE_TYPES: readonly { extension: string; type: string; compress: boolean }[] = [
  { extension: 'vcf', type: 'text/vcard; charset=utf-8', compress: true },
  { extension: 'ics', type: 'text/calendar; charset=utf-8', compress: true },
  // Open data and citations (/data/, /citations/): servers know .csv but add no charset, and know
  // neither BibTeX nor RIS, which reference managers open by their type.
  { extension: 'csv', type: 'text/csv; charset=utf-8', compress: true },
  { extension: 'bib', type: 'application/x-bibtex; charset=utf-8', compress: true },
  { extension: 'ris', type: 'application/x-research-info-systems; charset=utf-8', compress: true },
  { extension: 'pf_fragment', type: 'application/octet-stream', compress: false },
  { extension: 'pf_index', type: 'application/octet-stream', compress: false },
  { extension: 'pf_meta', type: 'application/octet-stream', compress: false },
  { extension: 'pf_filter', type: 'application/octet-stream', compress: false },
  { extension: 'pagefind', type: 'application/wasm', compress: false },
];

/**
 * Where Astro writes its bundled styles and scripts, each file named by a hash of its content: a new
 * build gives a changed file a new name, so a browser may keep one for a year and never ask again
 * (Lighthouse's "efficient cache policy" found every page's stylesheet sent with no lifetime at all).
 * Pages, data and Pagefind's files keep their names from build to build and get no such header.
 */
const HASHED_ASSETS = '/_astro/';
const HASHED_ASSETS_CACHE = 'public, max-age=31536000, immutable';

/** The `_headers` file of Netlify and Cloudflare Pages. */
export function staticHostHeaders(): string {
  const lines = ['/*', ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`)];
  // Static hosts add a matching path's headers to those of `/*`, so the security headers still hold here.
  lines.push(`${HASHED_ASSETS}*`, `  Cache-Control: ${HASHED_ASSETS_CACHE}`);
  for (const { extension, type } of FILE_TYPES) lines.push(`/*.${extension}`, `  Content-Type: ${type}`);
  return `${lines.join('\n')}\n`;
}

/**
 * An nginx `server` block serving the built site from `root`. nginx drops inherited `add_header`s in
 * any location that sets its own, so every location repeats the security headers.
 *
 * Each language's prefix (`/`, `/ru/`) is a location of its own whose `error_page` names that
 * language's 404 page, so a missing address under `/ru/` is answered in Russian. The file types are
 * locations nested in each (nginx tries the regular expressions nested in the longest matching
 * prefix first), so a file under `/ru/` keeps its type and a missing one still gets the Russian page.
 */
export function nginxServer(opts: { root: string; listen: string; serverName?: string | readonly string[] }): string {
  // nginx reads `\"` and `\\` in a quoted value as the characters, but has no escape for `$`: a `$`
  // starts a variable in `root` quoted or not. A value nginx would read otherwise than written is
  // refused, not printed (`npm run nginx-config` says so before it gets here).
  const quote = (s: string) => {
    if (/[$\p{Cc}]/u.test(s)) throw new RangeError(`cannot write ${JSON.stringify(s)} as an nginx value: nginx would read "$" as a variable`);
    return `"${s.replace(/(["\\])/g, '\\$1')}"`;
  };
  const serverNames = typeof opts.serverName === 'string' ? [opts.serverName] : (opts.serverName ?? ['_']);
  const headers = SECURITY_HEADERS.map(([name, value]) => `add_header ${name} ${quote(value)} always;`);
  const indent = (lines: readonly string[], n: number) => lines.map((l) => `${' '.repeat(n)}${l}`).join('\n');
  const fileTypes = FILE_TYPES.flatMap(({ extension, type, compress }) => [
    `location ~ \\.${extension}$ {`,
    '  types { }',
    `  default_type ${quote(type)};`,
    ...(compress ? [] : ['  gzip off;']),
    ...headers.map((h) => `  ${h}`),
    '}',
  ]);
  const languages = LOCALES.map((locale) =>
    indent(
      [
        `location ${localizedPath(locale, '/')} {`,
        '  try_files $uri $uri/ =404;',
        `  error_page 404 ${notFoundPage(locale)};`,
        ...headers.map((h) => `  ${h}`),
        ...fileTypes.map((l) => `  ${l}`),
        '}',
      ],
      4,
    ),
  );
  // Its own location, so it repeats the headers; a missing file gets the English page, as under `/`.
  const hashedAssets = indent(
    [
      `location ${HASHED_ASSETS} {`,
      '  try_files $uri =404;',
      `  error_page 404 ${notFoundPage(DEFAULT_LOCALE)};`,
      ...headers.map((h) => `  ${h}`),
      // Without `always`: a 404 for a name no build made must not be kept for a year.
      `  add_header Cache-Control ${quote(HASHED_ASSETS_CACHE)};`,
      '}',
    ],
    4,
  );
  return `server {
    listen ${quote(opts.listen)};
    server_name ${serverNames.map(quote).join(' ')};
    root ${quote(opts.root)};
    index index.html;
    charset utf-8;
    charset_types text/css application/javascript application/json text/xml application/xml application/rss+xml text/plain;
    gzip on;
    gzip_types text/css application/javascript application/json application/xml application/rss+xml image/svg+xml text/plain text/vcard text/calendar text/csv;
    server_tokens off;
${indent(headers, 4)}

${languages.join('\n\n')}

${hashedAssets}
}
`;
}
