/**
 * Paging of `ResourceList`: page numbers (given or guessed), string page tokens, event
 * cursors with `latestCursor`, `maxResources`, the first request's query and headers on every
 * page, and the guards that keep a misbehaving server from making a loop run forever.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/src/index.ts";
import { Account, Client, KloudlessError, NoNextPage, NotFound, Resource, type ResourceList } from "../../src/index.ts";
import { apiError, type Captured, json, type Loopback, type Reply, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;
let account: Account;

beforeAll(async () => {
  lb = await startLoopback();
  account = new Account({ token: "tok", baseUrl: lb.url, maxRetries: 0 });
});

afterEach(() => lb.reset());

afterAll(async () => {
  await lb.close();
});

const ME = "/v1/accounts/me";
const items = (...ids: string[]) => ids.map((id) => ({ id }));

/** Serves `pages` keyed by the `page` query parameter (`"1"` when absent). */
function pagesByParam(pages: Record<string, Reply>, param = "page"): (req: Captured) => Reply {
  return (req) => pages[req.query.get(param) ?? "1"] ?? apiError(404, "not_found", "no such page");
}

/** Collects the ids of every object `getPagingIterator` yields. */
async function collect(list: ResourceList, options?: { maxResources?: number }): Promise<unknown[]> {
  const ids: unknown[] = [];
  for await (const item of list.getPagingIterator(options)) ids.push(item.data && (item.data as { id: unknown }).id);
  return ids;
}

describe("page numbers", () => {
  it("follows numeric next_page until it is null", async () => {
    lb.on(
      "GET",
      `${ME}/storage/search`,
      pagesByParam({
        "1": json({ objects: items("a", "b"), page: 1, next_page: 2, total: 5, type: "object_list" }),
        "2": json({ objects: items("c", "d"), page: 2, next_page: 3, total: 5, type: "object_list" }),
        "3": json({ objects: items("e"), page: 3, next_page: null, total: 5, type: "object_list" }),
      }),
    );
    const first = await account.get("storage/search", { params: { q: "x", page_size: 2 } });
    expect(await collect(first)).toEqual(["a", "b", "c", "d", "e"]);
    expect(lb.requests.map((r) => r.query.get("page"))).toEqual([null, "2", "3"]);
  });

  it("guesses page + 1 for lists without next_page and ends on the 404 of the guessed page", async () => {
    lb.on(
      "GET",
      `${ME}/custom/old-list`,
      pagesByParam({
        "1": json({ objects: items("a", "b"), page: 1, count: 2 }),
        "2": json({ objects: items("c", "d"), page: 2, count: 2 }),
      }),
    );
    const first = (await account.request("GET", "custom/old-list")) as ResourceList;
    expect(await collect(first)).toEqual(["a", "b", "c", "d"]);
    expect(lb.requests.map((r) => r.query.get("page"))).toEqual([null, "2", "3"]);
  });

  it("ends a guessed list without a request when a page is shorter than page_size", async () => {
    lb.on(
      "GET",
      `${ME}/custom/old-list`,
      pagesByParam({
        "1": json({ objects: items("a", "b"), page: 1 }),
        "2": json({ objects: items("c"), page: 2 }),
      }),
    );
    const first = (await account.request("GET", "custom/old-list", { params: { page_size: 2 } })) as ResourceList;
    expect(await collect(first)).toEqual(["a", "b", "c"]);
    expect(lb.requests).toHaveLength(2);
  });

  it("fetches the next page with getNextPage() and throws NoNextPage on the last page", async () => {
    lb.on(
      "GET",
      `${ME}/storage/search`,
      pagesByParam({
        "1": json({ objects: items("a"), page: 1, next_page: 2, type: "object_list" }),
        "2": json({ objects: items("b"), page: 2, next_page: null, type: "object_list" }),
      }),
    );
    const first = await account.get("storage/search", { params: { q: "x" } });
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect([...second].map((r) => r.data.id)).toEqual(["b"]);
    expect(second.hasNextPage()).toBe(false);
    await expect(second.getNextPage()).rejects.toBeInstanceOf(NoNextPage);
  });
});

