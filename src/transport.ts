/**
 * Sends one logical request through openapi-fetch: attempts with retries and backoff,
 * a timeout per attempt composed with the caller's signal, an optional concurrency limit,
 * and a debug log line per attempt. JSON bodies are read here, inside the timeout;
 * downloads are handed back unread, guarded by an idle timeout between chunks.
 */
import type { Client as FetchClient } from "openapi-fetch";
import type { PreparedBody } from "./body.ts";
import {
  APIConnectionError,
  type APIException,
  APITimeoutError,
  APIUserAbortError,
  errorClassFor,
  KloudlessException,
  type RateLimitException,
} from "./errors.ts";
import type { Logger } from "./logger.ts";
import { type AttemptFailure, isConnectionRefused, isRetryable, type RetryPolicy, retryDelay } from "./retry.ts";

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
}

/** The answer: the fetch response and, for JSON, the parsed body. */
export interface IncomingResponse {
  response: globalThis.Response;
  /** Parsed JSON body, when the answer was JSON and not streamed. */
  json?: unknown;
  /** Whether `json` holds a parsed body. */
  parsed: boolean;
}

/** Settings of a transport (one per client). */
export interface TransportSettings {
  retry: RetryPolicy;
  /** Largest number of requests in flight at once; `Infinity` for no limit. */
  maxConcurrency: number;
  logger: Logger;
}

class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  /**
   * Takes a slot, waiting in line when none is free. A caller abort while waiting leaves the
   * line at once with `APIUserAbortError` (the request is never sent, no slot is taken).
   */
  acquire(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(new APIUserAbortError(undefined, { cause: signal.reason }));
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const take = (): void => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = (): void => {
        const index = this.waiting.indexOf(take);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(new APIUserAbortError(undefined, { cause: signal?.reason }));
      };
      this.waiting.push(take);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Gives the slot to the next in line, or frees it. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}

/** The reason an attempt's own timer aborts it with: an Error, so it can be the `cause`. */
function timeoutReason(message: string): Error {
  return typeof DOMException === "function"
    ? new DOMException(message, "TimeoutError")
    : Object.assign(new Error(message), { name: "TimeoutError" });
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

/**
 * A stream that errors when no chunk arrives for `ms` milliseconds: `onIdle` aborts the fetch
 * with the given reason, and the stream errors with `APITimeoutError`. Any other failure of the
 * source (a reset, a body shorter than its `Content-Length`) errors it with `APIConnectionError`,
 * and a caller abort with `APIUserAbortError`, so a cut download never looks complete.
 */
function idleTimeoutStream(
  source: ReadableStream<Uint8Array>,
  ms: number,
  onIdle: (reason: Error) => void,
  userSignal: AbortSignal | undefined,
  cleanup: () => void,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let idle: Error | undefined;
  // One timer per `ms` rather than one per chunk (a fast download reads thousands of chunks a
  // second): it measures only the time spent waiting for a chunk, never a slow consumer.
  let waitingSince: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    timer = undefined;
    if (waitingSince === undefined) return;
    const waited = Date.now() - waitingSince;
    if (waited >= ms) {
      idle = timeoutReason(`no data received for ${ms} ms`);
      onIdle(idle);
    } else timer = setTimeout(check, ms - waited);
  };
  const stopTimer = (): void => {
    waitingSince = undefined;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      waitingSince = Date.now();
      timer ??= setTimeout(check, ms);
      try {
        const { value, done } = await reader.read();
        waitingSince = undefined;
        if (done) {
          stopTimer();
          cleanup();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        stopTimer();
        cleanup();
        controller.error(
          userSignal?.aborted
            ? new APIUserAbortError(undefined, { cause: userSignal.reason ?? error })
            : idle
              ? new APITimeoutError(idle.message, { cause: idle })
              : new APIConnectionError("the download was interrupted", { cause: error }),
        );
      }
    },
    cancel(reason) {
      stopTimer();
      cleanup();
      return reader.cancel(reason);
    },
  });
}

/** How a failed attempt reads in the debug log: the status, `timeout`, or the connection failure. */
function describeFailure(failure: AttemptFailure): string {
  if (failure.kind === "status") return String(failure.status);
  if (failure.kind === "timeout") return "timeout";
  return failure.refused ? "connection refused" : "connection failed";
}

const identity = (value: unknown): unknown => value;

/** Sends requests for one client. */
export class Transport {
  private readonly semaphore: Semaphore | undefined;

  constructor(
    private readonly http: FetchClient<Record<string, never>>,
    private readonly settings: TransportSettings,
  ) {
    this.semaphore = Number.isFinite(settings.maxConcurrency) ? new Semaphore(settings.maxConcurrency) : undefined;
  }

  /** Sends `request`, retrying where that is safe; throws a `KloudlessException` on failure. */
  async send(request: OutgoingRequest): Promise<IncomingResponse> {
    try {
      return await this.attempts(request);
    } catch (error) {
      // A stream body that was not sent to its end is released, so its source (a file) closes.
      request.body?.release?.(error);
      throw error;
    }
  }

