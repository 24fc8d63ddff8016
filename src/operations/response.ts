/**
 * Response wrappers. Every call resolves to one of them:
 * - `Response`: anything not parsed (empty 204, downloads, binary); its body can be streamed;
 * - `ResponseJson`: JSON without an identity (cursors, token info, quota);
 * - `Resource`: a JSON object with an `id` or `href`, with follow-up verbs on its own URL;
 * - `ResourceList`: a list, iterable over its page and, with `for await`, over every page.
 * Which one is the result kind of the request's operation (the operation table's, the same one
 * the call's static type reads); only an answer of no known operation is sorted by its body.
 */
import type { ResultKind } from "../../generated/operations.ts";
import { KloudlessError, NoNextPage, NotFound } from "../core/errors.ts";
import type { RequestOptions } from "../core/request-options.ts";
import { resolvePath } from "../core/url.ts";
import { type FollowUpsOf, inheritedQuery, installFollowUps } from "./follow-ups.ts";
import {
  isListBody,
  type ListEnvelope,
  type NextPage,
  nextPage,
  PagingGuard,
  PagingIterator,
  type PagingStyle,
  pagingStyle,
} from "./pagination.ts";

/** What a request was: kept so that `refresh()` and later pages repeat it faithfully. */
export interface RequestContext {
  /** HTTP method. */
  method: string;
  /** Absolute URL without the query. */
  url: string;
  /** Query parameters sent. */
  query: Record<string, string | string[]>;
  /** Request headers given for this request (not the client's defaults nor credentials). */
  headers: Record<string, string>;
  /** API version of the request, when it was not the client's. */
  apiVersion?: number | string;
  /** Paging style declared by the operation, when the request matched one. */
  paging?: PagingStyle;
}

/** What wrappers need from the client that made them. */
export interface Sender {
  /** Sends a request to an absolute URL and wraps the answer. */
  send(method: string, url: string, options: RequestOptions): Promise<unknown>;
}

/**
 * A resource as calls type it: its wrapper and, for files and folders, their follow-up calls
 * (`file.copy({ json })`, `folder.permissions()`: see src/operations/follow-ups.ts).
 */
export type Item<T> = Resource<T> & FollowUpsOf<T>;

/** What an untyped call may resolve to; narrow with `instanceof`. */
export type AnyResult = Response | ResponseJson<unknown> | Resource<Record<string, unknown>> | ResourceList<unknown>;

/**
 * The arguments of a verb: `(path, options)`, or `(options)` alone for the object's own URL, the
 * TypeScript form of Python's `events.post(json=...)`.
 */
export function pathAndOptions(
  path: string | RequestOptions | undefined,
  options: RequestOptions | undefined,
): [string, RequestOptions] {
  return typeof path === "object" && path !== null ? ["", path] : [path ?? "", options ?? {}];
}

/**
 * Where a wrapper's canonical URL (and, for an object of a list, its request) comes from when
 * they are computed on first read: most callers only read `data`, and a page has a hundred
 * objects.
 */
export interface WrapperOrigin {
  /** The canonical URL of an object of a list (built once per page); a single object's comes from its request. */
  urlOf?(data: Record<string, unknown>, isNew: boolean): string;
  /** Whether the object was created by the request (a POST to its collection). */
  isNew: boolean;
  /** For the objects of a list: the list's request (their headers and API version). */
  list?: RequestContext;
}

/** Base wrapper: the fetch response, the URL for follow-up requests, and the verbs. */
export class Response {
  // `declare`d fields are assigned in the constructor only, not defined first as `undefined`:
  // a page of a list builds one wrapper per object.
  /** The client that made the request; follow-up requests use it. */
  declare readonly client: Sender;
  /** The fetch response. For list children, the response of the page they came in. */
  declare response: globalThis.Response;
  /** @internal The canonical URL, once known. */
  declare _url: string | undefined;
  /** @internal The request, once known. */
  declare _request: RequestContext | undefined;
  /** @internal Where `url` and `request` come from when they are left to compute. */
  declare _origin: WrapperOrigin | undefined;

