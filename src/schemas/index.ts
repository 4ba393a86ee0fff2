/** One schema per collection, keyed by the folder name under `content/`. */
import { countrySchema } from './country.ts';
import { missionSchema } from './mission.ts';
import { organizationSchema } from './organization.ts';
import { personSchema } from './person.ts';
import { statementSchema } from './statement.ts';

export const schemas = {
  countries: countrySchema,
  organizations: organizationSchema,
  people: personSchema,
  missions: missionSchema,
  statements: statementSchema,
} as const;

export type CollectionName = keyof typeof schemas;

export type { CountryData } from './country.ts';
export type { MissionData } from './mission.ts';
export type { OrganizationData } from './organization.ts';
export type { PersonData } from './person.ts';
export type { StatementData } from './statement.ts';
