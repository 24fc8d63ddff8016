/**
 * Walking a list page after page: the guards that stop a list that repeats a page or returns
 * empty pages forever, and the object iterator behind `for await`. Loaded when a list is first
 * paged (list-paging.ts).
 */
import { KloudlessError } from "../core/errors.ts";
import type { NextPage } from "./pagination.ts";

/**
 * Guards a paging loop: refuses a page identifier seen before (a cycle) and a long run of
 * empty pages (a server that never ends the list).
 */
export class PagingGuard {
  private readonly seen = new Set<string>();
  private emptyRun = 0;

  constructor(private readonly maxEmptyPages = 100) {}

  /** Records a page about to be requested; false when it would repeat one. */
  admit(next: NextPage): boolean {
    const key = `${next.param}=${String(next.value)}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  /** Records a received page; false when too many empty pages came in a row. */
  received(objectCount: number): boolean {
    this.emptyRun = objectCount === 0 ? this.emptyRun + 1 : 0;
    return this.emptyRun <= this.maxEmptyPages;
  }
}

/** How the paging iterator moves from a page to the one after it. */
export interface PageWalk<Page> {
  /** Where the page after `page` is, if there is one. */
  next(page: Page): NextPage | undefined;
  /** Fetches the page `next` names; `undefined` when it turns out not to exist. */
  fetch(page: Page, next: NextPage): Promise<Page | undefined>;
  /** Called once iteration has gone through the whole of `page` (event cursors). */
  passed(page: Page): void;
  /** The list's URL, for error messages. */
  url: string;
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/**
 * Iterates the objects of a page and of the pages after it, fetching each page when
 * iteration reaches it, up to `max` objects. Written as a plain iterator rather than an async
 * generator: an object of the current page is handed out without the generator's extra
 * promise and queue per item. Calls to `next()` made before the previous one settled wait
 * for it, so a page is never fetched twice.
 */
export class PagingIterator<Item, Page extends { objects: readonly Item[] }> implements AsyncIterableIterator<Item> {
  #page: Page | undefined;
  #index = 0;
  #left: number;
  #pending: Promise<IteratorResult<Item, undefined>> | undefined;
  readonly #guard = new PagingGuard();
  readonly #walk: PageWalk<Page>;

  /** `first` is the page iteration starts at; `firstId`, its own identifier, when it has one. */
  constructor(first: Page, walk: PageWalk<Page>, max: number, firstId?: NextPage) {
    this.#walk = walk;
    this.#left = max;
    this.#page = max > 0 ? first : undefined;
    // The first page counts as seen, so a list pointing back to it stops.
    if (firstId) this.#guard.admit(firstId);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** The next object, fetching the next page when this one is used up. */
  next(): Promise<IteratorResult<Item, undefined>> {
    if (this.#pending) return this.#pending.then(this.#again, this.#again);
    const page = this.#page;
    if (page === undefined || this.#left <= 0) {
      this.#page = undefined;
      return Promise.resolve(DONE);
    }
    if (this.#index < page.objects.length) {
      this.#left -= 1;
      return Promise.resolve({ value: page.objects[this.#index++] as Item, done: false });
    }
    const pending = this.#advance(page);
    this.#pending = pending;
    // Cleared before the calls waiting on it run (their handlers come later), so they see
    // the new page. Not in #advance: it may settle before this assignment.
    const settled = (): void => {
      if (this.#pending === pending) this.#pending = undefined;
    };
    pending.then(settled, settled);
    return pending;
  }

  /** Ends the iteration (a `break` out of `for await` calls it); no further page is fetched. */
  return(): Promise<IteratorResult<Item, undefined>> {
    this.#page = undefined;
    return Promise.resolve(DONE);
  }

  readonly #again = (): Promise<IteratorResult<Item, undefined>> => this.next();

  /** Fetches pages after `page` until one has an object, or the list ends. */
  async #advance(page: Page): Promise<IteratorResult<Item, undefined>> {
    try {
      let current = page;
      for (;;) {
        const next = this.#walk.next(current);
        this.#walk.passed(current);
        if (!next) break;
        if (!this.#guard.admit(next)) {
          throw new KloudlessError(`paging stopped: ${this.#walk.url} returned page ${String(next.value)} twice`);
        }
        const fetched = await this.#walk.fetch(current, next);
        if (fetched === undefined || this.#page === undefined) break;
        if (!this.#guard.received(fetched.objects.length)) {
          throw new KloudlessError(`paging stopped: ${this.#walk.url} returned too many empty pages in a row`);
        }
        current = fetched;
        if (fetched.objects.length > 0) {
          this.#page = fetched;
          this.#index = 1;
          this.#left -= 1;
          return { value: fetched.objects[0] as Item, done: false };
        }
      }
      this.#page = undefined;
      return DONE;
    } catch (error) {
      this.#page = undefined;
      throw error;
    }
  }
}