  constructor(client: Sender, response: globalThis.Response, url: string, request: RequestContext) {
    this.client = client;
    this.response = response;
    this._url = url;
    this._request = request;
    this._origin = undefined;
  }

  /**
   * The URL follow-up requests are relative to (the object's canonical URL). For a resource it
   * is computed from its data (`id`, `href`, `type`) when first read.
   */
  get url(): string {
    if (this._url === undefined) {
      const origin = this._origin as WrapperOrigin;
      const data = (this as unknown as ResponseJson<Record<string, unknown>>).data;
      this._url = origin.urlOf
        ? origin.urlOf(data, origin.isNew)
        : canonicalUrl(data, (this._request as RequestContext).url, origin.isNew);
    }
    return this._url;
  }

  /** Replaces the URL follow-up requests are relative to. */
  set url(value: string) {
    this._url = value;
  }

  /** The request that produced this wrapper; for an object of a list, a GET of its own URL. */
  get request(): RequestContext {
    if (this._request === undefined) {
      // An object of a list refreshes from its own URL, with the headers the list was fetched with.
      this._request = childRequest(this._origin?.list as RequestContext, this.url);
    }
    return this._request;
  }

  /** HTTP status. */
  get status(): number {
    return this.response.status;
  }

  /** Response headers. */
  get headers(): Headers {
    return this.response.headers;
  }

  /** Request ID of the answer (`X-Request-Id`), for support. */
  get requestId(): string | undefined {
    return this.response.headers.get("x-request-id") ?? undefined;
  }

  /** Query parameters of the request that produced this wrapper. */
  get queryParams(): Record<string, string | string[]> {
    return this.request.query;
  }

  /** The unread body as a stream (downloads); `null` when there is none. */
  get body(): ReadableStream<Uint8Array> | null {
    return this.response.body;
  }

