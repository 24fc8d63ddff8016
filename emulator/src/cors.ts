/**
 * CORS for browser clients: every API response may be read from any origin, and preflights
 * are answered for every method the API uses and every header a client may send. The
 * `/__emulator` admin routes get none of it (see admin.ts).
 */
import type { IncomingMessage } from "node:http";
import { LENIENT_HEADER } from "./leniency.ts";

/** Headers a browser may send: the standard ones SDKs use and every Kloudless option header. */
const CORS_ALLOW_HEADERS = [
  "Authorization",
  "Content-Type",
  "Accept",
  "X-Request-Id",
  "X-Kloudless-Metadata",
  "X-Kloudless-Async",
  "X-Kloudless-As-User",
  "X-Kloudless-Raw-Data",
  "X-Kloudless-Raw-Headers",
  "X-Kloudless-Raw-Method",
  "X-Kloudless-Raw-URI",
  "X-Kloudless-Source",
];
const CORS_EXPOSE_HEADERS = `X-Request-Id, Retry-After, Content-Length, Content-Type, Content-Disposition, Location, ${LENIENT_HEADER}`;
const CORS_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

/** CORS headers of every API response: any origin (echoed, so credentials work too). */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return {
    "Access-Control-Allow-Origin": origin ?? "*",
    "Access-Control-Expose-Headers": CORS_EXPOSE_HEADERS,
    ...(origin ? { Vary: "Origin" } : {}),
  };
}

/** The answer to a CORS preflight: every method the API uses and every header a client may send. */
export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const requested = String(req.headers["access-control-request-headers"] ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const allowed = [...new Set([...CORS_ALLOW_HEADERS, ...requested.filter((h) => /^x-kloudless-/i.test(h))])];
  return {
    "Access-Control-Allow-Methods": CORS_METHODS,
    "Access-Control-Allow-Headers": allowed.join(", "),
    "Access-Control-Max-Age": "600",
  };
}
