/**
 * How a list says where its next page is. Three styles exist: page numbers, page tokens
 * (`next_page`) and event cursors. The rules are written so that no loop can run forever
 * and an empty page that still names a next page does not stop early. Walking the pages
 * (paging-iterator.ts, list-paging.ts) is loaded when a list is first paged.
 */
/** Paging style of a list. */
export type PagingStyle = "page" | "token" | "cursor" | "none";

/** Where the next page is: the query parameter to set, and whether it was guessed. */
export interface NextPage {
  param: "page" | "cursor";
  value: string | number;
  /** True when the list gave no `next_page` and `page + 1` was guessed (a 404 then ends the list). */
  guessed: boolean;
}

/** A list body as the API sends it. */
export interface ListEnvelope {
  /** The objects of this page. */
  objects?: unknown[];
  /** Number of objects in this page. */
  count?: number;
  /** Number of objects in the whole list, when the API tells. */
  total?: number;
  /** This page: a number or an opaque token. */
  page?: string | number | null;
  /** The next page (number or token); absent or null on the last page. */
  next_page?: string | number | null;
  /** Event lists: the cursor after this page. */
  cursor?: string | number | null;
  /** Event lists: events left after this page. */
  remaining?: number;
  /** `object_list`. */
  type?: string;
  /** The API of the objects (`storage`, `calendar`, ...). */
  api?: string;
  [key: string]: unknown;
}

/** Whether a JSON body is a list, whatever its style (the docs' calendar list has no `type`). */
export function isListBody(data: unknown): data is ListEnvelope {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  const body = data as ListEnvelope;
  if (!Array.isArray(body.objects)) return false;
  return (
    body.type === "object_list" ||
    "count" in body ||
    "page" in body ||
    "next_page" in body ||
    "cursor" in body ||
    "total" in body
  );
}

/** The paging style of a list, from the operation when known, else from the body. */
export function pagingStyle(data: ListEnvelope, hint?: PagingStyle): PagingStyle {
  if (hint && hint !== "none") return hint;
  if ("cursor" in data && !("page" in data) && !("next_page" in data)) return "cursor";
  if ("next_page" in data) return typeof data.next_page === "number" ? "page" : "token";
  if (typeof data.page === "number") return "page";
  if ("page" in data) return "token";
  return "none";
}

/**
 * Where the page after `data` is, or `undefined` on the last page.
 * `pageSize` is the `page_size` the request asked for, when it did.
 */
export function nextPage(data: ListEnvelope, style: PagingStyle, pageSize?: number): NextPage | undefined {
  const objects = data.objects ?? [];
  if (style === "cursor") {
    const cursor = data.cursor;
    if (cursor === undefined || cursor === null || cursor === "" || String(cursor) === "-1") return undefined;
    // An empty event page means the stream is caught up, unless the server says more are waiting.
    if (objects.length === 0 && !(typeof data.remaining === "number" && data.remaining > 0)) return undefined;
    return { param: "cursor", value: cursor, guessed: false };
  }
  if (style === "none") return undefined;
  if ("next_page" in data) {
    const next = data.next_page;
    if (next === undefined || next === null || next === "") return undefined;
    return { param: "page", value: next, guessed: false };
  }
  // Older page-number lists omit next_page: guess page + 1 while pages are full.
  const page =
    typeof data.page === "number"
      ? data.page
      : typeof data.page === "string" && /^\d+$/.test(data.page)
        ? Number(data.page)
        : undefined;
  if (page === undefined || objects.length === 0) return undefined;
  if (typeof data.total === "number") {
    const size = pageSize ?? objects.length;
    if (page * size >= data.total) return undefined;
  } else if (pageSize !== undefined && objects.length < pageSize) {
    return undefined;
  }
  return { param: "page", value: page + 1, guessed: true };
}
