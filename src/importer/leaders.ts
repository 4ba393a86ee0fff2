/**
 * Leaders of a mission, read from the roles the text gives people (see `people.ts`): a head of
 * mission, a special co-ordinator, a co-ordinator of short-term observers, the head of each
 * parliamentary delegation. The organization is the one the role names ("Head of the PACE
 * delegation"); failing that, the one such a role belongs to in the text.
 */
import { LEADER_ROLES } from '../schemas/vocabulary.ts';
import { DEMONYMS, countryIdOf } from './countries.ts';
import { ASSEMBLIES, OBSERVING } from './mission-facts.ts';
import type { OrganizationMention } from './organizations-in-text.ts';
import type { NamedPerson } from './people.ts';

type LeaderRole = keyof typeof LEADER_ROLES;

export type Leader = { name: string; role: LeaderRole; organization?: string; title: string };

export type LeaderContext = {
  /** Organizations the whole text names, in order. */
  mentions: readonly OrganizationMention[];
  /** The organizations of the mission, which its head belongs to when the text names no other. */
  organizations?: readonly string[];
  findOrgs: (text: string) => OrganizationMention[];
};

function leaderRole(title: string): LeaderRole | undefined {
  // "Senior Advisor to the Special Co-ordinator", "Assistant to the Head of Mission": a post beside the leader's.
  if (/^(?:senior\s+|chief\s+)?(?:advis[oe]r|assistant|aide|spokesperson|officer|secretary)\s+(?:to|of)\s+(?:the\s+)?(?:special|head|chair)/i.test(title))
    return undefined;
  // "Head of the European Union Delegation to Moldova": a diplomatic post, no observation role.
  if (/\bdelegation\s+(?:of\s+[^,]*?\s+)?to\s+(?:the\s+)?\p{Lu}/iu.test(title) && !/\bobserv/i.test(title)) return undefined;
  // "Head of the Netherlands Delegation", "Head of the Swedish Delegation": a State's delegation to an assembly, a post at
  // home, not an observation role.
  const national = /^head of (?:the )?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+delegation$/iu.exec(title)?.[1];
  if (national && (countryIdOf(national) || national in DEMONYMS)) return undefined;
  // "Leader of the OSCE PA election observation mission" heads it as a head would.
  if (/^leader of /i.test(title)) return leaderRole(title.replace(/^leader of /i, 'Head of '));
  if (/^head of (?:the )?(?:[^,]*\s)?long-term (?:election )?(?:observation )?mission\b/i.test(title)) return 'head-of-long-term-mission';
  if (/co-?ordinator of short[- ]term/i.test(title)) return 'short-term-co-ordinator';
  if (/special co-?ordinator/i.test(title)) return 'special-co-ordinator';
  if (/^head of (?:the )?(?:[^,]*\s)?delegation\b/i.test(title)) return 'head-of-delegation';
  // "Chair of the Delegation" (the European Parliament's word), "Rapporteur" (PACE's ad hoc committee).
  // "President of the delegation", as a translation of the European Parliament's own word may have it.
  if (/^(?:chair(?:man|person|woman)?|president) of (?:the )?(?:[^,]*\s)?delegation\b|^rapporteur$/i.test(title)) return 'head-of-delegation';
  if (/^head of (?:the )?(?:[^,]*\s)?(?:mission|observation mission)\b|^head of mission$/i.test(title)) return 'head-of-mission';
  return undefined;
}

function organizationFor(role: LeaderRole, title: string, context: LeaderContext): string | undefined {
  const inTitle = context.findOrgs(title);
  // "… joins a separate delegation from the OSCE PA, which will be headed by": a delegation is its assembly's, however
  // many other bodies the title names first.
  const assembly = role === 'head-of-delegation' ? inTitle.filter((o) => ASSEMBLIES.includes(o.id)).pop() : undefined;
  if (assembly) return assembly.id;
  const named = inTitle.find((o) => OBSERVING.includes(o.id) || o.id === 'osce-chairpersonship');
  if (named) return named.id;
  // "Head of the СНГ mission": a CIS body the title names heads its own mission.
  const cis = inTitle.find((o) => o.id === 'cis' || o.id === 'ipa-cis');
  if (cis && (role === 'head-of-mission' || role === 'head-of-delegation')) return cis.id;
  // "Head of the EP delegation": the European Parliament's short name, too short to look for in running text.
  if (role === 'head-of-delegation' && /\bEP\b/.test(title)) return 'european-parliament';
  const ids = context.mentions.map((m) => m.id);
  switch (role) {
    case 'head-of-mission':
    case 'head-of-long-term-mission':
      // The head of the mission the text is about: ODIHR's only where ODIHR's mission is the one observing
      // (a CIS mission's head is the CIS's, however often ODIHR is named beside it).
      // A text that names no mission's body (a news report of "the OSCE mission") gives its head the observing body it names.
      return ids.includes('odihr') && (!context.organizations?.length || context.organizations.includes('odihr'))
        ? 'odihr'
        : (context.organizations?.[0] ?? ids.find((id) => OBSERVING.includes(id) || id === 'osce' || id === 'cis' || id === 'sco'));
    case 'head-of-delegation':
      return ids.find((id) => ASSEMBLIES.includes(id));
    case 'special-co-ordinator':
      // The Chairperson-in-Office's Special Co-ordinator leads the OSCE's short-term observers.
      return 'osce';
    case 'short-term-co-ordinator':
      return ids.includes('osce-chairpersonship') ? 'osce-chairpersonship' : ids.includes('osce-pa') ? 'osce-pa' : undefined;
  }
}

/**
 * The leaders among the people. Someone appointed co-ordinator who also "led" the mission is
 * listed as co-ordinator: the appointment is the role the text states, "led by" its effect.
 */
export function leadersOf(people: readonly NamedPerson[], context: LeaderContext, chairNamed: boolean): Leader[] {
  const leaders: Leader[] = [];
  for (const person of people) {
    const found: Leader[] = [];
    // "Head of the OSCE PA delegation and Special Co-ordinator of the OSCE short-term observers": two posts, each its own.
    const titles = person.roles.flatMap((t) => t.split(/\s+and\s+(?=(?:the\s+)?(?:Head|Special Co-?ordinator|Co-?ordinator|Chair)\b)/i));
    for (const title of titles) {
      let role = leaderRole(title);
      if (!role || found.some((f) => f.role === role)) continue;
      const organization = role === 'short-term-co-ordinator' && chairNamed ? 'osce-chairpersonship' : organizationFor(role, title, context);
      // A parliamentary assembly observes with a delegation: whoever heads its "mission" heads its delegation.
      if (role === 'head-of-mission' && organization && ASSEMBLIES.includes(organization)) role = 'head-of-delegation';
      found.push(organization ? { name: person.name, role, organization, title } : { name: person.name, role, title });
    }
    const coordinates = found.some((f) => f.role === 'special-co-ordinator' || f.role === 'short-term-co-ordinator');
    leaders.push(
      ...found.filter(
        (f) => !(coordinates && (f.role === 'head-of-mission' || f.role === 'head-of-delegation') && /^Head of (?:the [^,]+ )?mission$/.test(f.title)),
      ),
    );
  }
  return leaders;
}
