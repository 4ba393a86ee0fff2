import type { PersonData } from '../schemas/index.ts';

type Role = PersonData['roles'][number];

/**
 * Roles newest first: current before former, then by the latest date the source gives (start, or
 * the day it shows the person in the role); undated roles keep the order the file gives them.
 */
export function rolesOverTime(roles: readonly Role[]): Role[] {
  const when = (r: Role) => r.to ?? r.from ?? r.asOf ?? '';
  return roles
    .map((role, i) => ({ role, i }))
    .sort((a, b) => Number(!!a.role.former) - Number(!!b.role.former) || when(b.role).localeCompare(when(a.role)) || a.i - b.i)
    .map(({ role }) => role);
}
