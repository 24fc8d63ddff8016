/**
 * The `Request` class of each client's openapi-fetch client (openapi-fetch's documented
 * `Request` option). openapi-fetch makes one per call and hands it to middleware and then to the
 * client's fetch; a platform `Request` would parse the URL, copy the headers and wrap the body a
 * second time, for a request the transport sends with its own attempts anyway. This one keeps
 * what it is given: the URL, the method, the headers openapi-fetch merged (middleware may change
 * them), the signal, and, for the SDK's own calls, the prepared request the transport sends.
 */
import type { FetchBody } from "./prepared-body.ts";
import type { IncomingResponse, OutgoingRequest } from "./transport.ts";

/** What an SDK call (a generated method, a typed verb, a page, an upload) carries to the transport. */
export interface SdkCall {
  /** The request's own headers (defaults, options, body type), merged by openapi-fetch. */
  headers: Record<string, string> | undefined;
  /** The request as the transport will send it; its headers are the request's, set at send time. */
  outgoing: OutgoingRequest;
  /** The operationId, when the call is one of the spec's operations. */
  operationId: string | undefined;
  /** Set by the client's fetch: the transport's answer (with the JSON it parsed). */
  incoming?: IncomingResponse;
  /** Set by the client's fetch: the response it handed to openapi-fetch (a copy, for middleware). */
  answered?: Response;
  /** Whether the answer must be handed over as a readable copy (the call has middleware). */
  copyAnswer?: boolean;
}

/** `init` as openapi-fetch passes it to the `Request` class: fetch's `RequestInit` and the SDK's call. */
export interface ApiRequestInit extends RequestInit {
  /** The SDK's call; absent for calls made on `client.api` directly. */
  kloudless?: SdkCall;
}

/**
 * A request of a client's openapi-fetch client, as middleware sees it: `url`, `method`,
 * `headers` (editable), `signal`, plus the SDK's `operationId`, `attempts` and `startTime`.
 * Credentials are added after middleware ran, so middleware never sees them.
 */
export class ApiRequest {
  /** The absolute URL, query included. */
  readonly url: string;
  /** HTTP method, upper case. */
  readonly method: string;
  /** The request headers, editable by middleware (`request.headers.set("traceparent", ...)`). */
  readonly headers: Headers;
  /** The caller's signal, if any. */
  readonly signal: AbortSignal | null;
  /** `performance.now()`-style milliseconds (`Date.now()`) when the call was made. */
  readonly startTime: number;
  /** @internal The SDK's call, absent for calls made on `client.api` directly. */
  readonly _call: SdkCall | undefined;
  /** @internal The body given to openapi-fetch by a direct `client.api` call. */
  readonly _body: FetchBody | null | undefined;

  constructor(url: string, init: ApiRequestInit = {}) {
    this.url = url;
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.signal = init.signal ?? null;
    this.startTime = Date.now();
    this._call = init.kloudless;
    this._body = init.body;
  }

  /** The operationId of the SDK call (`storage.files.retrieve`), when the call is an operation of the spec. */
  get operationId(): string | undefined {
    return this._call?.operationId;
  }

  /** Attempts the transport made (retries included); 0 before the request is sent. */
  get attempts(): number {
    return this._call?.outgoing.attempts ?? 0;
  }

  /** SDK calls hand their body to the transport directly; middleware sees none. */
  get body(): null {
    return null;
  }

  /** A platform `Request` with this request's URL, method, headers, body and signal. */
  toRequest(): Request {
    const init: RequestInit & { duplex?: string } = { method: this.method, headers: this.headers };
    if (this.signal) init.signal = this.signal;
    if (this._body != null) {
      init.body = this._body;
      if (this._body instanceof ReadableStream) init.duplex = "half";
    }
    return new Request(this.url, init);
  }

  /** A copy (`clone()` as on `Request`), sharing the SDK call. */
  clone(): ApiRequest {
    return new ApiRequest(this.url, {
      method: this.method,
      headers: new Headers(this.headers),
      signal: this.signal ?? undefined,
      body: this._body,
      kloudless: this._call,
    });
  }
}

// Middleware may return the request it was given, and openapi-fetch accepts only a `Request`
// there: an `ApiRequest` passes `instanceof Request` without paying for the platform constructor.
// Its own fields shadow the platform getters that would check for a real one.
if (typeof Request === "function") Object.setPrototypeOf(ApiRequest.prototype, Request.prototype);