  /** Reads the whole body as bytes. */
  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.response.arrayBuffer();
  }

  /** Reads the whole body as a Blob (browsers: for object URLs and downloads). */
  async blob(): Promise<Blob> {
    return this.response.blob();
  }

  /** Reads the whole body as text. */
  async text(): Promise<string> {
    return this.response.text();
  }

  /** GET `path` relative to this object's URL (`get(options)` for the URL itself). */
  get(path: string | RequestOptions = "", options: RequestOptions = {}): Promise<AnyResult> {
    const [p, o] = pathAndOptions(path, options);
    return this.client.send("GET", resolvePath(this.url, p), this.#ownQuery(p, o)) as Promise<AnyResult>;
  }

  /** POST `path` relative to this object's URL. */
  post(path: string | RequestOptions = "", options: RequestOptions = {}): Promise<AnyResult> {
    const [p, o] = pathAndOptions(path, options);
    return this.client.send("POST", resolvePath(this.url, p), this.#ownQuery(p, o)) as Promise<AnyResult>;
  }

  /** PUT `path` relative to this object's URL. */
  put(path: string | RequestOptions = "", options: RequestOptions = {}): Promise<AnyResult> {
    const [p, o] = pathAndOptions(path, options);
    return this.client.send("PUT", resolvePath(this.url, p), this.#ownQuery(p, o)) as Promise<AnyResult>;
  }

  /** PATCH `path` relative to this object's URL. */
  patch(path: string | RequestOptions = "", options: RequestOptions = {}): Promise<AnyResult> {
    const [p, o] = pathAndOptions(path, options);
    return this.client.send("PATCH", resolvePath(this.url, p), this.#ownQuery(p, o)) as Promise<AnyResult>;
  }

  /** DELETE `path` relative to this object's URL. */
  delete(path: string | RequestOptions = "", options: RequestOptions = {}): Promise<AnyResult> {
    const [p, o] = pathAndOptions(path, options);
    return this.client.send("DELETE", resolvePath(this.url, p), this.#ownQuery(p, o)) as Promise<AnyResult>;
  }

  /** `options` with the query a request to this object's own URL (`p` empty) needs (`inheritedQuery`). */
  #ownQuery(p: string, options: RequestOptions): RequestOptions {
    const query = p === "" ? inheritedQuery(this.url, this.request) : undefined;
    return query ? { ...options, params: { ...query, ...options.params } } : options;
  }

  /**
   * Fetches this object again and updates it in place. A wrapper made by a GET repeats
   * that request (query, headers, API version); otherwise it GETs its URL.
   */
  async refresh(): Promise<this> {
    const fromGet = this.request.method === "GET";
    const next = await this.client.send("GET", fromGet ? this.request.url : this.url, {
      params: fromGet ? this.request.query : (inheritedQuery(this.url, this.request) ?? {}),
      headers: fromGet ? this.request.headers : {},
      apiVersion: fromGet ? this.request.apiVersion : undefined,
    });
    if (!(next instanceof this.constructor)) {
      throw new KloudlessError(`refresh of ${this.url} answered a different kind of response`);
    }
    this.adopt(next as this);
    return this;
  }

  /** Takes over the state of a fresh wrapper of the same kind (used by `refresh`). */
  protected adopt(other: this): void {
    this.response = other.response;
  }
}

/** A JSON answer. */
export class ResponseJson<T = unknown> extends Response {
  /** The parsed JSON body. */
  declare data: T;

  constructor(client: Sender, response: globalThis.Response, url: string, request: RequestContext, data: T) {
    super(client, response, url, request);
    this.data = data;
  }

  protected override adopt(other: this): void {
    super.adopt(other);
    this.data = other.data;
    this.url = other.url;
  }
}

/** A JSON object with an identity; its verbs are relative to its canonical URL. */
export class Resource<T = Record<string, unknown>> extends ResponseJson<T> {
  /**
   * @internal A resource whose URL is computed from `origin` when first read; without
   * `request`, an object of the list `origin.list`.
   */
  static _lazy<T>(
    client: Sender,
    response: globalThis.Response,
    data: T,
    origin: WrapperOrigin,
    request: RequestContext | undefined,
  ): Resource<T> {
    const resource = new Resource<T>(client, response, "", request as RequestContext, data);
    resource._url = undefined;
    resource._origin = origin;
    return resource;
  }
}

installFollowUps(Resource.prototype);

/** A page of a list; iterate it for this page, `for await` it for every page. */
export class ResourceList<T = unknown, Envelope = ListEnvelope> extends ResponseJson<Envelope> {
  /** The objects of this page, as resources. */
  declare objects: Item<T>[];
  /** For event lists: the cursor to store, set after a full `getPagingIterator()` run. */
  latestCursor: string | number | undefined = undefined;
  declare private readonly style: PagingStyle;

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
    this.style = pagingStyle(data as ListEnvelope, request.paging);
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
    return this.next() !== undefined;
  }

  private next(): NextPage | undefined {
    const size = Number(this.request.query.page_size);
    return nextPage(this.envelope, this.style, Number.isFinite(size) && size > 0 ? size : undefined);
  }

  /**
   * Fetches the next page with the same query and headers as the first request.
   * Throws `NoNextPage` on the last page (its `cursor` is the one to store for events).
   */
  async getNextPage(): Promise<ResourceList<T, Envelope>> {
    return this.fetchNext(this.next());
  }

  private async fetchNext(next: NextPage | undefined): Promise<ResourceList<T, Envelope>> {
    if (!next) throw new NoNextPage(this.style === "cursor" ? (this.cursor ?? undefined) : undefined);
    const query: Record<string, string | string[]> = { ...this.request.query, [next.param]: String(next.value) };
    try {
      const page = await this.client.send("GET", this.request.url, {
        params: query,
        headers: this.request.headers,
        apiVersion: this.request.apiVersion,
      });
      if (!(page instanceof ResourceList)) {
        throw new KloudlessError(`the next page of ${this.request.url} is not a list`);
      }
      return page as ResourceList<T, Envelope>;
    } catch (error) {
      // Only a guessed page number may legitimately not exist.
      if (next.guessed && error instanceof NotFound) throw new NoNextPage();
      throw error;
    }
  }

  /**
   * Iterates every object from this page on, fetching pages as iteration reaches them.
   * Stops after `maxResources` objects without fetching further. For event lists, a run to
   * the end sets `latestCursor` on this list.
   */
  getPagingIterator(options: { maxResources?: number } = {}): AsyncIterableIterator<Item<T>> {
    const param = this.style === "cursor" ? "cursor" : "page";
    const first = this.request.query[param];
    return new PagingIterator<Item<T>, ResourceList<T, Envelope>>(
      this,
      {
        url: this.request.url,
        next: (page) => page.next(),
        passed: (page) => {
          if (this.style === "cursor") this.latestCursor = page.cursor ?? this.latestCursor;
        },
        fetch: async (page, next) => {
          try {
            return await page.fetchNext(next);
          } catch (error) {
            if (error instanceof NoNextPage) return undefined;
            throw error;
          }
        },
      },
      options.maxResources ?? Number.POSITIVE_INFINITY,
      typeof first === "string" ? { param, value: first, guessed: false } : undefined,
    );
  }

  /**
   * Iterates the pages of the list, this one first, fetching each as iteration reaches it:
   * `for await (const page of list.pages()) page.objects`. The guards of the object iterator
   * hold: a page that repeats an earlier one, or too many empty pages in a row, end it with a
   * `KloudlessError`. For event lists, each page passed sets `latestCursor` on this list.
   */
  async *pages(): AsyncGenerator<ResourceList<T, Envelope>, void, undefined> {
    const guard = new PagingGuard();
    const param = this.style === "cursor" ? "cursor" : "page";
    const first = this.request.query[param];
    if (typeof first === "string") guard.admit({ param, value: first, guessed: false });
    let page: ResourceList<T, Envelope> = this;
    for (;;) {
      yield page;
      if (this.style === "cursor") this.latestCursor = page.cursor ?? this.latestCursor;
      const next = page.next();
      if (!next) return;
      if (!guard.admit(next)) {
        throw new KloudlessError(`paging stopped: ${this.request.url} returned page ${String(next.value)} twice`);
      }
      let fetched: ResourceList<T, Envelope>;
      try {
        fetched = await page.fetchNext(next);
      } catch (error) {
        if (error instanceof NoNextPage) return;
        throw error;
      }
      if (!guard.received(fetched.objects.length)) {
        throw new KloudlessError(`paging stopped: ${this.request.url} returned too many empty pages in a row`);
      }
      page = fetched;
    }
  }

  /** Collects every object (up to `limit`) into an array. */
  async toArray(options: { limit?: number } = {}): Promise<Item<T>[]> {
    const out: Item<T>[] = [];
    for await (const item of this.getPagingIterator({ maxResources: options.limit })) out.push(item);
    return out;
  }

  protected override adopt(other: this): void {
    super.adopt(other);
    this.objects = other.objects;
  }
}

/** `…/accounts/<id>` of a URL, when it is an account's. */
const ACCOUNT_BASE = /^(.*\/accounts\/[^/]+)/;
/** The primary calendar alias keeps working for child requests (`events`). */
const PRIMARY_CALENDAR = /\/cal\/calendars\/primary$/;

/**
 * Where the follow-up requests of resources that came from `fromUrl` go: built once per
 * response (a list's objects share it), then applied to each object's data.
 */
export function canonicalUrls(fromUrl: string): (data: Record<string, unknown>, isNew: boolean) => string {
  let trimmed = fromUrl;
  let primary: boolean | undefined;
  let accountBase: string | null | undefined;
  let multiAccount = false;
  return (data, isNew) => {
    if (typeof data.href === "string" && data.href) return data.href.split("?")[0] as string;
    if (primary === undefined) {
      trimmed = fromUrl.endsWith("/") ? fromUrl.replace(/\/+$/, "") : fromUrl;
      primary = PRIMARY_CALENDAR.test(trimmed);
    }
    if (primary) return trimmed;
    const id = data.id;
    if (typeof id !== "string" && typeof id !== "number") return trimmed;
    if (data.api === "storage" && (data.type === "file" || data.type === "folder")) {
      // Matched once per response, and only for storage objects.
      if (accountBase === undefined) {
        accountBase = ACCOUNT_BASE.exec(fromUrl)?.[1] ?? null;
        multiAccount = accountBase?.includes(",") ?? false;
      }
      if (accountBase) {
        const base =
          multiAccount && typeof data.account === "number"
            ? accountBase.replace(/[^/]+$/, String(data.account))
            : accountBase;
        return `${base}/storage/${data.type === "file" ? "files" : "folders"}/${encodeURIComponent(String(id))}`;
      }
    }
    return isNew ? `${trimmed}/${encodeURIComponent(String(id))}` : trimmed;
  };
}

/** Where a resource's follow-up requests go, from its data and the URL it came from. */
export function canonicalUrl(data: Record<string, unknown>, fromUrl: string, isNew: boolean): string {
  return canonicalUrls(fromUrl)(data, isNew);
}

/** The request of an object of a list: a GET of `url` with the list's headers, API version and the query its URL needs. */
function childRequest(list: RequestContext, url: string): RequestContext {
  return {
    method: "GET",
    url,
    query: inheritedQuery(url, list) ?? {},
    headers: list.headers,
    apiVersion: list.apiVersion,
  };
}

/** Whether a JSON body names an object (so it becomes a `Resource`). */
export function isResourceBody(data: unknown): data is Record<string, unknown> {
  return !!data && typeof data === "object" && !Array.isArray(data) && ("id" in data || "href" in data);
}

/** The origins of a single object: the URL it came from is its request's. */
const CREATED: WrapperOrigin = { isNew: true };
const RETRIEVED: WrapperOrigin = { isNew: false };

/** Whether a JSON value is an object (not an array): what the `Resource` and `ResourceList` kinds wrap. */
function isObject(data: unknown): data is Record<string, unknown> {
  return !!data && typeof data === "object" && !Array.isArray(data);
}

/**
 * Builds the wrapper for a parsed JSON body. `kind` is the result kind of the operation the
 * request belongs to (the operation table's `r`): a JSON object becomes exactly that wrapper, so
 * the answer matches the call's static type. Without it (the untyped `request()` to a path no
 * operation matches, or a follow-up call to such a URL), or when the body is not an object, the
 * body decides: a list envelope → `ResourceList`, `id`/`href` → `Resource`, else `ResponseJson`.
 */
export function wrapJson(
  client: Sender,
  response: globalThis.Response,
  request: RequestContext,
  data: unknown,
  kind?: ResultKind,
): ResponseJson<unknown> {
  const typed = kind !== undefined && isObject(data);
  if (typed ? kind === "ResourceList" : isListBody(data)) {
    const envelope = data as ListEnvelope;
    const items = Array.isArray(envelope.objects) ? envelope.objects : [];
    const objects: Resource[] = new Array(items.length);
    const origin: WrapperOrigin = { urlOf: canonicalUrls(request.url), isNew: true, list: request };
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Record<string, unknown>;
      objects[i] = isResourceBody(item)
        ? Resource._lazy(client, response, item, origin, undefined)
        : new Resource(client, response, request.url, childRequest(request, request.url), item);
    }
    return new ResourceList(client, response, request.url, request, envelope, objects);
  }
  if (typed ? kind === "Resource" : isResourceBody(data)) {
    // A POST to a collection creates an object below it; other methods answer the object itself.
    return Resource._lazy(client, response, data, request.method === "POST" ? CREATED : RETRIEVED, request);
  }
  return new ResponseJson(client, response, request.url, request, data);
}
