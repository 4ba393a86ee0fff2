/** The Russian catalogue, part for part as the English one; each part is checked against its English twin. */
import type { MessageKey } from '../en/index.ts';
import { charts } from './charts.ts';
import { countries } from './countries.ts';
import { about } from './about.ts';
import { data } from './data.ts';
import { feeds } from './feeds.ts';
import { home } from './home.ts';
import { search } from './search.ts';
import { site } from './site.ts';
import { contacts } from './contacts.ts';
import { holdings } from './holdings.ts';
import { missions } from './missions.ts';
import { statements } from './statements.ts';
import { lists } from './lists.ts';
import { organizations } from './organizations.ts';
import { people } from './people.ts';
import { links } from './links.ts';
import { mergeParts } from '../parts.ts';

const RU_PARTS = [
  site,
  countries,
  missions,
  statements,
  contacts,
  holdings,
  lists,
  organizations,
  people,
  links,
  charts,
  search,
  feeds,
  home,
  data,
  about,
] as const;

export const ru = mergeParts(RU_PARTS) as Record<MessageKey, string>;
