/**
 * What a failed attempt becomes (loaded on the first failure): an error status becomes the
 * error of its class, its body scrubbed of the client's credentials; a lost connection, a
 * timeout or a body that is not JSON becomes a `ConnectionError`.
 */
import {
  type APIError,
  ConnectionError,
  errorClassFor,
  type KloudlessError,
  type RateLimited,
  TimedOut,
} from "./errors.ts";
import { redact, scrub } from "./redact.ts";
import { isConnectionRefused, wasNotSent } from "./retry.ts";
import type { AttemptFailure } from "./retry-policy.ts";
import type { OutgoingRequest } from "./transport.ts";

/** What an attempt ends with when it did not get an answer to hand back. */
export interface FailedAttempt {
  failure: AttemptFailure;
  error: KloudlessError;
  /** For an error status: a fresh response of the answer, its body as read and scrubbed. */
  answer?: () => globalThis.Response;
}

/** The error of a success answer whose body is not the JSON it says it is. */
export function invalidJson(text: string, cause: unknown): ConnectionError {
  return new ConnectionError(`the response body is not valid JSON (${text.length} bytes received)`, { cause });
}

/** The failure of an attempt whose time ran out. */
export function timeoutFailure(reason: Error): FailedAttempt {
  return { failure: { kind: "timeout" }, error: new TimedOut(reason.message, { cause: reason }) };
}

/** The failure of an attempt whose connection failed (or was refused) before an answer came. */
export function connectionFailure(request: OutgoingRequest, cause: unknown): FailedAttempt {
  const refused = isConnectionRefused(cause);
  const url = new URL(request.url);
  return {
    failure: { kind: "connection", refused, notSent: wasNotSent(cause) },
    error: new ConnectionError(
      `${refused ? "connection refused" : "connection failed"}: ${request.method} ${url.origin}${url.pathname}`,
      { cause },
    ),
  };
}

/**
 * The failure of an attempt answered with an error status; `raw` is the body read. The client's
 * own credentials are cut out of the body first, wherever the server echoed them, so that no
 * part of the error (message, parsed body, answer) carries them.
 */
export function statusFailure(
  request: OutgoingRequest,
  response: globalThis.Response,
  raw: string,
  secrets: readonly string[],
): FailedAttempt {
  const text = scrub(raw, secrets);
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML page): the error keeps an excerpt of the text.
  }
  const ErrorClass = errorClassFor(response.status);
  const answer = (): globalThis.Response => errorAnswer(response, text);
  return {
    failure: { kind: "status", status: response.status, retryAfter: response.headers.get("retry-after") },
    error: new ErrorClass(
      answer(),
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
function errorAnswer(response: globalThis.Response, text: string): globalThis.Response {
  const answer = new Response(text === "" ? null : text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  if (response.url) Object.defineProperty(answer, "url", { value: redact(response.url), enumerable: true });
  return answer;
}
