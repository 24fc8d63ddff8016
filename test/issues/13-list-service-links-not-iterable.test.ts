/**
 * Issue 13: `account.storage.files.listServiceLinks(id)` is typed as a `ResourceList`, but a
 * spec-valid `{ "objects": [...] }` body (no `count`, `page` or `type`) came back as a
 * `ResponseJson`, and `for await` over it threw "is not async iterable". A typed call's answer is
 * now wrapped by the operation table's result kind, whatever the list envelope leaves out; the
 * untyped `request()` to a path of no operation still lets the body decide.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Account, Resource, ResourceList, ResponseJson } from "../../src/index.ts";
import { json, type Loopback, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;
let account: Account;

beforeAll(async () => {
  lb = await startLoopback();
  account = new Account({ token: "tok", baseUrl: lb.url, maxRetries: 0 });
});

afterEach(() => lb.reset());

afterAll(() => lb.close());

/** What `ServiceLinks` allows: a bare envelope, without any paging field. */
const links = { objects: [{ url: "https://example.com/s/1" }, { url: "https://example.com/s/2" }] };

describe("listServiceLinks answers a bare { objects } envelope", () => {
  it("storage.files.listServiceLinks resolves to a ResourceList that for await iterates", async () => {
    lb.on("GET", "/v1/accounts/me/storage/files/f1/links", json(links));
    const result = await account.storage.files.listServiceLinks("f1");
    expect(result).toBeInstanceOf(ResourceList);
    const urls: unknown[] = [];
    for await (const link of result) urls.push(link.data.url);
    expect(urls).toEqual(["https://example.com/s/1", "https://example.com/s/2"]);
    expect(lb.seen("/v1/accounts/me/storage/files/f1/links")).toHaveLength(1);
  });

  it("storage.folders.listServiceLinks does the same", async () => {
    lb.on("GET", "/v1/accounts/me/storage/folders/d1/links", json(links));
    const result = await account.storage.folders.listServiceLinks("d1");
    expect(result).toBeInstanceOf(ResourceList);
    expect((await result.toArray()).every((link) => link instanceof Resource)).toBe(true);
  });

  it("the typed path call wraps it the same way", async () => {
    lb.on("GET", "/v1/accounts/me/storage/files/f1/links", json(links));
    const result = await account.get("storage/files/{file_id}/links", { path: { file_id: "f1" } });
    expect(result).toBeInstanceOf(ResourceList);
  });

  it("an empty envelope is an empty list, not an error", async () => {
    lb.on("GET", "/v1/accounts/me/storage/files/f1/links", json({}));
    const result = await account.storage.files.listServiceLinks("f1");
    expect(result).toBeInstanceOf(ResourceList);
    expect(await result.toArray()).toEqual([]);
  });

  it("request() to a path no operation has still lets the body decide", async () => {
    lb.on("GET", "/v1/accounts/me/custom/links", json(links));
    const result = await account.request("GET", "custom/links");
    expect(result).toBeInstanceOf(ResponseJson);
    expect(result).not.toBeInstanceOf(ResourceList);
  });
});
