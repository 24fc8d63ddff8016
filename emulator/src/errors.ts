/**
 * Kloudless error replies: `{status_code, error_code, message, id}` with the request ID that is
 * also sent back in `X-Request-Id`, so that clients can quote it as they would to support.
 * `errorReply` is the one place that body is built: handlers (`ctx.error`, `EmuError`), the
 * server, faults and the `/__emulator` admin routes all answer errors through it, so an SDK's
 * error parsing meets one shape everywhere.
 */
import type { ErrorReply } from "./replies.ts";

/**
 * An error a handler (or the server) throws instead of returning; the server turns it into the
 * Kloudless error reply. Throwing keeps deep helpers (ID lookups, paging) free of reply plumbing.
 */
export class EmuError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    /** Extra body fields, e.g. `conflicting_resource_id` of a 409 `naming_conflict`. */
    readonly extra: Record<string, unknown> = {},
    /** Extra response headers, e.g. `Retry-After`. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "EmuError";
  }
}

/** Builds the reply of a Kloudless error for the request `requestId`. */
export function errorReply(
  requestId: string,
  status: number,
  errorCode: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): ErrorReply {
  const json = { status_code: status, error_code: errorCode, message, id: requestId, ...extra };
  // The one place an ErrorReply is made: the brand is a compile-time mark only.
  return { status, json, headers } as unknown as ErrorReply;
}

/** Turns an `EmuError` into its reply. */
export function replyForError(requestId: string, err: EmuError): ErrorReply {
  return errorReply(requestId, err.status, err.errorCode, err.message, err.extra, err.headers);
}

/** The Kloudless `error_code` used for a bare HTTP status (faults and unexpected failures). */
export function errorCodeFor(status: number): string {
  const codes: Record<number, string> = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "naming_conflict",
    429: "too_many_requests",
    500: "internal_error",
    501: "not_implemented",
    502: "bad_gateway",
    503: "service_not_available",
    504: "gateway_timeout",
    507: "insufficient_storage",
  };
  return codes[status] ?? (status >= 500 ? "internal_error" : "request_failed");
}
