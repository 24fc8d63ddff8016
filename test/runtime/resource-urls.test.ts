/**
 * Where a Resource's follow-up requests go (its canonical URL): its `href`; its own metadata
 * URL for storage files and folders; the `primary` calendar alias kept; the object below the
 * collection it was created in or listed from. And `refresh()`, which repeats the original GET.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../emulator/src/index.ts";
import { Account, Client, Resource, ResourceList, ResponseJson } from "../../src/index.ts";
import { json, type Loopback, startLoopback } from "../helpers/loopback.ts";

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
const storageItem = (type: "file" | "folder", id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id,
  type,
  api: "storage",
  account: 77,
  ...extra,
});
const list = (objects: unknown[], extra: Record<string, unknown> = {}) => ({
  objects,
  count: objects.length,
  page: 1,
  next_page: null,
  type: "object_list",
  ...extra,
});

describe("canonical URLs", () => {
  it("uses the href of an object for its follow-up requests", async () => {
    const href = `${lb.url}/v1/accounts/77/storage/links/l1`;
    lb.on("GET", `${ME}/storage/links/l1`, json({ id: "l1", href, api: "storage", type: "link" }));
    lb.on("PATCH", "/v1/accounts/77/storage/links/l1", json({ id: "l1", href, active: false }));
    const link = (await account.get("storage/links/{link_id}", { path: { link_id: "l1" } })) as Resource;
    expect(link.url).toBe(href);
    await link.patch("", { json: { active: false } });
    expect(lb.last().path).toBe("/v1/accounts/77/storage/links/l1");
  });

  it("points storage items of a folder listing at storage/files/<id> and storage/folders/<id>", async () => {
    lb.on(
      "GET",
      `${ME}/storage/folders/root/contents`,
      json(list([storageItem("file", "file_1"), storageItem("folder", "folder_2")])),
    );
    const contents = await account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
    expect(contents.objects.map((o) => o.url)).toEqual([
      `${lb.url}${ME}/storage/files/file_1`,
      `${lb.url}${ME}/storage/folders/folder_2`,
    ]);
    lb.on("GET", `${ME}/storage/folders/folder_2/contents`, json(list([])));
    await contents.objects[1]!.get("contents");
    expect(lb.last().path).toBe(`${ME}/storage/folders/folder_2/contents`);
  });

  it("points the root folder fetched by its alias at its real id", async () => {
    lb.on("GET", `${ME}/storage/folders/root`, json(storageItem("folder", "folder_real")));
    const root = (await account.get("storage/folders/{folder_id}", { path: { folder_id: "root" } })) as Resource;
    expect(root.url).toBe(`${lb.url}${ME}/storage/folders/folder_real`);
  });

  it("percent-encodes a storage id in the canonical URL", async () => {
    lb.on("GET", `${ME}/storage/search`, json(list([storageItem("file", "id with/slash")])));
    const found = await account.get("storage/search", { params: { q: "x" } });
    expect(found.objects[0]!.url).toBe(`${lb.url}${ME}/storage/files/id%20with%2Fslash`);
  });

  it("uses each object's own account in a multi-account listing (the Python SDK used the first account for all)", async () => {
    lb.on(
      "GET",
      "/v1/accounts/1,2/storage/search",
      json(list([storageItem("file", "a", { account: 1 }), storageItem("file", "b", { account: 2 })])),
    );
    const client = new Client({ apiKey: "key", baseUrl: lb.url, maxRetries: 0 });
    const found = (await client.request("GET", "accounts/1,2/storage/search")) as ResourceList;
    expect(found.objects.map((o) => o.url)).toEqual([
      `${lb.url}/v1/accounts/1/storage/files/a`,
      `${lb.url}/v1/accounts/2/storage/files/b`,
    ]);
  });

  it("works with a two-digit API version (the Python SDK's storage regex crashed on it)", async () => {
    lb.on("GET", "/v12/accounts/me/storage/files/f1", json(storageItem("file", "f1")));
    const v12 = new Account({ token: "tok", baseUrl: lb.url, apiVersion: 12, maxRetries: 0 });
    const file = (await v12.get("storage/files/{file_id}", { path: { file_id: "f1" } })) as Resource;
    expect(file.url).toBe(`${lb.url}/v12/accounts/me/storage/files/f1`);
  });

  it("keeps the primary calendar alias, so that calendar.get('events') lists the primary calendar's events", async () => {
    lb.on(
      "GET",
      `${ME}/cal/calendars/primary`,
      json({ id: "cal_real_id", name: "Work", api: "calendar", type: "calendar" }),
    );
    lb.on("GET", `${ME}/cal/calendars/primary/events`, json(list([])));
    const calendar = (await account.get("cal/calendars/{calendar_id}", {
      path: { calendar_id: "primary" },
    })) as Resource;
    expect(calendar.url).toBe(`${lb.url}${ME}/cal/calendars/primary`);
    await calendar.get("events");
    expect(lb.last().path).toBe(`${ME}/cal/calendars/primary/events`);
  });

  it("points a list child without href below the list URL", async () => {
    lb.on("GET", `${ME}/cal/calendars`, json(list([{ id: "c1", name: "Work" }])));
    const calendars = await account.get("cal/calendars");
    expect(calendars.objects[0]!.url).toBe(`${lb.url}${ME}/cal/calendars/c1`);
  });

  it("appends an id equal to the list's last segment (the Python SDK's string-suffix test dropped it)", async () => {
    lb.on("GET", `${ME}/storage/links`, json(list([{ id: "links", url: "https://example.com/x" }])));
    const links = await account.get("storage/links");
    expect(links.objects[0]!.url).toBe(`${lb.url}${ME}/storage/links/links`);
  });

  it("takes the options alone on a wrapper's own URL: events.post({ json }) as Python's events.post(json=...)", async () => {
    lb.on("GET", `${ME}/cal/calendars/primary/events`, json(list([])));
    lb.on("POST", `${ME}/cal/calendars/primary/events`, json({ id: "ev7", name: "Event test" }, { status: 201 }));
    const events = (await account.get("cal/calendars/{calendar_id}/events", {
      path: { calendar_id: "primary" },
      params: { page_size: 5 },
    })) as ResourceList;
    const event = await events.post({ json: { name: "Event test" } });
    expect(lb.last().method).toBe("POST");
    expect(lb.last().path).toBe(`${ME}/cal/calendars/primary/events`);
    expect(JSON.parse(lb.last().text)).toEqual({ name: "Event test" });
    expect(event.url).toBe(`${lb.url}${ME}/cal/calendars/primary/events/ev7`);
  });

  it("points an object created by POST below the collection, and a PATCHed object at itself", async () => {
    lb.on("POST", `${ME}/cal/calendars/primary/events`, json({ id: "ev1", name: "x" }, { status: 201 }));
    lb.on("PATCH", `${ME}/cal/calendars/primary/events/ev1`, json({ id: "ev1", name: "y" }));
    const events = account.request("POST", "cal/calendars/primary/events", { json: { name: "x" } });
    const created = (await events) as Resource;
    expect(created.url).toBe(`${lb.url}${ME}/cal/calendars/primary/events/ev1`);
    const patched = (await created.patch("", { json: { name: "y" } })) as Resource;
    expect(patched.url).toBe(`${lb.url}${ME}/cal/calendars/primary/events/ev1`);
  });
});

describe("accounts/me (Python SDK bug: account.get() gave a Resource on accounts/me/<id>)", () => {
  it("gives a Resource on accounts/me whose follow-up requests reach the account's paths", async () => {
    lb.on("GET", ME, json({ id: 1234567890, account: "a@example.com", api: "core", type: "account" }));
    lb.on("GET", `${ME}/storage/folders/root`, json(storageItem("folder", "root")));
    const me = await account.get();
    expect(me).toBeInstanceOf(Resource);
    expect(me.url).toBe(`${lb.url}${ME}`);
    await me.get("storage/folders/root");
    expect(lb.last().path).toBe(`${ME}/storage/folders/root`);
  });

  it("gives a Resource on accounts/<id> for an API-key account", async () => {
    lb.on("GET", "/v1/accounts/55", json({ id: 55, account: "b@example.com", api: "core", type: "account" }));
    lb.on("GET", "/v1/accounts/55/storage/quota", json({ total: 1 }));
    const me = await new Account({ apiKey: "k", accountId: 55, baseUrl: lb.url, maxRetries: 0 }).get();
    await me.get("storage/quota");
    expect(lb.last().path).toBe("/v1/accounts/55/storage/quota");
  });
});

describe("refresh()", () => {
  it("repeats the original GET with its query, headers and API version, and updates the data in place", async () => {
    lb.on("GET", "/v2/accounts/me/storage/files/f1", (_req, call) =>
      json(storageItem("file", "f1", { name: `version ${call}` })),
    );
    const file = (await account.request("GET", "storage/files/f1", {
      params: { fields: "name" },
      headers: { "X-Trace": "t1" },
      getRawData: true,
      apiVersion: 2,
    })) as Resource;
    expect(file.data.name).toBe("version 1");
    const same = await file.refresh();
    expect(same).toBe(file);
    expect(file.data.name).toBe("version 2");
    expect(lb.requests).toHaveLength(2);
    const [first, second] = lb.requests;
    expect(second!.rawUrl).toBe(first!.rawUrl);
    expect(second!.path).toBe("/v2/accounts/me/storage/files/f1");
    expect(second!.query.get("fields")).toBe("name");
    expect(second!.headers["x-trace"]).toBe("t1");
    expect(second!.headers["x-kloudless-raw-data"]).toBe("true");
  });

  it("GETs the canonical URL of an object created by POST, without the POST's query or body", async () => {
    lb.on("POST", `${ME}/storage/folders`, json(storageItem("folder", "folder_9"), { status: 201 }));
    lb.on("GET", `${ME}/storage/folders/folder_9`, json(storageItem("folder", "folder_9", { name: "fresh" })));
    const folder = (await account.post("storage/folders", {
      json: { name: "x", parent_id: "root" },
      params: { conflict_if_exists: true },
    })) as Resource;
    await folder.refresh();
    const req = lb.last();
    expect(req.method).toBe("GET");
    expect(req.path).toBe(`${ME}/storage/folders/folder_9`);
    expect(req.query.toString()).toBe("");
    expect(req.text).toBe("");
    expect(folder.data.name).toBe("fresh");
  });

  it("refetches the same page of a list with its query", async () => {
    lb.on("GET", `${ME}/storage/search`, (_req, call) => json(list([{ id: `hit-${call}` }])));
    const found = await account.get("storage/search", { params: { q: "report", page: 1 } });
    await found.refresh();
    expect(found.objects.map((o) => o.data.id)).toEqual(["hit-2"]);
    expect(lb.last().query.get("q")).toBe("report");
    expect(lb.last().query.get("page")).toBe("1");
  });
});

describe("against the emulator", () => {
  let emu: RunningEmulator;
  let storage: Account;
  let calendar: Account;

  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
    const token = (api: string) => emu.accounts.find((a) => a.apis.includes(api))!.token;
    storage = new Account({ token: token("storage"), baseUrl: emu.url, maxRetries: 0 });
    calendar = new Account({ token: token("calendar"), baseUrl: emu.url, maxRetries: 0 });
  });

  afterAll(async () => {
    await emu.close();
  });

  it("account.get() of accounts/me gives a Resource whose follow-up requests work (the Python SDK's accounts/me/<id>)", async () => {
    const me = await storage.get();
    expect(me.url).toBe(`${emu.url}/v1/accounts/me`);
    const root = await me.get("storage/folders/root");
    expect(root).toBeInstanceOf(Resource);
    expect(await me.get("storage/quota")).toBeInstanceOf(ResponseJson);
    expect((await me.refresh()).data.id).toBe(me.data.id);
  });

  it("follows storage items of a listing to their metadata and their folders to their contents", async () => {
    const root = await storage.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
    for (const item of root) {
      const again = (await item.get()) as Resource;
      expect(again.data.id).toBe(item.data.id);
      if (item.data.type === "folder") expect(await item.get("contents")).toBeInstanceOf(ResourceList);
    }
  });

  it("lists the primary calendar's events through the kept alias", async () => {
    const primary = await calendar.get("cal/calendars/{calendar_id}", { path: { calendar_id: "primary" } });
    expect(primary.url).toMatch(/\/cal\/calendars\/primary$/);
    const events = (await primary.get("events")) as ResourceList;
    expect(events).toBeInstanceOf(ResourceList);
    expect(emu.requests.at(-1)!.path).toMatch(/\/cal\/calendars\/primary\/events$/);
    expect(emu.requests.at(-1)!.status).toBe(200);
  });

  it("refreshes a created folder from its canonical URL and renames it there", async () => {
    const folder = (await storage.post("storage/folders", {
      json: { name: "canonical-demo", parent_id: "root" },
    })) as Resource;
    const renamed = (await folder.patch({ json: { name: "canonical-demo-2" } })) as Resource;
    expect(renamed.data.name).toBe("canonical-demo-2");
    await folder.refresh();
    expect(folder.data.name).toBe("canonical-demo-2");
  });
});
