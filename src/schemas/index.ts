/**
 * One schema per collection, keyed by the folder name under `content/`: each collection declares its
 * own in the registry (`src/archive/collections.ts`), and the CLIs and tests find them here too.
 */
export { schemas, type CollectionName } from '../archive/collections.ts';

export type { CountryData } from './country.ts';
export type { MissionData } from './mission.ts';
export type { OrganizationData } from './organization.ts';
export type { PersonData } from './person.ts';
export type { StatementData } from './statement.ts';