describe("string page tokens", () => {
  it("sends next_page tokens back as page until next_page is null", async () => {
    lb.on(
      "GET",
      `${ME}/cal/calendars/primary/events`,
      pagesByParam({
        "1": json({ objects: items("e1", "e2"), page: "1", next_page: "tok-A", type: "object_list" }),
        "tok-A": json({ objects: items("e3", "e4"), page: "tok-A", next_page: "tok-B", type: "object_list" }),
        "tok-B": json({ objects: items("e5"), page: "tok-B", next_page: null, type: "object_list" }),
      }),
    );
    const first = await account.get("cal/calendars/{calendar_id}/events", {
      path: { calendar_id: "primary" },
      params: { page_size: 2 },
    });
    expect(await collect(first)).toEqual(["e1", "e2", "e3", "e4", "e5"]);
    expect(lb.requests.map((r) => r.query.get("page"))).toEqual([null, "tok-A", "tok-B"]);
  });

  it("does not stop early on an empty page that still has a next token", async () => {
    lb.on(
      "GET",
      `${ME}/cal/calendars/primary/events`,
      pagesByParam({
        "1": json({ objects: items("e1"), next_page: "t2", page: "1" }),
        t2: json({ objects: [], next_page: "t3", page: "t2" }),
        t3: json({ objects: [], next_page: "t4", page: "t3" }),
        t4: json({ objects: items("e2"), next_page: null, page: "t4" }),
      }),
    );
    const first = await account.get("cal/calendars/{calendar_id}/events", { path: { calendar_id: "primary" } });
    expect(await collect(first)).toEqual(["e1", "e2"]);
  });

  it("fails instead of looping when the server repeats a page token", async () => {
    lb.on("GET", `${ME}/cal/calendars/primary/events`, json({ objects: items("same"), next_page: "again", page: "x" }));
    const first = await account.get("cal/calendars/{calendar_id}/events", { path: { calendar_id: "primary" } });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of first) seen.push(item.data.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KloudlessError);
    expect((error as Error).message).toMatch(/paging stopped/);
    expect(lb.requests.length).toBeLessThanOrEqual(3);
  });

  it("stops before yielding the first page twice when next_page points back to it", async () => {
    lb.on("GET", `${ME}/cal/calendars/primary/events`, (req) =>
      req.query.get("page") === "p2"
        ? json({ objects: items("b"), next_page: "p1", page: "p2" })
        : json({ objects: items("a"), next_page: "p2", page: "p1" }),
    );
    const first = await account.get("cal/calendars/{calendar_id}/events", {
      path: { calendar_id: "primary" },
      params: { page: "p1" },
    });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of first) seen.push(item.data.id);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["a", "b"]);
    expect((error as Error).message).toMatch(/paging stopped/);
    expect(lb.requests.length).toBe(2);
  });

  it("fails instead of looping when the server sends endless empty pages with fresh tokens", async () => {
    lb.on("GET", `${ME}/cal/calendars/primary/events`, (req) => {
      const n = Number((req.query.get("page") ?? "t0").slice(1));
      return json({ objects: n === 0 ? items("only") : [], next_page: `t${n + 1}`, page: `t${n}` });
    });
    const first = await account.get("cal/calendars/{calendar_id}/events", { path: { calendar_id: "primary" } });
    const error = await collect(first).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KloudlessError);
    expect((error as Error).message).toMatch(/empty pages/);
    expect(lb.requests.length).toBeLessThan(150);
  });
});

describe("404 on a next page", () => {
  it("ends the list on a 404 of a guessed page but raises a 404 of an explicit next_page", async () => {
    lb.on(
      "GET",
      `${ME}/storage/search`,
      pagesByParam({
        "1": json({ objects: items("a"), page: 1, next_page: 2, type: "object_list" }),
      }),
    );
    const first = await account.get("storage/search", { params: { q: "x" } });
    await expect(first.getNextPage()).rejects.toBeInstanceOf(NotFound);
    await expect(collect(first)).rejects.toBeInstanceOf(NotFound);
  });

  it("turns the 404 of a guessed page into NoNextPage for getNextPage()", async () => {
    lb.on("GET", `${ME}/custom/old-list`, pagesByParam({ "1": json({ objects: items("a"), page: 1 }) }));
    const first = (await account.request("GET", "custom/old-list")) as ResourceList;
    await expect(first.getNextPage()).rejects.toBeInstanceOf(NoNextPage);
  });
});

