/** Organizations: `content/organizations/<id>.yaml`, the observers, institutions, governments and media the archive names. */
import { organizationSchema } from '../../schemas/organization.ts';
import type { Collection } from '../collections.ts';

export const organizations: Collection<typeof organizationSchema, 'organization'> = {
  schema: organizationSchema,
  noun: 'organization',
  aNoun: 'an organization',
  title: 'Organizations',
  extensions: ['.yaml'],
  folders: { depth: 0 },
  expected: 'content/organizations/<id>.yaml',
  fileOf: (id) => `${id}.yaml`,
  order: (a, b) => a.data.name.localeCompare(b.data.name, 'en'),
  reservedIds: [],
  openData: {
    lead: [{ name: 'organization', description: 'The organization’s id: a record of organizations.json.', value: (e) => e.id }],
  },
};
