/**
 * `Client` (application level) and `Account` (one connected account): credentials, base
 * URL and API version, default headers, the HTTP verbs with typed paths, the generated
 * per-operation methods, and the request path from a call to its wrapper.
 */
import type { OperationId } from "../generated/operations.ts";
import { type ApiClient, createApiClient, serializeQuery } from "./core/api.ts";
import { ApiRequest, type SdkCall } from "./core/api-request.ts";
import { type PreparedBody, prepareBody } from "./core/body.ts";
import { configuration } from "./core/config.ts";
import { InvalidParameter } from "./core/errors.ts";
import { assertHeaders, assertHeaderValue } from "./core/headers.ts";
import { logger as defaultLogger, Logger, type LogSink } from "./core/logger.ts";
import { isBrowser } from "./core/platform.ts";
import type { QueryValue, RequestOptions } from "./core/request-options.ts";
import { DEFAULT_RETRY } from "./core/retry.ts";
import {
  answerOf,
  type FetchFunction,
  type IncomingResponse,
  type OutgoingRequest,
  Transport,
} from "./core/transport.ts";
import {
  assertOrigin,
  encodeSegment,
  fillPath,
  fillTemplate,
  isPlainUrl,
  resolvePath,
  splitQuery,
} from "./core/url.ts";
import { VERSION } from "./core/version.ts";
import type {
  AccountOperations,
  AccountPath,
  AccountPathArgs,
  AccountPathOperation,
  AnyResult,
  ClientOperations,
  ClientPath,
  ClientPathArgs,
  ClientPathOperation,
  PathResult,
} from "./operations/operation-types.ts";
import {
  installOperationGroups,
  loadOperations,
  matchOperation,
  type OperationSpec,
  operationSpec,
  operationsLoaded,
} from "./operations/operations.ts";
import { pathAndOptions, type RequestContext, Response, type Sender, wrapJson } from "./operations/response.ts";

/** Options of `new Client(...)` and `new Account(...)`. */
export interface ClientOptions {
  /** Bearer token (an account's, or a Meta token for the management API). Wins over `apiKey`. */
  token?: string;
  /** API key of the application (server side only). */
  apiKey?: string;
  /** Server root; defaults to `configuration.baseUrl`. */
  baseUrl?: string;
  /** API version; defaults to `configuration.apiVersion`. */
  apiVersion?: number | string;
  /** Default headers sent with every request (also editable later through `.headers`). */
  headers?: Record<string, string>;
  /** A fetch implementation, called as `fetch(url, init)` (defaults to the global `fetch`). */
  fetch?: typeof fetch;
  /** A logger or a sink for this client's lines (defaults to the package `logger`). */
  logger?: Logger | LogSink;
  /** Milliseconds per attempt before `TimedOut` (default 60,000). */
  timeout?: number;
  /** Retries on retryable failures (default 2). */
  maxRetries?: number;
  /** Largest number of requests in flight at once (default: no limit). */
  maxConcurrency?: number;
  /** Allow an API key in a browser, where anyone can read it (default false). */
  dangerouslyAllowBrowser?: boolean;
}

/** Options of `new Account(...)`. */
export interface AccountOptions extends ClientOptions {
  /** The account ID; required with `apiKey`, defaults to `me` with a token. */
  accountId?: string | number;
}

/** The query as wrappers keep it (strings only, no empty values) for later pages and `refresh()`. */
function keptQuery(query: Record<string, QueryValue>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    kept[key] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return kept;
}

/** Whether a record of headers names `name` (lower case), in any case. */
function hasHeader(headers: Record<string, string>, name: string): boolean {
  for (const key in headers) if (key.toLowerCase() === name) return true;
  return false;
}

/** Whether an object has no own enumerable key (without building a key array). */
function isEmpty(object: object | undefined): boolean {
  for (const _ in object) return false;
  return true;
}

/** The options of a generated method called without any (shared, frozen). */
const NO_OPTIONS: RequestOptions = Object.freeze({});
/** The query and headers a request without any keeps (shared, frozen). */
const NO_QUERY: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_HEADERS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** The platform's fetch, looked up at each call (so that it can be replaced later, as in tests). */
const platformFetch: FetchFunction = (url, init) => globalThis.fetch(url, init);

