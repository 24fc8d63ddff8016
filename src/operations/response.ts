/**
 * Response wrappers. Every call resolves to one of them:
 * - `Response`: anything not parsed (empty 204, downloads, binary); its body can be streamed;
 * - `ResponseJson`: JSON without an identity (cursors, token info, quota);
 * - `Resource`: a JSON object with an `id` or `href`, with follow-up verbs on its own URL;
 * - `ResourceList`: a list, iterable over its page and, with `for await`, over every page.
 * Which one is the result kind of the request's operation (the operation table's, the same one
 * the call's static type reads); only an answer of no known operation is sorted by its body
 * (wrap.ts). `ResourceList` is resource-list.ts.
 */
import type { RequestOptions } from "../core/request-options.ts";
import { resolvePath } from "../core/url.ts";
import { canonicalUrl, childRequest } from "./canonical-url.ts";
import { type FollowUpsOf, inheritedQuery, installFollowUps } from "./follow-ups.ts";
import type { PagingStyle } from "./pagination.ts";
import type { ResourceList } from "./resource-list.ts";

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
    return this.#send("GET", path, options);
  }

  /** POST `path` relative to this object's URL. */
  post(path: string | RequestOptions = "", options: RequestOptions = {}): Promise<AnyResult> {
    return this.#send("POST", path, options);
  }

  /** PUT `path` relative to this object's URL. */
  put(path: string | RequestOptions = "", options: RequestOptions = {}): Promise<AnyResult> {
    return this.#send("PUT", path, options);
  }

  /** PATCH `path` relative to this object's URL. */
  patch(path: string | RequestOptions = "", options: RequestOptions = {}): Promise<AnyResult> {
    return this.#send("PATCH", path, options);
  }

  /** DELETE `path` relative to this object's URL. */
  delete(path: string | RequestOptions = "", options: RequestOptions = {}): Promise<AnyResult> {
    return this.#send("DELETE", path, options);
  }

  /**
   * Sends `method` to `path` relative to this object's URL; a request to the URL itself keeps
   * the query its operations require (`inheritedQuery`: a CRM object's `raw_type`).
   */
  #send(method: string, path: string | RequestOptions, options: RequestOptions): Promise<AnyResult> {
    const [p, o] = pathAndOptions(path, options);
    const query = p ? undefined : inheritedQuery(this.url, this.request);
    const sent = query ? { ...o, params: { ...query, ...o.params } } : o;
    return this.client.send(method, resolvePath(this.url, p), sent) as Promise<AnyResult>;
  }

  /**
   * Fetches this object again and updates it in place. A wrapper made by a GET repeats
   * that request (query, headers, API version); otherwise it GETs its URL.
   */
  async refresh(): Promise<this> {
    const { refreshed } = await import("./refresh.ts");
    this.adopt(await refreshed(this));
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