describe("event cursors", () => {
  /** An event stream: cursor c<n> returns the events after n, two at a time, up to 5 events. */
  function eventStream(): (req: Captured) => Reply {
    return (req) => {
      const at = Number((req.query.get("cursor") ?? "c0").slice(1));
      const ids = [1, 2, 3, 4, 5].filter((n) => n > at).slice(0, 2);
      const cursor = `c${ids.length ? ids[ids.length - 1] : at}`;
      return json({
        objects: ids.map((n) => ({ id: `ev${n}`, type: "add" })),
        cursor,
        count: ids.length,
        type: "object_list",
      });
    };
  }

  it("pages by cursor and sets latestCursor after a full iteration", async () => {
    lb.on("GET", `${ME}/events`, eventStream());
    const events = await account.get("events", { params: { cursor: "c0", page_size: 2 } });
    expect(events.latestCursor).toBeUndefined();
    expect(await collect(events)).toEqual(["ev1", "ev2", "ev3", "ev4", "ev5"]);
    expect(events.latestCursor).toBe("c5");
    expect(lb.requests.map((r) => r.query.get("cursor"))).toEqual(["c0", "c2", "c4", "c5"]);
    expect(lb.requests.every((r) => r.query.get("page_size") === "2")).toBe(true);
  });

  it("throws NoNextPage carrying the cursor to store at the end of the stream", async () => {
    lb.on("GET", `${ME}/events`, eventStream());
    const events = await account.get("events", { params: { cursor: "c4" } });
    const last = await events.getNextPage();
    expect(last.objects).toHaveLength(0);
    const error = await last.getNextPage().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoNextPage);
    expect((error as NoNextPage).cursor).toBe("c5");
  });

  it("keeps going on an empty event page that says more events remain", async () => {
    lb.on("GET", `${ME}/events`, (req) => {
      const cursor = req.query.get("cursor");
      if (cursor === "c0") return json({ objects: items("ev1"), cursor: "c1" });
      if (cursor === "c1") return json({ objects: [], cursor: "c2", remaining: 3 });
      if (cursor === "c2") return json({ objects: items("ev2"), cursor: "c3" });
      return json({ objects: [], cursor: "c3", remaining: 0 });
    });
    const events = await account.get("events", { params: { cursor: "c0" } });
    expect(await collect(events)).toEqual(["ev1", "ev2"]);
    expect(events.latestCursor).toBe("c3");
  });

  it("never sets latestCursor past events that were not yielded when maxResources cuts the run short", async () => {
    lb.on("GET", `${ME}/events`, eventStream());
    const events = await account.get("events", { params: { cursor: "c0" } });
    expect(await collect(events, { maxResources: 3 })).toEqual(["ev1", "ev2", "ev3"]);
    expect(events.latestCursor === undefined || events.latestCursor === "c2").toBe(true);
  });
});

