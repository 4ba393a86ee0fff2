/**
 * Who issued a text and what kind of text it is, read from how it is written:
 *
 * - a report announces itself on its cover ("OSCE/ODIHR Election Observation Mission Final Report",
 *   "INTERIM REPORT", "Statement of Preliminary Findings and Conclusions", "Election observation report",
 *   "ЗАЯВЛЕНИЕ Миссии наблюдателей");
 * - an outlet names itself: in the dateline ("SARAJEVO, Aug. 28 (Xinhua) --"), a byline, a credit
 *   ("News.Az reports.", "сообщает БелТА", "told Interfax-Ukraine"), a line of the page's header
 *   ("24.kg news agency"), or the address of the original;
 * - a report in the third person ("said at a press conference", "told", "according to", "сообщил")
 *   is a news report even when the outlet never names itself: its source is the outlet, and the
 *   organization it relays is `reportsOn`;
 * - an organization's own release speaks in its own voice ("ODIHR today opened …") under its dateline.
 */
import iuliia from 'iuliia';
import { STATEMENT_KINDS } from '../schemas/vocabulary.ts';
import type { ArchiveIndex } from './archive.ts';
import { countryIdOf, findCountries } from './countries.ts';
import { findOrganizations, type OrganizationMention } from './organizations-in-text.ts';
import { organizationOfWebsite } from './organizations.ts';
import { asciiSlug, sentences } from './text.ts';

type StatementKind = keyof typeof STATEMENT_KINDS;

/** What a report's cover calls it, most specific first. */
const REPORT_LABELS: [RegExp, StatementKind][] = [
  [/needs[- ]assessment mission report|доклад\p{L}*\s+миссии\s+по\s+оценке\s+потребностей/iu, 'needs-assessment-report'],
  // "REPORT No 1": an observation mission's numbered report, issued while it works.
  [/interim report|промежуточн\p{L}*\s+(?:доклад|отч[её]т)|^\s*report\s+no\.?\s*\d+\s*$/iu, 'interim-report'],
  [
    /statement of preliminary findings|preliminary (?:findings and )?conclusions|preliminary statement|предварительн\p{L}*\s+(?:выводы|заявлени)|заявлени\p{L}*\s+миссии/iu,
    'preliminary-statement',
  ],
  [
    /final report|observation mission report|(?:election|referendum) observation report|report (?:of|on) (?:the )?(?:election )?(?:assessment |observation )?mission\b|report by .{3,60}?\b(?:chair|head)\b|(?:итогов|заключительн|окончательн)\p{L}*\s+(?:доклад|отч[её]т)/iu,
    'final-report',
  ],
];

/**
 * The kind a report's cover gives, read from the lines above its text (headline, labels, cover). A label
 * after a colon belongs to a page about the report ("Hungary … 2022: ODIHR … final report"), not to the
 * report itself.
 */
export function reportKindOf(cover: readonly string[]): StatementKind | undefined {
  for (const [pattern, kind] of REPORT_LABELS) {
    for (const line of cover) {
      const m = pattern.exec(line);
      // A label names the document: after it comes a date, a number or the next heading, never a verb
      // ("… final report concludes", "… final report on the elections published today").
      if (m && !line.slice(0, m.index).includes(':') && !/^\s*\p{Ll}/u.test(line.slice(m.index + m[0].length).replace(/^\s*(?:of|by)\b.*$/, ''))) return kind;
    }
    // "ЗАЯВЛЕНИЕ" / "Миссии наблюдателей от": a label broken over two lines.
    if (pattern.test(cover.join(' ')) && kind === 'preliminary-statement' && /^заявлени/iu.test(cover[0] ?? '')) return kind;
  }
  return undefined;
}

/**
 * The kind a text gives itself in its opening paragraphs: "This statement of preliminary findings and
 * conclusions is delivered …", "This interim report …".
 */
