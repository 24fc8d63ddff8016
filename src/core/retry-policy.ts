/**
 * Retry settings and what a failed attempt is: what the client and the transport need on every
 * request, apart from the rules (retry.ts), which are only loaded once an attempt fails.
 */

/** Retry settings of a client or a request. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First backoff delay, milliseconds. */
  initialDelayMs: number;
  /** Largest backoff delay, milliseconds. */
  maxDelayMs: number;
  /** Largest `Retry-After` honoured, milliseconds; a longer one raises the error instead. */
  maxRetryAfterMs: number;
}

/** Defaults: 2 retries, 0.5 s doubling up to 8 s, `Retry-After` honoured up to 60 s. */
export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/** What went wrong in one attempt. */
export type AttemptFailure =
  | { kind: "status"; status: number; retryAfter: string | null }
  | { kind: "timeout" }
  /**
   * `refused`: the server refused the connection; `notSent`: the request certainly did not leave
   * (refused, host name not resolved, connection not established in time).
   */
  | { kind: "connection"; refused: boolean; notSent: boolean };
