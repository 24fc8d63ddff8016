/**
 * Security rules, each proven over real HTTP:
 * - credentials go only to the configured API origin: absolute URLs and hrefs elsewhere are
 *   refused before anything is sent (a second server on another port sees nothing);
 * - ids in paths are percent-encoded, and `..`, empty and non-string segments are refused;
 * - an API key is refused in a browser unless explicitly allowed;
 * - tokens, API keys, client secrets and the Authorization header stay out of log lines and
 *   error messages.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  Account,
  Client,
  getTokenFromCode,
  InvalidParameter,
  isKloudlessError,
  Logger,
  type LogSink,
  type Resource,
  type ResourceList,
} from "../../src/index.ts";
import { apiError, empty, json, type Loopback, startLoopback } from "../helpers/loopback.ts";

/** The configured API server. */
let api: Loopback;
/** Another origin (same host, another port) that must never be contacted. */
let other: Loopback;
let account: Account;

beforeAll(async () => {
  api = await startLoopback();
  other = await startLoopback();
  account = new Account({ token: "tok", baseUrl: api.url, maxRetries: 0 });
});

afterEach(() => {
  api.reset();
  other.reset();
});

afterAll(async () => {
  await api.close();
  await other.close();
});

const ME = "/v1/accounts/me";

/** What a call throws (synchronously or by rejecting). */
async function thrown(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

describe("credentials go only to the configured origin", () => {
  it("refuses an absolute URL on another origin before sending anything", async () => {
    for (const target of [`${other.url}/v1/accounts/me`, `${other.url.replace("http:", "https:")}/x`]) {
      const error = await thrown(() => account.request("GET", target));
      expect(error).toBeInstanceOf(InvalidParameter);
      expect((error as Error).message).toMatch(/only sent to the configured API origin/);
    }
    expect(other.requests).toHaveLength(0);
    expect(api.requests).toHaveLength(0);
  });

  it("refuses a protocol-relative URL to another host", async () => {
    const error = await thrown(() => account.request("GET", `//${new URL(other.url).host}/v1/x`));
    expect(error).toBeInstanceOf(InvalidParameter);
    expect(other.requests).toHaveLength(0);
  });

  it("accepts an absolute URL on the configured origin", async () => {
    api.on("GET", `${ME}/storage/quota`, json({ total: 1 }));
    await account.request("GET", `${api.url}${ME}/storage/quota`);
    expect(api.requests).toHaveLength(1);
  });

  it("refuses follow-up requests of a Resource whose href is on another origin", async () => {
    const href = `${other.url}${ME}/storage/files/f1`;
    api.on("GET", `${ME}/storage/files/f1`, json({ id: "f1", href, type: "file", api: "storage" }));
    const file = (await account.get("storage/files/{file_id}", { path: { file_id: "f1" } })) as Resource;
    for (const call of [
      () => file.get("contents"),
      () => file.patch("", { json: { name: "x" } }),
      () => file.delete(),
      () => file.post("copy", { json: { parent_id: "root" } }),
    ]) {
      expect(await thrown(call)).toBeInstanceOf(InvalidParameter);
    }
    expect(other.requests).toHaveLength(0);
    expect(api.requests).toHaveLength(1);
  });

  it("refuses requests of list children and created objects whose href is on another origin", async () => {
    api.on(
      "GET",
      `${ME}/storage/links`,
      json({ objects: [{ id: "l1", href: `${other.url}/v1/links/l1` }], page: 1, type: "object_list" }),
    );
    api.on("POST", `${ME}/storage/links`, json({ id: "l2", href: `${other.url}/v1/links/l2` }, { status: 201 }));
    const links = (await account.get("storage/links")) as ResourceList;
    expect(await thrown(() => links.objects[0]!.get())).toBeInstanceOf(InvalidParameter);
    expect(await thrown(() => links.objects[0]!.refresh())).toBeInstanceOf(InvalidParameter);
    const created = (await account.post("storage/links", { json: { file_id: "f1", active: true } })) as Resource;
    expect(await thrown(() => created.refresh())).toBeInstanceOf(InvalidParameter);
    expect(other.requests).toHaveLength(0);
  });

  it("does not carry the Authorization header across a redirect to another origin", async () => {
    other.on("GET", "/landing", json({ landed: true }));
    api.on("GET", `${ME}/storage/quota`, { status: 302, headers: { Location: `${other.url}/landing` } });
    await account.get("storage/quota").catch(() => undefined);
    for (const req of other.requests) expect(req.headers.authorization).toBeUndefined();
  });
});

describe("ids and path segments", () => {
  it("percent-encodes ids so that they cannot add segments, a query or a fragment", async () => {
    api.on("GET", /\/storage\/files\/[^/]+$/, json({ id: "x" }));
    await account.storage.files.retrieve("../../12/storage/files/x?y=1#z");
    expect(api.last().path).toBe(`${ME}/storage/files/..%2F..%2F12%2Fstorage%2Ffiles%2Fx%3Fy%3D1%23z`);
    expect(api.last().query.toString()).toBe("");
  });

  it("refuses '..', '.', empty and non-string ids with InvalidParameter naming the parameter", async () => {
    for (const bad of ["..", ".", "", null, undefined, { id: "x" }, ["a"], Number.NaN, true]) {
      const error = await thrown(() => account.storage.files.retrieve(bad as string));
      expect(error, `id ${JSON.stringify(bad)}`).toBeInstanceOf(InvalidParameter);
      expect((error as InvalidParameter).parameter).toBe("file_id");
    }
    const second = await thrown(() => account.calendar.events.retrieve("primary", ".."));
    expect((second as InvalidParameter).parameter).toBe("event_id");
    expect(api.requests).toHaveLength(0);
  });

  it("refuses '..' and '.' segments in relative paths, however they are spelled", async () => {
    for (const path of [
      "storage/../../12/storage/files",
      "storage/./files",
      "storage/%2e%2e/x",
      "storage/.%2E/x",
      "storage\\..\\..\\12",
      "storage/.\t./x",
      "storage/%2e\n%2e/x",
    ]) {
      const error = await thrown(() => account.request("GET", path));
      expect(error, JSON.stringify(path)).toBeInstanceOf(InvalidParameter);
      expect((error as InvalidParameter).parameter).toBe("path");
    }
    expect(api.requests).toHaveLength(0);
  });

  it("refuses an account id that would climb out of accounts/", async () => {
    for (const accountId of ["..", ".", "", null]) {
      const error = await thrown(() => new Account({ apiKey: "k", accountId: accountId as string, baseUrl: api.url }));
      expect(error, String(accountId)).toBeInstanceOf(InvalidParameter);
      expect((error as InvalidParameter).parameter).toBe("accountId");
    }
  });

  it("percent-encodes an account id", async () => {
    api.on("GET", /^\/v1\/accounts\/[^/]+$/, json({ id: 1 }));
    await new Account({ apiKey: "k", accountId: "1/storage", baseUrl: api.url, maxRetries: 0 }).get();
    expect(api.last().path).toBe("/v1/accounts/1%2Fstorage");
    await new Account({ apiKey: "k", accountId: "%2e%2e", baseUrl: api.url, maxRetries: 0 }).get();
    expect(api.last().path).toBe("/v1/accounts/%252e%252e");
  });
});

describe("API keys in browsers", () => {
  const g = globalThis as { window?: unknown; document?: unknown };

  /** Runs `fn` with browser-like `window` and `document` globals, then removes them. */
  function inBrowser<T>(fn: () => T): T {
    g.window = {};
    g.document = {};
    try {
      return fn();
    } finally {
      delete g.window;
      delete g.document;
    }
  }

  it("refuses an API key in a browser-like environment", async () => {
    const client = await thrown(() => inBrowser(() => new Client({ apiKey: "key" })));
    expect(client).toBeInstanceOf(InvalidParameter);
    expect((client as InvalidParameter).parameter).toBe("apiKey");
    expect((client as Error).message).toMatch(/dangerouslyAllowBrowser/);
    expect(await thrown(() => inBrowser(() => new Account({ apiKey: "key", accountId: 1 })))).toBeInstanceOf(
      InvalidParameter,
    );
    expect(g.window).toBeUndefined();
  });

  it("allows an API key in a browser with dangerouslyAllowBrowser, and a token always", () => {
    expect(inBrowser(() => new Client({ apiKey: "key", dangerouslyAllowBrowser: true }))).toBeInstanceOf(Client);
    expect(inBrowser(() => new Account({ token: "tok" }))).toBeInstanceOf(Account);
  });

  it("allows an API key on a server", () => {
    expect(new Client({ apiKey: "key" })).toBeInstanceOf(Client);
  });
});

describe("secrets stay out of logs and error messages", () => {
  const TOKEN = "tok_SECRET_9f8e7d";
  const API_KEY = "key_SECRET_1a2b3c";
  const OTHER_KEY = "key_SECRET_deleted_4d5e";
  const SECRETS = [TOKEN, API_KEY, OTHER_KEY];

  it("never writes a token, an API key, a client_secret or the Authorization header to a debug log line or an error message", async () => {
    const lines: string[] = [];
    const sink: LogSink = {
      debug: (m) => lines.push(m),
      info: (m) => lines.push(m),
      warn: (m) => lines.push(m),
      error: (m) => lines.push(m),
    };
    const logger = new Logger(sink, "debug");
    const messages: string[] = [];
    const capture = (error: unknown) => {
      expect(isKloudlessError(error)).toBe(true);
      messages.push(String((error as Error).message), String(error), (error as Error).stack ?? "");
    };

    api.on("GET", `${ME}/storage/quota`, apiError(401, "unauthorized", "Invalid credentials"));
    api.on("GET", "/v1/accounts/5/storage/quota", json({ total: 1 }));
    api.on("DELETE", /\/apikeys\//, empty(204));
    api.on("POST", "/v1/oauth/token", apiError(400, "invalid_grant", "bad code"));
    api.on("GET", "/v1/oauth/token", apiError(401, "unauthorized", "bad token"));

    const byToken = new Account({ token: TOKEN, baseUrl: api.url, maxRetries: 0, logger });
    const byKey = new Account({ apiKey: API_KEY, accountId: 5, baseUrl: api.url, maxRetries: 0, logger });
    const meta = new Client({ token: TOKEN, baseUrl: api.url, maxRetries: 0, logger });

    await byToken.get("storage/quota").catch(capture);
    await byKey.request("GET", "storage/quota", { params: { access_token: TOKEN, api_key: API_KEY } });
    await meta.meta.apiKeys.delete("app_1", OTHER_KEY);
    await getTokenFromCode({
      appId: "app_1",
      apiKey: API_KEY,
      origState: "s",
      origRedirectUri: "http://localhost/cb",
      params: { state: "s", code: "the-code" },
      baseUrl: api.url,
      maxRetries: 0,
      logger,
    }).catch(capture);
    // A request that cannot connect at all: its error names the URL.
    const closed = await startLoopback();
    await closed.close();
    await new Account({ token: TOKEN, baseUrl: closed.url, maxRetries: 0, logger })
      .request("GET", "storage/quota", { params: { token: TOKEN } })
      .catch(capture);

    // The secrets did reach the server where they belong.
    expect(api.requests.some((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(api.requests.some((r) => r.text.includes(`client_secret=${API_KEY}`))).toBe(true);

    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const text of [...lines, ...messages]) {
      for (const secret of SECRETS) expect(text, text).not.toContain(secret);
      expect(text).not.toMatch(/authorization:/i);
    }
  });
});
