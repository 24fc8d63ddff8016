/**
 * Which wrapper an answer becomes: `Resource` (JSON with an `id` or `href`), `ResourceList`
 * (any list, including the docs' calendar list without `type` and with a string `page`),
 * `ResponseJson` (other JSON, top-level arrays included) and `Response` (everything that is
 * not parsed: empty answers, binary, and downloads even when their content type is JSON).
 * Every wrapper exposes the fetch response and the request id.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  Account,
  isKloudlessError,
  NoNextPage,
  Resource,
  ResourceList,
  Response,
  ResponseJson,
} from "../../src/index.ts";
import { bytes, empty, json, type Loopback, startLoopback } from "../helpers/loopback.ts";

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

/** The docs' own calendar list (kloudless-api examples, calendar/list-calendars-response.json). */
const DOCS_CALENDAR_LIST = {
  count: 3,
  next_page: null,
  objects: [
    {
      description: null,
      name: "kloudless@gmail.com",
      location: null,
      timezone: "America/Los_Angeles",
      id: "fa2xvdWRsZXNzLnRlc3QudGltb3RoeUBnbWFpbC5jb20=",
      account_id: "123",
    },
    {
      description: null,
      name: "Contacts",
      location: null,
      timezone: "America/Los_Angeles",
      id: "fI2NvbnRhY3RzQGdyb3VwLnYuY2FsZW5kYXIuZ29vZ2xlLmNvbQ==",
      account_id: "123",
    },
    {
      description: null,
      name: "Holidays in United States",
      location: null,
      timezone: "America/Los_Angeles",
      id: "fZW4udXNhI2hvbGlkYXlAZ3JvdXAudi5jYWxlbmRhci5nb29nbGUuY29t",
      account_id: "123",
    },
  ],
  page: "1",
};

