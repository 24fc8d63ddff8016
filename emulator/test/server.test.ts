/**
 * The emulator's server over real HTTP: the CLI, authentication, routing, validation, activity,
 * the core endpoints, fault injection, CORS, concurrency and shutdown.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import { type RunningEmulator, startEmulator } from "../src/index.ts";
import { loadSeedFile } from "../src/seed.ts";
import { responseViolations } from "../src/validate.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");

let emu: RunningEmulator;
let storageToken: string;
let storageId: number;
let calendarToken: string;
let calendarId: number;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, recordResponses: true });
  const storage = emu.accounts.find((a) => a.apis.includes("storage"));
  const calendar = emu.accounts.find((a) => a.apis.includes("calendar"));
  if (!storage || !calendar) throw new Error("demo seed lacks accounts");
  storageToken = storage.token;
  storageId = storage.id;
  calendarToken = calendar.token;
  calendarId = calendar.id;
});

afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

function api(path: string, init: RequestInit & { token?: string; apiKey?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
  if (init.apiKey) headers.set("Authorization", `APIKey ${init.apiKey}`);
  return fetch(`${emu.url}/v1${path}`, { ...init, headers });
}

async function json(res: Response): Promise<Record<string, unknown>> {
  expect(res.headers.get("content-type")).toBe("application/json");
  return (await res.json()) as Record<string, unknown>;
}

async function createFolder(name: string): Promise<Record<string, unknown>> {
  const res = await api("/accounts/me/storage/folders", {
    method: "POST",
    token: storageToken,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name, parent_id: "root" }),
  });
  return json(res);
}

describe("CLI", () => {
  it("prints one JSON line with url and credentials, serves requests, logs them without tokens, and exits on SIGTERM", async () => {
    // tsx's own binary (what `npx tsx` runs) relays SIGTERM to the emulator and exits with its code.
    const child = spawn(TSX, ["emulator/src/cli.ts", "--port", "0", "--json"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const lines = createInterface({ input: child.stdout });
    const [first] = (await once(lines, "line")) as [string];
    const ready = JSON.parse(first) as {
      url: string;
      appId: string;
      apiKey: string;
      metaToken: string;
      accounts: { id: number; service: string; apis: string[]; token: string }[];
    };
    expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(typeof ready.appId).toBe("string");
    expect(typeof ready.apiKey).toBe("string");
    expect(typeof ready.metaToken).toBe("string");
    const account = ready.accounts.find((a) => a.apis.includes("storage"));
    expect(account).toBeDefined();

    const res = await fetch(`${ready.url}/v1/accounts/me/storage/folders/root`, {
      headers: { Authorization: `Bearer ${account?.token}` },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { type: string }).type).toBe("folder");

    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stderr).toMatch(/GET \/v1\/accounts\/me\/storage\/folders\/root 200 [\d.]+ms/);
    expect(stderr).not.toContain(account?.token as string);

    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
  }, 30_000);
});

describe("authentication", () => {
  it("answers a request without credentials with 401 authentication_required whose id is the X-Request-Id", async () => {
    const res = await api("/accounts/me/storage/folders/root");
    expect(res.status).toBe(401);
    const body = await json(res);
    expect(body).toMatchObject({ status_code: 401, error_code: "authentication_required" });
    expect(body.id).toBe(res.headers.get("x-request-id"));
  });

  it("rejects an unknown Bearer token and an unknown API key with 401 unauthorized", async () => {
    const bad = await api("/accounts/me", { token: "not-a-token" });
    expect(bad.status).toBe(401);
    expect((await json(bad)).error_code).toBe("unauthorized");
    const badKey = await api(`/accounts/${storageId}`, { apiKey: "not-a-key" });
    expect(badKey.status).toBe(401);
  });

  it("resolves me to the Bearer token's account and refuses another account's ID with 403", async () => {
    const me = await json(await api("/accounts/me", { token: storageToken }));
    expect(me).toMatchObject({ id: storageId, api: "core", type: "account", service: "dropbox" });
    const byId = await api(`/accounts/${storageId}`, { token: storageToken });
    expect(byId.status).toBe(200);
    const other = await api(`/accounts/${calendarId}`, { token: storageToken });
    expect(other.status).toBe(403);
    expect((await json(other)).error_code).toBe("permission_denied");
  });

  it("lets the API key reach any account by ID with any casing of the scheme, but not me", async () => {
    for (const scheme of ["APIKey", "ApiKey", "apikey"]) {
      const res = await api(`/accounts/${calendarId}`, { headers: { Authorization: `${scheme} ${emu.apiKey}` } });
      expect(res.status).toBe(200);
    }
    const me = await api("/accounts/me", { apiKey: emu.apiKey });
    expect(me.status).toBe(400);
    expect((await json(me)).message).toContain("account_id");
    const missing = await api("/accounts/999999", { apiKey: emu.apiKey });
    expect(missing.status).toBe(404);
  });

  it("lists every account with the API key and only the token's account with a Bearer token", async () => {
    const all = await json(await api("/accounts", { apiKey: emu.apiKey }));
    expect(emu.accounts).toHaveLength(5);
    expect(all).toMatchObject({ total: 5, count: 5, page: 1, type: "object_list", api: "meta" });
    const own = await json(await api("/accounts", { token: calendarToken }));
    expect((own.objects as { id: number }[]).map((a) => a.id)).toEqual([calendarId]);
  });

  it("accepts the meta token only on /meta, and neither account tokens nor the API key there", async () => {
    const ok = await api("/meta/applications", { token: emu.metaToken });
    expect(ok.status).toBe(200);
    expect((await api("/meta/applications", { token: storageToken })).status).toBe(401);
    expect((await api("/meta/applications", { apiKey: emu.apiKey })).status).toBe(403);
    expect((await api("/accounts/me", { token: emu.metaToken })).status).toBe(401);
  });

  it("requires the API key to import an account", async () => {
    const body = JSON.stringify({ account: "new@example.com", service: "box", token: "upstream" });
    const headers = { "Content-Type": "application/json" };
    const withToken = await api("/accounts", { method: "POST", token: storageToken, headers, body });
    expect(withToken.status).toBe(403);
    const imported = await api("/accounts", { method: "POST", apiKey: emu.apiKey, headers, body });
    expect(imported.status).toBe(201);
    const account = await json(imported);
    expect(account).toMatchObject({ account: "new@example.com", service: "box", service_name: "Box", type: "account" });
    expect((await api(`/accounts/${account.id}`, { method: "DELETE", apiKey: emu.apiKey })).status).toBe(204);
    expect((await api(`/accounts/${account.id}`, { apiKey: emu.apiKey })).status).toBe(404);
  });

  it("honours X-Kloudless-As-User for team users of admin accounts only", async () => {
    const asUser = (user: string, token = storageToken) =>
      api("/accounts/me/storage/folders/root", { token, headers: { "X-Kloudless-As-User": user } });
    expect((await asUser("user_2")).status).toBe(200);
    const unknown = await asUser("user_999");
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).message).toContain("X-Kloudless-As-User");

    const imported = await json(
      await api("/accounts", {
        method: "POST",
        apiKey: emu.apiKey,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ account: "plain@example.com", service: "dropbox", token: "upstream" }),
      }),
    );
    const plain = await api(`/accounts/${imported.id}/storage/folders/root`, {
      apiKey: emu.apiKey,
      headers: { "X-Kloudless-As-User": "user_2" },
    });
    expect(plain.status).toBe(403);
    expect(emu.requests.at(-1)?.headers["x-kloudless-as-user"]).toBe("user_2");
  });
});

describe("routing and validation", () => {
  it("answers unknown paths with 404 not_found and wrong methods with 405 method_not_allowed", async () => {
    const unknown = await api("/accounts/me/nothing-here", { token: storageToken });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error_code).toBe("not_found");
    const outside = await fetch(`${emu.url}/v2/accounts/me`);
    expect(outside.status).toBe(404);
    const wrong = await api("/accounts/me/storage/quota", { method: "DELETE", token: storageToken });
    expect(wrong.status).toBe(405);
    expect((await json(wrong)).error_code).toBe("method_not_allowed");
    expect(wrong.headers.get("allow")).toBe("GET");
  });

  it("accepts a trailing slash", async () => {
    const res = await api("/accounts/me/storage/quota/", { token: storageToken });
    expect(res.status).toBe(200);
  });

  it("names the query parameter that breaks the spec", async () => {
    const tooBig = await api("/accounts/me/storage/recent?page_size=1001", { token: storageToken });
    expect(tooBig.status).toBe(400);
    expect(await json(tooBig)).toMatchObject({
      error_code: "invalid_parameters",
      message: "page_size: must be <= 1000",
    });
    const notInt = await api("/accounts/me/storage/links?page=abc", { token: storageToken });
    expect((await json(notInt)).message).toBe("page: must be an integer");
    const missing = await api("/accounts/me/storage/search", { token: storageToken });
    expect((await json(missing)).message).toBe("q: is required");
  });

  it("names the body field that breaks the spec and rejects malformed JSON", async () => {
    const res = await api("/accounts/me/storage/folders", {
      method: "POST",
      token: storageToken,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: 5 }),
    });
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ error_code: "invalid_parameters", message: "name: must be a string" });
    const broken = await api("/accounts/me/storage/folders", {
      method: "POST",
      token: storageToken,
      headers: { "Content-Type": "application/json" },
      body: "{not json",
    });
    expect(broken.status).toBe(400);
  });

  it("sends X-Request-Id on every response, 204s included", async () => {
    const folder = await createFolder(`request-id-${Date.now()}`);
    const res = await api(`/accounts/me/storage/folders/${folder.id}`, { method: "DELETE", token: storageToken });
    expect(res.status).toBe(204);
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.text()).toBe("");
  });
});

describe("activity", () => {
  it("has the seeded activity of both accounts from after-auth", async () => {
    for (const token of [storageToken, calendarToken]) {
      const page = await json(await api("/accounts/me/events?cursor=after-auth", { token }));
      expect(page.count as number).toBeGreaterThan(0);
      expect((page.objects as { type: string }[])[0]?.type).toBe("add");
    }
  });

  it("records each change with an increasing cursor and serves only what follows a cursor", async () => {
    const { cursor: start } = await json(await api("/accounts/me/events/latest", { token: storageToken }));
    const folder = await createFolder(`activity-${Date.now()}`);
    await api(`/accounts/me/storage/folders/${folder.id}`, {
      method: "PATCH",
      token: storageToken,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: `${folder.name}-renamed` }),
    });
    await api(`/accounts/me/storage/folders/${folder.id}`, { method: "DELETE", token: storageToken });

    const first = await json(await api(`/accounts/me/events?cursor=${start}&page_size=2`, { token: storageToken }));
    expect((first.objects as { type: string }[]).map((e) => e.type)).toEqual(["add", "rename"]);
    expect(first).toMatchObject({ count: 2, remaining: 1, type: "object_list", api: "activity" });
    expect(Number(first.cursor)).toBeGreaterThan(Number(start));
    const second = await json(await api(`/accounts/me/events?cursor=${first.cursor}`, { token: storageToken }));
    expect(
      (second.objects as { type: string; metadata: { id: string } }[]).map((e) => [e.type, e.metadata.id]),
    ).toEqual([["delete", folder.id]]);
    expect(Number(second.cursor)).toBeGreaterThan(Number(first.cursor));
    const done = await json(await api(`/accounts/me/events?cursor=${second.cursor}`, { token: storageToken }));
    expect(done).toMatchObject({ count: 0, objects: [], cursor: second.cursor, remaining: 0 });
  });

  it("rejects a foreign cursor and cursor combined with from", async () => {
    expect((await api("/accounts/me/events?cursor=bogus", { token: storageToken })).status).toBe(400);
    const both = await api("/accounts/me/events?cursor=1&from=2020-01-01T00:00:00Z", { token: storageToken });
    expect(both.status).toBe(400);
  });

  it("limits events to the from/until range", async () => {
    const future = await json(await api("/accounts/me/events?from=2999-01-01T00:00:00Z", { token: storageToken }));
    expect(future.count).toBe(0);
    const past = await json(
      await api("/accounts/me/events?from=2000-01-01T00:00:00Z&until=2001-01-01T00:00:00Z", { token: storageToken }),
    );
    expect(past.count).toBe(0);
    const all = await json(await api("/accounts/me/events?from=2000-01-01T00:00:00Z", { token: storageToken }));
    expect(all.count as number).toBeGreaterThan(0);
  });
});

describe("core endpoints", () => {
  it("echoes a pass-through request predictably", async () => {
    const res = await api("/accounts/me/raw?limit=5&tag=a&tag=b", {
      method: "POST",
      token: storageToken,
      headers: {
        "X-Kloudless-Raw-Method": "POST",
        "X-Kloudless-Raw-URI": "/2/files/list_folder",
        "X-Kloudless-Raw-Headers": JSON.stringify({ "Dropbox-API-Arg": "x" }),
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ path: "" }),
    });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({
      account: storageId,
      method: "POST",
      uri: "/2/files/list_folder",
      query: { limit: "5", tag: ["a", "b"] },
      headers: { "Dropbox-API-Arg": "x" },
      body: '{"path":""}',
      body_encoding: "utf8",
    });
    const binary = await json(
      await api("/accounts/me/raw", {
        method: "POST",
        token: storageToken,
        headers: {
          "X-Kloudless-Raw-Method": "PUT",
          "X-Kloudless-Raw-URI": "/upload",
          "Content-Type": "application/octet-stream",
        },
        body: new Uint8Array([0xff, 0x00, 0xfe]),
      }),
    );
    expect(binary).toMatchObject({ body: "/wD+", body_encoding: "base64" });
    const missing = await api("/accounts/me/raw", { method: "POST", token: storageToken });
    expect((await json(missing)).message).toContain("X-Kloudless-Raw-Method: is required");
  });

  it("encodes raw IDs and lists public services", async () => {
    const encoded = await json(
      await api("/accounts/me/encode_raw_id", {
        method: "POST",
        token: storageToken,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ raw_id: "id:abc", type: "file" }),
      }),
    );
    expect(encoded).toEqual({ id: `file_${Buffer.from("id:abc").toString("base64url")}` });
    const services = await json(await api("/public/services?apis=calendar", { token: storageToken }));
    expect((services.objects as { id: string }[]).map((s) => s.id)).toContain("google_calendar");
    expect((services.objects as { apis: string[] }[]).every((s) => s.apis.includes("calendar"))).toBe(true);
  });
});

describe("faults", () => {
  it("answers a status fault with a Kloudless error and without running the handler", async () => {
    const name = `fault-status-${Date.now()}`;
    emu.faults.add({ match: { operationId: "storage.folders.create" }, kind: "status", status: 503, times: 1 });
    const res = await api("/accounts/me/storage/folders", {
      method: "POST",
      token: storageToken,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name }),
    });
    expect(res.status).toBe(503);
    expect(await json(res)).toMatchObject({ status_code: 503, error_code: "service_not_available" });
    const search = await json(await api(`/accounts/me/storage/search?q=${name}`, { token: storageToken }));
    expect(search.count).toBe(0);
    expect(emu.faults.list()).toEqual([]);
  });

  it("rate-limits with 429 too_many_requests and Retry-After, for as many requests as told", async () => {
    emu.faults.add({ match: { method: "GET", path: "/storage/quota" }, kind: "rateLimit", retryAfter: 2, times: 2 });
    for (let i = 0; i < 2; i++) {
      const res = await api("/accounts/me/storage/quota", { token: storageToken });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("2");
      expect((await json(res)).error_code).toBe("too_many_requests");
    }
    expect((await api("/accounts/me/storage/quota", { token: storageToken })).status).toBe(200);
    const date = new Date(Date.now() + 5000).toUTCString();
    emu.faults.add({ kind: "rateLimit", retryAfter: date, times: 1 });
    expect((await api("/accounts/me/storage/quota", { token: storageToken })).headers.get("retry-after")).toBe(date);
  });

  it("delays answers with a latency fault", async () => {
    emu.faults.add({ match: { path: "storage/quota$" }, kind: "latency", delayMs: 300, times: 1 });
    const started = Date.now();
    const res = await api("/accounts/me/storage/quota", { token: storageToken });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it("resets the connection before the handler runs, leaving state unchanged", async () => {
    const name = `fault-reset-${Date.now()}`;
    emu.faults.add({ match: { operationId: "storage.folders.create" }, kind: "reset", times: 1 });
    await expect(
      api("/accounts/me/storage/folders", {
        method: "POST",
        token: storageToken,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name }),
      }),
    ).rejects.toThrow();
    const search = await json(await api(`/accounts/me/storage/search?q=${name}`, { token: storageToken }));
    expect(search.count).toBe(0);
    expect(emu.requests.some((r) => r.fault === "reset" && r.status === 0)).toBe(true);
  });

  it("with afterHandler, applies the change and then resets the connection", async () => {
    const name = `fault-after-${Date.now()}`;
    emu.faults.add({ match: { operationId: "storage.folders.create" }, kind: "reset", afterHandler: true, times: 1 });
    await expect(
      api("/accounts/me/storage/folders", {
        method: "POST",
        token: storageToken,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name }),
      }),
    ).rejects.toThrow();
    const search = await json(await api(`/accounts/me/storage/search?q=${name}`, { token: storageToken }));
    expect(search.count).toBe(1);
  });

  it("with afterHandler, applies the change and then answers the injected status", async () => {
    const name = `fault-after-status-${Date.now()}`;
    emu.faults.add({
      match: { operationId: "storage.folders.create" },
      kind: "status",
      status: 500,
      afterHandler: true,
      times: 1,
    });
    const res = await api("/accounts/me/storage/folders", {
      method: "POST",
      token: storageToken,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name }),
    });
    expect(res.status).toBe(500);
    const search = await json(await api(`/accounts/me/storage/search?q=${name}`, { token: storageToken }));
    expect(search.count).toBe(1);
  });

  it("cuts the body mid-way with resetMidBody", async () => {
    emu.faults.add({ match: { operationId: "storage.folders.listContents" }, kind: "resetMidBody", times: 1 });
    const res = await api("/accounts/me/storage/folders/root/contents", { token: storageToken });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it("sends truncated JSON with truncateJson", async () => {
    emu.faults.add({ match: { operationId: "storage.folders.retrieve" }, kind: "truncateJson", times: 1 });
    const res = await api("/accounts/me/storage/folders/root", { token: storageToken });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text)).toThrow();
  });

  it("answers an HTML 502 page with nonJsonError", async () => {
    emu.faults.add({ kind: "nonJsonError", times: 1 });
    const res = await api("/accounts/me/storage/quota", { token: storageToken });
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toBe("text/html");
    expect(await res.text()).toContain("<html>");
  });

  it("is configured over HTTP at /__emulator/faults, where [] clears every rule", async () => {
    const add = await fetch(`${emu.url}/__emulator/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ match: { path: "/storage/quota" }, kind: "status", status: 500 }),
    });
    expect(add.status).toBe(200);
    expect((await api("/accounts/me/storage/quota", { token: storageToken })).status).toBe(500);
    expect((await api("/accounts/me/storage/quota", { token: storageToken })).status).toBe(500);
    const clear = await fetch(`${emu.url}/__emulator/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "[]",
    });
    expect(await clear.json()).toEqual([]);
    expect((await api("/accounts/me/storage/quota", { token: storageToken })).status).toBe(200);
    const bad = await fetch(`${emu.url}/__emulator/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ kind: "boom" }),
    });
    expect(bad.status).toBe(400);
  });

  it("applies only global rules to paths the spec does not know", async () => {
    emu.faults.add({ kind: "status", status: 500 });
    expect((await api("/unknown", { token: storageToken })).status).toBe(404);
    emu.faults.clear();
    emu.faults.add({ kind: "status", status: 500, global: true, times: 1 });
    expect((await api("/unknown", { token: storageToken })).status).toBe(500);
  });

  it("takes fault rules from the startEmulator options", async () => {
    const other = await startEmulator({ faults: [{ kind: "rateLimit", times: 1 }] });
    try {
      const token = other.accounts[0]?.token as string;
      const first = await fetch(`${other.url}/v1/accounts/me`, { headers: { Authorization: `Bearer ${token}` } });
      expect(first.status).toBe(429);
      expect(first.headers.get("retry-after")).toBe("1");
      const second = await fetch(`${other.url}/v1/accounts/me`, { headers: { Authorization: `Bearer ${token}` } });
      expect(second.status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe("seeds", () => {
  it("loads accounts, fixed credentials and a file tree from a seed JSON file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-seed-"));
    const file = join(dir, "seed.json");
    writeFileSync(
      file,
      JSON.stringify({
        apiKey: "seed-key",
        metaToken: "seed-meta",
        accounts: [
          {
            id: 4242,
            account: "alice@example.com",
            service: "box",
            token: "alice-token",
            files: [
              { name: "Docs", children: [{ name: "a.txt", content: "hello" }] },
              { name: "b.bin", base64: Buffer.from([0, 1, 2]).toString("base64") },
            ],
          },
        ],
      }),
    );
    const seeded = await startEmulator({ seed: loadSeedFile(file) });
    try {
      expect(seeded).toMatchObject({ apiKey: "seed-key", metaToken: "seed-meta" });
      expect(seeded.accounts).toEqual([{ id: 4242, service: "box", apis: ["storage"], token: "alice-token" }]);
      const res = await fetch(`${seeded.url}/v1/accounts/4242/storage/folders/root/contents?recursive=true`, {
        headers: { Authorization: "APIKey seed-key" },
      });
      const page = (await res.json()) as { objects: { path: string; size: number | null }[] };
      expect(page.objects.map((o) => [o.path, o.size])).toEqual([
        ["/Docs", null],
        ["/Docs/a.txt", 5],
        ["/b.bin", 3],
      ]);
    } finally {
      await seeded.close();
    }
  });
});

describe("CORS", () => {
  it("answers preflights for any /v1 path with the Kloudless headers allowed and exposes X-Request-Id", async () => {
    const res = await fetch(`${emu.url}/v1/accounts/me/storage/files`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://app.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers":
          "authorization, content-type, x-kloudless-metadata, x-kloudless-future-option",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://app.example");
    expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
    const allowed = (res.headers.get("access-control-allow-headers") ?? "").toLowerCase();
    for (const header of [
      "authorization",
      "content-type",
      "x-kloudless-metadata",
      "x-kloudless-as-user",
      "x-kloudless-raw-uri",
      "x-kloudless-future-option",
    ]) {
      expect(allowed).toContain(header);
    }
    const get = await api("/accounts/me/storage/quota", { token: storageToken });
    expect(get.headers.get("access-control-allow-origin")).toBe("*");
    expect(get.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
    expect(get.headers.get("access-control-expose-headers")).toContain("Retry-After");
  });
});

describe("robustness", () => {
  it("serves 500 concurrent requests without an error", async () => {
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        api(i % 2 ? "/accounts/me/storage/folders/root/contents" : "/accounts/me/storage/quota", {
          token: storageToken,
        }).then(async (res) => {
          await res.arrayBuffer();
          return res.status;
        }),
      ),
    );
    expect(results.filter((status) => status !== 200)).toEqual([]);
  }, 30_000);

  it("lets the process exit after close(), keep-alive connections included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-close-"));
    const script = join(dir, "close.mts");
    const index = join(ROOT, "emulator/src/index.ts");
    writeFileSync(
      script,
      `import { startEmulator } from ${JSON.stringify(index)};
const emu = await startEmulator();
const res = await fetch(emu.url + "/v1/accounts/me", { headers: { Authorization: "Bearer " + emu.accounts[0].token } });
await res.text();
await emu.close();
console.log("closed " + res.status);
`,
    );
    const started = Date.now();
    const child = spawn(TSX, [script], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
    expect(out).toContain("closed 200");
    expect(Date.now() - started).toBeLessThan(9_000);
  }, 30_000);
});

describe("the spec", () => {
  it("describes every JSON response the emulator sent", () => {
    expect(emu.responses.length).toBeGreaterThan(50);
    expect(responseViolations(spec, emu.responses)).toEqual([]);
  });
});
