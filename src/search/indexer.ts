/**
 * Builds Pagefind's index of the built pages, in parts of bounded memory.
 *
 * Pagefind runs as its own process, so parsing a page there costs the renderer nothing: fed as
 * each page is rendered, Pagefind's reading of 12,000 pages happens on the second core during the
 * render instead of after it (measured at 10,000 statements: the 40 s Pagefind took after the
 * render fell to 19 s, its index build and writing). It also saves reading every page back from
 * disk to add line breaks (`separateBlocks`), which now happens on the way out.
 *
 * The index is built in parts, one per language, each by a Pagefind process of its own (a worker
 * thread, src/search/index-worker.ts), written one after the other into the same folder. Pagefind
 * indexes each language apart from the others anyway, and names every file of a language after it,
 * so the parts' files sit side by side as one run would write them; only the entry file, which
 * lists the languages, is merged (`mergeEntries`).
 *
 * Only one part is alive at a time, so the memory Pagefind takes is one language's, not the
 * site's: Pagefind holds about 63 KB per page once it is added and about 2.3 times that while it
 * writes (measured on 9,000 statement pages), and at 30,000 statements a single process for every
 * page peaked at over 8 GiB. The first language a page is rendered in is fed during the render, as
 * above; pages in any other language are only listed then, in the order they reach the indexer,
 * and read back from the built files, in that order, once the first part is written and its
 * process has ended.
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

/** Reads a built page back by its address, as it was handed to the indexer. */
export type PageReader = (url: string) => Promise<string>;

export class SearchIndexer {
  readonly #errors: string[] = [];
  /** The language fed to Pagefind during the render, and its part. */
  #live: { language: string; part: IndexPart } | undefined;
  /** The other languages' pages, by language, in the order they reached the indexer. */
  readonly #later = new Map<string, string[]>();

  static async start(): Promise<SearchIndexer> {
    return new SearchIndexer();
  }

  /**
   * Sends a page of the first language seen to its part (resolving at once unless that part's
   * window is full); a page in any other language is only listed.
   */
  async add(url: string, html: string): Promise<void> {
    const language = pageLanguage(html);
    this.#live ??= { language, part: new IndexPart(this.#errors) };
    if (language === this.#live.language) return this.#live.part.add(url, html);
    const urls = this.#later.get(language);
    if (urls) urls.push(url);
    else this.#later.set(language, [url]);
  }

  /**
   * Waits for the live part's pages and writes it, then indexes and writes each other language in
   * turn from its built pages, every part ending its Pagefind process before the next one starts,
   * and merges their entry files. `readPage` reads those built pages back. Returns the pages indexed.
   */
  async write(outputPath: string, readPage: PageReader): Promise<number> {
    const live = this.#live;
    const entries: Entry[] = [];
    let pages = 0;
    const writePart = async (part: IndexPart) => {
      const errors = await part.write(outputPath);
      if (this.#errors.length) throw new Error(`Pagefind: ${this.#errors.join('\n')}`);
      if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
      entries.push(JSON.parse(readFileSync(join(outputPath, ENTRY_FILE), 'utf8')) as Entry);
      pages += part.pages;
    };
    let current = live?.part;
    try {
      // A site with nothing to search is a broken build, not an empty index to publish.
      if (!live) throw new Error('Pagefind: no page carries data-pagefind-body, so the search index would be empty');
      await writePart(live.part);
      const later = [...this.#later].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [, urls] of later) {
        const part = (current = new IndexPart(this.#errors));
        for (const url of urls) await part.add(url, await readPage(url));
        await writePart(part);
      }
      writeFileSync(join(outputPath, ENTRY_FILE), JSON.stringify(mergeEntries(entries)));
      return pages;
    } finally {
      await current?.stop();
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
