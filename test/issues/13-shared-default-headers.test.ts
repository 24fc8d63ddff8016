/**
 * Issue 13: the headers of a request were one `Headers` object shared by every request of a
 * client, so a custom `fetch` that set or deleted a header on one request changed every later one.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { Account } from "../../src/index.ts";
import { json, type Loopback, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;
beforeEach(async () => {
  lb = await startLoopback();
  lb.on("GET", "/v1/accounts/me/storage/quota", json({ used: 1 }));
});
afterEach(() => lb.close());

/** A fetch that changes the headers it is given on its first call only. */
function meddlingFetch(): typeof fetch {
  let calls = 0;
  return ((url: string, init: RequestInit) => {
    if (calls++ === 0) {
      const headers = init.headers as Headers;
      headers.delete("authorization");
      headers.set("x-first-only", "1");
    }
    return fetch(url, init);
  }) as typeof fetch;
}

it("a custom fetch changing one request's headers leaves the next request's alone", async () => {
  const account = new Account({ token: "tok-1234", baseUrl: lb.url, maxRetries: 0, fetch: meddlingFetch() });
  await account.storage.quota();
  await account.storage.quota();
  const [first, second] = lb.requests;
  expect(first?.headers.authorization).toBeUndefined();
  expect(first?.headers["x-first-only"]).toBe("1");
  expect(second?.headers.authorization).toBe("Bearer tok-1234");
  expect(second?.headers["x-first-only"]).toBeUndefined();
});

it("holds for requests with options and client default headers too", async () => {
  const account = new Account({
    token: "tok-1234",
    baseUrl: lb.url,
    maxRetries: 0,
    headers: { "X-Team": "a" },
    fetch: meddlingFetch(),
  });
  await account.get("storage/quota", { getRawData: true });
  await account.get("storage/quota", { getRawData: true });
  const second = lb.requests[1];
  expect(second?.headers.authorization).toBe("Bearer tok-1234");
  expect(second?.headers["x-team"]).toBe("a");
  expect(second?.headers["x-first-only"]).toBeUndefined();
});
