/**
 * Walking a list's pages (loaded when a list is first paged): fetching the next page with the
 * first request's query and headers, the object iterator of `for await` and the page iterator
 * of `pages()`.
 */
import { KloudlessError, NoNextPage, NotFound } from "../core/errors.ts";
import type { NextPage } from "./pagination.ts";
import { PagingGuard, PagingIterator } from "./paging-iterator.ts";
import type { ResourceList } from "./resource-list.ts";
import type { Item } from "./response.ts";

/** The page `next` names, fetched as the list's first request was; `NoNextPage` without one. */
export async function fetchNext<T, Envelope>(
  list: ResourceList<T, Envelope>,
  next: NextPage | undefined,
): Promise<ResourceList<T, Envelope>> {
  if (!next) throw new NoNextPage(list._style === "cursor" ? (list.cursor ?? undefined) : undefined);
  const { request } = list;
  const query: Record<string, string | string[]> = { ...request.query, [next.param]: String(next.value) };
  try {
    const page = await list.client.send("GET", request.url, {
      params: query,
      headers: request.headers,
      apiVersion: request.apiVersion,
    });
    // The list's own class (not imported: resource-list.ts loads this module).
    if (!(page instanceof (list.constructor as abstract new (...args: never[]) => unknown))) {
      throw new KloudlessError(`the next page of ${request.url} is not a list`);
    }
    return page as ResourceList<T, Envelope>;
  } catch (error) {
    // Only a guessed page number may legitimately not exist.
    if (next.guessed && error instanceof NotFound) throw new NoNextPage();
    throw error;
  }
}

/** The identifier of the page iteration starts at, when its request named one. */
function firstPage(list: ResourceList<unknown, unknown>): NextPage | undefined {
  const param = list._style === "cursor" ? "cursor" : "page";
  const first = list.request.query[param];
  return typeof first === "string" ? { param, value: first, guessed: false } : undefined;
}

/** `list.getPagingIterator(options)` once loaded. */
export function pagingIterator<T, Envelope>(
  list: ResourceList<T, Envelope>,
  options: { maxResources?: number },
): AsyncIterableIterator<Item<T>> {
  return new PagingIterator<Item<T>, ResourceList<T, Envelope>>(
    list,
    {
      url: list.request.url,
      next: (page) => page._next(),
      passed: (page) => {
        if (list._style === "cursor") list.latestCursor = page.cursor ?? list.latestCursor;
      },
      fetch: async (page, next) => {
        try {
          return await fetchNext(page, next);
        } catch (error) {
          if (error instanceof NoNextPage) return undefined;
          throw error;
        }
      },
    },
    options.maxResources ?? Number.POSITIVE_INFINITY,
    firstPage(list),
  );
}

/** `list.pages()` once loaded. */
export async function* pages<T, Envelope>(
  list: ResourceList<T, Envelope>,
): AsyncGenerator<ResourceList<T, Envelope>, void, undefined> {
  const guard = new PagingGuard();
  const first = firstPage(list);
  if (first) guard.admit(first);
  let page: ResourceList<T, Envelope> = list;
  for (;;) {
    yield page;
    if (list._style === "cursor") list.latestCursor = page.cursor ?? list.latestCursor;
    const next = page._next();
    if (!next) return;
    if (!guard.admit(next)) {
      throw new KloudlessError(`paging stopped: ${list.request.url} returned page ${String(next.value)} twice`);
    }
    let fetched: ResourceList<T, Envelope>;
    try {
      fetched = await fetchNext(page, next);
    } catch (error) {
      if (error instanceof NoNextPage) return;
      throw error;
    }
    if (!guard.received(fetched.objects.length)) {
      throw new KloudlessError(`paging stopped: ${list.request.url} returned too many empty pages in a row`);
    }
    page = fetched;
  }
}

/** `list.toArray({ limit })` once loaded: every object from this page on, up to `limit`. */
export async function toArray<T, Envelope>(list: ResourceList<T, Envelope>, limit?: number): Promise<Item<T>[]> {
  const out: Item<T>[] = [];
  for await (const item of pagingIterator(list, { maxResources: limit })) out.push(item);
  return out;
}
