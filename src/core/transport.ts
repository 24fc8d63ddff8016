/**
 * Sends one logical request with the platform's fetch: attempts with retries and backoff, a
 * timeout per attempt, the caller's signal, an optional concurrency limit, and a debug log line
 * per attempt. JSON bodies are read here, inside the timeout; downloads are handed back unread,
 * guarded by an idle timeout between chunks.
 *
 * Every attempt links an AbortController to fetch, which its deadline (or the caller's signal)
 * aborts: a timed-out attempt leaves no request, socket or concurrency slot behind. Redirects
 * are never left to fetch: same-origin ones are followed here, others refused.
 */
import type { PreparedBody } from "./body.ts";
import {
  Aborted,
  type APIError,
  ConnectionError,
  errorClassFor,
  KloudlessError,
  type RateLimited,
  RedirectRefused,
  TimedOut,
  timeoutReason,
} from "./errors.ts";
import type { Logger } from "./logger.ts";
import { onWorkers } from "./platform.ts";
import { redact, scrub } from "./redact.ts";
import {
  type AttemptFailure,
  isConnectionRefused,
  isRetryable,
  type RetryPolicy,
  retryDelay,
  wasNotSent,
} from "./retry.ts";
import type { Semaphore } from "./semaphore.ts";
import { sleep } from "./sleep.ts";

/** One request as the transport sends it. */
export interface OutgoingRequest {
  method: string;
  /** Absolute URL with its query string. */
  url: string;
  headers: Headers;
  body: PreparedBody | undefined;
  signal: AbortSignal | undefined;
  /** Milliseconds per attempt (and between download chunks). */
  timeout: number;
  maxRetries: number;
  /** Attempts made so far, kept up to date by the transport (middleware reads it). */
  attempts?: number;
  /** Leave the success body unread (downloads, raw responses, pass-through). */
  stream: boolean;
  /**
   * Answer an error status (once retries are spent) with its response instead of throwing,
   * as fetch does (the openapi-fetch client reads `{ error }` from it).
   */
  answerErrors?: boolean;
}

/** The answer: the fetch response and, for JSON, the parsed body. */
export interface IncomingResponse {
  response: globalThis.Response;
  /** Parsed JSON body, when the answer was JSON and not streamed. */
  json?: unknown;
  /** Whether `json` holds a parsed body. */
  parsed: boolean;
  /** The JSON body as text, when it was parsed (a copy of the answer can be made from it). */
  text?: string;
}

/** fetch as the transport calls it: a URL and options (never a `Request`). */
export type FetchFunction = (url: string, init: RequestInit) => Promise<globalThis.Response>;

/** Settings of a transport (one per client). */
export interface TransportSettings {
  /** The fetch to send with. */
  fetch: FetchFunction;
  retry: RetryPolicy;
  /** Largest number of requests in flight at once; `Infinity` for no limit. */
  maxConcurrency: number;
  logger: Logger;
  /** The client's credentials: cut out of every error body, wherever they appear. */
  secrets: readonly string[];
}

/** How a failed attempt reads in the debug log: the status, `timeout`, or the connection failure. */
function describeFailure(failure: AttemptFailure): string {
  if (failure.kind === "status") return String(failure.status);
  if (failure.kind === "timeout") return "timeout";
  return failure.refused ? "connection refused" : "connection failed";
}

const ignore = (): void => undefined;

const decoder = new TextDecoder();

/** What an attempt ends with when it did not get an answer to hand back. */
type Failed = {
  failure: AttemptFailure;
  error: KloudlessError;
  /** For an error status: the response and its body, read. */
  answer?: { response: globalThis.Response; text: string };
};

const JSON_TYPE = /\bjson\b/i;

/** The text of a body read in `size` bytes of `chunks`. */
function decode(chunks: Uint8Array[], size: number): string {
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return decoder.decode(all);
}

/** Sends requests for one client. */
export class Transport {
  /** The concurrency limit, made on first use (it is loaded then: most clients have none). */
  private semaphore: Semaphore | undefined;

  constructor(private readonly settings: TransportSettings) {}

