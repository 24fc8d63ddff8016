/**
 * `ResourceList`, a page of a list: its objects, where its next page is, and the ways to walk
 * the pages (`for await`, `getPagingIterator()`, `pages()`, `getNextPage()`). The walking itself
 * (list-paging.ts) is loaded when a list is first paged.
 */

import { LazyAsyncIterator } from "./lazy-iterator.ts";
import { type ListEnvelope, type NextPage, nextPage, type PagingStyle, pagingStyle } from "./pagination.ts";
import type { Item, RequestContext, Sender } from "./response.ts";
import { ResponseJson } from "./response.ts";

/** The paging code (list-paging.ts), once loaded: later pages do not go through `import()` again. */
let paging: typeof import("./list-paging.ts") | undefined;

/** Loads list-paging.ts (once; `import()` of a loaded module still costs a module lookup per call). */
async function loadPaging(): Promise<typeof import("./list-paging.ts")> {
  paging = await import("./list-paging.ts");
  return paging;
}

/** A page of a list; iterate it for this page, `for await` it for every page. */
export class ResourceList<T = unknown, Envelope = ListEnvelope> extends ResponseJson<Envelope> {
  /** The objects of this page, as resources. */
  declare objects: Item<T>[];
  /** For event lists: the cursor to store, set after a full `getPagingIterator()` run. */
  latestCursor: string | number | undefined = undefined;
  /** @internal How this list pages. */
  declare readonly _style: PagingStyle;

  constructor(
    client: Sender,
    response: globalThis.Response,
    url: string,
    request: RequestContext,
    data: Envelope,
    objects: Item<T>[],
  ) {
    super(client, response, url, request, data);
    this.objects = objects;
    this._style = pagingStyle(data as ListEnvelope, request.paging);
  }

  private get envelope(): ListEnvelope {
    return this.data as ListEnvelope;
  }

  /** `page` of this list (number or token), when it has one. */
  get page(): string | number | null | undefined {
    return this.envelope.page;
  }

  /** `next_page` of this list, when it has one. */
  get nextPage(): string | number | null | undefined {
    return this.envelope.next_page;
  }

  /** For event lists, the cursor after this page. */
  get cursor(): string | number | null | undefined {
    return this.envelope.cursor;
  }

  /** Iterates the objects of this page only. */
  [Symbol.iterator](): Iterator<Item<T>> {
    return this.objects[Symbol.iterator]();
  }

  /** Iterates every object of this page and the following ones (`for await`). */
  [Symbol.asyncIterator](): AsyncIterator<Item<T>> {
    return this.getPagingIterator();
  }

  /** Whether a page follows this one (as far as the list tells). */
  hasNextPage(): boolean {
    return this._next() !== undefined;
  }

  /** @internal Where the next page is, as far as this page tells. */
  _next(): NextPage | undefined {
    const size = Number(this.request.query.page_size);
    return nextPage(this.envelope, this._style, Number.isFinite(size) && size > 0 ? size : undefined);
  }

  /**
   * Fetches the next page with the same query and headers as the first request.
   * Throws `NoNextPage` on the last page (its `cursor` is the one to store for events).
   */
  async getNextPage(): Promise<ResourceList<T, Envelope>> {
    return (paging ?? (await loadPaging())).fetchNext(this, this._next());
  }

  /**
   * Iterates every object from this page on, fetching pages as iteration reaches them.
   * Stops after `maxResources` objects without fetching further. For event lists, a run to
   * the end sets `latestCursor` on this list.
   */
  getPagingIterator(options: { maxResources?: number } = {}): AsyncIterableIterator<Item<T>> {
    return new LazyAsyncIterator(() => loadPaging().then(({ pagingIterator }) => pagingIterator(this, options)));
  }

  /**
   * Iterates the pages of the list, this one first, fetching each as iteration reaches it:
   * `for await (const page of list.pages()) page.objects`. The guards of the object iterator
   * hold: a page that repeats an earlier one, or too many empty pages in a row, end it with a
   * `KloudlessError`. For event lists, each page passed sets `latestCursor` on this list.
   */
  async *pages(): AsyncGenerator<ResourceList<T, Envelope>, void, undefined> {
    yield* (paging ?? (await loadPaging())).pages(this);
  }

  /** Collects every object (up to `limit`) into an array. */
  async toArray(options: { limit?: number } = {}): Promise<Item<T>[]> {
    return (paging ?? (await loadPaging())).toArray(this, options.limit);
  }

  protected override adopt(other: this): void {
    super.adopt(other);
    this.objects = other.objects;
  }
}
