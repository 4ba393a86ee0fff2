/**
 * The draft statement file built from an extraction: frontmatter in the order of
 * `src/schemas/statement.ts`, the importer's findings as YAML comments above it, and a body that
 * is only a TODO, so that nothing of the source's wording reaches the archive unread.
 */
import { Document, isScalar, isSeq } from 'yaml';
import type { Extraction } from './extract.ts';
import { personId, type NamedPerson } from './people.ts';
import { asciiSlug, headlineSlug } from './text.ts';

export type Draft = {
  /** Path under the statements folder: `2021/2021-01-04-<slug>.mdx`, or `undated/<slug>.mdx`. */
  path: string;
  /** The statement id the path gives, which people files cite as `source`. */
  id: string;
  text: string;
  /** Fields the maintainer must write, in the order of the frontmatter. */
  fillIn: string[];
  /** Entries of `content/` the draft refers to that do not exist yet. */
  toCreate: string[];
  unplaced: string[];
};

export type DraftOptions = {
  /** Name of the source file, shown in the draft; a bare name, never a path of the machine. */
  sourceName: string;
  /** Whether a path relative to `content/` exists, e.g. `people/kristian-vigenin.yaml`. */
  exists: (contentPath: string) => boolean;
  /** The public original's address, when the maintainer gives it (`--url`). */
  url?: string | undefined;
};

/** @internal Exported for the tests, which find the placeholder in the drafts the importer writes. */
export const SUMMARY_TODO = 'TODO: one sentence in our own words';
/** @internal Exported for the tests, which find the placeholder in the drafts the importer writes. */
export const BODY_TODO = 'TODO: summarise in our own words what the statement says, then delete this line. Quote no more than a phrase of the source.';

/** The file-name slug: the headline's, else the document number's, else source and kind. */
export function draftSlug(e: Pick<Extraction, 'title' | 'documentNumber' | 'source' | 'kind'>): string {
  // A headline in Cyrillic has no ASCII slug; the file is then named like a text without one.
  const fromTitle = e.title ? headlineSlug(e.title) : '';
  if (fromTitle) return fromTitle;
  if (e.documentNumber) return asciiSlug(e.documentNumber);
  return [e.source ?? 'unknown-source', e.kind ?? 'statement'].join('-');
}

/** Where the draft goes: by year and day, or in `undated/` until someone establishes the date. */
export function draftPath(date: string | undefined, slug: string): { path: string; id: string } {
  if (!date) return { path: `undated/${slug}.mdx`, id: `undated/${slug}` };
  return { path: `${date.slice(0, 4)}/${date}-${slug}.mdx`, id: `${date}-${slug}` };
}