/** What `Client` and `Account` share: credentials, transport and the request path. */
abstract class BaseClient implements Sender {
  /** Base URL for relative paths of this object's verbs. */
  readonly url: string;
  /** Default headers sent with every request; editable (`account.headers["X-Kloudless-Raw-Data"] = "true"`). */
  headers: Record<string, string>;
  /** Server root (no version). */
  readonly baseUrl: string;
  /** API version of this client's URLs. */
  readonly apiVersion: number | string;
  /** The only origin requests (and so credentials) may go to. */
  readonly origin: string;
  /** Milliseconds per attempt. */
  readonly timeout: number;
  /** Retries on retryable failures. */
  readonly maxRetries: number;
  readonly #authorization: string;
  /** The client's credential, cut out of error bodies that echo it. */
  readonly #secrets: readonly string[];
  /** The openapi-fetch client, made with the first request. */
  #api: ApiClient | undefined;
  /** Middleware registered on `api` (`use`/`eject` are counted): answers are copied for them to read. */
  #middlewareCount = 0;
  readonly #transport: Transport;
  readonly #logger: Logger;
  /** `User-Agent` sent outside browsers (which forbid setting it). */
  readonly #userAgent: string | undefined;
  /** `apiRoot()` for the client's own API version. */
  readonly #root: string;
  /** Whether `#root` is on the origin and in normal form (URLs under it need no check). */
  readonly #plainRoot: boolean;

