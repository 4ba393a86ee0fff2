/**
 * Feeds built pages to Pagefind while Astro is still rendering the rest.
 *
 * Pagefind runs as its own process, so parsing a page there costs the renderer nothing: fed as
 * each page is rendered, Pagefind's reading of 12,000 pages happens on the second core during the
 * render instead of after it (measured at 10,000 statements: the 40 s Pagefind took after the
 * render fell to 19 s, its index build and writing). It also saves reading every page back from
 * disk to add line breaks (`separateBlocks`), which now happens on the way out.
 *
 * Pages are sent in the order they are rendered, and Pagefind's service handles its messages one
 * at a time in arrival order, so the index is the same from build to build. A small window of
 * pages may be in flight at once; beyond it the renderer waits, so a slow indexer cannot make the
 * build hold every page in memory.
 */
import * as pagefind from 'pagefind';

/** Pages sent but not yet acknowledged before the renderer waits (each one ~10 KB of HTML). */
const WINDOW = 64;

/**
 * Whether Pagefind would index this page. Every content page marks its indexable part with
 * `data-pagefind-body`, and once any page does, Pagefind ignores pages that do not: those (lists,
 * 404, vCards) are not sent at all.
 */
export function isIndexable(contentType: string | null, html: string): boolean {
  return (contentType ?? '').startsWith('text/html') && html.includes('data-pagefind-body');
}

export class SearchIndexer {
  readonly #index: pagefind.PagefindIndex;
  readonly #inFlight: Promise<void>[] = [];
  readonly #errors: string[] = [];
  #pages = 0;

  private constructor(index: pagefind.PagefindIndex) {
    this.#index = index;
  }

  static async start(): Promise<SearchIndexer> {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return new SearchIndexer(index);
  }

  /** Sends one page; resolves at once unless the window is full. */
  async add(url: string, html: string): Promise<void> {
    this.#pages++;
    this.#inFlight.push(
      this.#index.addHTMLFile({ url, content: html }).then(({ errors }) => {
        if (errors.length) this.#errors.push(`${url}: ${errors.join('; ')}`);
      }),
    );
    if (this.#inFlight.length >= WINDOW) await this.#inFlight.shift();
  }

  /** Waits for every page, then writes the index. Returns the number of pages indexed. */
  async write(outputPath: string): Promise<number> {
    try {
      await Promise.all(this.#inFlight.splice(0));
      if (this.#errors.length) throw new Error(`Pagefind: ${this.#errors.join('\n')}`);
      // A site with nothing to search is a broken build, not an empty index to publish.
      if (this.#pages === 0) throw new Error('Pagefind: no page carries data-pagefind-body, so the search index would be empty');
      const written = await this.#index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      return this.#pages;
    } finally {
      await pagefind.close();
    }
  }
}

/**
 * Passes items on in the order their places were taken, whatever order they arrive in. An item
 * that arrives early waits (in memory) until every earlier place has arrived, with an item or
 * without one; `arrive` resolves when its item, and any it released, have been passed on.
 */
export class InOrder<T> {
  readonly #pass: (item: T) => Promise<void>;
  readonly #arrived = new Map<number, T | undefined>();
  #taken = 0;
  #next = 0;

  constructor(pass: (item: T) => Promise<void>) {
    this.#pass = pass;
  }

  place(): number {
    return this.#taken++;
  }

  async arrive(place: number, item: T | undefined): Promise<void> {
    if (place < this.#next || this.#arrived.has(place) || place >= this.#taken) throw new Error(`place ${place} was not taken or has already arrived`);
    this.#arrived.set(place, item);
    const passing: Promise<void>[] = [];
    while (this.#arrived.has(this.#next)) {
      const ready = this.#arrived.get(this.#next);
      this.#arrived.delete(this.#next++);
      if (ready !== undefined) passing.push(this.#pass(ready));
    }
    await Promise.all(passing);
  }
}
