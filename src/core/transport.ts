/**
 * Sends one logical request with the platform's fetch: attempts with retries and backoff, the
 * caller's signal, an optional concurrency limit, and a debug log line per attempt. One attempt
 * (its timeout, the JSON body read inside it, redirects) is attempt.ts; the retry rules, the
 * backoff wait and the concurrency limit are loaded when first needed (an attempt failed, a
 * client has a limit), as most requests need none of them.
 */
import { type Failed, runAttempt } from "./attempt.ts";
import type { PreparedBody } from "./body.ts";
import { Aborted } from "./errors.ts";
import type { AttemptController } from "./light-signal.ts";
import type { Logger } from "./logger.ts";
import { isBrowser, platformFetch } from "./platform.ts";
import type { RetryPolicy } from "./retry-policy.ts";
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

/** The debug line of one attempt: `GET <url> -> 503 (12 ms, attempt 1)`. */
function line(request: OutgoingRequest, outcome: string, started: number, attempt: number): string {
  return `${request.method} ${request.url} -> ${outcome} (${Date.now() - started} ms, attempt ${attempt})`;
}

/** Sends requests for one client. */
export class Transport {
  /** The concurrency limit, made on first use (it is loaded then: most clients have none). */
  private semaphore: Semaphore | undefined;
  /** Makes each attempt's controller (light-signal.ts), `false` for platform ones; set on the first request. */
  #controllers: (() => AttemptController) | false | undefined;

  constructor(private readonly settings: TransportSettings) {}

  /** Sends `request`, retrying where that is safe; throws a `KloudlessError` on failure. */
  async send(request: OutgoingRequest): Promise<IncomingResponse> {
    const { logger, retry } = this.settings;
    const { signal } = request;
    const maxRetries = request.body && !request.body.replayable ? 0 : request.maxRetries;
    this.#controllers ??=
      this.settings.fetch === platformFetch && !isBrowser() ? (await import("./light-signal.ts")).controllers : false;
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
          outcome = await runAttempt(this.settings, request, this.#controllers);
        } catch (error) {
          // Only a caller abort (or a bad body) ends an attempt by throwing; log it like the others.
          if (debug) logger.debug(line(request, error instanceof Aborted ? "aborted" : "failed", started, attempt));
          throw error;
        } finally {
          this.semaphore?.release();
        }
        if ("response" in outcome) {
          if (debug) {
            const id = outcome.response.headers.get("x-request-id");
            logger.debug(`${line(request, String(outcome.response.status), started, attempt)}${id ? ` [${id}]` : ""}`);
          }
          return outcome;
        }
        const { failure, error } = outcome;
        const { describeFailure, isRetryable, retryDelay, sleep } = await import("./retry.ts");
        if (debug) logger.debug(line(request, describeFailure(failure), started, attempt));
        const delay =
          attempt > maxRetries || !isRetryable(request.method, failure)
            ? undefined
            : retryDelay(retry, attempt, failure.kind === "status" ? failure.retryAfter : null);
        if (delay === undefined) {
          if (request.answerErrors && outcome.answer) return { response: outcome.answer(), parsed: false };
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
}
