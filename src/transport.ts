/**
 * Sends one logical request with the platform's fetch: attempts with retries and backoff, a
 * timeout per attempt, the caller's signal, an optional concurrency limit, and a debug log line
 * per attempt. JSON bodies are read here, inside the timeout; downloads are handed back unread,
 * guarded by an idle timeout between chunks.
 *
 * An attempt links an AbortController to fetch only when something may have to stop it half-way:
 * a caller's signal, or a streaming upload (whose source must stop being read). On Node, a signal
 * linked to every request costs up to 8 % of the client's throughput (bench/throughput.ts),
 * so the common attempt enforces its timeout without one: the call returns `APITimeoutError` at
 * the deadline, a body being read is cancelled (which closes the connection), and a response
 * still awaited is cancelled as soon as it arrives.
 */
import type { PreparedBody } from "./body.ts";
import {
  APIConnectionError,
  type APIException,
  APITimeoutError,
  APIUserAbortError,
  errorClassFor,
  KloudlessException,
  type RateLimitException,
  timeoutReason,
} from "./errors.ts";
import type { Logger } from "./logger.ts";
import {
  type AttemptFailure,
  isConnectionRefused,
  isRetryable,
  type RetryPolicy,
  retryDelay,
  wasNotSent,
} from "./retry.ts";
import type { Semaphore } from "./semaphore.ts";

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
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError(undefined, { cause: signal.reason }));
    const timer = setTimeout(done, ms);
    function done(): void {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }
    function onAbort(): void {
      clearTimeout(timer);
      reject(new APIUserAbortError(undefined, { cause: signal?.reason }));
    }
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** How a failed attempt reads in the debug log: the status, `timeout`, or the connection failure. */
function describeFailure(failure: AttemptFailure): string {
  if (failure.kind === "status") return String(failure.status);
  if (failure.kind === "timeout") return "timeout";
  return failure.refused ? "connection refused" : "connection failed";
}

const ignore = (): void => undefined;

/** Releases a response nobody will read (it arrived after its attempt timed out). */
const discard = (response: globalThis.Response): void => {
  response.body?.cancel().catch(ignore);
};

const decoder = new TextDecoder();

/** What an attempt ends with when it did not get an answer to hand back. */
type Failed = {
  failure: AttemptFailure;
  error: KloudlessException;
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

  /** Sends `request`, retrying where that is safe; throws a `KloudlessException` on failure. */
  async send(request: OutgoingRequest): Promise<IncomingResponse> {
    const { logger, retry } = this.settings;
    const { signal } = request;
    const maxRetries = request.body && !request.body.replayable ? 0 : request.maxRetries;
    try {
      for (let attempt = 1; ; attempt++) {
        if (signal?.aborted) throw new APIUserAbortError(undefined, { cause: signal.reason });
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
            const what = error instanceof APIUserAbortError ? "aborted" : "failed";
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
          if (request.answerErrors && outcome.answer) return { response: answerOf(outcome.answer), parsed: false };
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
    if (signal?.aborted) throw new APIUserAbortError(undefined, { cause: signal.reason });
    const streamingBody = request.body?.streaming === true;
    const init: RequestInit = { method: request.method, headers: request.headers, body: request.body?.make() };
    if (streamingBody) {
      // A stream body cannot follow a redirect anyway; `redirect: "error"` also keeps fetch
      // (undici) from teeing the body for a possible redirect, which holds the whole upload
      // in memory (nodejs/undici#4058).
      (init as { duplex?: string }).duplex = "half";
      init.redirect = "error";
    }
    const controller = signal || streamingBody ? new AbortController() : undefined;
    const onUserAbort = signal && controller ? (): void => controller.abort(signal.reason) : undefined;
    if (controller) init.signal = controller.signal;
    if (onUserAbort) signal?.addEventListener("abort", onUserAbort, { once: true });

    // The reason is made when the timer fires: a DOMException per attempt is costly.
    let timedOut: Error | undefined;
    // Without a controller: what the timer stops in the current phase (the wait, or the read).
    let onTimeout: (() => void) | undefined;
    const timer = setTimeout(() => {
      timedOut = timeoutReason(`no response within ${request.timeout} ms`);
      controller?.abort(timedOut);
      onTimeout?.();
    }, request.timeout);
    let streaming = false;
    try {
      const pending = this.settings.fetch(request.url, init);
      const response = controller
        ? await pending
        : await new Promise<globalThis.Response | undefined>((resolve, reject) => {
            onTimeout = () => {
              resolve(undefined);
              pending.then(discard, ignore);
            };
            pending.then(resolve, reject);
          });
      onTimeout = undefined;
      if (response && (!response.ok || (!request.stream && response.status !== 204 && isJson(response)))) {
        // Read whole, inside the timeout (cancelling the read when it runs out).
        let text = "";
        if (response.body && !timedOut) {
          const reader = response.body.getReader();
          onTimeout = () => {
            reader.cancel(timedOut).catch(ignore);
          };
          const chunks: Uint8Array[] = [];
          let size = 0;
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            chunks.push(value);
            size += value.byteLength;
          }
          onTimeout = undefined;
          text = decode(chunks, size);
        }
        clearTimeout(timer);
        if (timedOut) return timeoutFailure(timedOut);
        if (!response.ok) return statusFailure(response, text);
        if (!text) return { response, parsed: false };
        try {
          return { response, json: JSON.parse(text), parsed: true };
        } catch (cause) {
          return {
            failure: { kind: "connection", refused: false, notSent: false },
            error: new APIConnectionError(`the response body is not valid JSON (${text.length} bytes received)`, {
              cause,
            }),
          };
        }
      }
      clearTimeout(timer);
      if (!response || timedOut) return timeoutFailure(timedOut);
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
      if (signal?.aborted) throw new APIUserAbortError(undefined, { cause: signal.reason ?? cause });
      if (timedOut) return timeoutFailure(timedOut);
      if (cause instanceof KloudlessException) throw cause;
      const refused = isConnectionRefused(cause);
      const url = new URL(request.url);
      return {
        failure: { kind: "connection", refused, notSent: wasNotSent(cause) },
        error: new APIConnectionError(
          `${refused ? "connection refused" : "connection failed"}: ${request.method} ${url.origin}${url.pathname}`,
          { cause },
        ),
      };
    } finally {
      // A streamed download stays cancellable by the caller until its body ends.
      if (!streaming && onUserAbort) signal?.removeEventListener("abort", onUserAbort);
    }
  }
}

/** Whether a response says its body is JSON. */
function isJson(response: globalThis.Response): boolean {
  return JSON_TYPE.test(response.headers.get("content-type") ?? "");
}

/** The failure of an attempt whose time ran out. */
function timeoutFailure(reason: Error | undefined): Failed {
  return { failure: { kind: "timeout" }, error: new APITimeoutError(reason?.message, { cause: reason }) };
}

/** The failure of an attempt answered with an error status; `text` is the body read. */
function statusFailure(response: globalThis.Response, text: string): Failed {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML page): the error keeps an excerpt of the text.
  }
  const ErrorClass = errorClassFor(response.status);
  return {
    failure: { kind: "status", status: response.status, retryAfter: response.headers.get("retry-after") },
    error: new ErrorClass(response, body) as APIException | RateLimitException,
    answer: { response, text },
  };
}

/** A fresh response for an error answer whose body was read (to classify it). */
function answerOf({ response, text }: { response: globalThis.Response; text: string }): globalThis.Response {
  return new Response(text === "" ? null : text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
