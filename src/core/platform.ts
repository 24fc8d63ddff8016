/** What the SDK needs to know of the platform it runs on. */

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