export function selfDescribedKind(paragraphs: readonly string[]): StatementKind | undefined {
  const text = paragraphs.slice(0, 3).join('\n');
  for (const [pattern, kind] of REPORT_LABELS) {
    const m = new RegExp(String.raw`(?:^|[.!?]\s+)(?:This|Настоящ\p{L}*|Данн\p{L}*)\s+(?:${pattern.source})`, 'iu').exec(text);
    if (m) return kind;
  }
  return undefined;
}

/** The European Parliament calls its missions "Election Observation Delegations". */
const EP_DELEGATION = /election observation delegation/i;

/** The organization a report's cover names first: the one that issued it. */
export function coverIssuer(cover: readonly string[], archive: ArchiveIndex): string | undefined {
  const text = cover.join('\n');
  // "http://assembly.coe.int" printed on the cover.
  for (const m of text.matchAll(/https?:\/\/\S+/g)) {
    const site = organizationOfWebsite(m[0]);
    if (site) return site;
  }
  const first = findOrganizations(text, archive)[0] ?? findOrganizations(text.toUpperCase() === text ? text : '', archive)[0];
  if (first) return first.id;
  if (EP_DELEGATION.test(text)) return 'european-parliament';
  return undefined;
}

/** Verbs of reported speech and of an outlet's credit. */
const SPEECH_VERB =
  /\b(?:said|says|told|tells|stated|noted|added|announced|informed|reported|reports|commented|explained|emphasi[sz]ed|stressed|underlined|according to)\b|(?:сообщил\p{L}*|заявил\p{L}*|отметил\p{L}*|рассказал\p{L}*|подчеркнул\p{L}*|передает|передаёт|сообщает|сообщается|информирует|по (?:его|ее|её|их) словам|по данным)(?!\p{L})/iu;
