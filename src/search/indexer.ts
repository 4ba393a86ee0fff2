/**
 * Builds Pagefind's index of the built pages, in parts of bounded memory.
 *
 * Pagefind runs as its own process, so parsing a page there costs the renderer nothing: fed as
 * each page is rendered, Pagefind's reading of 12,000 pages happens on the second core during the
 * render instead of after it (measured at 10,000 statements: the 40 s Pagefind took after the
 * render fell to 19 s, its index build and writing). It also saves reading every page back from
 * disk to add line breaks (`separateBlocks`), which now happens on the way out.
 *
 * The index is built in parts, each by a Pagefind process of its own (a worker thread,
 * src/search/index-worker.ts), and only one is alive at a time, so Pagefind's memory is bounded by
 * a part's pages, not the archive's: it grows with the pages of a process (about 63 KB a page at
 * 9,000 pages and 2.3 times that while writing; 5.5 to 7 GiB for one language's 32,000 pages at
 * 30,000 statements), and a single process for every page peaked at over 8 GiB there.
 *
 * A part holds one language's pages, at most `PART_PAGES` of them. Pagefind indexes each language
 * apart from the others and names every file of a language after it, so the first part of every
 * language is written into the bundle's folder, side by side as one run would write them, and only
 * the entry file, which lists the languages, is merged (`mergeEntries`); an archive with fewer pages
 * than that per language gets exactly the index a single run writes. A language's further parts
 * are bundles of their own (`parts.ts`), listed in the entry file, which the search page merges
 * into its search.
 *
 * The first language a page is rendered in is fed during the render, as above, a part written as
 * soon as it is full; pages in any other language are only listed then, in the order they reach
 * the indexer, and read back from the built files, in that order, after the render.
 *
 * Pages are sent in the order they are rendered, and each part's Pagefind handles its messages one
 * at a time in arrival order, so the index is the same from build to build. A small window of
 * pages may be in flight at once; beyond it the sender waits, so a slow indexer cannot make the
 * build hold every page in memory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PartReply, PartRequest } from './index-worker.ts';
import { partFolder, partPath, PARTS_KEY } from './parts.ts';

/** Pages sent but not yet acknowledged before the renderer waits (each one ~10 KB of HTML). */
const WINDOW = 64;

/** The file in which Pagefind lists its languages and the hash of each one's index. */
const ENTRY_FILE = 'pagefind-entry.json';

/**
 * Whether Pagefind would index this page. Every content page marks its indexable part with
 * `data-pagefind-body`, and once any page does, Pagefind ignores pages that do not: those (lists,
 * 404, vCards) are not sent at all.
 */
export function isIndexable(contentType: string | null, html: string): boolean {
  return (contentType ?? '').startsWith('text/html') && html.includes('data-pagefind-body');
}

/**
 * The part a page belongs to: its `<html lang>`, which is also what Pagefind files it under
 * (`unknown` without one, as Pagefind says).
 *
 * @internal Exported for its unit tests, which give it cases a real build does not produce.
 */
export function pageLanguage(html: string): string {
  const tag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  return (
    /\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined)
      ?.trim()
      .toLowerCase() || 'unknown'
  );
}

interface Entry {
  version: string;
  languages: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * One entry file for the parts' entries, as a single run would write it: every language in order,
 * everything else as the parts agree on it. Two parts that index one language, or disagree on the
 * rest (another Pagefind version), are a broken index, not one to publish.
 *
 * @internal Exported for its unit tests, which give it cases a real build does not produce.
 */
export function mergeEntries(entries: readonly Entry[]): Entry {
  if (entries.length === 0) throw new Error('Pagefind: no part of the index was written');
  const languages: Record<string, unknown> = {};
  for (const entry of entries) {
    for (const [language, index] of Object.entries(entry.languages)) {
      if (language in languages) throw new Error(`Pagefind: two parts of the index both hold the language "${language}"`);
      languages[language] = index;
    }
  }
  const rest = (entry: Entry) => JSON.stringify({ ...entry, languages: undefined });
  const differing = entries.find((e) => rest(e) !== rest(entries[0]!));
  if (differing) throw new Error(`Pagefind: the parts of the index disagree on ${rest(differing)} and ${rest(entries[0]!)}`);
  const sorted = Object.fromEntries(
    Object.keys(languages)
      .sort()
      .map((l) => [l, languages[l]]),
  );
  return { ...entries[0]!, languages: sorted };
}

/** One part of the index: a worker thread with a Pagefind process of its own. */
class IndexPart {
  readonly #worker = new Worker(new URL('./index-worker.ts', import.meta.url));
  readonly #waiting = new Map<number, { url: string; done: () => void }>();
  readonly #inFlight: Promise<void>[] = [];
  #written: ((errors: string[]) => void) | undefined;
  #failed: Error | undefined;
  readonly #errors: string[];
  #next = 0;
  pages = 0;

