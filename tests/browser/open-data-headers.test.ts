/**
 * The open data, feeds, calendars and citations as a real host serves them (nginx with the shipped
 * configuration): each kind of file with the type a program opening it expects, and the security
 * headers every response carries.
 */
import { describe, expect, inject, test } from 'vitest';
import { SECURITY_HEADERS } from '../support/headers.ts';

const base = inject('baseUrl');

describe('nginx serves the open archive with its types', () => {
  test.each([
    ['/data/v1/missions.csv', 'text/csv; charset=utf-8', /^id,title,country,/],
    ['/data/v1/missions.json', 'application/json; charset=utf-8', /^\{\n {2}"dataset": "missions"/],
    ['/data/v1/schemas/missions.schema.json', 'application/json; charset=utf-8', /"\$schema": "https:\/\/json-schema.org\/draft\/2020-12\/schema"/],
    ['/feeds/statements.xml', 'text/xml; charset=utf-8', /^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/],
    ['/calendar/elections.ics', 'text/calendar; charset=utf-8', /^BEGIN:VCALENDAR\r\n/],
    ['/citations/countries/kz.bib', 'application/x-bibtex; charset=utf-8', /^@misc\{eoa_country_kz,/],
    ['/citations/countries/kz.ris', 'application/x-research-info-systems; charset=utf-8', /^TY {2}- ELEC\r\n/],
    ['/citations/countries/kz.json', 'application/json; charset=utf-8', /^\[\n {2}\{\n {4}"id": "eoa_country_kz"/],
    ['/robots.txt', 'text/plain; charset=utf-8', /^User-agent: \*\n/],
    ['/sitemap-index.xml', 'text/xml; charset=utf-8', /<sitemapindex /],
  ])('%s is %s', async (path, type, start) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toMatch(start);
    for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name), name).toBe(value);
  });
});
