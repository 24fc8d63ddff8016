/**
 * What a call's options add to its request: the `X-Kloudless-*` headers of `getRawData`,
 * `rawHeaders` and `impersonateUserId`, each value checked, and the query wrappers keep.
 */
import { assertHeaders, assertHeaderValue } from "./headers.ts";
import type { QueryValue, RequestOptions } from "./request-options.ts";

/** Whether an object has no own enumerable key (without building a key array). */
export function isEmpty(object: object | undefined): boolean {
  for (const _ in object) return false;
  return true;
}

/** Whether a record of headers names `name` (lower case), in any case. */
export function hasHeader(headers: Record<string, string>, name: string): boolean {
  for (const key in headers) if (key.toLowerCase() === name) return true;
  return false;
}

/** The query as wrappers keep it (strings only, no empty values) for later pages and `refresh()`. */
export function keptQuery(query: Record<string, QueryValue>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    kept[key] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return kept;
}

/** The headers a call's options ask for (`headers` and the `X-Kloudless-*` options), or `undefined` for none. */
export function optionHeaders(options: RequestOptions): Record<string, string> | undefined {
  const impersonate = options.impersonateUserId !== undefined && options.impersonateUserId !== "";
  const rawData = typeof options.getRawData === "boolean";
  if (isEmpty(options.headers) && !rawData && isEmpty(options.rawHeaders) && !impersonate) return undefined;
  if (options.headers) assertHeaders(options.headers, "headers");
  const extra: Record<string, string> = { ...options.headers };
  if (rawData) extra["X-Kloudless-Raw-Data"] = String(options.getRawData);
  if (!isEmpty(options.rawHeaders)) {
    const value = JSON.stringify(options.rawHeaders);
    assertHeaderValue(value, "rawHeaders");
    extra["X-Kloudless-Raw-Headers"] = value;
  }
  if (impersonate) {
    const value = String(options.impersonateUserId);
    assertHeaderValue(value, "impersonateUserId");
    extra["X-Kloudless-As-User"] = value;
  }
  return extra;
}
