/**
 * What `Client` and `Account` share: credentials and transport, the untyped `request()`, and
 * the request path from a call (a generated method, a typed verb, a follow-up) to its wrapper,
 * through the client's openapi-fetch client (`api`) and its middleware.
 */
import type { OperationId } from "../generated/operations.ts";
import { type ClientOptions, clientSettings } from "./client-options.ts";
import { type ApiClient, createApiClient, serializeQuery } from "./core/api.ts";
import { ApiRequest, type SdkCall } from "./core/api-request.ts";
import { type PreparedBody, prepareBody } from "./core/body.ts";
import { hasHeader, isEmpty, keptQuery, optionHeaders } from "./core/call-options.ts";
import { InvalidParameter } from "./core/errors.ts";
import { assertHeaders } from "./core/headers.ts";
import type { Logger } from "./core/logger.ts";
import type { QueryValue, RequestOptions } from "./core/request-options.ts";
import { DEFAULT_RETRY } from "./core/retry-policy.ts";
import { type IncomingResponse, type OutgoingRequest, Transport } from "./core/transport.ts";
import { assertOrigin, fillPath, fillTemplate, isPlainUrl, resolvePath, splitQuery } from "./core/url.ts";
import type { AnyResult } from "./operations/operation-types.ts";
import {
  loadOperations,
  matchOperation,
  type OperationSpec,
  operationSpec,
  operationsLoaded,
} from "./operations/operations.ts";
import { type RequestContext, Response, type Sender } from "./operations/response.ts";
import { wrapJson } from "./operations/wrap.ts";

/** The options of a generated method called without any (shared, frozen). */
const NO_OPTIONS: RequestOptions = Object.freeze({});
/** The query and headers a request without any keeps (shared, frozen). */
const NO_QUERY: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_HEADERS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** What `Client` and `Account` share: credentials, transport and the request path. */
export abstract class BaseClient implements Sender {
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
    const settings = clientSettings(options);
    this.baseUrl = settings.baseUrl;
    this.origin = settings.origin;
    this.apiVersion = settings.apiVersion;
    this.#root = this.apiRoot();
    this.#plainRoot = isPlainUrl(this.#root, this.origin);
    this.url = `${this.#root}${path}`;
    this.headers = settings.headers;
    this.timeout = settings.timeout;
    this.maxRetries = settings.maxRetries;
    this.#authorization = settings.authorization;
    this.#secrets = [settings.secret];
    this.#logger = settings.logger;
    this.#userAgent = settings.userAgent;
    this.#transport = new Transport({
      fetch: settings.fetch,
      retry: { ...DEFAULT_RETRY, maxRetries: this.maxRetries },
      maxConcurrency: settings.maxConcurrency,
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

      extra = optionHeaders(options);
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
    const { answerOf } = await import("./core/answer-of.ts");
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
