/**
 * The request log (`emu.requests`, `GET /__emulator/requests`) and the response log
 * (`emu.responses`). Credentials never reach either: they are redacted from headers, query
 * strings and management paths as each entry is written, since logs get pasted into bug reports.
 */
import type { Exchange } from "./exchange.ts";
import type { FaultKind } from "./faults.ts";
import type { LeniencyRuleName } from "./leniency.ts";

/** One request as the emulator saw it (`emu.requests`). */
export interface RequestLogEntry {
  /** HTTP method. */
  method: string;
  /** URL path without the query. */
  path: string;
  /** The matched spec operation, when there is one. */
  operationId?: string;
  /** Status sent; 0 when the connection was reset before any answer. */
  status: number;
  /** The query string (`?a=1`, or empty) with credential values (`key`, `sig`, `token`, `code`, ...) redacted. */
  query: string;
  /** Request headers, lower-case, with `Authorization`, `Cookie` and other credential headers redacted. */
  headers: Record<string, string>;
  /** Size of the request body in bytes. */
  bodyBytes: number;
  /** Time to answer, in milliseconds. */
  ms: number;
  /** `X-Request-Id` sent back. */
  requestId: string;
  /** The fault applied to the request, if any. */
  fault?: FaultKind;
  /** The leniency rules the request was accepted by (lenient mode), as in `X-Kloudless-Emulator-Lenient`. */
  lenient?: LeniencyRuleName[];
}

/** One JSON response the emulator sent (`emu.responses`, with `recordResponses`). */
export interface RecordedResponse {
  /** The spec operation the request matched, when there is one. */
  operationId?: string;
  /** HTTP method of the request. */
  method: string;
  /** URL path of the request, without the query. */
  path: string;
  /** Status sent. */
  status: number;
  /** `Content-Type` sent. */
  contentType: string;
  /** The parsed JSON body sent. */
  json: unknown;
}

/** How many request log entries are kept (the oldest are dropped), so a long-running emulator stays small. */
const REQUEST_LOG_LIMIT = 10_000;

/** Appends `ex` (answered with `status`, 0 for a reset) to `requests` and writes its line to `logLine`. */
export function logRequest(
  ex: Exchange,
  status: number,
  requests: RequestLogEntry[],
  logLine: ((line: string) => void) | undefined,
): void {
  const ms = Math.round((performance.now() - ex.started) * 10) / 10;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(ex.req.headers)) {
    if (value === undefined) continue;
    headers[name] = SECRET_HEADERS.has(name) ? "[redacted]" : Array.isArray(value) ? value.join(", ") : value;
  }
  const path = redactPath(ex.path);
  const query = redactQuery(ex.url.searchParams);
  requests.push({
    method: ex.method,
    path,
    query,
    ...(ex.operation ? { operationId: ex.operation.operationId } : {}),
    status,
    headers,
    bodyBytes: ex.bodyBytes,
    ms,
    requestId: ex.requestId,
    ...(ex.fault ? { fault: ex.fault.kind } : {}),
    ...(ex.lenient ? { lenient: [...ex.lenient] } : {}),
  });
  if (requests.length > REQUEST_LOG_LIMIT * 1.1) requests.splice(0, requests.length - REQUEST_LOG_LIMIT);
  logLine?.(
    `${ex.method} ${path} ${status || "reset"} ${ms}ms${ex.fault ? ` fault=${ex.fault.kind}` : ""}${
      ex.lenient ? ` lenient=${ex.lenient.join(",")}` : ""
    }`,
  );
}

/** The query string of a logged request with credential values replaced by `[redacted]`. */
export function redactQuery(search: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const [name, value] of search) out.append(name, SECRET_QUERY.test(name) ? "[redacted]" : value);
  const text = out.toString();
  return text ? `?${text.replace(/%5Bredacted%5D/g, "[redacted]")}` : "";
}

/** Query parameters that carry credentials (API keys, signatures, tokens, OAuth codes and secrets). */
const SECRET_QUERY =
  /^(key|api_key|apikey|sig|signature|token|access_token|refresh_token|code|client_secret|password)$/i;

/** Request headers that carry credentials. */
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "x-api-key"]);

/** A URL path for the log, with API keys in management paths (`/apikeys/<key>`) redacted. */
function redactPath(path: string): string {
  return path.replace(/(\/apikeys\/)[^/]+/gi, "$1[redacted]");
}