describe("iteration", () => {
  it("stops fetching once maxResources objects were yielded", async () => {
    lb.on(
      "GET",
      `${ME}/storage/search`,
      pagesByParam({
        "1": json({ objects: items("a", "b"), page: 1, next_page: 2, type: "object_list" }),
        "2": json({ objects: items("c", "d"), page: 2, next_page: 3, type: "object_list" }),
        "3": json({ objects: items("e", "f"), page: 3, next_page: null, type: "object_list" }),
      }),
    );
    const first = await account.get("storage/search", { params: { q: "x" } });
    expect(await collect(first, { maxResources: 3 })).toEqual(["a", "b", "c"]);
    expect(lb.requests).toHaveLength(2);
    expect(await collect(first, { maxResources: 2 })).toEqual(["a", "b"]);
    expect(lb.requests).toHaveLength(2);
    expect((await first.toArray({ limit: 1 })).map((r) => r.data.id)).toEqual(["a"]);
  });

  it("iterates the current page synchronously and every page with for await over the list itself", async () => {
    lb.on(
      "GET",
      `${ME}/storage/search`,
      pagesByParam({
        "1": json({ objects: items("a", "b"), page: 1, next_page: 2, type: "object_list" }),
        "2": json({ objects: items("c"), page: 2, next_page: null, type: "object_list" }),
      }),
    );
    const first = await account.get("storage/search", { params: { q: "x" } });
    expect([...first].map((r) => r.data.id)).toEqual(["a", "b"]);
    expect(lb.requests).toHaveLength(1);
    const all: unknown[] = [];
    for await (const item of first) {
      expect(item).toBeInstanceOf(Resource);
      all.push(item.data.id);
    }
    expect(all).toEqual(["a", "b", "c"]);
  });

  it("fetches each page once when next() is called again before the previous call settled", async () => {
    lb.on(
      "GET",
      `${ME}/storage/search`,
      pagesByParam({
        "1": json({ objects: items("a"), page: 1, next_page: 2, type: "object_list" }),
        "2": json({ objects: items("b", "c"), page: 2, next_page: 3, type: "object_list" }),
        "3": json({ objects: items("d"), page: 3, next_page: null, type: "object_list" }),
      }),
    );
    const first = await account.get("storage/search", { params: { q: "x" } });
    const iterator = first.getPagingIterator();
    // Six calls at once: the second has to fetch page 2, the fourth page 3, the fifth ends.
    const results = await Promise.all(Array.from({ length: 6 }, () => iterator.next()));
    expect(results.map((r) => (r.done ? "done" : r.value.data.id))).toEqual(["a", "b", "c", "d", "done", "done"]);
    expect(lb.requests.map((r) => r.query.get("page"))).toEqual([null, "2", "3"]);
  });

  it("stops at a break out of for await: return() ends the iteration and nothing more is fetched", async () => {
    lb.on(
      "GET",
      `${ME}/storage/search`,
      pagesByParam({
        "1": json({ objects: items("a", "b"), page: 1, next_page: 2, type: "object_list" }),
        "2": json({ objects: items("c"), page: 2, next_page: null, type: "object_list" }),
      }),
    );
    const first = await account.get("storage/search", { params: { q: "x" } });
    const iterator = first.getPagingIterator();
    for await (const item of iterator) {
      if (item.data.id === "b") break;
    }
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    expect(lb.requests).toHaveLength(1);
  });

  it("ends after an error: the next call is done instead of fetching again", async () => {
    lb.on(
      "GET",
      `${ME}/storage/search`,
      pagesByParam({
        "1": json({ objects: items("a"), page: 1, next_page: 2, type: "object_list" }),
        "2": apiError(500, "internal", "boom"),
      }),
    );
    const first = await account.get("storage/search", { params: { q: "x" } });
    const iterator = first.getPagingIterator();
    expect((await iterator.next()).value?.data.id).toBe("a");
    await expect(iterator.next()).rejects.toMatchObject({ status: 500 });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    expect(lb.requests).toHaveLength(2);
  });

  it("carries the first request's query (blank values included) and headers over to later pages", async () => {
    lb.on(
      "GET",
      `${ME}/storage/search`,
      pagesByParam({
        "1": json({ objects: items("a"), page: 1, next_page: 2, type: "object_list" }),
        "2": json({ objects: items("b"), page: 2, next_page: null, type: "object_list" }),
      }),
    );
    const first = (await account.request("GET", "storage/search?q=report", {
      params: { page_size: 1, lang: "", folders: ["f1", "f2"] },
      headers: { "X-Trace": "abc" },
      getRawData: true,
      rawHeaders: { "X-Up": "1" },
      impersonateUserId: "user_9",
    })) as ResourceList;
    await collect(first);
    const second = lb.requests[1]!;
    expect(second.query.get("page")).toBe("2");
    expect(second.query.get("q")).toBe("report");
    expect(second.query.get("page_size")).toBe("1");
    expect(second.query.has("lang")).toBe(true);
    expect(second.query.getAll("folders")).toEqual(["f1", "f2"]);
    expect(second.headers).toMatchObject({
      "x-trace": "abc",
      "x-kloudless-raw-data": "true",
      "x-kloudless-raw-headers": '{"X-Up":"1"}',
      "x-kloudless-as-user": "user_9",
      authorization: "Bearer tok",
    });
  });

  it("keeps the first request's API version on later pages", async () => {
    lb.on(
      "GET",
      `/v2/accounts/me/storage/search`,
      pagesByParam({
        "1": json({ objects: items("a"), page: 1, next_page: 2, type: "object_list" }),
        "2": json({ objects: items("b"), page: 2, next_page: null, type: "object_list" }),
      }),
    );
    const first = (await account.request("GET", "storage/search", { apiVersion: 2 })) as ResourceList;
    expect(await collect(first)).toEqual(["a", "b"]);
    expect(lb.requests.map((r) => r.path)).toEqual([
      "/v2/accounts/me/storage/search",
      "/v2/accounts/me/storage/search",
    ]);
  });
});

