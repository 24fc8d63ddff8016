/**
 * Where a resource's follow-up requests go: its canonical URL, from its data and the URL it came
 * from, and, for an object of a list, its own request.
 */
import { inheritedQuery } from "./follow-ups.ts";
import type { RequestContext } from "./response.ts";

/** `…/accounts/<id>` of a URL, when it is an account's. */
const ACCOUNT_BASE = /^(.*\/accounts\/[^/]+)/;
/** The primary calendar alias keeps working for child requests (`events`). */
const PRIMARY_CALENDAR = /\/cal\/calendars\/primary$/;

/**
 * Where the follow-up requests of resources that came from `fromUrl` go: built once per
 * response (a list's objects share it), then applied to each object's data.
 */
export function canonicalUrls(fromUrl: string): (data: Record<string, unknown>, isNew: boolean) => string {
  let trimmed = fromUrl;
  let primary: boolean | undefined;
  let accountBase: string | null | undefined;
  let multiAccount = false;
  return (data, isNew) => {
    if (typeof data.href === "string" && data.href) return data.href.split("?")[0] as string;
    if (primary === undefined) {
      trimmed = fromUrl.endsWith("/") ? fromUrl.replace(/\/+$/, "") : fromUrl;
      primary = PRIMARY_CALENDAR.test(trimmed);
    }
    if (primary) return trimmed;
    const id = data.id;
    if (typeof id !== "string" && typeof id !== "number") return trimmed;
    if (data.api === "storage" && (data.type === "file" || data.type === "folder")) {
      // Matched once per response, and only for storage objects.
      if (accountBase === undefined) {
        accountBase = ACCOUNT_BASE.exec(fromUrl)?.[1] ?? null;
        multiAccount = accountBase?.includes(",") ?? false;
      }
      if (accountBase) {
        const base =
          multiAccount && typeof data.account === "number"
            ? accountBase.replace(/[^/]+$/, String(data.account))
            : accountBase;
        return `${base}/storage/${data.type === "file" ? "files" : "folders"}/${encodeURIComponent(String(id))}`;
      }
    }
    return isNew ? `${trimmed}/${encodeURIComponent(String(id))}` : trimmed;
  };
}

/** Where a resource's follow-up requests go, from its data and the URL it came from. */
export function canonicalUrl(data: Record<string, unknown>, fromUrl: string, isNew: boolean): string {
  return canonicalUrls(fromUrl)(data, isNew);
}

/** The request of an object of a list: a GET of `url` with the list's headers, API version and the query its URL needs. */
export function childRequest(list: RequestContext, url: string): RequestContext {
  return {
    method: "GET",
    url,
    query: inheritedQuery(url, list) ?? {},
    headers: list.headers,
    apiVersion: list.apiVersion,
  };
}
