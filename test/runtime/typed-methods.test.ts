/**
 * The generated per-operation methods (`account.storage.files.retrieve(id)`): each reaches the
 * operation's URL with the right method, encodes its path arguments, takes the usual request
 * options, and resolves to the same wrappers as the verbs.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Account, Client, InvalidParameter, Resource, ResourceList, Response, ResponseJson } from "../../src/index.ts";
import { bytes, empty, json, type Loopback, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;
let account: Account;
let client: Client;

beforeAll(async () => {
  lb = await startLoopback();
  account = new Account({ token: "tok", baseUrl: lb.url, maxRetries: 0 });
  client = new Client({ apiKey: "key", baseUrl: lb.url, maxRetries: 0 });
});

afterEach(() => lb.reset());

afterAll(async () => {
  await lb.close();
});

const file = (id: string) => ({ id, name: `${id}.txt`, type: "file", api: "storage", account: 77 });
const list = (objects: unknown[]) => ({
  objects,
  count: objects.length,
  page: 1,
  next_page: null,
  type: "object_list",
});

describe("account methods", () => {
  it("storage.files.retrieve GETs storage/files/<id> and resolves to a Resource", async () => {
    lb.on("GET", "/v1/accounts/me/storage/files/f1", json(file("f1")));
    const result = await account.storage.files.retrieve("f1");
    expect(lb.last().method).toBe("GET");
    expect(result).toBeInstanceOf(Resource);
    expect(result.data.name).toBe("f1.txt");
    expect(result.url).toBe(`${lb.url}/v1/accounts/me/storage/files/f1`);
  });

  it("storage.folders.listContents resolves to a ResourceList of Resources", async () => {
    lb.on("GET", "/v1/accounts/me/storage/folders/root/contents", json(list([file("a"), file("b")])));
    const result = await account.storage.folders.listContents("root");
    expect(result).toBeInstanceOf(ResourceList);
    expect([...result].map((r) => r.data.id)).toEqual(["a", "b"]);
    expect([...result].every((r) => r instanceof Resource)).toBe(true);
  });

  it("storage.files.download resolves to an unparsed Response whose body streams", async () => {
    lb.on("GET", "/v1/accounts/me/storage/files/f1/contents", bytes('{"not":"parsed"}', "application/json"));
    const result = await account.storage.files.download("f1");
    expect(result).toBeInstanceOf(Response);
    expect(result).not.toBeInstanceOf(ResponseJson);
    expect(await result.text()).toBe('{"not":"parsed"}');
  });

  it("events.latestCursor resolves to ResponseJson and accounts.retrieve to the account Resource", async () => {
    lb.on("GET", "/v1/accounts/me/events/latest", json({ cursor: "c-9" }));
    lb.on("GET", "/v1/accounts/me", json({ id: 77, account: "a@example.com", api: "core", type: "account" }));
    const cursor = await account.events.latestCursor();
    expect(cursor).toBeInstanceOf(ResponseJson);
    expect(cursor).not.toBeInstanceOf(Resource);
    expect(cursor.data).toEqual({ cursor: "c-9" });
    const me = await account.accounts.retrieve();
    expect(me).toBeInstanceOf(Resource);
    expect(me.url).toBe(`${lb.url}/v1/accounts/me`);
  });

  it("calendar.events.create POSTs the JSON body below the calendar", async () => {
    lb.on(
      "POST",
      "/v1/accounts/me/cal/calendars/primary/events",
      json({ id: "ev1", name: "Standup", api: "calendar", type: "event" }, { status: 201 }),
    );
    const created = await account.calendar.events.create("primary", {
      json: { name: "Standup", start: "2019-01-01T12:30:00Z", end: "2019-01-01T13:30:00Z" },
    });
    expect(created).toBeInstanceOf(Resource);
    expect(JSON.parse(lb.last().text)).toMatchObject({ name: "Standup" });
    expect(created.url).toBe(`${lb.url}/v1/accounts/me/cal/calendars/primary/events/ev1`);
  });

  it("storage.files.delete resolves to a Response for the empty 204", async () => {
    lb.on("DELETE", "/v1/accounts/me/storage/files/f1", empty(204));
    const result = await account.storage.files.delete("f1");
    expect(lb.last().method).toBe("DELETE");
    expect(result).toBeInstanceOf(Response);
    expect(result.status).toBe(204);
  });

  it("passes params as the query string", async () => {
    lb.on("GET", "/v1/accounts/me/storage/folders/root/contents", json(list([])));
    await account.storage.folders.listContents("root", { params: { page_size: 5 } });
    expect(lb.last().query.get("page_size")).toBe("5");
  });

  it("binds the account id of an API-key account", async () => {
    lb.on("GET", "/v1/accounts/321/storage/files/f1", json(file("f1")));
    const byKey = new Account({ apiKey: "key", accountId: 321, baseUrl: lb.url, maxRetries: 0 });
    await byKey.storage.files.retrieve("f1");
    expect(lb.last().path).toBe("/v1/accounts/321/storage/files/f1");
    expect(lb.last().headers.authorization).toBe("APIKey key");
  });
});

describe("path arguments", () => {
  it("percent-encodes each path argument as one segment", async () => {
    lb.on("GET", /^\/v1\/accounts\/me\/storage\/files\/[^/]+$/, json(file("x")));
    await account.storage.files.retrieve("a/b?c#d e%");
    expect(lb.last().path).toBe("/v1/accounts/me/storage/files/a%2Fb%3Fc%23d%20e%25");
    expect(lb.last().query.toString()).toBe("");
  });

  it("encodes every argument of a two-argument operation", async () => {
    lb.on("GET", /\/events\//, json({ id: "e/1", api: "calendar", type: "event" }));
    await account.calendar.events.retrieve("cal/1", "e/1");
    expect(lb.last().path).toBe("/v1/accounts/me/cal/calendars/cal%2F1/events/e%2F1");
  });

  it("refuses more arguments than the operation takes", async () => {
    const call = (account.storage.files.retrieve as (...args: unknown[]) => Promise<unknown>)("a", "b", {});
    await expect(call).rejects.toThrow(InvalidParameter);
    expect(lb.requests).toHaveLength(0);
  });
});

describe("client methods", () => {
  it("meta.applications.list is reachable from a Client and resolves to a ResourceList", async () => {
    lb.on("GET", "/v1/meta/applications", json(list([{ id: "app1", name: "Demo" }])));
    const apps = await new Client({ token: "meta", baseUrl: lb.url, maxRetries: 0 }).meta.applications.list();
    expect(apps).toBeInstanceOf(ResourceList);
    expect(apps.objects[0]?.data).toMatchObject({ id: "app1" });
  });

  it("account-scoped operations on a Client take the account id first", async () => {
    lb.on("GET", "/v1/accounts/77/storage/files/f1", json(file("f1")));
    const result = await client.storage.files.retrieve(77, "f1");
    expect(lb.last().path).toBe("/v1/accounts/77/storage/files/f1");
    expect(result).toBeInstanceOf(Resource);
    expect(result.url).toBe(`${lb.url}/v1/accounts/77/storage/files/f1`);
  });

  it("accounts.list resolves to a ResourceList whose children point at accounts/<id>", async () => {
    lb.on("GET", "/v1/accounts", json(list([{ id: 5, account: "x@example.com", api: "core", type: "account" }])));
    const accounts = await client.accounts.list();
    expect(accounts.objects[0]?.url).toBe(`${lb.url}/v1/accounts/5`);
  });
});