  /** Sends `request`, retrying where that is safe; throws a `KloudlessError` on failure. */
  async send(request: OutgoingRequest): Promise<IncomingResponse> {
    const { logger, retry } = this.settings;
    const { signal } = request;
    const maxRetries = request.body && !request.body.replayable ? 0 : request.maxRetries;
    try {
      for (let attempt = 1; ; attempt++) {
        if (signal?.aborted) throw new Aborted(undefined, { cause: signal.reason });
        request.attempts = attempt;
        if (Number.isFinite(this.settings.maxConcurrency)) {
          const { Semaphore } = await import("./semaphore.ts");
          this.semaphore ??= new Semaphore(this.settings.maxConcurrency);
          await this.semaphore.acquire(signal);
        }
        const debug = logger.enabled("debug");
        const started = debug ? Date.now() : 0;
        let outcome: IncomingResponse | Failed;
        try {
          outcome = await this.attempt(request);
        } catch (error) {
          // Only a caller abort (or a bad body) ends an attempt by throwing; log it like the others.
          if (debug) {
            const what = error instanceof Aborted ? "aborted" : "failed";
            logger.debug(
              `${request.method} ${request.url} -> ${what} (${Date.now() - started} ms, attempt ${attempt})`,
            );
          }
          throw error;
        } finally {
          this.semaphore?.release();
        }
        if ("response" in outcome) {
          if (debug) {
            const id = outcome.response.headers.get("x-request-id");
            logger.debug(
              `${request.method} ${request.url} -> ${outcome.response.status} (${Date.now() - started} ms, attempt ${attempt})${id ? ` [${id}]` : ""}`,
            );
          }
          return outcome;
        }
        const { failure, error } = outcome;
        if (debug) {
          logger.debug(
            `${request.method} ${request.url} -> ${describeFailure(failure)} (${Date.now() - started} ms, attempt ${attempt})`,
          );
        }
        const delay =
          attempt > maxRetries || !isRetryable(request.method, failure)
            ? undefined
            : retryDelay(retry, attempt, failure.kind === "status" ? failure.retryAfter : null);
        if (delay === undefined) {
          if (request.answerErrors && outcome.answer) return { response: errorAnswer(outcome.answer), parsed: false };
          throw error;
        }
        await sleep(delay, signal);
      }
    } catch (error) {
      // A stream body that was not sent to its end is released, so its source (a file) closes.
      request.body?.release?.(error);
      throw error;
    }
  }

  /** One attempt: resolves to the answer or to a classified failure. */
  private async attempt(request: OutgoingRequest): Promise<IncomingResponse | Failed> {
    const { signal } = request;
    // An abort that came while waiting (for a slot, or before this attempt) sends nothing.
    if (signal?.aborted) throw new Aborted(undefined, { cause: signal.reason });
    // Every attempt can be stopped half-way: at its deadline the request is aborted, so nothing of
    // it (socket, body, concurrency slot) outlives the attempt.
    const controller = new AbortController();
    const onUserAbort = signal ? (): void => controller.abort(signal.reason) : undefined;
    if (onUserAbort) signal?.addEventListener("abort", onUserAbort, { once: true });
    // The reason is made when the timer fires: a DOMException per attempt is costly.
    let timedOut: Error | undefined;
    const timer = setTimeout(() => {
      timedOut = timeoutReason(`no response within ${request.timeout} ms`);
      controller.abort(timedOut);
    }, request.timeout);
    let streaming = false;
    try {
      const response = await this.exchange(request, controller.signal);
      if (!response.ok || (!request.stream && response.status !== 204 && isJson(response))) {
        // Read whole, inside the timeout (the abort at the deadline cancels the read).
        const text = response.body ? await readText(response.body) : "";
        clearTimeout(timer);
        if (!response.ok) return statusFailure(request, response, text, this.settings.secrets);
        if (!text) return { response, parsed: false };
        try {
          return { response, json: JSON.parse(text), parsed: true, text };
        } catch (cause) {
          return {
            failure: { kind: "connection", refused: false, notSent: false },
            error: new ConnectionError(`the response body is not valid JSON (${text.length} bytes received)`, {
              cause,
            }),
          };
        }
      }
      clearTimeout(timer);
      if (!response.body) return { response, parsed: false };
      streaming = true;
      const { idleTimeoutStream } = await import("./idle-timeout.ts");
      const guarded = idleTimeoutStream(response.body, request.timeout, signal, () => {
        if (onUserAbort) signal?.removeEventListener("abort", onUserAbort);
      });
      const wrapped = new Response(guarded, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return { response: wrapped, parsed: false };
    } catch (cause) {
      clearTimeout(timer);
      if (signal?.aborted) throw new Aborted(undefined, { cause: signal.reason ?? cause });
      if (timedOut) return timeoutFailure(timedOut);
      if (cause instanceof KloudlessError) throw cause;
      const refused = isConnectionRefused(cause);
      const url = new URL(request.url);
      return {
        failure: { kind: "connection", refused, notSent: wasNotSent(cause) },
        error: new ConnectionError(
          `${refused ? "connection refused" : "connection failed"}: ${request.method} ${url.origin}${url.pathname}`,
          { cause },
        ),
      };
    } finally {
      // A streamed download stays cancellable by the caller until its body ends.
      if (!streaming && onUserAbort) signal?.removeEventListener("abort", onUserAbort);
    }
  }

  /**
   * fetch with redirects handled here, never by fetch: a redirect to the request's own origin is
   * followed (at most `MAX_REDIRECTS` times, with fetch's method rules), one to any other origin
   * is refused with `RedirectRefused`, so that no header, credential or body leaves the origin
   * and no other host's answer is taken for the API's.
   */
  private async exchange(request: OutgoingRequest, signal: AbortSignal): Promise<globalThis.Response> {
    let { method, url } = request;
    let body = request.body;
    let headers = request.headers;
    for (let hop = 0; ; hop++) {
      const init: RequestInit = { method, headers, body: body?.make(), redirect: "manual", signal };
      if (body?.streaming) {
        // A stream body is sent as it is read (fetch requires `duplex` for it). It cannot follow a
        // redirect anyway, and `redirect: "error"` keeps fetch (undici) from teeing it for one,
        // which would hold the whole upload in memory (nodejs/undici#4058); Workers refuse
        // "error" and do not tee, so they keep "manual".
        (init as { duplex?: string }).duplex = "half";
        if (!onWorkers()) init.redirect = "error";
      }
      const response = await this.settings.fetch(url, init);
      if (response.type === "opaqueredirect") {
        // Browsers hide where a redirect goes: it cannot be checked, so it is not followed.
        throw new RedirectRefused(`${method} ${describeUrl(url)} was redirected; browsers do not reveal where to`);
      }
      const location = response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
      if (location === null) return response;
      response.body?.cancel().catch(ignore);
      const target = new URL(location, url);
      if (target.origin !== new URL(url).origin) {
        throw new RedirectRefused(
          `${method} ${describeUrl(url)} was redirected to another origin (${target.origin}); not followed`,
          target.origin,
        );
      }
      if (hop >= MAX_REDIRECTS)
        throw new RedirectRefused(`${method} ${describeUrl(url)}: more than ${MAX_REDIRECTS} redirects`);
      const status = response.status;
      if (
        status === 303 ? method !== "GET" && method !== "HEAD" : (status === 301 || status === 302) && method === "POST"
      ) {
        method = "GET";
        body = undefined;
        headers = withoutBodyHeaders(headers);
      } else if (body && !body.replayable) {
        throw new RedirectRefused(
          `${method} ${describeUrl(url)} was redirected (${status}) and its body cannot be sent twice`,
        );
      }
      url = target.href;
    }
  }
}

/** Most same-origin redirects followed for one attempt (fetch's own limit is 20). */
const MAX_REDIRECTS = 5;

/** A URL as errors show it: origin and path, no query (which may hold credentials). */
function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** The headers of a request turned into a GET by a redirect: no body, so no body headers. */
function withoutBodyHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  for (const name of ["content-type", "content-length", "x-kloudless-metadata"]) copy.delete(name);
  return copy;
}

