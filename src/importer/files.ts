/**
 * Draft files for what a statement adds to the archive besides itself: a new mission, a patch of
 * additions to a mission the archive holds, new people and new organizations. Each draft is in the
 * field order and names of its schema; what the text does not give is a TODO, which `npm run check`
 * refuses until someone writes it, and the importer's own keys (`exists`, `possibleMatches`) become
 * comments for the reviewer.
 */
import { Document } from 'yaml';
import type { ImportResult, MissionDraft, OrganizationDraft, PersonDraft } from './result.ts';

export type DraftFile = { path: string; text: string };

const TODO_SUMMARY = 'TODO: one sentence in our own words';

function yaml(value: unknown, comments: readonly string[] = []): string {
  const doc = new Document(value);
  if (comments.length > 0) doc.commentBefore = comments.map((c) => ` importer: ${c}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}

/**
 * `content/missions/<country>/<year>-<kind>.mdx` for a mission the archive does not hold; a mission whose
 * year the text does not give is drafted all the same, in `missions/undated/`, without an id, saying what
 * is missing (the check refuses it until it is moved to its id).
 */
function missionFile(m: MissionDraft, statementId: string, missing: readonly string[]): DraftFile | undefined {
  if (m.exists) return undefined;
  const data: Record<string, unknown> = {
    title: m.title ?? 'TODO: the election and its date',
    country: m.country,
    election: { kind: m.election.kind ?? 'TODO', rounds: m.election.rounds ?? ['TODO'] },
    type: m.type ?? 'TODO',
    organizations: m.organizations.length > 0 ? m.organizations : ['TODO'],
    leaders: m.leaders.map((l) => ({ ...l, organization: l.organization ?? 'TODO' })),
    observers: m.observers,
    milestones: m.milestones,
    findings: [],
    summary: TODO_SUMMARY,
  };
  const notes = [`drafted from statement ${statementId}; check every value against the source, then delete these comments.`];
  if (!m.id) {
    notes.push(...missing.map((why) => `no id yet: ${why}; move this file to missions/<country>/<year>-<kind>.mdx once it is known.`));
    if (!m.country) data.country = 'TODO';
  }
  const text = `---\n${yaml(data, notes)}---\n\nTODO: the mission in our own words, then delete this line.\n`;
  const slug = statementId.replace(/^undated\//, '').replace(/[^a-z0-9-]+/g, '-');
  return { path: m.id ? `missions/${m.id}.mdx` : `missions/undated/${[m.country, m.election.kind, slug].filter(Boolean).join('-')}.mdx`, text };
}

/** Additions to a mission the archive holds, for a maintainer to merge by hand. */
function missionPatchFile(m: MissionDraft, statementId: string): DraftFile | undefined {
  if (!m.id || !m.exists || !m.patch || Object.keys(m.patch).length === 0) return undefined;
  const text = yaml(m.patch, [`additions to content/missions/${m.id}.mdx from statement ${statementId}; merge what holds, then delete this file.`]);
  return { path: `${statementId}.${m.id.replace('/', '-')}.patch.yaml`, text };
}

/** `content/people/<id>.yaml` for a person the archive does not hold. */
function personFile(p: PersonDraft): DraftFile | undefined {
  if (p.exists) return undefined;
  const notes = (p.possibleMatches ?? []).map((m) => `possibly the same person as ${m.id} (${m.why}); kept apart.`);
  const data: Record<string, unknown> = { name: p.name };
  if (p.honorific) data.honorific = p.honorific;
  if (p.nationality) data.nationality = p.nationality;
  data.roles = p.roles.length > 0 ? p.roles : [{ title: 'TODO: the role the source gives', source: 'TODO' }];
  if (p.contactPoints.length > 0) data.contactPoints = p.contactPoints.map((c) => ({ ...c, organization: c.organization ?? 'TODO' }));
  return { path: `people/${p.id}.yaml`, text: yaml(data, notes) };
}

/** `content/organizations/<id>.yaml` for an organization the archive does not hold. */
function organizationFile(o: OrganizationDraft): DraftFile | undefined {
  if (o.exists) return undefined;
  const data: Record<string, unknown> = { name: o.name ?? 'TODO: the full name', kind: o.kind ?? 'TODO' };
  if (o.country) data.country = o.country;
  if (o.source) data.source = o.source;
  return { path: `organizations/${o.id}.yaml`, text: yaml(data) };
}

/** Every draft file of one result besides the statement: paths relative to the content folder, patches to the review folder. */
export function draftFiles(r: ImportResult): { content: DraftFile[]; review: DraftFile[] } {
  const id = r.statement.id;
  const missing = r.unplaced.filter((u) => u.field === 'mission.id').map((u) => u.why);
  const content = [...r.missions.map((m) => missionFile(m, id, missing)), ...r.people.map(personFile), ...r.organizations.map(organizationFile)].filter(
    (f): f is DraftFile => f !== undefined,
  );
  const review = r.missions.map((m) => missionPatchFile(m, id)).filter((f): f is DraftFile => f !== undefined);
  return { content, review };
}
