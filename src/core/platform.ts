/** What the SDK needs to know of the platform it runs on. */
import type { FetchFunction } from "./transport.ts";

/** The platform's fetch, looked up at each call (so that it can be replaced later, as in tests). */
export const platformFetch: FetchFunction = (url, init) => globalThis.fetch(url, init);

/** Whether this is a browser page (a `window` and a `document`), not a server, worker or CLI runtime. */
export const isBrowser = (): boolean =>
  typeof (globalThis as { window?: unknown }).window !== "undefined" &&
  typeof (globalThis as { document?: unknown }).document !== "undefined";

let workers: boolean | undefined;
/** Whether this is a Cloudflare Worker (the platform's documented user agent). */
export function onWorkers(): boolean {
  workers ??= (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent === "Cloudflare-Workers";
  return workers;
}

/**
 * Whether a request body may be a stream with its own `Content-Length`: everywhere but in
 * browsers (Node, Deno, Bun, workers). Browsers send stream bodies only over HTTP/2 and set
 * `Content-Length` themselves, so there uploads send bytes or a Blob, and count no progress
 * while fetch reads them.
 */
export const streamsBodies = (): boolean => !isBrowser();
