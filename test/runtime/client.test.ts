/**
 * `Client` and `Account`: construction rules, the global configuration, URLs, default and
 * per-request headers, the per-request options as the server sees them, and request bodies.
 * Everything goes over real HTTP to a loopback server.
 */
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  Aborted,
  Account,
  Client,
  configuration,
  Forbidden,
  InvalidParameter,
  NotFound,
  Resource,
  ResponseJson,
  VERSION,
} from "../../src/index.ts";
import { apiError, json, type Loopback, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;

beforeAll(async () => {
  lb = await startLoopback();
});

afterEach(() => lb.reset());

afterAll(async () => {
  await lb.close();
});

const ME = "/v1/accounts/me";

/** An account on the loopback server that never retries (failures show at once). */
function account(options: Partial<ConstructorParameters<typeof Account>[0]> = {}): Account {
  return new Account({ token: "tok-123", baseUrl: lb.url, maxRetries: 0, ...options });
}

/** Catches what a synchronous or asynchronous call throws. */
async function thrown(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

describe("construction", () => {
  it("builds the account URL on accounts/me for a token, as the Python SDK does", () => {
    const a = new Account({ token: "t" });
    expect(a.url).toBe("https://api.kloudless.com/v1/accounts/me");
    expect(a.accountId).toBe("me");
  });

  it("builds the account URL on the account id for an API key", () => {
    expect(new Account({ apiKey: "k", accountId: 123 }).url).toBe("https://api.kloudless.com/v1/accounts/123");
    expect(new Account({ apiKey: "k", accountId: "456" }).accountId).toBe("456");
  });

  it("refuses an API key without an account id with InvalidParameter naming accountId", async () => {
    const error = await thrown(() => new Account({ apiKey: "k" }));
    expect(error).toBeInstanceOf(InvalidParameter);
    expect((error as InvalidParameter).parameter).toBe("accountId");
    expect((error as Error).message).toMatch(/accountId must be provided/);
  });

  it("refuses an Account or a Client with neither a token nor an API key", async () => {
    for (const make of [() => new Account({}), () => new Client({}), () => new Client(undefined as never)]) {
      const error = await thrown(make);
      expect(error).toBeInstanceOf(InvalidParameter);
    }
    expect(((await thrown(() => new Client({}))) as Error).message).toMatch(/API Key or Bearer Token must be provided/);
  });

  it("refuses empty or non-string credentials", async () => {
    expect(await thrown(() => new Client({ token: "" }))).toBeInstanceOf(InvalidParameter);
    expect(await thrown(() => new Client({ apiKey: 42 as never }))).toBeInstanceOf(InvalidParameter);
  });

  it("builds the client URL on the version root", () => {
    expect(new Client({ token: "meta" }).url).toBe("https://api.kloudless.com/v1");
    expect(new Client({ apiKey: "k" }).url).toBe("https://api.kloudless.com/v1");
  });

  it("refuses an invalid baseUrl and negative timeouts or retries", async () => {
    expect(((await thrown(() => new Client({ token: "t", baseUrl: "not a url" }))) as InvalidParameter).parameter).toBe(
      "baseUrl",
    );
    expect(((await thrown(() => new Client({ token: "t", timeout: -1 }))) as InvalidParameter).parameter).toBe(
      "timeout",
    );
    expect(
      ((await thrown(() => new Client({ token: "t", maxRetries: Number.NaN }))) as InvalidParameter).parameter,
    ).toBe("maxRetries");
  });

  it("drops trailing slashes of baseUrl", () => {
    expect(new Account({ token: "t", baseUrl: `${lb.url}//` }).url).toBe(`${lb.url}/v1/accounts/me`);
  });
});

describe("configuration", () => {
  const saved = { ...configuration };
  afterEach(() => {
    configuration.baseUrl = saved.baseUrl;
    configuration.apiVersion = saved.apiVersion;
  });

  it("defaults to https://api.kloudless.com and version 1", () => {
    expect(saved).toEqual({ baseUrl: "https://api.kloudless.com", apiVersion: 1 });
  });

  it("is read when a client is constructed, so changes affect only clients created afterwards", () => {
    const before = new Account({ token: "t" });
    configuration.baseUrl = "http://localhost:8002";
    configuration.apiVersion = "2";
    const after = new Account({ token: "t" });
    expect(before.url).toBe("https://api.kloudless.com/v1/accounts/me");
    expect(after.url).toBe("http://localhost:8002/v2/accounts/me");
    expect(new Client({ apiKey: "k" }).url).toBe("http://localhost:8002/v2");
  });

  it("is overridden by the baseUrl and apiVersion options of one client", () => {
    configuration.baseUrl = "http://localhost:8002";
    const a = new Account({ token: "t", baseUrl: lb.url, apiVersion: 3 });
    expect(a.url).toBe(`${lb.url}/v3/accounts/me`);
    expect(a.apiVersion).toBe(3);
  });
});

describe("credentials and default headers on the wire", () => {
  it("sends a token as a Bearer Authorization header and an API key as APIKey", async () => {
    lb.on("GET", ME, json({ id: 1 })).on("GET", "/v1/accounts/7", json({ id: 7 }));
    await account().get();
    expect(lb.last().headers.authorization).toBe("Bearer tok-123");
    await new Account({ apiKey: "key-9", accountId: 7, baseUrl: lb.url }).get();
    expect(lb.last().headers.authorization).toBe("APIKey key-9");
  });

  it("prefers the token when both a token and an API key are given", async () => {
    lb.on("GET", "/v1/accounts", json({ objects: [], type: "object_list", page: 1 }));
    await new Client({ token: "meta-tok", apiKey: "key", baseUrl: lb.url }).get("accounts");
    expect(lb.last().headers.authorization).toBe("Bearer meta-tok");
  });

  it("identifies itself with a kloudless-ts User-Agent", async () => {
    lb.on("GET", ME, json({ id: 1 }));
    await account().get();
    expect(lb.last().headers["user-agent"]).toBe(`kloudless-ts/${VERSION}`);
  });

  it("sends account.headers with every request, including headers added after construction", async () => {
    lb.on("GET", ME, json({ id: 1 }));
    const a = account({ headers: { "X-Custom": "one" } });
    a.headers["X-Kloudless-Raw-Data"] = "true";
    await a.get();
    await a.get();
    for (const req of lb.requests) {
      expect(req.headers["x-custom"]).toBe("one");
      expect(req.headers["x-kloudless-raw-data"]).toBe("true");
    }
  });

  it("sends default headers added later with generated methods called without options too", async () => {
    lb.on("GET", ME, json({ id: 1 }));
    const a = account();
    await a.accounts.retrieve();
    expect(lb.last().headers["x-custom"]).toBeUndefined();
    a.headers["X-Custom"] = "later";
    await a.accounts.retrieve();
    expect(lb.last().headers["x-custom"]).toBe("later");
    expect(lb.last().headers.authorization).toBe("Bearer tok-123");
  });

  it("lets per-request headers win over default headers but never over Authorization", async () => {
    lb.on("GET", ME, json({ id: 1 }));
    const a = account({ headers: { "X-Custom": "default" } });
    await a.get("", { headers: { "X-Custom": "mine", Authorization: "Bearer forged" } });
    expect(lb.last().headers["x-custom"]).toBe("mine");
    expect(lb.last().headers.authorization).toBe("Bearer tok-123");
  });

  it("does not modify the caller's headers object (the Python SDK wrote Kloudless headers into it)", async () => {
    lb.on("GET", ME, json({ id: 1 }));
    const headers = { "X-Custom": "1" };
    await account().request("GET", "", { headers, getRawData: true, impersonateUserId: "u1" });
    expect(headers).toEqual({ "X-Custom": "1" });
  });
});

describe("per-request options as X-Kloudless-* headers", () => {
  it("sends getRawData as X-Kloudless-Raw-Data true or false", async () => {
    lb.on("GET", ME, json({ id: 1 }));
    await account().request("GET", "", { getRawData: true });
    expect(lb.last().headers["x-kloudless-raw-data"]).toBe("true");
    await account().request("GET", "", { getRawData: false });
    expect(lb.last().headers["x-kloudless-raw-data"]).toBe("false");
    await account().request("GET", "");
    expect(lb.last().headers["x-kloudless-raw-data"]).toBeUndefined();
  });

  it("sends rawHeaders as JSON in X-Kloudless-Raw-Headers, and nothing for an empty object", async () => {
    lb.on("GET", ME, json({ id: 1 }));
    await account().request("GET", "", { rawHeaders: { "If-Match": "abc", "X-Upstream": "1" } });
    expect(JSON.parse(String(lb.last().headers["x-kloudless-raw-headers"]))).toEqual({
      "If-Match": "abc",
      "X-Upstream": "1",
    });
    await account().request("GET", "", { rawHeaders: {} });
    expect(lb.last().headers["x-kloudless-raw-headers"]).toBeUndefined();
  });

  it("sends impersonateUserId as X-Kloudless-As-User, numbers as their string form", async () => {
    lb.on("GET", ME, json({ id: 1 }));
    await account().request("GET", "", { impersonateUserId: "user_42" });
    expect(lb.last().headers["x-kloudless-as-user"]).toBe("user_42");
    await account().request("GET", "", { impersonateUserId: 42 });
    expect(lb.last().headers["x-kloudless-as-user"]).toBe("42");
  });

  it("sends the per-request options through the typed verbs and the generated methods too", async () => {
    lb.on("GET", "/v1/accounts/me/storage/files/f1", json({ id: "f1", api: "storage", type: "file" }));
    const a = account();
    await a.get("storage/files/{file_id}", { path: { file_id: "f1" }, getRawData: true, impersonateUserId: "u" });
    expect(lb.last().headers).toMatchObject({ "x-kloudless-raw-data": "true", "x-kloudless-as-user": "u" });
    await a.storage.files.retrieve("f1", { rawHeaders: { A: "b" } });
    expect(lb.last().headers["x-kloudless-raw-headers"]).toBe('{"A":"b"}');
  });
});

describe("URLs and query parameters", () => {
  it("treats a leading slash as relative to the account, as the Python SDK does", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", json({ total: 1, used: 0 }));
    await account().request("GET", "/storage/quota");
    await account().get("storage/quota");
    expect(lb.requests.map((r) => r.path)).toEqual(["/v1/accounts/me/storage/quota", "/v1/accounts/me/storage/quota"]);
  });

  it("merges a query string in the path with params, params winning; arrays repeat and null is left out", async () => {
    lb.on("GET", "/v1/accounts/me/storage/search", json({ objects: [], page: 1, type: "object_list" }));
    await account().request("GET", "storage/search?q=draft&page_size=5", {
      params: { page_size: 10, lang: ["a", "b"], recursive: true, skip: null, omit: undefined },
    });
    const query = lb.last().query;
    expect(query.get("q")).toBe("draft");
    expect(query.get("page_size")).toBe("10");
    expect(query.getAll("lang")).toEqual(["a", "b"]);
    expect(query.get("recursive")).toBe("true");
    expect(query.has("skip")).toBe(false);
    expect(query.has("omit")).toBe(false);
  });

  it("sends one request to another API version with apiVersion, leaving the client's version alone", async () => {
    lb.on("GET", /^\/v\d+\/accounts\/me$/, json({ id: 1 }));
    const a = account();
    await a.get();
    await a.request("GET", "", { apiVersion: 2 });
    await a.request("GET", "", { apiVersion: 10 });
    await a.get();
    expect(lb.requests.map((r) => r.path)).toEqual([ME, "/v2/accounts/me", "/v10/accounts/me", ME]);
  });

  it('sends get("", { apiVersion: 2 }) for the account itself, as Python\'s get(api_version=2)', async () => {
    lb.on("GET", /^\/v\d+\/accounts\/me$/, json({ id: 1 }));
    const me = await account().get("", { apiVersion: 2, params: { retrieve_full: true } });
    expect(me).toBeInstanceOf(Resource);
    expect(lb.last().path).toBe("/v2/accounts/me");
    expect(lb.last().query.get("retrieve_full")).toBe("true");
  });

  it("still takes the options alone at run time, for JavaScript callers: get({ apiVersion: 2 })", async () => {
    lb.on("GET", /^\/v\d+\/accounts\/me$/, json({ id: 1 }));
    const a = account();
    const untypedGet = a.get as unknown as (options: object) => Promise<unknown>;
    expect(await untypedGet.call(a, { apiVersion: 2 })).toBeInstanceOf(Resource);
    expect(lb.last().path).toBe("/v2/accounts/me");
  });

  it("rewrites only the version segment of the URL (the Python SDK's regex hit the first /v<digit> of the base path)", async () => {
    lb.on("GET", "/v2proxy/v3/accounts/me", json({ id: 1 }));
    await new Account({ token: "t", baseUrl: `${lb.url}/v2proxy`, maxRetries: 0 }).request("GET", "", {
      apiVersion: 3,
    });
    expect(lb.last().path).toBe("/v2proxy/v3/accounts/me");
  });

  it("keeps the per-request apiVersion on the Resource's follow-up requests", async () => {
    lb.on("GET", "/v2/accounts/me/storage/files/f1", json({ id: "f1", api: "storage", type: "file" }));
    lb.on("GET", "/v2/accounts/me/storage/files/f1/links", json({ objects: [], page: 1, type: "object_list" }));
    const file = await account().request("GET", "storage/files/f1", { apiVersion: 2 });
    expect(file.url).toBe(`${lb.url}/v2/accounts/me/storage/files/f1`);
    await file.get("links");
    expect(lb.last().path).toBe("/v2/accounts/me/storage/files/f1/links");
  });

  it("reaches any path through the request() escape hatch", async () => {
    lb.on("POST", "/v1/accounts/me/not/in/the/spec", json({ ok: true }));
    const result = await account().request("post", "not/in/the/spec", { json: { a: 1 } });
    expect(result).toBeInstanceOf(ResponseJson);
    expect(lb.last().method).toBe("POST");
  });
});

describe("getRawResponse", () => {
  it("returns the fetch Response untouched, its JSON body unread", async () => {
    lb.on("GET", ME, json({ id: 1, account: "a@example.com" }, { headers: { "X-Extra": "yes" } }));
    const raw = (await account().request("GET", "", { getRawResponse: true })) as unknown as globalThis.Response;
    expect(raw).toBeInstanceOf(globalThis.Response);
    expect(raw).not.toBeInstanceOf(Resource);
    expect(raw.status).toBe(200);
    expect(raw.headers.get("x-extra")).toBe("yes");
    expect(raw.bodyUsed).toBe(false);
    expect(await raw.json()).toEqual({ id: 1, account: "a@example.com" });
  });
});

describe("errors and cancellation of raw requests", () => {
  it("still raises API errors with getRawResponse and account.raw(), as the Python SDK does", async () => {
    lb.on("GET", ME, apiError(404, "not_found", "gone"));
    lb.on("POST", `${ME}/raw`, apiError(403, "forbidden", "upstream said no"));
    await expect(account().request("GET", "", { getRawResponse: true })).rejects.toBeInstanceOf(NotFound);
    await expect(account().raw("GET", "/x")).rejects.toBeInstanceOf(Forbidden);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const error = await thrown(() => account().get("", { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(Aborted);
    expect(lb.requests).toHaveLength(0);
  });
});

describe("request bodies", () => {
  it("sends json as application/json", async () => {
    lb.on(
      "POST",
      "/v1/accounts/me/storage/folders",
      json({ id: "new", api: "storage", type: "folder" }, { status: 201 }),
    );
    await account().post("storage/folders", { json: { name: "Docs", parent_id: "root" } });
    expect(lb.last().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(lb.last().text)).toEqual({ name: "Docs", parent_id: "root" });
  });

  it("sends data as application/octet-stream unless the caller names a type (the Python SDK sent no type)", async () => {
    lb.on("POST", "/v1/accounts/me/storage/files", json({ id: "f", api: "storage", type: "file" }, { status: 201 }));
    await account().post("storage/files", { data: "hello" });
    expect(lb.last().headers["content-type"]).toBe("application/octet-stream");
    expect(lb.last().text).toBe("hello");
    await account().post("storage/files", { data: "a,b", headers: { "Content-Type": "text/csv" } });
    expect(lb.last().headers["content-type"]).toBe("text/csv");
  });

  it("sends bytes, Blobs and Node streams byte for byte", async () => {
    lb.on("POST", "/v1/accounts/me/storage/files", json({ id: "f", api: "storage", type: "file" }, { status: 201 }));
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await account().post("storage/files", { data: bytes });
    expect([...lb.last().body]).toEqual([0, 1, 2, 250, 255]);
    await account().post("storage/files", { data: new Blob(["blob body"], { type: "text/plain" }) });
    expect(lb.last().text).toBe("blob body");
    expect(lb.last().headers["content-type"]).toBe("text/plain");
    await account().post("storage/files", { data: Readable.from([Buffer.from("part 1, "), Buffer.from("part 2")]) });
    expect(lb.last().text).toBe("part 1, part 2");
  });

  it("refuses a plain object as data instead of silently form-encoding it (the Python SDK did)", async () => {
    const error = await thrown(() => account().post("storage/files", { data: { name: "x" } as never }));
    expect(error).toBeInstanceOf(InvalidParameter);
    expect((error as InvalidParameter).parameter).toBe("data");
    expect(lb.requests).toHaveLength(0);
  });

  it("refuses json and data together", async () => {
    const error = await thrown(() => account().post("storage/files", { data: "x", json: {} as never }));
    expect(error).toBeInstanceOf(InvalidParameter);
    expect(lb.requests).toHaveLength(0);
  });
});

describe("pass-through", () => {
  it("posts account.raw() to raw with X-Kloudless-Raw-Method and X-Kloudless-Raw-URI and returns the fetch Response", async () => {
    lb.on("POST", "/v1/accounts/me/raw", json({ upstream: true }));
    const response = await account().raw("get", "/drive/v2/about", { params: { fields: "user" } });
    expect(response).toBeInstanceOf(globalThis.Response);
    expect(await response.json()).toEqual({ upstream: true });
    const req = lb.last();
    expect(req.method).toBe("POST");
    expect(req.headers["x-kloudless-raw-method"]).toBe("GET");
    expect(req.headers["x-kloudless-raw-uri"]).toBe("/drive/v2/about");
    expect(req.query.get("fields")).toBe("user");
  });
});
