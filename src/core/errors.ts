/**
 * Every error the SDK throws. All are `KloudlessError`s; API errors are chosen by status;
 * transport failures are told apart (timeout, caller abort, connection, refused redirect).
 *
 * Naming (docs/errors-and-retries.md): a class names the condition (`NotFound`, `RateLimited`,
 * `InvalidParameter`, `TimedOut`); the classes that group others end in `Error`
 * (`KloudlessError`, `APIError`, `ServerError`, `ConnectionError`).
 */
import { redact } from "./redact.ts";

const BRAND = Symbol.for("kloudless.error");

/** Base class of every error the SDK throws. */
export class KloudlessError extends Error {
  /** Default message when none is given. */
  static defaultMessage = "An error occurred in the Kloudless SDK.";

  constructor(message?: string, options?: { cause?: unknown }) {
    super(redact(message || (new.target as typeof KloudlessError).defaultMessage), options);
    this.name = new.target.name;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether `error` is an error of this SDK. Unlike `instanceof`, it also holds across
 * duplicate installs of the package (CJS and ESM copies).
 */
export function isKloudlessError(error: unknown): error is KloudlessError {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

/** A function was called with an invalid argument; `parameter` names it. */
export class InvalidParameter extends KloudlessError {
  static override defaultMessage = "The parameter is not valid.";
  /** Name of the offending parameter, when known. */
  readonly parameter: string | undefined;

  constructor(message?: string, parameter?: string) {
    super(message);
    this.parameter = parameter;
  }
}

/** The token was issued to another application (or could not be verified). */
export class TokenVerificationFailed extends KloudlessError {
  static override defaultMessage = "The token does not belong to your application.";
}

/** The OAuth callback carried an error, a bad state, or no code. */
export class OauthFlowFailed extends KloudlessError {
  static override defaultMessage = "Oauth authorization flow failed.";
  /** The callback parameters, when the flow failed on them. */
  readonly errorData: Record<string, string> | undefined;

  constructor(message?: string, errorData?: Record<string, string>) {
    super(message);
    this.errorData = errorData;
  }
}

/** `getNextPage()` was called on the last page. */
export class NoNextPage extends KloudlessError {
  static override defaultMessage = "There's no next page.";
  /** For event lists, the cursor to store for the next poll. */
  readonly cursor: string | number | undefined;

  constructor(cursor?: string | number, message?: string) {
    super(message);
    this.cursor = cursor;
  }
}

/** The request was not answered: DNS, refused or reset connection, or a broken body. */
export class ConnectionError extends KloudlessError {
  static override defaultMessage = "Connection error.";
}

/** The request (or, for a download, the wait for the next chunk) took longer than `timeout`. */
export class TimedOut extends ConnectionError {
  static override defaultMessage = "Request timed out.";
}

/** The reason an attempt's own timer aborts it with: an Error, so it can be the `cause`. */
export function timeoutReason(message: string): Error {
  return typeof DOMException === "function"
    ? new DOMException(message, "TimeoutError")
    : Object.assign(new Error(message), { name: "TimeoutError" });
}

/**
 * The server redirected the request to another origin (or, in a browser, somewhere fetch does
 * not reveal): the redirect was not followed, so no header, credential or body left the API's
 * origin. `location` is the other origin, when known.
 */
export class RedirectRefused extends ConnectionError {
  static override defaultMessage = "The request was redirected away from the API origin; not followed.";
  /** The origin the server redirected to, when known. */
  readonly location: string | undefined;

  constructor(message?: string, location?: string) {
    super(message);
    this.location = location;
  }
}

/** The caller's `AbortSignal` cancelled the request. */
export class Aborted extends KloudlessError {
  static override defaultMessage = "Request was aborted.";
}

/** The body of a Kloudless error response. */
export interface ErrorData {
  /** HTTP status, as the body repeats it. */
  status_code?: number | string;
  /** Machine-readable error, e.g. `not_found`, `rate_limited`. */
  error_code?: string;
  /** Human-readable explanation. */
  message?: string;
  /** Request ID, to quote to Kloudless support. */
  id?: string;
  /** On a 409, the ID of the resource that conflicts (e.g. a file of the same name). */
  conflicting_resource_id?: string;
  [key: string]: unknown;
}

/** Longest excerpt of a non-JSON error body kept in a message. */
const EXCERPT_LENGTH = 200;

/**
 * A short, one-line excerpt of a non-JSON error body (an HTML page from a proxy): whitespace
 * collapsed, credentials redacted, cut to `EXCERPT_LENGTH` characters with an ellipsis.
 */
function excerpt(body: string): string {
  const line = redact(body.replace(/\s+/g, " ").trim());
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}…` : line;
}

/** The API answered with an error status. */
export class APIError extends KloudlessError {
  static override defaultMessage = "Request failed.";
  /** HTTP status. */
  readonly status: number;
  /** The parsed error body (`{}` when it was not JSON). */
  readonly errorData: ErrorData;
  /** `error_code` of the body, e.g. `not_found`. */
  readonly errorCode: string | undefined;
  /** Request ID, from the body's `id` or the `X-Request-Id` header. */
  readonly requestId: string | undefined;
  /** Response headers (`Retry-After`, `X-Request-Id`, ...). */
  readonly headers: Headers;
  /** The fetch response (its body already read). */
  readonly response: globalThis.Response;

  constructor(response: globalThis.Response, body: unknown, message?: string) {
    const errorData: ErrorData = body && typeof body === "object" && !Array.isArray(body) ? (body as ErrorData) : {};
    const requestId =
      (typeof errorData.id === "string" ? errorData.id : undefined) ??
      response.headers.get("x-request-id") ??
      undefined;
    const detail =
      errorData.error_code || errorData.message
        ? `${errorData.error_code ?? "error"}: ${errorData.message ?? ""}`.trim()
        : typeof body === "string"
          ? excerpt(body)
          : "";
    const base = message || (new.target as typeof APIError).defaultMessage;
    super(
      `${base} (HTTP ${response.status}${detail ? ` ${detail}` : ""})${requestId ? ` [Request ID: ${requestId}]` : ""}`,
    );
    this.status = response.status;
    this.errorData = errorData;
    this.errorCode = errorData.error_code;
    this.requestId = requestId;
    this.headers = response.headers;
    this.response = response;
  }
}

/** 400: the request was malformed or a parameter was invalid (`errorData` says which). */
export class BadRequest extends APIError {
  static override defaultMessage = "Bad request. A parameter or the body is not valid.";
}

/** 401: the token or API key was refused. */
export class Unauthorized extends APIError {
  static override defaultMessage =
    "Authorization failed. Please double check that the API Key or Token being used is correct.";
}

/** 403: the action is not allowed. */
export class Forbidden extends APIError {
  static override defaultMessage = "Request forbidden. The action is not allowed.";
}

/** 404: nothing at this URL. */
export class NotFound extends APIError {
  static override defaultMessage = "Not found. Please make sure the url is correct.";
}

/**
 * 409: the request conflicts with the current state (e.g. a file of that name exists);
 * `conflictingResourceId` names the resource, when the API says.
 */
export class Conflict extends APIError {
  static override defaultMessage = "Conflict with the current state of the resource.";
  /** The ID of the resource that conflicts, from the body's `conflicting_resource_id`. */
  readonly conflictingResourceId: string | undefined;

  constructor(response: globalThis.Response, body: unknown, message?: string) {
    super(response, body, message);
    const id = this.errorData.conflicting_resource_id;
    this.conflictingResourceId = typeof id === "string" ? id : undefined;
  }
}

/** 429: rate limited; `retryAfter` says how long to wait. */
export class RateLimited extends APIError {
  static override defaultMessage = "Rate limiting encountered. Please try again later.";
  /** Seconds to wait, from `Retry-After` (seconds or HTTP date); undefined when absent. */
  readonly retryAfter: number | undefined;

  constructor(response: globalThis.Response, body: unknown, message?: string) {
    super(response, body, message);
    this.retryAfter = parseRetryAfter(response.headers.get("retry-after"));
  }
}

/** 5xx (other than 501): the server failed. Retried where the method allows. */
export class ServerError extends APIError {
  static override defaultMessage =
    "An unknown error occurred! Please contact support@kloudless.com with the Request ID for more details.";
}

/**
 * 501: the account's service does not support this operation (a storage service without
 * thumbnails, say). Never retried: asking again gets the same answer. Not a `ServerError`,
 * since nothing failed; the message names the operation.
 */
export class NotImplemented extends APIError {
  static override defaultMessage = "This operation is not supported by the account's service.";
}

/**
 * Seconds from a `Retry-After` value given as seconds or as an HTTP date; `undefined` when
 * absent or unreadable. Dates in the past give 0.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - now) / 1000);
}

/** The error class for an error status. */
export function errorClassFor(status: number): typeof APIError {
  switch (status) {
    case 400:
      return BadRequest;
    case 401:
      return Unauthorized;
    case 403:
      return Forbidden;
    case 404:
      return NotFound;
    case 409:
      return Conflict;
    case 429:
      return RateLimited;
    case 501:
      return NotImplemented;
    default:
      return status >= 500 ? ServerError : APIError;
  }
}
