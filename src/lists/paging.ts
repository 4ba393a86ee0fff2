/**
 * Long lists split into numbered pages with permanent addresses: a list's first page is served at
 * the list's own URL (`/missions/`, `/countries/kz/statements/`), page N at `<list>page/N/`.
 * Entity pages show only their newest entries and link to the full list, so no page grows with the
 * archive while every entry stays reachable without JavaScript. Every list's page size and page
 * address is decided here.
 */

/** Statements per list page: enough to scan, few enough to stay well under the page-weight budget. */
const PAGE_SIZE = 50;

/** Entries an entity page (country, organization, person) shows before linking to the full list. */
const LATEST = 10;

/**
 * Rows per page of a missions table: a row carries no summary, so 100 rows weigh about what a page
 * of statements does.
 */
export const MISSIONS_PAGE_SIZE = 100;

/** People per page of /people/: one line each. */
export const PEOPLE_PAGE_SIZE = 200;

/** Mission groups per page of /contacts/: a group is one to a few contact cards. */
export const CONTACT_GROUPS_PAGE_SIZE = 40;

// A type, not an interface: Astro's page props must be assignable to `Record<string, any>`, which
// an interface (open to declaration merging) is not.
export type ListPage<T> = {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  /** Entries in the whole list. */
  total: number;
};

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
function pages<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  if (items.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What an entity page shows of a list: its newest `n` entries, and whether more are behind a link. */
export function latest<T>(items: readonly T[], n = LATEST): { shown: T[]; total: number; more: boolean } {
  return { shown: items.slice(0, n), total: items.length, more: items.length > n };
}

/** Every page of `items`, numbered from 1; an empty list still has its (empty) first page. */
export function listPages<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const all = pages(items, size);
  return all.map((page, i) => ({ items: page, page: i + 1, pages: all.length, total: items.length }));
}

/** Address of page `page` of the list at `base` (which ends in `/`). */
export function pageHref(base: string, page: number): string {
  if (!base.endsWith('/')) throw new Error(`a list's address ends in "/": ${base}`);
  return page === 1 ? base : `${base}page/${page}/`;
}

/** Value of a `[...page]` route parameter: none for page 1, so it is served at the list's own address. */
function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : `page/${page}`;
}

/**
 * Static paths of a `<entity>/[id]/<list>/[...page].astro` route: every page of each entity's list.
 * An entity with nothing to list gets no list at all; one with anything gets a list whatever its
 * length, so whether a list's address exists never depends on how many entries its entity page shows
 * (changing LATEST must not take published URLs away).
 */
export function entityListPaths<E extends { id: string }, T>(
  entities: readonly E[],
  itemsOf: (entity: E) => readonly T[] | undefined,
  size = PAGE_SIZE,
  /** An entity whose list page has more to say than its items (it then exists, if empty). */
  keepEmpty: (entity: E) => boolean = () => false,
): { params: { id: string; page: string | undefined }; props: { entity: E } & ListPage<T> }[] {
  return entities.flatMap((entity) => {
    const items = itemsOf(entity) ?? [];
    if (items.length === 0 && keepEmpty(entity))
      return [{ params: { id: entity.id, page: undefined }, props: { entity, items: [], page: 1, pages: 1, total: 0 } }];
    if (items.length === 0) return [];
    return listPages(items, size).map((p) => ({ params: { id: entity.id, page: pageParam(p.page) }, props: { entity, ...p } }));
  });
}