describe("pages()", () => {
  it("yields this page, then each following page once, with its objects, and ends on the last", async () => {
    lb.on(
      "GET",
      `${ME}/storage/search`,
      pagesByParam({
        "1": json({ objects: items("a", "b"), page: 1, next_page: 2, type: "object_list" }),
        "2": json({ objects: [], page: 2, next_page: 3, type: "object_list" }),
        "3": json({ objects: items("c"), page: 3, next_page: null, type: "object_list" }),
      }),
    );
    const first = await account.get("storage/search", { params: { q: "x", page_size: 2 } });
    const pages: unknown[][] = [];
    for await (const page of first.pages()) pages.push(page.objects.map((o) => (o.data as { id: string }).id));
    expect(pages).toEqual([["a", "b"], [], ["c"]]);
    expect(lb.requests.map((r) => r.query.get("page"))).toEqual([null, "2", "3"]);
    expect(lb.requests.every((r) => r.query.get("q") === "x")).toBe(true);
  });

  it("ends on the 404 of a guessed page, as the object iterator does", async () => {
    lb.on(
      "GET",
      `${ME}/storage/search`,
      pagesByParam({ "1": json({ objects: items("a", "b"), page: 1, type: "object_list" }) }),
    );
    const first = await account.get("storage/search", { params: { q: "x", page_size: 2 } });
    let count = 0;
    for await (const _page of first.pages()) count++;
    expect(count).toBe(1);
    expect(lb.requests).toHaveLength(2);
  });

  it("fails instead of looping when the server repeats a page token", async () => {
    lb.on("GET", `${ME}/cal/calendars/primary/events`, json({ objects: items("same"), next_page: "again", page: "x" }));
    const first = await account.get("cal/calendars/{calendar_id}/events", { path: { calendar_id: "primary" } });
    let count = 0;
    const error = await (async () => {
      for await (const _page of first.pages()) count++;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KloudlessError);
    expect((error as Error).message).toMatch(/paging stopped: .* returned page again twice/);
    expect(count).toBe(2);
  });

  it("sets latestCursor of an event list as pages are passed", async () => {
    lb.on("GET", `${ME}/events`, (req) => {
      const at = Number((req.query.get("cursor") ?? "c0").slice(1));
      const ids = [1, 2, 3].filter((n) => n > at).slice(0, 2);
      return json({ objects: ids.map((n) => ({ id: `ev${n}` })), cursor: `c${ids.at(-1) ?? at}`, type: "object_list" });
    });
    const events = await account.get("events", { params: { cursor: "c0", page_size: 2 } });
    const cursors: unknown[] = [];
    for await (const page of events.pages()) cursors.push(page.cursor);
    expect(cursors).toEqual(["c2", "c3", "c3"]);
    expect(events.latestCursor).toBe("c3");
  });
});

describe("against the emulator", () => {
  it("pages a folder listing, the calendar's events and the accounts list to the same objects as one big page", async () => {
    const emu = await startEmulator({ port: 0 });
    try {
      const token = (api: string) => emu.accounts.find((a) => a.apis.includes(api))!.token;
      const storage = new Account({ token: token("storage"), baseUrl: emu.url, maxRetries: 0 });
      const calendar = new Account({ token: token("calendar"), baseUrl: emu.url, maxRetries: 0 });
      const client = new Client({ apiKey: emu.apiKey, baseUrl: emu.url, maxRetries: 0 });
      const cases: [() => Promise<ResourceList<{ id: unknown }>>, () => Promise<ResourceList<{ id: unknown }>>][] = [
        [
          () =>
            storage.get("storage/folders/{folder_id}/contents", {
              path: { folder_id: "root" },
              params: { page_size: 1 },
            }),
          () =>
            storage.get("storage/folders/{folder_id}/contents", {
              path: { folder_id: "root" },
              params: { page_size: 1000 },
            }),
        ],
        [
          () =>
            calendar.get("cal/calendars/{calendar_id}/events", {
              path: { calendar_id: "primary" },
              params: { page_size: 2, end: "2100-01-01T00:00:00Z" },
            }),
          () =>
            calendar.get("cal/calendars/{calendar_id}/events", {
              path: { calendar_id: "primary" },
              params: { page_size: 1000, end: "2100-01-01T00:00:00Z" },
            }),
        ],
        [() => client.get("accounts", { params: { page_size: 1 } }), () => client.get("accounts")],
      ];
      for (const [paged, whole] of cases) {
        const all = await (await paged()).toArray();
        const expected = (await whole()).objects.map((o) => o.data.id);
        expect(all.map((o) => o.data.id)).toEqual(expected);
        expect(all.length).toBeGreaterThan(1);
      }
    } finally {
      await emu.close();
    }
  });
});