/** Reads a body whole as text. */
async function readText(body: ReadableStream<Uint8Array>): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  return decode(chunks, size);
}

/**
 * The answer of a response the transport did not receive itself (a middleware answered the
 * request or replaced the response): an error status becomes the error of its class, JSON is
 * read and parsed unless the request leaves bodies unread. `errorBody` is an error body already
 * read (openapi-fetch reads it before handing the response back).
 */
export async function answerOf(
  request: OutgoingRequest,
  response: globalThis.Response,
  secrets: readonly string[],
  errorBody?: unknown,
): Promise<IncomingResponse> {
  if (!response.ok) {
    let text = "";
    if (typeof errorBody === "string") text = errorBody;
    else if (errorBody !== undefined) text = JSON.stringify(errorBody);
    else if (!response.bodyUsed) text = await response.text();
    throw statusFailure(request, response, text, secrets).error;
  }
  if (request.stream || response.status === 204 || !isJson(response)) return { response, parsed: false };
  const text = await response.text();
  if (!text) return { response, parsed: false };
  try {
    return { response, json: JSON.parse(text), parsed: true, text };
  } catch (cause) {
    throw new ConnectionError(`the response body is not valid JSON (${text.length} bytes received)`, { cause });
  }
}

/** Whether a response says its body is JSON. */
function isJson(response: globalThis.Response): boolean {
  return JSON_TYPE.test(response.headers.get("content-type") ?? "");
}

/** The failure of an attempt whose time ran out. */
function timeoutFailure(reason: Error | undefined): Failed {
  return { failure: { kind: "timeout" }, error: new TimedOut(reason?.message, { cause: reason }) };
}

/**
 * The failure of an attempt answered with an error status; `text` is the body read. The client's
 * own credentials are cut out of the body first, wherever the server echoed them, so that no
 * part of the error (message, parsed body, answer) carries them.
 */
function statusFailure(
  request: OutgoingRequest,
  response: globalThis.Response,
  raw: string,
  secrets: readonly string[],
): Failed {
  const text = scrub(raw, secrets);
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML page): the error keeps an excerpt of the text.
  }
  const ErrorClass = errorClassFor(response.status);
  const answer = { response, text };
  return {
    failure: { kind: "status", status: response.status, retryAfter: response.headers.get("retry-after") },
    error: new ErrorClass(
      errorAnswer(answer),
      body,
      // The operation, named by its method and path, is what the service does not support.
      response.status === 501
        ? `${request.method} ${new URL(request.url).pathname} is not supported by the account's service`
        : undefined,
    ) as APIError | RateLimited,
    answer,
  };
}

/**
 * A fresh response for an error answer whose body was read (to classify it), with the body as
 * read and scrubbed, and the URL it came from with its credentials redacted.
 */
function errorAnswer({ response, text }: { response: globalThis.Response; text: string }): globalThis.Response {
  const answer = new Response(text === "" ? null : text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  if (response.url) Object.defineProperty(answer, "url", { value: redact(response.url), enumerable: true });
  return answer;
}