  /** `errors` collects what Pagefind says of single pages, shared by every part. */
  constructor(errors: string[]) {
    this.#errors = errors;
    this.#worker.on('message', (message: PartReply) => {
      if (message.type === 'written') return this.#written?.(message.errors);
      const page = this.#waiting.get(message.id);
      if (message.errors.length) this.#errors.push(`${page?.url ?? `page ${message.id}`}: ${message.errors.join('; ')}`);
      page?.done();
      this.#waiting.delete(message.id);
    });
    this.#worker.on('error', (error) => this.#fail(error));
  }

  #fail(error: Error): void {
    this.#failed = error;
    this.#errors.push(error.message);
    for (const page of this.#waiting.values()) page.done();
    this.#waiting.clear();
    this.#written?.([error.message]);
  }

  #send(request: PartRequest): void {
    this.#worker.postMessage(request);
  }

  async add(url: string, html: string): Promise<void> {
    if (this.#failed) throw this.#failed;
    const id = this.#next++;
    this.pages++;
    this.#inFlight.push(new Promise<void>((done) => this.#waiting.set(id, { url, done })));
    this.#send({ type: 'add', id, url, html });
    if (this.#inFlight.length >= WINDOW) await this.#inFlight.shift();
  }

  /** Waits for its pages, writes them, and ends its Pagefind process. Returns Pagefind's errors. */
  async write(outputPath: string): Promise<string[]> {
    await Promise.all(this.#inFlight.splice(0));
    if (this.#failed) return [this.#failed.message];
    const errors = await new Promise<string[]>((done) => {
      this.#written = done;
      this.#send({ type: 'write', outputPath });
    });
    await this.#worker.terminate();
    return errors;
  }

  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}

/** Languages in code order, as Pagefind lists them: the index does not depend on the order pages came in. */
const byLanguage = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** Reads a built page back by its address, as it was handed to the indexer. */
export type PageReader = (url: string) => Promise<string>;

/**
 * Pages in one part at most. Pagefind's memory grows with the pages of one process: at 30,000
 * statements one language's process held 5.5 to 7 GiB while pages were still being added. A part of
 * 5,000 pages bounds it whatever the archive's size; an archive with fewer pages per language (the
 * real one has about 700) is written in one part per language, as before.
 */
const PART_PAGES = 5000;

export interface IndexerOptions {
  /** The bundle's folder (`dist/pagefind`), where parts may be written before the render ends. */
  outputPath: string;
  partPages?: number;
}

export class SearchIndexer {
  readonly #errors: string[] = [];
  readonly #outputPath: string;
  readonly #partPages: number;
  /** The language fed to Pagefind during the render, its current part and that part's number. */
  #live: { language: string; part: IndexPart; index: number } | undefined;
  /** The other languages' pages, by language, in the order they reached the indexer. */
  readonly #later = new Map<string, string[]>();
  /** Each language's first part's entry, and its further parts' URL paths. */
  readonly #entries: Entry[] = [];
  readonly #parts = new Map<string, string[]>();
  /** Adds one after the other, so a part that fills up is written before the next page goes on. */
  #adding: Promise<void> = Promise.resolve();
  #pages = 0;

  private constructor(options: IndexerOptions) {
    this.#outputPath = options.outputPath;
    this.#partPages = options.partPages ?? PART_PAGES;
    if (!(Number.isInteger(this.#partPages) && this.#partPages >= 1)) throw new Error('a part of the search index holds at least one page');
  }

  static async start(options: IndexerOptions): Promise<SearchIndexer> {
    return new SearchIndexer(options);
  }

  /**
   * Sends a page of the first language seen to its part (resolving at once unless that part's
   * window is full, or the part is full and being written); a page in any other language is only
   * listed.
   */
  add(url: string, html: string): Promise<void> {
    const language = pageLanguage(html);
    this.#live ??= { language, part: new IndexPart(this.#errors), index: 0 };
    if (language !== this.#live.language) {
      const urls = this.#later.get(language);
      if (urls) urls.push(url);
      else this.#later.set(language, [url]);
      return Promise.resolve();
    }
    this.#adding = this.#adding.then(async () => {
      const live = this.#live!;
      if (live.part.pages >= this.#partPages) {
        await this.#writePart(language, live.index, live.part);
        this.#live = { language, part: new IndexPart(this.#errors), index: live.index + 1 };
      }
      await this.#live!.part.add(url, html);
    });
    return this.#adding;
  }

  /** Writes one part and ends its process: the first of a language into the bundle's folder, the rest beside it. */
  async #writePart(language: string, index: number, part: IndexPart): Promise<void> {
    const folder = index === 0 ? this.#outputPath : join(this.#outputPath, partFolder(language, index));
    const errors = await part.write(folder);
    if (this.#errors.length) throw new Error(`Pagefind: ${this.#errors.join('\n')}`);
    if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
    this.#pages += part.pages;
    if (index === 0) this.#entries.push(JSON.parse(readFileSync(join(folder, ENTRY_FILE), 'utf8')) as Entry);
    else this.#parts.set(language, [...(this.#parts.get(language) ?? []), partPath(language, index)]);
  }

  /**
   * Waits for the live language's pages and writes its last part, then indexes and writes each
   * other language in turn from its built pages, in parts, every part ending its Pagefind process
   * before the next one starts; then merges the first parts' entry files and lists the further
   * parts in it. `readPage` reads the built pages back. Returns the pages indexed.
   */
  async write(readPage: PageReader): Promise<number> {
    const parts: IndexPart[] = [];
    try {
      // A site with nothing to search is a broken build, not an empty index to publish.
      if (!this.#live) throw new Error('Pagefind: no page carries data-pagefind-body, so the search index would be empty');
      await this.#adding;
      const live = this.#live;
      parts.push(live.part);
      await this.#writePart(live.language, live.index, live.part);
      const later = [...this.#later].sort(byLanguage);
      for (const [language, urls] of later) {
        for (let index = 0; index * this.#partPages < urls.length; index++) {
          const part = new IndexPart(this.#errors);
          parts.push(part);
          for (const url of urls.slice(index * this.#partPages, (index + 1) * this.#partPages)) await part.add(url, await readPage(url));
          await this.#writePart(language, index, part);
        }
      }
      const entry = mergeEntries(this.#entries);
      const listed = Object.fromEntries([...this.#parts].sort(byLanguage));
      writeFileSync(join(this.#outputPath, ENTRY_FILE), JSON.stringify(this.#parts.size ? { ...entry, [PARTS_KEY]: listed } : entry));
      return this.#pages;
    } finally {
      await Promise.all(parts.map((part) => part.stop()));
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
