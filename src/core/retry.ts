/**
 * When to retry a request and how long to wait. A write is retried only when the server
 * certainly did not apply it, and a body that cannot be replayed is never sent twice. Loaded by
 * the transport on an attempt's first failure (the settings are retry-policy.ts), with `sleep`.
 */
import { parseRetryAfter } from "./errors.ts";
import type { AttemptFailure, RetryPolicy } from "./retry-policy.ts";

export { type AttemptFailure, DEFAULT_RETRY, type RetryPolicy } from "./retry-policy.ts";
// The wait between attempts comes with the rules: the transport loads both on a first failure.
export { sleep } from "./sleep.ts";

const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/**
 * Whether the failed attempt may be retried. Idempotent methods retry on connection
 * failures, timeouts, 408, 429 and 5xx other than 501; POST and PATCH only on 429, on 503 with
 * `Retry-After`, and when the request certainly did not leave (refused connection, unresolved
 * host name, connect timeout).
 */
export function isRetryable(method: string, failure: AttemptFailure): boolean {
  if (IDEMPOTENT.has(method)) {
    if (failure.kind !== "status") return true;
    // 501: the service does not support the operation; asking again gets the same answer.
    return failure.status === 408 || failure.status === 429 || (failure.status >= 500 && failure.status !== 501);
  }
  if (failure.kind === "connection") return failure.notSent;
  if (failure.kind === "status") {
    return failure.status === 429 || (failure.status === 503 && failure.retryAfter !== null);
  }
  return false;
}

/**
 * Milliseconds to wait before retry number `retry` (1-based): the server's `Retry-After`
 * when given, else exponential backoff with jitter. `undefined` when `Retry-After` exceeds
 * the cap, meaning: do not retry, raise the error.
 */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  retryAfter: string | null,
  random = Math.random,
): number | undefined {
  const seconds = parseRetryAfter(retryAfter);
  if (seconds !== undefined) {
    const ms = seconds * 1000;
    return ms > policy.maxRetryAfterMs ? undefined : ms;
  }
  const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (retry - 1));
  // Jitter spreads retries of many clients; keep at least 3/4 of the delay.
  return base * (0.75 + random() * 0.25);
}

/** Error codes (of an error or its causes) that say the request never left the client. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

/** The first `code` found on an error or its causes, among `codes`. */
function codeIn(error: unknown, codes: ReadonlySet<string>): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && codes.has(code)) return code;
  }
  return undefined;
}

/** Whether an error (or one of its causes) says the connection was refused. */
export function isConnectionRefused(error: unknown): boolean {
  return codeIn(error, NOT_SENT) === "ECONNREFUSED";
}

/**
 * Whether an error (or one of its causes) says the request never left: the connection was
 * refused, the host name did not resolve, or the connection was not established in time.
 */
export function wasNotSent(error: unknown): boolean {
  return codeIn(error, NOT_SENT) !== undefined;
}

/** How a failed attempt reads in the debug log: the status, `timeout`, or the connection failure. */
export function describeFailure(failure: AttemptFailure): string {
  if (failure.kind === "status") return String(failure.status);
  if (failure.kind === "timeout") return "timeout";
  return failure.refused ? "connection refused" : "connection failed";
}
