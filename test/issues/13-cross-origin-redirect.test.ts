/**
 * Issue 13: fetch followed a 3xx to another origin, sending the client's default and
 * `X-Kloudless-*` headers there, a 307 replayed the JSON body to the other host, and the other
 * host's answer came back as the API's. A redirect to another origin is now refused with
 * `RedirectRefused` and nothing reaches the other host; same-origin redirects still work.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { Account, NotFound, RedirectRefused } from "../../src/index.ts";
import { json, type Loopback, startLoopback } from "../helpers/loopback.ts";

let api: Loopback;
let other: Loopback;
beforeEach(async () => {
  api = await startLoopback();
  other = await startLoopback();
  other.on("GET", /.*/, json({ id: "from-the-other-host" }));
  other.on("POST", /.*/, json({ id: "from-the-other-host" }));
});
afterEach(async () => {
  await api.close();
  await other.close();
});

function account(): Account {
  return new Account({ token: "s3cr3t-token", baseUrl: api.url, maxRetries: 0, headers: { "X-Team": "blue" } });
}

it("a 302 to another origin is refused and the other host sees nothing", async () => {
  api.on("GET", "/v1/accounts/me/storage/files/f1", { status: 302, headers: { location: `${other.url}/steal` } });
  const error = await account()
    .storage.files.retrieve("f1", { getRawData: true })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(RedirectRefused);
  expect((error as RedirectRefused).location).toBe(other.url);
  expect(other.requests).toHaveLength(0);
});

it("a 307 with a JSON body to another origin does not replay the body there", async () => {
  api.on("POST", "/v1/accounts/me/storage/folders", { status: 307, headers: { location: `${other.url}/folders` } });
  const error = await account()
    .storage.folders.create({ json: { name: "x", parent_id: "root" } })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(RedirectRefused);
  expect(other.requests).toHaveLength(0);
  expect(api.requests).toHaveLength(1);
});

it("a same-origin 301 is followed with the client's headers", async () => {
  api.on("GET", "/v1/accounts/me/storage/files/old", {
    status: 301,
    headers: { location: "/v1/accounts/me/storage/files/new" },
  });
  api.on("GET", "/v1/accounts/me/storage/files/new", json({ id: "new", type: "file", name: "n" }));
  const file = await account().storage.files.retrieve("old");
  expect(file.data.id).toBe("new");
  const followed = api.last();
  expect(followed.path).toBe("/v1/accounts/me/storage/files/new");
  expect(followed.headers.authorization).toBe("Bearer s3cr3t-token");
  expect(followed.headers["x-team"]).toBe("blue");
});

it("a same-origin 307 replays a replayable JSON body; a 303 turns a POST into a body-less GET", async () => {
  api.on("POST", "/v1/accounts/me/storage/folders", (_req, call) =>
    call === 1
      ? { status: 307, headers: { location: "/v1/accounts/me/storage/folders?again=1" } }
      : json({ id: "fold", type: "folder", name: "x" }, { status: 201 }),
  );
  await account().storage.folders.create({ json: { name: "x", parent_id: "root" } });
  const [first, second] = api.requests;
  expect(second?.method).toBe("POST");
  expect(second?.text).toBe(first?.text);

  api.reset();
  api.on("POST", "/v1/accounts/me/storage/files/f1/copy", {
    status: 303,
    headers: { location: "/v1/accounts/me/storage/files/f2" },
  });
  api.on("GET", "/v1/accounts/me/storage/files/f2", json({ id: "f2", type: "file", name: "n" }));
  const copy = await account().storage.files.copy("f1", { json: { parent_id: "root" } });
  expect(copy.data.id).toBe("f2");
  const get = api.last();
  expect(get.method).toBe("GET");
  expect(get.body.byteLength).toBe(0);
  expect(get.headers["content-type"]).toBeUndefined();
});

it("a redirect loop on the origin ends with RedirectRefused, not a hang", async () => {
  api.on("GET", "/v1/accounts/me/storage/files/loop", {
    status: 302,
    headers: { location: "/v1/accounts/me/storage/files/loop" },
  });
  const error = await account()
    .storage.files.retrieve("loop")
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(RedirectRefused);
  expect(api.requests.length).toBeGreaterThan(1);
  expect(api.requests.length).toBeLessThanOrEqual(6);
});

it("an error status after a same-origin redirect is the typed error of that status", async () => {
  api.on("GET", "/v1/accounts/me/storage/files/gone", { status: 302, headers: { location: "/v1/nowhere" } });
  const error = await account()
    .storage.files.retrieve("gone")
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(NotFound);
});
