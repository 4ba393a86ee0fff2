/** People: `content/people/<id>.yaml`, with their roles over time and the contact points statements published. */
import { personSchema, type PersonData } from '../../schemas/person.ts';
import { contactKey } from '../../contacts/directory.ts';
import type { Collection } from '../collections.ts';

export const people: Collection<typeof personSchema, 'person'> = {
  schema: personSchema,
  noun: 'person',
  aNoun: 'a person',
  title: 'People',
  extensions: ['.yaml'],
  folders: { depth: 0 },
  expected: 'content/people/<id>.yaml',
  fileOf: (id) => `${id}.yaml`,
  // `/people/page/2/` lists people; a person called `page` would sit among those pages.
  // By family name where the name does not start with it (`sortName`).
  order: (a, b) => (a.data.sortName ?? a.data.name).localeCompare(b.data.sortName ?? b.data.name, 'en'),
  reservedIds: ['page'],
  // Each contact point with an organization is a vCard, named from the person and whom it speaks for.
  outputs: (id, data) =>
    ((data as PersonData | undefined)?.contactPoints ?? []).flatMap((point, i) =>
      point?.organization ? [{ path: `/contacts/${contactKey(id, point)}.vcf`, field: ['contactPoints', i] }] : [],
    ),
  openData: {
    lead: [{ name: 'person', description: 'The person’s id: a record of people.json.', value: (e) => e.id }],
  },
};