  protected constructor(options: ClientOptions, path: string) {
    if (options === null || typeof options !== "object") {
      throw new InvalidParameter("options must be an object such as { token } or { apiKey }", "options");
    }
    const { token, apiKey } = options;
    if (token !== undefined && (typeof token !== "string" || !token)) {
      throw new InvalidParameter("token must be a non-empty string", "token");
    }
    if (apiKey !== undefined && (typeof apiKey !== "string" || !apiKey)) {
      throw new InvalidParameter("apiKey must be a non-empty string", "apiKey");
    }
    if (!token && !apiKey) {
      throw new InvalidParameter(
        "An API Key or Bearer Token must be provided. Please check apiKey and token parameters.",
        "token",
      );
    }
    if (!token && apiKey && isBrowser() && !options.dangerouslyAllowBrowser) {
      throw new InvalidParameter(
        "An API key grants every account of the application and must not be used in a browser; use a Bearer token, or pass dangerouslyAllowBrowser: true",
        "apiKey",
      );
    }
    this.baseUrl = (options.baseUrl ?? configuration.baseUrl).replace(/\/+$/, "");
    try {
      this.origin = new URL(this.baseUrl).origin;
    } catch {
      throw new InvalidParameter(`baseUrl is not a valid URL: ${this.baseUrl}`, "baseUrl");
    }
    this.apiVersion = options.apiVersion ?? configuration.apiVersion;
    this.#root = this.apiRoot();
    this.#plainRoot = isPlainUrl(this.#root, this.origin);
    this.url = `${this.#root}${path}`;
    if (token) assertHeaderValue(token, "token");
    else if (apiKey) assertHeaderValue(apiKey, "apiKey");
    if (options.headers !== undefined) assertHeaders(options.headers, "headers");
    this.headers = { ...options.headers };
    this.timeout = options.timeout ?? 60_000;
    this.maxRetries = options.maxRetries ?? DEFAULT_RETRY.maxRetries;
    for (const [name, value] of [
      ["timeout", this.timeout],
      ["maxRetries", this.maxRetries],
    ] as const) {
      if (!Number.isFinite(value) || value < 0) throw new InvalidParameter(`${name} must be a number >= 0`, name);
    }
    this.#authorization = token ? `Bearer ${token}` : `APIKey ${apiKey}`;
    this.#secrets = [(token ?? apiKey) as string];
    this.#logger =
      options.logger instanceof Logger ? options.logger : options.logger ? new Logger(options.logger) : defaultLogger;
    const custom = options.fetch;
    if (custom !== undefined && typeof custom !== "function") {
      throw new InvalidParameter("fetch must be a function such as globalThis.fetch", "fetch");
    }
    this.#userAgent = isBrowser() ? undefined : `kloudless-ts/${VERSION}`;
    this.#transport = new Transport({
      fetch: custom ? (url, init) => custom(url, init) : platformFetch,
      retry: { ...DEFAULT_RETRY, maxRetries: this.maxRetries },
      maxConcurrency: options.maxConcurrency ?? Number.POSITIVE_INFINITY,
      logger: this.#logger,
      secrets: this.#secrets,
    });
  }

  /** A fresh `Headers` of the client's default headers (`this.headers`, editable at any time). */
  #defaultHeaders(): Headers {
    if (isEmpty(this.headers)) return new Headers();
    assertHeaders(this.headers, "headers");
    return new Headers(this.headers);
  }

  /** Sets `User-Agent` (outside browsers) and the credentials, last, so that nothing overrides them. */
  #withCredentials(headers: Headers): Headers {
    if (this.#userAgent) headers.set("user-agent", this.#userAgent);
    headers.set("authorization", this.#authorization);
    return headers;
  }

  /** `<baseUrl>/v<version>`, the root every path of the spec is relative to. */
  protected apiRoot(version: number | string = this.apiVersion): string {
    return `${this.baseUrl}/v${version}`;
  }

  /**
   * Sends a request to any path relative to this object's URL, without type checks: the
   * documented escape hatch for endpoints the spec does not describe.
   */
  request(method: string, path = "", options: RequestOptions = {}): Promise<AnyResult> {
    if (typeof method !== "string" || !method) {
      return Promise.reject(new InvalidParameter("method must be an HTTP method such as GET", "method"));
    }
    return this.sendPath(method.toUpperCase(), path, options) as Promise<AnyResult>;
  }

  /**
   * Sends to a path relative to this object's URL. A bad path rejects the promise, as every
   * failure of a call does: nothing throws synchronously.
   */
  protected sendPath(method: string, path: string, options: RequestOptions | undefined): Promise<unknown> {
    try {
      if (typeof path !== "string") throw new InvalidParameter("path must be a string", "path");
      return this.send(method, resolvePath(this.url, fillTemplate(path, options?.path)), options);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Calls a generated operation with its path arguments and options; a bad argument rejects. */
  protected callOperation(id: OperationId, args: unknown[], boundAccount: string | undefined): Promise<unknown> {
    // The first call of the process waits for the operation table; a throw in it rejects too.
    if (!operationsLoaded()) return loadOperations().then(() => this.#callOperation(id, args, boundAccount));
    try {
      return this.#callOperation(id, args, boundAccount);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  #callOperation(id: OperationId, args: unknown[], boundAccount: string | undefined): Promise<unknown> {
    const op = operationSpec(id);
    const names = boundAccount === undefined ? op.params : op.boundParams;
    if (args.length > names.length + 1) {
      throw new InvalidParameter(
        `${id} takes ${names.length} path argument(s) and options, got ${args.length} arguments`,
        id,
      );
    }
    const options = args[names.length] as RequestOptions | null | undefined;
    if (options != null && typeof options !== "object")
      throw new InvalidParameter(`the last argument of ${id} must be an options object`, "options");
    return this.send(op.method, `${this.#root}${fillPath(op.path, args, boundAccount)}`, options ?? NO_OPTIONS, op);
  }

  /**
   * Sends a request to an absolute URL on the API origin and wraps the answer. `op` is the
   * operation when the caller knows it (generated methods); otherwise the URL is matched. The
   * answer becomes the wrapper of the operation's result kind, or, when no operation matches,
   * the one its body calls for.
   */
  async send(method: string, url: string, options: RequestOptions = {}, op?: OperationSpec): Promise<unknown> {
    let bare = url;
    let query: Record<string, QueryValue> = NO_QUERY;
    let search = "";
    let extra: Record<string, string> | undefined;
    let body: PreparedBody | undefined;
    // The request's own headers, which openapi-fetch merges into the fresh `Headers` of its
    // request (a custom fetch may change that one freely); the credentials are added when the
    // request leaves the openapi-fetch client, after its middleware.
    let headers: Record<string, string> | undefined;
    if (options === NO_OPTIONS && this.#plainRoot && url.startsWith(this.#root) && isEmpty(this.headers)) {
      // A generated method called without options, on a client without default headers: the URL
      // is the client's root (on its origin, in normal form) and encoded segments, and there is
      // nothing to merge or serialize.
    } else {
      let target = url;
      if (options.apiVersion !== undefined && options.apiVersion !== this.apiVersion) {
        const root = this.#root;
        if (target === root || target.startsWith(`${root}/`))
          target = this.apiRoot(options.apiVersion) + target.slice(root.length);
      }
      assertOrigin(target, this.origin);
      bare = target;
      if (!isPlainUrl(target, this.origin)) ({ url: bare, query } = splitQuery(target));
      if (!isEmpty(options.params)) query = { ...query, ...options.params };
      search = isEmpty(query) ? "" : serializeQuery(query);

      if (
        !isEmpty(options.headers) ||
        typeof options.getRawData === "boolean" ||
        !isEmpty(options.rawHeaders) ||
        (options.impersonateUserId !== undefined && options.impersonateUserId !== "")
      ) {
        if (options.headers) assertHeaders(options.headers, "headers");
        extra = { ...options.headers };
        if (typeof options.getRawData === "boolean") extra["X-Kloudless-Raw-Data"] = String(options.getRawData);
        if (!isEmpty(options.rawHeaders)) {
          const value = JSON.stringify(options.rawHeaders);
          assertHeaderValue(value, "rawHeaders");
          extra["X-Kloudless-Raw-Headers"] = value;
        }
        if (options.impersonateUserId !== undefined && options.impersonateUserId !== "") {
          const value = String(options.impersonateUserId);
          assertHeaderValue(value, "impersonateUserId");
          extra["X-Kloudless-As-User"] = value;
        }
      }
      if (options.json !== undefined || options.data !== undefined) {
        body = await prepareBody(options.json, options.data, options.onUploadProgress);
      }
      if (extra || body || !isEmpty(this.headers)) {
        if (!isEmpty(this.headers)) assertHeaders(this.headers, "headers");
        headers = { ...this.headers, ...extra };
        if (body?.contentType && !hasHeader(headers, "content-type")) headers["content-type"] = body.contentType;
        if (body?.length !== undefined && !body.streaming) headers["content-length"] = String(body.length);
      }
    }

    if (!op && !operationsLoaded()) await loadOperations();
    const operation = op ?? matchOperation(method, bare, this.origin, this.baseUrl);
    // A known operation's answer is wrapped by its result kind; a `Response` one is never parsed.
    const stream = !!options.getRawResponse || operation?.result === "Response";
    const { response, json, parsed } = await this.#exchange(
      {
        headers,
        outgoing: {
          method,
          url: search ? `${bare}?${search}` : bare,
          // The headers of openapi-fetch's request, once middleware ran (#apiFetch).
          headers: undefined as unknown as Headers,
          body,
          signal: options.signal,
          timeout: options.timeout ?? this.timeout,
          maxRetries: options.maxRetries ?? this.maxRetries,
          stream,
        },
        operationId: operation?.id,
      },
      options.middleware,
    );
    if (options.getRawResponse) return response;
    const request: RequestContext = {
      method,
      url: bare,
      query: search ? keptQuery(query) : NO_QUERY,
      headers: extra ?? NO_HEADERS,
      apiVersion: options.apiVersion,
      paging: operation?.paging,
    };
    if (!parsed) return new Response(this, response, bare, request);
    return wrapJson(this, response, request, json, operation?.result);
  }

  /**
   * The openapi-fetch client of this client, typed by the spec's `paths`:
   * `api.GET("/accounts/{account_id}/storage/files/{file_id}", { params: { path: { ... } } })`
   * answers `{ data, error, response }` as openapi-fetch does, and `api.use(middleware)` adds
   * middleware that every request of this client passes through (generated methods, typed
   * verbs, pages and uploads included). Requests go to the API origin only, with the client's
   * credentials (added after middleware), default headers, retries, timeout and logging. On an
   * `Account`, `account_id` defaults to the account's.
   */
  get api(): ApiClient {
    if (!this.#api) {
      const api = createApiClient(this.#root, (request) => this.#apiFetch(request), this.pathDefaults());
      const { use, eject } = api;
      api.use = (...middleware) => {
        this.#middlewareCount += middleware.length;
        use(...middleware);
      };
      api.eject = (...middleware) => {
        this.#middlewareCount = Math.max(0, this.#middlewareCount - middleware.length);
        eject(...middleware);
      };
      this.#api = api;
    }
    return this.#api;
  }

  /** Path parameters `api` fills when a call leaves them out. */
  protected pathDefaults(): Record<string, string> | undefined {
    return undefined;
  }

  /**
   * Sends an SDK call through `api` (so through its middleware) and resolves to the transport's
   * answer, or to the answer a middleware gave instead.
   */
  async #exchange(call: SdkCall, middleware: RequestOptions["middleware"]): Promise<IncomingResponse> {
    const { outgoing } = call;
    const root = this.#root;
    const url = outgoing.url;
    const next = url.charAt(root.length);
    const onRoot = url.startsWith(root) && (next === "" || next === "/" || next === "?");
    if (middleware?.length) call.copyAnswer = true;
    const init: Record<string, unknown> = { headers: call.headers, parseAs: "stream", kloudless: call };
    if (outgoing.signal) init.signal = outgoing.signal;
    if (middleware?.length) init.middleware = middleware;
    if (!onRoot) init.baseUrl = this.origin;
    const { response, error } = await (
      this.api.request as (
        m: string,
        u: string,
        i: unknown,
      ) => Promise<{ response: globalThis.Response; error?: unknown }>
    )(outgoing.method, url.slice(onRoot ? root.length : this.origin.length), init);
    const incoming = call.incoming;
    if (incoming && call.answered === response) return incoming;
    // A middleware answered (or replaced the answer): openapi-fetch has read an error body already.
    return answerOf(outgoing, response, this.#secrets, response.ok ? undefined : error);
  }

  /**
   * The fetch of `api`: an SDK call goes to the transport as prepared, with the headers as
   * middleware left them and the credentials added last; a request made on `api` directly (or
   * one a middleware replaced) is checked against the API origin and sent the same way, its
   * error statuses answered rather than thrown, as openapi-fetch expects.
   */
  async #apiFetch(request: Request): Promise<globalThis.Response> {
    const call = request instanceof ApiRequest ? request._call : undefined;
    if (call) {
      const outgoing: OutgoingRequest = call.outgoing;
      outgoing.headers = this.#withCredentials(request.headers);
      const incoming = await this.#transport.send(outgoing);
      call.incoming = incoming;
      // Middleware may read the answer: a parsed body was consumed, so they get a copy.
      const answered =
        incoming.parsed && (call.copyAnswer || this.#middlewareCount > 0)
          ? new globalThis.Response(incoming.text ?? null, {
              status: incoming.response.status,
              statusText: incoming.response.statusText,
              headers: incoming.response.headers,
            })
          : incoming.response;
      call.answered = answered;
      return answered;
    }
    const real = request instanceof ApiRequest ? request.toRequest() : request;
    assertOrigin(real.url, this.origin);
    const headers = this.#defaultHeaders();
    const { outgoing } = await import("./core/fetch-request.ts");
    const sent = await outgoing(real, headers, this.timeout, this.maxRetries);
    this.#withCredentials(headers);
    return (await this.#transport.send(sent)).response;
  }

  /** The logger this client writes to. */
  get logger(): Logger {
    return this.#logger;
  }
}

/** Application-level client: `new Client({ apiKey })` or `new Client({ token: metaToken })`. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the generated groups are installed on the prototype below.
export class Client extends BaseClient {
  constructor(options: ClientOptions) {
    super(options, "");
  }

  /**
   * GET a path template of the API (relative to `/v<version>`), typed by the spec:
   * `client.get("meta/applications/{application_id}", { path: { application_id } })`.
   */
  get<P extends ClientPath<"get">>(
    path: P,
    ...options: ClientPathArgs<P, "get">
  ): Promise<PathResult<ClientPathOperation<P, "get">>> {
    return this.sendPath("GET", path, options[0] as RequestOptions | undefined) as never;
  }

  /** POST to a path template of the API, typed by the spec. */
  post<P extends ClientPath<"post">>(
    path: P,
    ...options: ClientPathArgs<P, "post">
  ): Promise<PathResult<ClientPathOperation<P, "post">>> {
    return this.sendPath("POST", path, options[0] as RequestOptions | undefined) as never;
  }

  /** PUT to a path template of the API, typed by the spec. */
  put<P extends ClientPath<"put">>(
    path: P,
    ...options: ClientPathArgs<P, "put">
  ): Promise<PathResult<ClientPathOperation<P, "put">>> {
    return this.sendPath("PUT", path, options[0] as RequestOptions | undefined) as never;
  }

  /** PATCH a path template of the API, typed by the spec. */
  patch<P extends ClientPath<"patch">>(
    path: P,
    ...options: ClientPathArgs<P, "patch">
  ): Promise<PathResult<ClientPathOperation<P, "patch">>> {
    return this.sendPath("PATCH", path, options[0] as RequestOptions | undefined) as never;
  }

  /** DELETE a path template of the API, typed by the spec. */
  delete<P extends ClientPath<"delete">>(
    path: P,
    ...options: ClientPathArgs<P, "delete">
  ): Promise<PathResult<ClientPathOperation<P, "delete">>> {
    return this.sendPath("DELETE", path, options[0] as RequestOptions | undefined) as never;
  }

  /** @internal Called by the generated method groups. */
  _operation(id: OperationId, args: unknown[]): Promise<unknown> {
    return this.callOperation(id, args, undefined);
  }
}

/** One connected account: `new Account({ token })` or `new Account({ apiKey, accountId })`. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the generated groups are installed on the prototype below.
export class Account extends BaseClient {
  /** The account ID in URLs (`me` for a token without an explicit ID). */
  readonly accountId: string;

  constructor(options: AccountOptions) {
    if (options && typeof options === "object" && options.apiKey && options.accountId == null) {
      throw new InvalidParameter(
        "An accountId must be provided if you want to use apiKey to create an account instance",
        "accountId",
      );
    }
    const id = options?.accountId ?? "me";
    // One encoded segment, never `.` or `..`: the account id must not climb out of `accounts/`.
    super(options, `/accounts/${encodeSegment(id, "accountId")}`);
    this.accountId = String(id);
  }

  /**
   * GET a path template relative to the account, typed by the spec:
   * `account.get("storage/files/{file_id}", { path: { file_id } })`. No path (or `""`) is the
   * account itself: `get("", { apiVersion: 2 })` as Python's `get(api_version=2)`.
   */
  get<P extends AccountPath<"get"> = "">(
    path?: P,
    ...options: AccountPathArgs<P, "get">
  ): Promise<PathResult<AccountPathOperation<P, "get">>> {
    // Options alone (`get({ timeout })`) still work at run time, for JavaScript callers.
    const [p, o] = pathAndOptions(
      path as string | RequestOptions | undefined,
      options[0] as RequestOptions | undefined,
    );
    return this.sendPath("GET", p, o) as never;
  }

  /** POST to a path template relative to the account, typed by the spec. */
  post<P extends AccountPath<"post">>(
    path: P,
    ...options: AccountPathArgs<P, "post">
  ): Promise<PathResult<AccountPathOperation<P, "post">>> {
    return this.sendPath("POST", path, options[0] as RequestOptions | undefined) as never;
  }

  /** PUT to a path template relative to the account, typed by the spec. */
  put<P extends AccountPath<"put">>(
    path: P,
    ...options: AccountPathArgs<P, "put">
  ): Promise<PathResult<AccountPathOperation<P, "put">>> {
    return this.sendPath("PUT", path, options[0] as RequestOptions | undefined) as never;
  }

  /** PATCH a path template relative to the account (`""`: the account itself), typed by the spec. */
  patch<P extends AccountPath<"patch">>(
    path: P,
    ...options: AccountPathArgs<P, "patch">
  ): Promise<PathResult<AccountPathOperation<P, "patch">>> {
    return this.sendPath("PATCH", path, options[0] as RequestOptions | undefined) as never;
  }

  /** DELETE a path template relative to the account (`""`: the account itself), typed by the spec. */
  delete<P extends AccountPath<"delete">>(
    path: P,
    ...options: AccountPathArgs<P, "delete">
  ): Promise<PathResult<AccountPathOperation<P, "delete">>> {
    return this.sendPath("DELETE", path, options[0] as RequestOptions | undefined) as never;
  }

  /**
   * A pass-through request to the upstream service: POSTs to `raw` with
   * `X-Kloudless-Raw-Method` and `X-Kloudless-Raw-URI`; resolves to the fetch `Response`.
   */
  raw(rawMethod: string, rawUri: string, options: RequestOptions = {}): Promise<globalThis.Response> {
    if (typeof rawMethod !== "string" || !/^[A-Za-z]+$/.test(rawMethod))
      return Promise.reject(new InvalidParameter("rawMethod must be an HTTP method", "rawMethod"));
    if (typeof rawUri !== "string" || !rawUri)
      return Promise.reject(new InvalidParameter("rawUri must be an upstream path or URL", "rawUri"));
    try {
      assertHeaderValue(rawUri, "rawUri");
    } catch (error) {
      return Promise.reject(error);
    }
    return this.sendPath("POST", "raw", {
      ...options,
      headers: { ...options.headers, "X-Kloudless-Raw-Method": rawMethod.toUpperCase(), "X-Kloudless-Raw-URI": rawUri },
      getRawResponse: true,
    }) as Promise<globalThis.Response>;
  }

  /** @internal Called by the generated method groups. */
  _operation(id: OperationId, args: unknown[]): Promise<unknown> {
    return this.callOperation(id, args, this.accountId);
  }

  protected override pathDefaults(): Record<string, string> {
    return { account_id: this.accountId };
  }
}

/** The generated operation groups of a client (`client.meta.applications.list()`). */
export interface Client extends ClientOperations {}
/** The generated operation groups of an account (`account.storage.files.retrieve(id)`). */
export interface Account extends AccountOperations {}

installOperationGroups(Client.prototype, "client");
installOperationGroups(Account.prototype, "account");