const QUOTED = /[“"«„][^”"»“]*[”"»“]/u;

/**
 * True when the article reports others in the third person: a verb of speech in a sentence that quotes
 * nobody ("the mission head, Eoghan Murphy, said at a press conference", "…, reports IPN", "сообщил глава
 * миссии"). A release quotes its officials ("…," said Ambassador X); a report retells them.
 */
export function isReported(paragraphs: readonly string[]): boolean {
  const text = paragraphs.slice(0, 6).join('\n');
  return sentences(text).some((s) => !QUOTED.test(s) && !/^[“"«„]/u.test(s) && !/[”"»]/u.test(s) && SPEECH_VERB.test(s) && !/\b(?:we|our|I)\b/i.test(s));
}

/** Services that publish organizations' press releases as sent: a text there is the organization's release. */
const PRESS_WIRES = /(?:^|\.)(?:einpresswire\.com|einnews\.com|prnewswire\.com|businesswire\.com|globenewswire\.com|presswire\.com|newswire\.com)$/;

/** True for an address on a press-release wire. */
export function isPressWire(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return PRESS_WIRES.test(new URL(url).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/**
 * The organization whose own site an address is on: one the importer knows the site of, or one the text
 * names by an acronym the address spells ("turkpa.org" and "TURKPA", "guam-organization.org" and "GUAM").
 */
export function siteOrganization(url: string | undefined, text: string): string | undefined {
  if (!url) return undefined;
  const known = organizationOfWebsite(url);
  // "Mission at a glance", "Mission schedule": an ODIHR mission's page, wherever on the OSCE's site it is kept.
  if (known === 'osce' && /^Mission at a glance$/im.test(text) && /\bODIHR\b/.test(text)) return 'odihr';
  if (known) return known;
  let label: string;
  try {
    const host = new URL(url).hostname.toLowerCase().split('.');
    label = host[host.length - 2] ?? '';
  } catch {
    return undefined;
  }
  const name = label.replace(/-?(?:organization|organisation|org|int|online|official)$/, '');
  if (name.length < 3) return undefined;
  const acronym = new RegExp(`(?<![\\p{L}])${name.toUpperCase()}(?![\\p{L}])`, 'u');
  // "…, IPN reports": an outlet crediting its own report is a news site, not an organization's.
  // "(MENAFN- EIN Presswire) …": a syndicator's own credit over what it carries, no organization's release.
  // "Как передает AZE.az": a name printed as the site's own address is the outlet naming itself.
  const credit = new RegExp(
    `(?<![\\p{L}])${name.toUpperCase()}\\s+(?:reports|reported)\\b|^\\s*\\(${name.toUpperCase()}\\s*[-–—]|(?<![\\p{L}])${name.toUpperCase()}\\.[a-z]{2,6}(?![\\p{L}])`,
    'mu',
  );
  return acronym.test(text) && !credit.test(text) ? name : undefined;
}

/**
 * An outlet named as the source of the report: "…, News.Az reports.", "Trend reports citing …",
 * "told Interfax-Ukraine", "сообщает БелТА", "передает корреспондент АПА", "– РИА Новости".
 */
export function creditedOutlet(paragraphs: readonly string[]): string | undefined {
  const text = paragraphs.join('\n');
  const patterns = [
    /(?:^|[,.;]\s+|\s)((?:\p{Lu}[\p{L}\d.&'’-]*)(?:[ -]\p{Lu}[\p{L}\d.&'’-]*){0,3})\s+(?:reports|reported)(?:\s+citing\b|[.,]|\s*$)/mu,
    /\btold\s+((?:\p{Lu}[\p{L}\d.&'’-]*)(?:[ -]\p{Lu}[\p{L}\d.&'’-]*){0,3})\b/u,
    /(?:сообщает|передает|передаёт|пишет|по данным|цитирует\s+(?:его|ее|её|их))\s+(?:корреспондент\s+|(?:московский|собственный)\s+корреспондент\s+)?(\p{Lu}[\p{L}\d.-]*(?:\s+«?\p{Lu}[\p{L}\d.-]*»?)?)/u,
    /корреспондент\p{L}*\s+(\p{Lu}[\p{Lu}\p{L}.-]+)/u,
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    // "сообщает ТАСС. По словам …": the sentence ends the name; «Новости» keeps its words, not its quotes.
    const name = m?.[1]?.split(/\.\s/)[0]?.replace(/[«»"]/g, '').replace(/[.,]$/, '');
    if (name && !/^(?:He|She|They|It|We|Mission|The|This|Observers?|Tejler|Он|Она)$/i.test(name)) return name;
  }
  return undefined;
}

/**
 * The site a copied article credits on a line of its own: its last line ("Report.az"), or a source line
 * ("Источник и фото - ria.ru", "Источник: Sputnik.by", "Source: Xinhua.net"). Given as an address.
 */
export function creditLine(paragraphs: readonly string[]): string | undefined {
  const site = String.raw`((?:[\p{L}\d-]+\.)+[A-Za-z]{2,6})`;
  const labelled = new RegExp(String.raw`^\s*(?:Источник(?:\s+и\s+фото)?|Фото и источник|Source)\s*[:\-–—]\s*${site}\s*$`, 'u');
  const alone = new RegExp(String.raw`^\s*${site}\s*$`, 'u');
  for (const p of paragraphs) {
    const m = labelled.exec(p);
    if (m) return `https://${m[1]!.toLowerCase()}`;
  }
  const last = paragraphs[paragraphs.length - 1];
  const m = last ? alone.exec(last) : null;
  return m ? `https://${m[1]!.toLowerCase()}` : undefined;
}

/** A line of a page's header or footer naming the outlet: "24.kg news agency", "Gomelskaya Pravda - - ПРЕСС-ЦЕНТР", "… - РИА Новости, 29.05.2023". */
export function outletLine(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const agency =
      /(?:^|,\s*|[-–—]\s+)((?:\p{Lu}|\d)[\p{L}\d.&'’ -]{1,40}?)\s+(?:news agency|information agency|agency|информационное агентство)(?!\p{L})/iu.exec(line);
    if (agency) return agency[1]!.trim();
    const suffix = /\s[-–—|]\s+([^-–—|,]{2,40}),\s*\d{1,2}[./]\d{1,2}[./]\d{4}\s*$/u.exec(line);
    if (suffix) return suffix[1]!.trim();
  }
  return undefined;
}

/**
 * Site names that repeat from one country to the next: "news.am" and "news.az", "24.kg", "civil.ge", "1news.az",
 * "open.kg". A brand is its own, however short ("vlast.kz", "turan.az", "ipn.md", "m24.ru", "24tv.ua", "lb.ua" are
 * `vlast`, `turan`, `ipn`, `m24`, `24tv`, `lb`).
 */
const GENERIC_SITE_NAME = /^(?:\d+|\d*(?:news|novosti|vesti|civil|info|today|press|media|online|daily|times|post|politics?|open)\d*)$/u;

/**
 * The outlet an address belongs to, as an id: the site's name ("kyivpost.com" → `kyivpost`); a generic name
 * under a country's domain keeps the country ("civil.ge" → `civil-ge`, "24.kg" → `24-kg`), since such
 * names repeat from one country to the next.
 */
export function outletOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  // "chinadaily.com.cn", "saylav.gov.tm", "bbc.co.uk": a generic label under a country's domain is part of the suffix.
  const all = host.split('.').filter((l, i, ls) => !(i === ls.length - 2 && ls.length > 2 && /^(?:com|org|net|gov|edu|co|ac|info)$/.test(l)));
  // "tm.vesti.news": the top level is never a section's label, however it is spelt.
  const labels = all.filter((l, i) => i === all.length - 1 || !/^(?:www\d?|m|amp|en|ru|eng|rus|old|oldwp|news|ria|sport)$/.test(l));
  const tld = all[all.length - 1]!;
  // "news.am", "news.az": the name is the first label however generic it is.
  const name = labels.length >= 2 ? labels[labels.length - 2]! : (all[all.length - 2] ?? '');
  if (!name) return undefined;
  return tld.length === 2 && GENERIC_SITE_NAME.test(name) ? asciiSlug(`${name}-${tld}`) : asciiSlug(name);
}

/**
 * The outlet of an address, named as the page prints it when it does: "kyivpost.com" and "Kyiv Post" give
 * `kyiv-post`, "theubposts.com" and "The UB Post" give `ub-post`; else the address's own name (`outletOfUrl`).
 */
export function outletOfPage(url: string | undefined, text: string): string | undefined {
  const fromUrl = outletOfUrl(url);
  if (!fromUrl || !url) return fromUrl;
  const host = new URL(url).hostname.toLowerCase().split('.');
  const label = (host.find((l) => fromUrl.startsWith(l)) ?? host[host.length - 2] ?? '').replace(/^the/, '');
  if (label.length < 4) return fromUrl;
  for (const m of text.matchAll(/(?:\p{Lu}[\p{L}\d]*)(?:[ .-](?:\p{Lu}[\p{L}\d]*|\d+)){0,3}/gu)) {
    // A name printed in Cyrillic is compared in its transliteration: "Эхо Кавказа" and ekhokavkaza.com.
    const words = (/\p{Script=Cyrillic}/u.test(m[0]) ? iuliia.translate(m[0], iuliia.WIKIPEDIA) : m[0]).split(/[ .-]/);
    for (let from = 0; from < words.length; from++) {
      for (let to = words.length; to > from; to--) {
        // One word names the site only as a brand prints it ("HINA", "TVN24"): a capitalised common word ("Civil") does not.
        // Nor does one printed as the site's address ("NORV.nv", "News.Az"): a site named by its address keeps its country.
        if (
          to === from + 1 &&
          (!/^(?:\p{Lu}{3,}\d*|\p{Lu}+\d+)$/u.test(words[from]!) || /\.\p{L}/u.test(m[0]) || /^\.\p{L}/u.test(text.slice(m.index + m[0].length)))
        )
          continue;
        const phrase = words.slice(from, to).filter((w) => !/^the$/i.test(w));
        if (phrase.join('').toLowerCase() === label) return asciiSlug(phrase.join(' '));
      }
    }
  }
  return fromUrl;
}

/** Whether an outlet's printed name and an address name the same site ("News.Az" and news.az, "Info-Prim Neo" and ipn.md). */
export function sameOutlet(name: string, url: string | undefined): boolean {
  const fromUrl = outletOfUrl(url);
  if (!fromUrl) return false;
  const slug = asciiSlug(name);
  // A name in Cyrillic has no ASCII letters to compare ("РИА Новости"): it names no site by its address.
  if (!slug) return false;
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toLowerCase();
  const host = fromUrl.replace(/-[a-z]{2}$/, '');
  return slug === fromUrl || slug.replace(/-/g, '') === host.replace(/-/g, '') || initials === host || host.startsWith(slug.replace(/-/g, ''));
}

// The boundary is a letter's, not \b: in JavaScript \b knows only Latin letters, so it never stands before "ЦИК".
const ELECTION_BODY =
  /(?<![\p{L}\d])(?:Central (?:Election|Electoral) Commission|Central Commission for Elections and Referend\p{L}*|State Election Commission(?:er)?|CEC|ЦИК|Центризбирком\p{L}*|Центральн\p{L}* (?:избирательн\p{L}*|комисси\p{L}* по выборам)\s*\p{L}*|Главн\p{L}* избирательн\p{L}* комисси\p{L}*)/u;
const FOREIGN_MINISTRY =
  /(?<![\p{L}\d])(?:Ministry of Foreign Affairs|Foreign Ministry|MFA|(?:Deputy )?Minister of Foreign Affairs|Foreign Minister|МИД|Министерств\p{L}* иностранных дел)(?!\p{L})/u;

/**
 * A national body a text relays, as the archive files it: `<country>-cec` for a central election
 * commission (`-sec` for a state election commission), `<country>-mfa` for a foreign ministry.
 */
/** A State's election commission or foreign ministry as an id (`uz-cec`, `tm-mfa`), its State named or the text's. */
export function nationalBodyId(name: string, country: string | undefined): string | undefined {
  const cc = findCountries(name)[0] ?? countryOfAdjective(name) ?? country;
  if (!cc) return undefined;
  if (/State Election Commission/i.test(name)) return `${cc}-sec`;
  if (ELECTION_BODY.test(name)) return `${cc}-cec`;
  if (FOREIGN_MINISTRY.test(name)) return `${cc}-mfa`;
  return undefined;
}

function countryOfAdjective(name: string): string | undefined {
  const m = /\b(\p{Lu}\p{Ll}+)\s+(?:Central|State|Foreign)\b/u.exec(name);
  return m ? countryIdOf(m[1]!.replace(/(?:ian|ish|i|ese)$/, '')) : undefined;
}

/** Organizations an article relays, in order: those that observe first. */
const RELAYED = [
  'odihr',
  'osce-pa',
  'pace',
  'european-parliament',
  'nato-pa',
  'osce',
  'cis',
  'ipa-cis',
  'osce-chairpersonship',
  // Other bodies that send observers: "Миссия наблюдателей ШОС …".
  'sco',
  'cis-emo',
  'turkpa',
  'turkic-council',
  'guam',
  'pabsec',
];

/**
 * The organization a news report relays: the one the report cites ("reports citing OSCE"), a national
 * body the lead says informed ("the Central Election Commission of Kyrgyzstan reports", "сообщила ЦИК"),
 * else the observing organization the headline and lead name first.
 */
export function relayedOrganization(title: string, lead: readonly string[], archive: ArchiveIndex, country: string | undefined): string | undefined {
  const text = [title, ...lead.slice(0, 2)].join('\n');
  const leadText = lead.slice(0, 2).join('\n');
  const informer =
    /(?:^|[.,]\s+|\s)((?:the\s+)?[^.,]{0,60}?(?:Commission|CEC|Ministry)[^.,]{0,40}?)\s+(?:reports|reported|said|informed|announced|approved)\b/iu.exec(
      leadText,
    ) ??
    /(?:сообщил\p{L}*|заявил\p{L}*|информирует)\s+(?:в\s+)?((?:Центральн|Главн|ЦИК|МИД)[^.,]{0,80})/u.exec(leadText) ??
    // "сообщила на пресс-конференции глава ЦИК …", "Как сообщает пресс-служба МИД Туркменистана", "заявил пресс-секретарь
    // Министерства иностранных дел Украины": the body of the one who informed.
    /(?:сообщил\p{L}*|сообщает|заявил\p{L}*|информирует)\s+(?:[^.,]{0,40}?\s)?((?:глав\p{L}*|пресс-служб\p{L}*|пресс-секретар\p{L}*|председател\p{L}*|руководител\p{L}*)\s+(?:администрации\s+)?(?:ЦИК|Центризбирком\p{L}*|МИД|Министерств\p{L}*\s+иностранных\s+дел|Центральн\p{L}*\s+(?:избирательн|комисси))[^.,]{0,60})/u.exec(
      text,
    ) ??
    // Not the place a meeting was held in: "в ходе встречи в Центральной избирательной комиссии сообщил Х".
    /(?<!(?:^|\s)(?:в|во)\s)((?:Центральн|Главн)\p{L}*\s+(?:избирательн|комисси)[^.,]{0,80}?)\s+(?:сообщил\p{L}*|заявил\p{L}*|приняла|аккредитовал\p{L}*)/u.exec(
      leadText,
    ) ??
    // "The Central Election Commission … accredited 54 more international observers": what the commission did.
    /(?:^|[.,]\s+|\s)((?:the\s+)?[^.,]{0,60}?(?:Commission|CEC)[^.,]{0,60}?)\s+(?:accredited|registered)\b/iu.exec(leadText) ??
    // "Minister of Foreign Affairs of Kyrgyzstan … met with representatives of the ODIHR mission": the minister's meeting.
    /(?:^|[.,]\s+)((?:the\s+)?[^.,]{0,30}?(?:Minister|Ministry) of Foreign Affairs[^.,]{0,60}?)\s+(?:met|received|hosted)\b/iu.exec(leadText);
  if (informer) {
    const id = nationalBodyId(informer[1]!, country);
    if (id) return id;
  }
  const mentions: OrganizationMention[] = findOrganizations(text, archive).filter((m) => RELAYED.includes(m.id));
  // "OSCE informs that …", "ODIHR announced that …": the body the report says informed it.
  const informs = mentions.find((m) => /^\s+(?:informs|informed|reports|reported|announced|announces|states|stated)\s+that\b/i.test(text.slice(m.end)));
  if (informs) return informs.id;
  // "The OSCE's Office for Democratic Institutions …", "OSCE mission … ODIHR": the OSCE body the lead names is the one relayed.
  const first = mentions[0]?.id;
  const body = mentions.find((m) => m.id === 'odihr' || m.id === 'osce-pa' || m.id === 'osce-chairpersonship')?.id;
  if (first) return first === 'osce' && body ? body : first;
  // A lead that names no observer ("Election monitors from Europe's top security body said …"): the first the rest names.
  const rest = findOrganizations(lead.slice(2).join('\n'), archive).filter((m) => RELAYED.includes(m.id));
  const restBody = rest.find((m) => m.id === 'odihr' || m.id === 'osce-pa' || m.id === 'osce-chairpersonship')?.id;
  return rest[0]?.id === 'osce' && restBody ? restBody : rest[0]?.id;
}
