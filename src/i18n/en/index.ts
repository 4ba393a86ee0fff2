/**
 * The English catalogue: every interface string of the site, one module per part of the site.
 * Messages are ICU MessageFormat (`{count, plural, one {# statement} other {# statements}}`).
 */
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

const EN_PARTS = [
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

/** Every part's keys in one type: the intersection of the parts. */
type Merged<T> = (T extends unknown ? (part: T) => void : never) extends (part: infer All) => void ? All : never;

export const en = mergeParts(EN_PARTS) as Merged<(typeof EN_PARTS)[number]>;
export type MessageKey = keyof typeof en;