  /** The attempt loop of `send`. */
  private async attempts(request: OutgoingRequest): Promise<IncomingResponse> {
    const { logger, retry } = this.settings;
    const maxRetries = request.body && !request.body.replayable ? 0 : request.maxRetries;
    for (let attempt = 1; ; attempt++) {
      if (request.signal?.aborted) throw new APIUserAbortError(undefined, { cause: request.signal.reason });
      let outcome: IncomingResponse | { failure: AttemptFailure; error: KloudlessException };
      await this.semaphore?.acquire(request.signal);
      const started = Date.now();
      try {
        outcome = await this.attempt(request);
      } catch (error) {
        // Only a caller abort (or a bad body) ends an attempt by throwing; log it like the others.
        if (logger.enabled("debug")) {
          const what = error instanceof APIUserAbortError ? "aborted" : "failed";
          logger.debug(`${request.method} ${request.url} -> ${what} (${Date.now() - started} ms, attempt ${attempt})`);
        }
        throw error;
      } finally {
        this.semaphore?.release();
      }
      const ms = Date.now() - started;
      if ("response" in outcome) {
        if (logger.enabled("debug")) {
          const id = outcome.response.headers.get("x-request-id");
          logger.debug(
            `${request.method} ${request.url} -> ${outcome.response.status} (${ms} ms, attempt ${attempt})${id ? ` [${id}]` : ""}`,
          );
        }
        return outcome;
      }
      const { failure, error } = outcome;
      if (logger.enabled("debug")) {
        logger.debug(`${request.method} ${request.url} -> ${describeFailure(failure)} (${ms} ms, attempt ${attempt})`);
      }
      if (attempt > maxRetries || !isRetryable(request.method, failure)) throw error;
      const delay = retryDelay(retry, attempt, failure.kind === "status" ? failure.retryAfter : null);
      if (delay === undefined) throw error;
      await sleep(delay, request.signal);
    }
  }

  /** One attempt: resolves to the answer or to a classified failure. */
  private async attempt(
    request: OutgoingRequest,
  ): Promise<IncomingResponse | { failure: AttemptFailure; error: KloudlessException }> {
    // An abort that came while waiting (for a slot, or before this attempt) sends nothing.
    if (request.signal?.aborted) throw new APIUserAbortError(undefined, { cause: request.signal.reason });
    const controller = new AbortController();
    const onUserAbort = (): void => controller.abort(request.signal?.reason);
    request.signal?.addEventListener("abort", onUserAbort, { once: true });
    // The reason is made when the timer fires: a DOMException per attempt is costly.
    let timedOut: Error | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(() => {
      timedOut = timeoutReason(`no response within ${request.timeout} ms`);
      controller.abort(timedOut);
    }, request.timeout);
    const stopTimer = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };
    const body = request.body?.make();
    let streaming = false;
    try {
      // The whole URL as the path (openapi-fetch's base URL is empty): no parsing it again.
      const { response, error } = await this.http.request(
        request.method as "get",
        request.url as never,
        {
          headers: request.headers,
          body: body as never,
          bodySerializer: identity,
          parseAs: "stream",
          signal: controller.signal,
          // A stream body cannot follow a redirect anyway; `redirect: "error"` also keeps fetch
          // (undici) from teeing the body for a possible redirect, which holds the whole upload
          // in memory (nodejs/undici#4058).
          ...(request.body?.streaming ? { duplex: "half", redirect: "error" } : {}),
        } as never,
      );
      if (!response.ok) {
        stopTimer();
        const ErrorClass = errorClassFor(response.status);
        return {
          failure: { kind: "status", status: response.status, retryAfter: response.headers.get("retry-after") },
          error: new ErrorClass(response, error) as APIException | RateLimitException,
        };
      }
      const type = response.headers.get("content-type") ?? "";
      if (!request.stream && response.status !== 204 && /\bjson\b/i.test(type)) {
        const text = await response.text();
        stopTimer();
        if (!text) return { response, parsed: false };
        try {
          return { response, json: JSON.parse(text), parsed: true };
        } catch (cause) {
          return {
            failure: { kind: "connection", refused: false },
            error: new APIConnectionError(`the response body is not valid JSON (${text.length} bytes received)`, {
              cause,
            }),
          };
        }
      }
      stopTimer();
      if (!response.body) return { response, parsed: false };
      streaming = true;
      const guarded = idleTimeoutStream(
        response.body,
        request.timeout,
        (reason) => controller.abort(reason),
        request.signal,
        () => request.signal?.removeEventListener("abort", onUserAbort),
      );
      const wrapped = new Response(guarded, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return { response: wrapped, parsed: false };
    } catch (cause) {
      stopTimer();
      if (request.signal?.aborted) throw new APIUserAbortError(undefined, { cause: request.signal.reason ?? cause });
      if (timedOut !== undefined && controller.signal.reason === timedOut) {
        return { failure: { kind: "timeout" }, error: new APITimeoutError(timedOut.message, { cause: timedOut }) };
      }
      if (cause instanceof KloudlessException) throw cause;
      const refused = isConnectionRefused(cause);
      const url = new URL(request.url);
      return {
        failure: { kind: "connection", refused },
        error: new APIConnectionError(
          `${refused ? "connection refused" : "connection failed"}: ${request.method} ${url.origin}${url.pathname}`,
          { cause },
        ),
      };
    } finally {
      // A streamed download stays cancellable by the caller until its body ends.
      if (!streaming) request.signal?.removeEventListener("abort", onUserAbort);
    }
  }
}
