/**
 * The operation table (generated/operations.ts) is loaded on a client's first call, not when the
 * SDK is imported: constructing clients and reaching their method groups reads only the
 * operationIds, so an app's bundler can split the table off the initial load. (Test files run in
 * their own module graph: nothing else has loaded the table here.)
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { Account, Client, ResourceList } from "../../src/index.ts";
import { operationsLoaded } from "../../src/operations/operations.ts";
import { json, type Loopback, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;
beforeAll(async () => {
  lb = await startLoopback();
});
afterAll(() => lb.close());

it("builds clients and method groups without the table, and loads it on the first call", async () => {
  const account = new Account({ token: "tok", baseUrl: lb.url, maxRetries: 0 });
  const client = new Client({ apiKey: "key", baseUrl: lb.url, maxRetries: 0 });
  expect(typeof account.storage.folders.listContents).toBe("function");
  expect(typeof client.meta.applications.list).toBe("function");
  expect(operationsLoaded()).toBe(false);

  lb.on("GET", "/v1/accounts/me/storage/folders/root/contents", json({ objects: [{ id: "a" }], type: "object_list" }));
  // Two calls at once before the table is there: both wait for the one load, both are wrapped by it.
  const [first, second] = await Promise.all([
    account.storage.folders.listContents("root"),
    account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } }),
  ]);
  expect(operationsLoaded()).toBe(true);
  expect(first).toBeInstanceOf(ResourceList);
  expect(second).toBeInstanceOf(ResourceList);
  expect(lb.requests).toHaveLength(2);
});
