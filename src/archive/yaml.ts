/**
 * YAML read the way the site reads it. Astro parses frontmatter and data files with js-yaml (YAML 1.1
 * types: timestamps, merge keys, `!!binary`…); the check needs positions, which only the `yaml`
 * library gives. So a document is parsed by both, the data the site will see is js-yaml's, and a
 * document is refused when:
 *
 * - it uses a feature content has no use for and the two readers treat differently: directives
 *   (`%YAML 1.1`), tags (`!!binary`, `!!js/function`, `!custom`), merge keys (`<<`);
 * - it uses more than a few aliases (a billion-laughs document expands exponentially);
 * - the two readers give different values (`count: 1_000`, `date: 2021-1-4`), or js-yaml cannot
 *   read what `yaml` could;
 * - a key repeats.
 *
 * A plain `2021-01-04` that js-yaml turns into a date is the same value to both; whether a date is
 * acceptable in that field is the schema's call (see `validate.ts`).
 */
import { load as loadAsTheSiteDoes } from 'js-yaml';
import { FIRST_YEAR, lastYear } from '../schemas/common.ts';
import { isMap, isScalar, LineCounter, Parser, parseDocument, visit, type Document } from 'yaml';
import { ISO_DAY } from '../format/patterns.ts';

/** Content needs no aliases; a few are harmless, many are an expansion attack. */
const MAX_ALIASES = 16;

interface YamlProblem {
  /** Offset in the YAML text. */
  offset: number;
  /** The field concerned, when the problem is about one value. */
  path?: (string | number)[];
  message: string;
}

export interface YamlReading {
  /** What the site will see, or undefined when the document is refused. */
  data: unknown;
  /** The `yaml` library's document, for locating fields. */
  doc: Document;
  lineCounter: LineCounter;
  problems: YamlProblem[];
}

export function readYaml(text: string): YamlReading {
  const lineCounter = new LineCounter();
  // Repeated keys are found in `unsupportedNodes`: the library's own check compares every pair of
  // keys (23 s for a map of 50,000), a set does it in one pass.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, version: '1.2' });
  const problems: YamlProblem[] = doc.errors.map((error) => ({
    offset: error.pos[0],
    message: /call stack/i.test(error.message)
      ? 'nests lists or fields too deeply to be read — expected a few levels'
      : `is not valid YAML — ${firstLine(error.message)}`,
  }));
  if (problems.length) return { data: undefined, doc, lineCounter, problems };

  problems.push(...directives(text), ...unsupportedNodes(doc));
  if (problems.length) return { data: undefined, doc, lineCounter, problems };

  let siteData: unknown;
  try {
    siteData = loadAsTheSiteDoes(text);
  } catch (error) {
    const mark = (error as { mark?: { position?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? 'cannot be read';
    return { data: undefined, doc, lineCounter, problems: [{ offset: mark?.position ?? 0, message: `is not valid YAML for the site's reader — ${reason}` }] };
  }
  // An empty document is nothing to js-yaml and null to `yaml`: the same absence of fields.
  const ours = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? undefined;
  const difference = firstDifference(ours, siteData, []);
  if (difference) {
    const node = doc.getIn(difference.path, true) as { range?: [number, number, number] } | undefined;
    const { site, ours } = difference;
    problems.push({
      offset: node?.range?.[0] ?? 0,
      path: difference.path,
      message:
        site instanceof Date && typeof ours === 'string'
          ? `is ${JSON.stringify(ours)}, which the site reads as ${describe(site)} — expected ${inRange(ours) ? 'a real date written YYYY-MM-DD' : `a year from ${FIRST_YEAR} to ${lastYear()}`}, or text in quotes`
          : `is read as ${describe(site)} by the site but as ${describe(ours)} by the check — write it in quotes if it is text`,
    });
    return { data: undefined, doc, lineCounter, problems };
  }
  return { data: siteData ?? {}, doc, lineCounter, problems };
}

/** `%YAML 1.1`, `%TAG …`: they change how the rest is read, differently in each reader. */
function directives(text: string): YamlProblem[] {
  const found: YamlProblem[] = [];
  for (const token of new Parser().parse(text)) {
    if (token.type === 'directive')
      found.push({ offset: token.offset, message: `has the YAML directive "${token.source.trim()}" — directives are not allowed` });
    if (token.type === 'document') break;
  }
  return found;
}

function unsupportedNodes(doc: Document): YamlProblem[] {
  const found: YamlProblem[] = [];
  let aliases = 0;
  visit(doc, {
    Alias(_, node) {
      aliases++;
      if (aliases === MAX_ALIASES + 1)
        found.push({ offset: node.range?.[0] ?? 0, message: `uses more than ${MAX_ALIASES} aliases (*name) — write the values out` });
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN')
        found.push({ offset: pair.key.range?.[0] ?? 0, message: 'is a YAML merge key (<<) — write the fields out in full' });
    },
    Node(_, node) {
      // (A `Map` visitor would replace this one for maps, so repeated keys are looked for here.)
      if (isMap(node)) {
        const seen = new Set<unknown>();
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? pair.key.value : pair.key;
          if (seen.has(key))
            found.push({ offset: (pair.key as { range?: number[] } | null)?.range?.[0] ?? 0, message: 'repeats a field — each field may appear once' });
          seen.add(key);
        }
      }
      // Only an explicit tag in the source sets one (plain values resolve without): the one way to
      // make either reader build something other than plain data.
      if (node.tag) found.push({ offset: node.range?.[0] ?? 0, message: `has the YAML tag ${shortTag(node.tag)} — tags are not allowed; write a plain value` });
    },
  });
  return found;
}

function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

interface Difference {
  path: (string | number)[];
  ours: unknown;
  site: unknown;
}

/** The first place the two readings differ; a js-yaml date equals the `YYYY-MM-DD` text it came from. */
function firstDifference(ours: unknown, site: unknown, path: (string | number)[]): Difference | undefined {
  if (site instanceof Date) {
    const day = Number.isNaN(site.getTime()) ? '' : site.toISOString().slice(0, 10);
    return typeof ours === 'string' && ISO_DAY.test(ours) && day === ours ? undefined : { path, ours, site };
  }
  if (Array.isArray(site) || Array.isArray(ours)) {
    if (!Array.isArray(site) || !Array.isArray(ours) || site.length !== ours.length) return { path, ours, site };
    for (let i = 0; i < site.length; i++) {
      const d = firstDifference(ours[i], site[i], [...path, i]);
      if (d) return d;
    }
    return undefined;
  }
  if (isPlainObject(site) || isPlainObject(ours)) {
    if (!isPlainObject(site) || !isPlainObject(ours)) return { path, ours, site };
    const keys = new Set([...Object.keys(site), ...Object.keys(ours)]);
    for (const key of keys) {
      if (!(key in site) || !(key in ours)) return { path: [...path, key], ours: ours[key], site: site[key] };
      const d = firstDifference(ours[key], site[key], [...path, key]);
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(ours, site) ? undefined : { path, ours, site };
}

function inRange(text: string): boolean {
  const year = Number(text.slice(0, 4));
  return year >= FIRST_YEAR && year <= lastYear();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function describe(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty (null)';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a set of fields';
  return `${typeof value} ${String(value)}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