/**
 * The id under which a person is, or would be, filed: an existing file for any printed form of the
 * name wins ("Urszula Gacek" may be filed as `urszula-gacek` though this text prints a middle name).
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function resolvePersonId(person: NamedPerson, exists: DraftOptions['exists']): { id: string; exists: boolean } {
  const candidates = [person.id, ...person.aliases.map(personId)];
  const found = candidates.find((id) => exists(`people/${id}.yaml`));
  return found ? { id: found, exists: true } : { id: person.id, exists: false };
}

function frontmatterObject(e: Extraction, personIds: readonly string[], url: string | undefined): Record<string, unknown> {
  const fm: Record<string, unknown> = { title: e.title ?? '' };
  if (!e.title) fm.titleIsOurs = true;
  fm.kind = e.kind ?? '';
  fm.date = e.date ?? '';
  if (e.place) fm.place = e.place;
  fm.source = e.source ?? '';
  if (e.reportsOn) fm.reportsOn = e.reportsOn;
  if (e.people.length > 0) fm.people = e.people.map((p, i) => ({ person: personIds[i]!, as: p.as }));
  if (e.fieldsOfWork.length > 0) fm.fieldsOfWork = [...e.fieldsOfWork];
  fm.countries = [...e.countries];
  if (e.missions.length > 0) fm.missions = e.missions.map((m) => m.id);
  if (e.documentNumber) fm.documentNumber = e.documentNumber;
  if (e.aligningStates) fm.aligningStates = [...e.aligningStates];
  fm.language = e.language;
  fm.url = url ?? '';
  fm.summary = SUMMARY_TODO;
  // A Russian dateline: `place` above is its English name, the printed one is the Russian edition's.
  if (e.ruPlace) fm.ru = { place: e.ruPlace };
  return fm;
}

/**
 * One comment line per person, saying what the text gives for their people file.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function personNote(e: Extraction, index: number, exists: DraftOptions['exists']): string {
  const p = e.people[index]!;
  const filed = resolvePersonId(p, exists);
  const facts = [p.honorific ? `${p.honorific} ${p.name}` : p.name, `as ${p.as}`];
  if (p.aliases.length > 0) facts.push(`also printed as ${p.aliases.map((a) => `"${a}"`).join(', ')}`);
  if (p.roles.length > 0) facts.push(`roles: ${p.roles.join('; ')}`);
  if (p.nationality) facts.push(`nationality ${p.nationality}`);
  const contact = e.contacts.find((c) => c.id === p.id);
  if (contact) {
    const details = [contact.title, contact.phone, contact.email, contact.role].filter(Boolean);
    facts.push(`contact point: ${details.join(', ')}`);
  }
  const file = `content/people/${filed.id}.yaml`;
  facts.push(filed.exists ? `${file} exists, check its roles` : `new: create ${file}`);
  return `person ${filed.id}: ${facts.join('; ')}`;
}

/** Builds the draft file and the lists the CLI prints. Pure apart from `options.exists`. */
export function buildDraft(e: Extraction, options: DraftOptions): Draft {
  const { path, id } = draftPath(e.date, draftSlug(e));
  const toCreate: string[] = [];
  const idNote = e.date ? `; its id is ${id}, the \`source\` of roles it gives` : '';
  const notes: string[] = [`draft from ${options.sourceName}${idNote}; check every value against the source, then delete these comments.`];
  notes.push(...e.unplaced.map((u) => `could not place ${u}`));
  const filed = e.people.map((p) => resolvePersonId(p, options.exists));
  e.people.forEach((_, i) => {
    notes.push(personNote(e, i, options.exists));
    if (!filed[i]!.exists) toCreate.push(`content/people/${filed[i]!.id}.yaml`);
  });
  for (const m of e.missions) {
    const file = `missions/${m.id}.mdx`;
    const known = options.exists(file) || options.exists(`missions/${m.id}.md`);
    const year = m.yearFrom === 'text' ? 'year printed in the sentence' : "year of the statement's date";
    notes.push(`mission ${m.id}: from "${m.phrase}" (${year}); ${known ? 'exists' : `new: create content/${file}`}`);
    if (!known) toCreate.push(`content/${file}`);
  }
  for (const org of [e.source, e.reportsOn]) {
    if (org && !options.exists(`organizations/${org}.yaml`)) {
      notes.push(`organization ${org}: new: create content/organizations/${org}.yaml`);
      toCreate.push(`content/organizations/${org}.yaml`);
    }
  }

  const doc = new Document(
    frontmatterObject(
      e,
      filed.map((f) => f.id),
      options.url,
    ),
  );
  doc.commentBefore = notes.map((n) => ` importer: ${n}`).join('\n');
  const fillIn: string[] = [];
  const todo = (key: string, why: string) => {
    fillIn.push(key);
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
    if (isScalar(node) || isSeq(node)) node.comment = ` TODO: ${why}`;
  };
  if (!e.title) todo('title', 'the source has no headline; write one (titleIsOurs: true)');
  if (!e.kind) todo('kind', 'see "could not place" above');
  if (!e.date) todo('date', 'see "could not place" above; then move the file to <yyyy>/<yyyy-mm-dd>-<slug>.mdx');
  if (!e.source) todo('source', 'see "could not place" above');
  if (e.countries.length === 0) todo('countries', 'the ids of the countries the statement is about');
  if (!options.url) todo('url', 'the address of the public original (npm run import -- file.txt --url <address>)');
  fillIn.push('summary', 'body');

  const text = `---\n${doc.toString({ lineWidth: 0 })}---\n\n${BODY_TODO}\n`;
  return { path, id, text, fillIn, toCreate, unplaced: [...e.unplaced] };
}