describe("JSON answers", () => {
  it("wraps an object with an id as a Resource", async () => {
    lb.on("GET", "/v1/accounts/me/storage/files/f1", json({ id: "f1", name: "a.txt", type: "file", api: "storage" }));
    const result = await account.get("storage/files/{file_id}", { path: { file_id: "f1" } });
    expect(result).toBeInstanceOf(Resource);
    expect((result as Resource).data.name).toBe("a.txt");
  });

  it("wraps an object with only an href as a Resource", async () => {
    lb.on("GET", "/v1/accounts/me/storage/links/l1", json({ href: `${lb.url}/v1/accounts/me/storage/links/l1` }));
    expect(await account.get("storage/links/{link_id}", { path: { link_id: "l1" } })).toBeInstanceOf(Resource);
  });

  it("wraps an object_list as a ResourceList of Resources", async () => {
    lb.on(
      "GET",
      "/v1/accounts/me/storage/folders/root/contents",
      json({ objects: [{ id: "a" }, { id: "b" }], count: 2, page: 1, next_page: null, type: "object_list" }),
    );
    const result = await account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
    expect(result).toBeInstanceOf(ResourceList);
    expect(result.objects.map((o) => o.data.id)).toEqual(["a", "b"]);
  });

  it("wraps the docs' calendar list, which has no type and a string page, as a pageable ResourceList (the Python SDK made it ResponseJson)", async () => {
    lb.on("GET", "/v1/accounts/me/cal/calendars", json(DOCS_CALENDAR_LIST));
    const calendars = await account.get("cal/calendars");
    expect(calendars).toBeInstanceOf(ResourceList);
    const list = calendars as ResourceList<{ name: string }>;
    expect([...list].map((c) => c.data.name)).toEqual(["kloudless@gmail.com", "Contacts", "Holidays in United States"]);
    expect(list.page).toBe("1");
    expect(list.hasNextPage()).toBe(false);
    await expect(list.getNextPage()).rejects.toBeInstanceOf(NoNextPage);
    const all = [];
    for await (const calendar of list) all.push(calendar);
    expect(all).toHaveLength(3);
    expect(lb.requests).toHaveLength(1);
  });

  it("wraps a list found by an untyped path the same way, from its shape alone", async () => {
    lb.on("GET", "/v1/accounts/me/custom/list", json(DOCS_CALENDAR_LIST));
    expect(await account.request("GET", "custom/list")).toBeInstanceOf(ResourceList);
  });

  it("wraps JSON without identity (a cursor, a quota) as ResponseJson", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", json({ total: 100, used: 5 }));
    const quota = await account.get("storage/quota");
    expect(quota).toBeInstanceOf(ResponseJson);
    expect(quota).not.toBeInstanceOf(Resource);
    expect((quota as ResponseJson).data).toEqual({ total: 100, used: 5 });
  });

  it("wraps a top-level JSON array as ResponseJson (the Python SDK crashed on it)", async () => {
    lb.on("GET", "/v1/accounts/me/custom/array", json([{ id: 1 }, { id: 2 }]));
    const result = await account.request("GET", "custom/array");
    expect(result).toBeInstanceOf(ResponseJson);
    expect(result).not.toBeInstanceOf(Resource);
    expect((result as ResponseJson).data).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it("raises a Kloudless error, not a bare SyntaxError, for a JSON content type with a broken body", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", bytes("{not json", "application/json"));
    const error = await account.get("storage/quota").catch((e: unknown) => e);
    expect(isKloudlessError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(SyntaxError);
  });
});

describe("answers that are not parsed", () => {
  it("does not parse a download whose content type is JSON, and its body streams (the Python SDK parsed it)", async () => {
    const content = JSON.stringify({ id: "looks-like-a-resource", objects: [], type: "object_list" });
    lb.on("GET", "/v1/accounts/me/storage/files/report/contents", bytes(content, "application/json"));
    const download = await account.get("storage/files/{file_id}/contents", { path: { file_id: "report" } });
    expect(download).toBeInstanceOf(Response);
    expect(download).not.toBeInstanceOf(ResponseJson);
    expect(download.response.bodyUsed).toBe(false);
    const reader = download.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(content);
  });

  it("does not parse a JSON-typed download reached from a Resource, even when it is not valid JSON", async () => {
    lb.on("GET", "/v1/accounts/me/storage/files/f1", json({ id: "f1", type: "file", api: "storage" }));
    lb.on("GET", "/v1/accounts/me/storage/files/f1/contents", bytes("{ half a json", "application/json"));
    const file = (await account.get("storage/files/{file_id}", { path: { file_id: "f1" } })) as Resource;
    const download = (await file.get("contents")) as Response;
    expect(download).not.toBeInstanceOf(ResponseJson);
    expect(await download.text()).toBe("{ half a json");
  });

  it("does not parse a thumbnail", async () => {
    lb.on("GET", "/v1/accounts/me/storage/files/f1/thumbnail", bytes('{"x":1}', "application/json"));
    const thumb = await account.storage.files.thumbnail("f1");
    expect(thumb).not.toBeInstanceOf(ResponseJson);
    expect(await thumb.text()).toBe('{"x":1}');
  });

  it("wraps an empty 204 as a Response", async () => {
    lb.on("DELETE", "/v1/accounts/me/storage/files/f1", empty(204));
    const result = await account.delete("storage/files/{file_id}", { path: { file_id: "f1" } });
    expect(result).toBeInstanceOf(Response);
    expect(result).not.toBeInstanceOf(ResponseJson);
    expect(result.status).toBe(204);
  });

  it("wraps a 200 with a JSON content type and an empty body as a Response", async () => {
    lb.on("POST", "/v1/accounts/me/custom/empty", { status: 200, headers: { "content-type": "application/json" } });
    const result = await account.request("POST", "custom/empty");
    expect(result).toBeInstanceOf(Response);
    expect(result).not.toBeInstanceOf(ResponseJson);
  });

  it("wraps a binary answer as a Response whose bytes are intact", async () => {
    lb.on("GET", "/v1/accounts/me/custom/image", bytes(new Uint8Array([137, 80, 78, 71, 0, 255]), "image/png"));
    const result = await account.request("GET", "custom/image");
    expect(result).not.toBeInstanceOf(ResponseJson);
    expect([...new Uint8Array(await result.arrayBuffer())]).toEqual([137, 80, 78, 71, 0, 255]);
  });
});

describe("what every wrapper exposes", () => {
  it("exposes the fetch response, status, headers and request id on every kind of wrapper", async () => {
    lb.on("GET", "/v1/accounts/me/storage/files/f1", json({ id: "f1" }, { requestId: "rid-resource" }));
    lb.on("GET", "/v1/accounts/me/storage/quota", json({ total: 1 }, { requestId: "rid-json" }));
    lb.on("GET", "/v1/accounts/me/cal/calendars", json(DOCS_CALENDAR_LIST, { requestId: "rid-list" }));
    lb.on("DELETE", "/v1/accounts/me/storage/files/f1", {
      status: 204,
      requestId: "rid-empty",
      headers: { "X-A": "b" },
    });
    const resource = await account.get("storage/files/{file_id}", { path: { file_id: "f1" } });
    const plain = await account.get("storage/quota");
    const list = (await account.get("cal/calendars")) as ResourceList;
    const deleted = await account.delete("storage/files/{file_id}", { path: { file_id: "f1" } });
    expect(resource.requestId).toBe("rid-resource");
    expect(plain.requestId).toBe("rid-json");
    expect(list.requestId).toBe("rid-list");
    expect(list.objects[0]?.requestId).toBe("rid-list");
    expect(deleted.requestId).toBe("rid-empty");
    expect(deleted.headers.get("x-a")).toBe("b");
    expect(resource.response).toBeInstanceOf(globalThis.Response);
    expect(resource.status).toBe(200);
    expect(resource.headers.get("content-type")).toBe("application/json");
  });

  it("exposes the query parameters of the request", async () => {
    lb.on("GET", "/v1/accounts/me/storage/search", json({ objects: [], page: 1, type: "object_list" }));
    const result = await account.request("GET", "storage/search?q=x", { params: { page_size: 3 } });
    expect(result.queryParams).toEqual({ q: "x", page_size: "3" });
  });

  it("has no request id when the server sends none", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", json({ total: 1 }, { requestId: false }));
    expect((await account.get("storage/quota")).requestId).toBeUndefined();
  });
});
