/**
 * Webhooks end to end over real HTTP: the emulator notifies a local receiver built with
 * `handleWebhook` (and one built with `kloudless-ts/node`'s `createWebhookListener`) after each
 * change, signed with the application's API key; the receiver reads exactly the new events with
 * the SDK's events API and its cursor; forged and altered notifications are refused with 401;
 * failed deliveries are retried with backoff without delaying the request that caused them; and
 * with a cursor store in a file, nothing is read twice across a receiver restart.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type CursorStore,
  handleWebhook,
  type WebhookEvent,
  type WebhookHandlerOptions,
} from "../../src/helpers/webhooks.ts";
import { Account, Client } from "../../src/index.ts";
import { createWebhookListener } from "../../src/node/index.ts";
import { startEmulator } from "../src/index.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
type Listener = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A local HTTP server whose listener can be swapped (a receiver "restart" on the same URL). */
interface Receiver {
  url: string;
  listener: Listener;
  close(): Promise<void>;
}

async function startReceiver(listener: Listener): Promise<Receiver> {
  const receiver = { listener } as Receiver;
  const server: Server = createServer((req, res) => {
    Promise.resolve(receiver.listener(req, res)).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/kloudless/webhook`;
  receiver.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return receiver;
}

/** Serves a fetch-style handler (`handleWebhook`) from node:http. */
function fetchListener(handler: (request: Request) => Promise<Response>): Listener {
  return async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const method = req.method ?? "GET";
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method,
      headers,
      ...(method === "GET" || method === "HEAD" ? {} : { body: Buffer.concat(chunks) }),
    });
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  };
}

/** A cursor store in a JSON file: what a receiver keeps across restarts. */
function fileCursorStore(path: string): CursorStore {
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
    } catch {
      return {};
    }
  };
  return {
    get: async (accountId) => read()[accountId],
    set: async (accountId, cursor) => {
      writeFileSync(path, JSON.stringify({ ...read(), [accountId]: cursor }));
    },
  };
}

async function until<T>(what: string, check: () => T | undefined | false, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let emu: Emulator;
let meta: Client;
let app: Client;
let storage: Account;
let storageId: string;
const receivers: Receiver[] = [];
let dir: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, webhookDelivery: { retryDelayMs: 20, maxAttempts: 5, timeoutMs: 2000 } });
  meta = new Client({ token: emu.metaToken, baseUrl: emu.url, maxRetries: 0 });
  app = new Client({ apiKey: emu.apiKey, baseUrl: emu.url });
  const account = emu.accounts.find((a) => a.apis.includes("storage"));
  storage = new Account({ token: account?.token ?? "", baseUrl: emu.url });
  storageId = String(account?.id);
  dir = mkdtempSync(join(tmpdir(), "kloudless-webhooks-"));
});

afterEach(async () => {
  const hooks = await meta.meta.webhooks.list(emu.appId);
  for (const hook of hooks.objects) await meta.meta.webhooks.delete(emu.appId, String(hook.data.id));
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Registers `url` through the Meta API. */
function register(url: string) {
  return meta.meta.webhooks.create(emu.appId, { json: { url } });
}

/** The receiver options of the tests: events collected per account, the cursor starting now. */
async function receiverOptions(
  store: CursorStore,
  seen: WebhookEvent[],
  extra: Partial<WebhookHandlerOptions> = {},
): Promise<WebhookHandlerOptions> {
  const { cursor } = (await app.events.latestCursor(storageId)).data;
  return {
    apiKey: emu.apiKey,
    appId: emu.appId,
    client: app,
    cursorStore: store,
    startCursor: String(cursor),
    onEvents: (events) => {
      seen.push(...events);
    },
    ...extra,
  };
}

/** Deliveries of notifications to `url` since the test began. */
const notificationsTo = (url: string) => emu.deliveries.filter((d) => d.kind === "notification" && d.url === url);

describe("registration", () => {
  it("sends a signed test request first and saves the URL when the receiver answers 2xx", async () => {
    const seen: WebhookEvent[] = [];
    const options = await receiverOptions(fileCursorStore(join(dir, "registration.json")), seen);
    const receiver = await startReceiver(fetchListener((request) => handleWebhook(request, options)));
    receivers.push(receiver);
    const created = await register(receiver.url);
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ url: receiver.url, type: "webhook" });
    const test = emu.deliveries.filter((d) => d.kind === "test" && d.url === receiver.url);
    expect(test).toHaveLength(1);
    expect(test[0]).toMatchObject({ body: "", state: "delivered", attempts: [{ status: 200, body: emu.appId }] });
  });

  it("refuses a URL whose test request is not answered 2xx, or not answered at all, with a clear error", async () => {
    const receiver = await startReceiver((_req, res) => {
      res.writeHead(503).end("down");
    });
    receivers.push(receiver);
    const refused = (await register(receiver.url).catch((error: unknown) => error)) as {
      status: number;
      message: string;
    };
    expect(refused).toMatchObject({ status: 400 });
    expect(String(refused.message)).toMatch(
      /test request to .* was answered HTTP 503; a webhook receiver must answer 2xx/,
    );

    const closed = await startReceiver(() => {});
    const url = closed.url;
    await closed.close();
    const unreachable = (await register(url).catch((error: unknown) => error)) as { message: string };
    expect(String(unreachable.message)).toMatch(/test request to .* failed \(ECONNREFUSED\)/);
    expect((await meta.meta.webhooks.list(emu.appId)).objects).toHaveLength(0);
  });
});

describe("notifications", () => {
  it("reach a handleWebhook receiver after an upload, which reads exactly the new events", async () => {
    const seen: WebhookEvent[] = [];
    const options = await receiverOptions(fileCursorStore(join(dir, "upload.json")), seen);
    const receiver = await startReceiver(fetchListener((request) => handleWebhook(request, options)));
    receivers.push(receiver);
    await register(receiver.url);

    const file = await storage.storage.files.upload({ parentId: "root", name: "hook.txt", data: "hello" });
    await until("the upload's event", () => seen.length >= 1);
    const copy = await storage.storage.files.copy(file.data.id, { json: { parent_id: "root", name: "hook-copy.txt" } });
    await storage.storage.files.update(file.data.id, { json: { name: "hook-renamed.txt" } });
    await storage.storage.files.delete(copy.data.id);
    await until("four events", () => seen.length >= 4);
    await until("every notification delivered", () =>
      notificationsTo(receiver.url).every((d) => d.state === "delivered"),
    );

    expect(seen.map((e) => [e.type, (e.metadata as { name?: string })?.name])).toEqual([
      ["add", "hook.txt"],
      ["copy", "hook-copy.txt"],
      ["rename", "hook-renamed.txt"],
      ["delete", "hook-copy.txt"],
    ]);
    expect(new Set(seen.map((e) => e.id)).size).toBe(4);
    const sent = notificationsTo(receiver.url);
    expect(sent).toHaveLength(4);
    expect(sent[0]).toMatchObject({ body: `account=${storageId}`, accountId: Number(storageId) });
    expect(sent.every((d) => d.attempts.at(-1)?.status === 200 && d.attempts.at(-1)?.body === emu.appId)).toBe(true);

    const listed = (await (await fetch(`${emu.url}/__emulator/deliveries`)).json()) as { id: number }[];
    expect(listed.map((d) => d.id)).toEqual(expect.arrayContaining(sent.map((d) => d.id)));
    const refused = await fetch(`${emu.url}/__emulator/deliveries`, { method: "PUT" });
    expect(refused.status).toBe(405);
    expect(refused.headers.get("allow")).toBe("GET, DELETE");
    expect(await refused.json()).toMatchObject({
      status_code: 405,
      error_code: "method_not_allowed",
      id: refused.headers.get("x-request-id"),
    });
  });

  it("notify of calendar event changes too, through kloudless/node's listener", async () => {
    const calendarAccount = emu.accounts.find((a) => a.apis.includes("calendar"));
    const calendarId = String(calendarAccount?.id);
    const calendar = new Account({ token: calendarAccount?.token ?? "", baseUrl: emu.url });
    const seen: WebhookEvent[] = [];
    const { cursor } = (await app.events.latestCursor(calendarId)).data;
    const receiver = await startReceiver(
      createWebhookListener({
        apiKey: emu.apiKey,
        appId: emu.appId,
        account: (accountId) => new Account({ apiKey: emu.apiKey, accountId, baseUrl: emu.url }),
        startCursor: String(cursor),
        onEvents: (events, { accountId }) => {
          if (accountId === calendarId) seen.push(...events);
        },
      }),
    );
    receivers.push(receiver);
    await register(receiver.url);

    const start = new Date(Date.now() + 86_400_000);
    const created = await calendar.calendar.events.create("primary", {
      json: {
        name: "Webhook sync",
        start: start.toISOString(),
        end: new Date(start.getTime() + 3_600_000).toISOString(),
      },
    });
    await calendar.calendar.events.update("primary", String(created.data.id), { json: { name: "Moved" } });
    await calendar.calendar.events.delete("primary", String(created.data.id));
    await until("three calendar events", () => seen.length >= 3);
    expect(seen.map((e) => e.type)).toEqual(["add", "update", "delete"]);
  });

  it("are refused with 401 when forged, or replayed with an altered body", async () => {
    const seen: WebhookEvent[] = [];
    const options = await receiverOptions(fileCursorStore(join(dir, "forged.json")), seen);
    const receiver = await startReceiver(fetchListener((request) => handleWebhook(request, options)));
    receivers.push(receiver);
    await register(receiver.url);
    await storage.storage.folders.create({ json: { name: "Signed", parent_id: "root" } });
    const genuine = await until("a delivered notification", () =>
      notificationsTo(receiver.url).find((d) => d.state === "delivered"),
    );

    const post = (body: string, signature?: string) =>
      fetch(receiver.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          ...(signature === undefined ? {} : { "X-Kloudless-Signature": signature }),
        },
        body,
      });
    const otherAccount = String(emu.accounts.find((a) => a.apis.includes("calendar"))?.id);
    expect((await post(`account=${otherAccount}`, genuine.signature)).status).toBe(401); // altered body
    expect((await post(genuine.body)).status).toBe(401); // no signature
    const forged = Buffer.from("x".repeat(32)).toString("base64");
    expect((await post(genuine.body, forged)).status).toBe(401);
    const replayed = await post(genuine.body, genuine.signature);
    expect(replayed.status).toBe(200); // the genuine one, replayed unchanged, reads nothing new
    expect(seen.map((e) => e.type)).toEqual(["add"]);
  });

  it("are retried with backoff while the receiver fails, and never delay the request that caused them", async () => {
    let failures = 0;
    let hung = 0;
    const seen: WebhookEvent[] = [];
    const options = await receiverOptions(fileCursorStore(join(dir, "retry.json")), seen);
    const handler = createWebhookListener(options);
    let mode: "ok" | "fail" | "hang" = "ok";
    const receiver = await startReceiver((req, res) => {
      if (mode === "fail" && failures < 2) {
        failures += 1;
        res.writeHead(503).end("busy");
        return;
      }
      if (mode === "hang") {
        hung += 1;
        return; // never answers: the emulator's attempt waits for its timeout
      }
      return handler(req, res);
    });
    receivers.push(receiver);
    await register(receiver.url);

    mode = "fail";
    await storage.storage.folders.create({ json: { name: "Retried", parent_id: "root" } });
    const delivered = await until("the retried notification", () =>
      notificationsTo(receiver.url).find((d) => d.state === "delivered"),
    );
    expect(delivered.attempts.map((a) => a.status)).toEqual([503, 503, 200]);
    expect(delivered.attempts.map((a) => a.retryInMs)).toEqual([20, 40, undefined]); // the wait doubles
    const gap = Date.parse(delivered.attempts[2]?.at ?? "") - Date.parse(delivered.attempts[1]?.at ?? "");
    expect(gap).toBeGreaterThanOrEqual(39);
    expect(seen.map((e) => (e.metadata as { name?: string }).name)).toEqual(["Retried"]);

    mode = "hang";
    await storage.storage.folders.create({ json: { name: "Hangs", parent_id: "root" } });
    await until("an attempt in flight", () => hung === 1);
    const started = performance.now();
    await storage.storage.folders.create({ json: { name: "Not blocked", parent_id: "root" } });
    expect(performance.now() - started).toBeLessThan(1000); // the attempts wait up to timeoutMs (2 s)
    await until("the second attempt in flight too", () => hung === 2);
    expect(notificationsTo(receiver.url).map((d) => d.state)).toEqual(["delivered", "pending", "pending"]);
    mode = "ok";
  });
});

describe("a receiver restart", () => {
  it("reads nothing twice when its cursor store persists", async () => {
    const path = join(dir, "restart.json");
    const first: WebhookEvent[] = [];
    const firstOptions = await receiverOptions(fileCursorStore(path), first);
    const receiver = await startReceiver(fetchListener((request) => handleWebhook(request, firstOptions)));
    receivers.push(receiver);
    await register(receiver.url);

    await storage.storage.folders.create({ json: { name: "Before restart", parent_id: "root" } });
    await until("the first event", () => first.length === 1);

    // Down: the notification of the next change fails and is retried.
    receiver.listener = (_req, res) => {
      res.writeHead(503).end();
    };
    await storage.storage.folders.create({ json: { name: "During restart", parent_id: "root" } });
    await until("a failed attempt", () =>
      notificationsTo(receiver.url).some((d) => d.attempts.length > 0 && d.state === "pending"),
    );

    // A new process: new handler, new options, the same file; no startCursor, so only the file knows where to go on.
    const second: WebhookEvent[] = [];
    const secondOptions: WebhookHandlerOptions = {
      apiKey: emu.apiKey,
      appId: emu.appId,
      client: new Client({ apiKey: emu.apiKey, baseUrl: emu.url }),
      cursorStore: fileCursorStore(path),
      onEvents: (events) => {
        second.push(...events);
      },
    };
    receiver.listener = fetchListener((request) => handleWebhook(request, secondOptions));
    await until("the retry to be delivered", () => notificationsTo(receiver.url).every((d) => d.state === "delivered"));
    await storage.storage.folders.create({ json: { name: "After restart", parent_id: "root" } });
    await until("the third event", () => second.length === 2);

    const names = (events: WebhookEvent[]) => events.map((e) => (e.metadata as { name?: string }).name);
    expect(names(first)).toEqual(["Before restart"]);
    expect(names(second)).toEqual(["During restart", "After restart"]);
  });
});

describe("startEmulator({ webhooks })", () => {
  it("registers the URLs at start, and fails to start when one does not answer 2xx", async () => {
    const ok = await startReceiver((_req, res) => {
      res.writeHead(200).end();
    });
    receivers.push(ok);
    const other = await startEmulator({ port: 0, webhooks: [ok.url] });
    try {
      const client = new Client({ token: other.metaToken, baseUrl: other.url });
      const hooks = await client.meta.webhooks.list(other.appId);
      expect(hooks.objects.map((h) => h.data.url)).toEqual([ok.url]);
    } finally {
      await other.close();
    }
    const bad = await startReceiver((_req, res) => {
      res.writeHead(404).end();
    });
    receivers.push(bad);
    await expect(startEmulator({ port: 0, webhooks: [bad.url] })).rejects.toThrow(/answered HTTP 404/);
  });
});

describe("kloudless-emulator --webhook", () => {
  it("registers the URL at start and notifies it of changes", async () => {
    const bodies: string[] = [];
    const receiver = await startReceiver(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      bodies.push(Buffer.concat(chunks).toString());
      res.writeHead(200).end();
    });
    receivers.push(receiver);
    const root = resolve(import.meta.dirname, "../..");
    const child = spawn(
      join(root, "node_modules/.bin/tsx"),
      ["emulator/src/cli.ts", "--port", "0", "--json", "--quiet", "--webhook", receiver.url],
      { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
      const ready = JSON.parse(line) as { url: string; accounts: { id: number; token: string }[] };
      expect(bodies).toEqual([""]); // the test request
      const account = ready.accounts[0];
      await new Account({ token: account?.token ?? "", baseUrl: ready.url }).storage.folders.create({
        json: { name: "From the CLI", parent_id: "root" },
      });
      await until("the notification", () => bodies.length === 2);
      expect(bodies[1]).toBe(`account=${account?.id}`);
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }, 30_000);
});
