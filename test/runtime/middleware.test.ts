/**
 * openapi-fetch underneath: every request of a client passes through its openapi-fetch client
 * (`client.api`), so middleware registered with `api.use()` (or given to one call) sees the
 * generated methods, typed verbs, pages, uploads and downloads, against the emulator over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../emulator/src/index.ts";
import {
  Account,
  type ApiMiddleware,
  type ApiRequest,
  InvalidParameter,
  NotFound,
  ResourceList,
} from "../../src/index.ts";
import { createFetchClient } from "../../src/openapi-fetch/index.ts";
import { json, startLoopback } from "../helpers/loopback.ts";

let emu: RunningEmulator;
let token: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "empty", multipartPartSize: 1024 * 1024 });
  const storage = emu.accounts.find((a) => a.apis.includes("storage"));
  if (!storage) throw new Error("no storage account in the seed");
  token = storage.token;
});
afterAll(async () => {
  await emu.close();
});

/** A middleware recording what it saw: method, path, operationId and attempts of each request. */
function recorder() {
  const seen: { method: string; path: string; operationId: string | undefined; authorization: string | null }[] = [];
  const answered: { status: number; attempts: number }[] = [];
  const middleware: ApiMiddleware = {
    onRequest({ request }) {
      const sdk = request as unknown as ApiRequest;
      seen.push({
        method: request.method,
        path: new URL(request.url).pathname,
        operationId: sdk.operationId,
        authorization: request.headers.get("authorization"),
      });
      request.headers.set("x-trace-id", "trace-1");
    },
    onResponse({ request, response }) {
      answered.push({ status: response.status, attempts: (request as unknown as ApiRequest).attempts });
    },
  };
  return { seen, answered, middleware };
}

describe("client.api", () => {
  it("is one openapi-fetch client per SDK client, the same one kloudless/openapi-fetch returns", () => {
    const account = new Account({ token, baseUrl: emu.url });
    expect(account.api).toBe(account.api);
    expect(createFetchClient(account)).toBe(account.api);
    expect(typeof account.api.use).toBe("function");
  });

  it("middleware sees generated methods, typed verbs and follow-up pages, with their operationId", async () => {
    const account = new Account({ token, baseUrl: emu.url });
    const { seen, answered, middleware } = recorder();
    account.api.use(middleware);
    const folder = await account.storage.folders.create({ json: { parent_id: "root", name: "mw" } });
    for (let i = 0; i < 3; i++) {
      await account.storage.folders.create({ json: { parent_id: folder.data.id, name: `child-${i}` } });
    }
    await account.get("storage/quota");
    const listing = await account.storage.folders.listContents(folder.data.id, { params: { page_size: 1 } });
    expect(listing).toBeInstanceOf(ResourceList);
    const names: string[] = [];
    for await (const item of listing) names.push(item.data.name as string);
    expect(names).toHaveLength(3);

    expect(seen[0]).toMatchObject({ method: "POST", operationId: "storage.folders.create" });
    expect(seen.find((s) => s.path.endsWith("/storage/quota"))?.operationId).toBe("storage.quota");
    const pages = seen.filter((s) => s.operationId === "storage.folders.listContents");
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // Credentials are added after middleware: it never sees them.
    expect(seen.every((s) => s.authorization === null)).toBe(true);
    expect(answered.every((a) => a.attempts === 1 && a.status < 300)).toBe(true);
    // What middleware set reached the server.
    const last = emu.requests.at(-1);
    expect(last?.headers["x-trace-id"]).toBe("trace-1");
  });

  it("middleware sees uploads, multipart parts and downloads", async () => {
    const account = new Account({ token, baseUrl: emu.url });
    const { seen, middleware } = recorder();
    account.api.use(middleware);
    const bytes = new Uint8Array(2 * 1024 * 1024 + 5).fill(7);
    const file = await account.storage.files.upload({
      parentId: "root",
      name: "mw.bin",
      data: bytes,
      multipart: { threshold: 0, concurrency: 1 },
    });
    const download = await account.storage.files.download(file.data.id);
    expect((await download.arrayBuffer()).byteLength).toBe(bytes.byteLength);
    const ids = seen.map((s) => s.operationId);
    expect(ids).toContain("storage.multipart.init");
    expect(ids.filter((id) => id === "storage.multipart.uploadPart")).toHaveLength(3);
    expect(ids).toContain("storage.multipart.complete");
    expect(ids).toContain("storage.files.download");
  });

  it("per-call middleware runs for that call only, after the client's", async () => {
    const account = new Account({ token, baseUrl: emu.url });
    const order: string[] = [];
    account.api.use({ onRequest: () => void order.push("client") });
    const once: ApiMiddleware = { onRequest: () => void order.push("call") };
    await account.get("storage/quota", { middleware: [once] });
    await account.get("storage/quota");
    expect(order).toEqual(["client", "call", "client"]);
  });

  it("onResponse can read the body the SDK parsed, and the call still resolves to its wrapper", async () => {
    const account = new Account({ token, baseUrl: emu.url });
    const bodies: unknown[] = [];
    account.api.use({
      async onResponse({ response }) {
        bodies.push(await response.clone().json());
      },
    });
    const root = await account.storage.folders.retrieve("root");
    expect((bodies[0] as { id: string }).id).toBe(root.data.id);
    expect(root.data.type).toBe("folder");
  });

  it("request.clone() keeps the SDK call (operationId, URL, method); headers set on the clone stay on the clone", async () => {
    const account = new Account({ token, baseUrl: emu.url });
    const seen: {
      operationId: string | undefined;
      url: string;
      method: string;
      body: unknown;
      onOriginal: string | null;
    }[] = [];
    account.api.use({
      onRequest({ request }) {
        const copy = request.clone() as unknown as ApiRequest;
        copy.headers.set("x-only-on-the-copy", "1");
        seen.push({
          operationId: copy.operationId,
          url: copy.url,
          method: copy.method,
          // SDK calls hand their body to the transport: middleware sees none, on the clone neither.
          body: copy.body,
          onOriginal: request.headers.get("x-only-on-the-copy"),
        });
      },
    });
    const folder = await account.storage.folders.create({ json: { name: "Cloned" } });
    expect(folder.data.name).toBe("Cloned");
    expect(seen).toEqual([
      {
        operationId: "storage.folders.create",
        url: `${emu.url}/v1/accounts/me/storage/folders`,
        method: "POST",
        body: null,
        onOriginal: null,
      },
    ]);
    expect(emu.requests.at(-1)?.headers["x-only-on-the-copy"]).toBeUndefined();
  });

  it("a middleware answering the request itself is wrapped by the operation's result kind", async () => {
    const account = new Account({ token, baseUrl: emu.url });
    const from = emu.requests.length;
    account.api.use({
      onRequest: () =>
        new Response(JSON.stringify({ objects: [{ id: "l1", url: "https://x" }], page: 1, next_page: null }), {
          headers: { "content-type": "application/json" },
        }),
    });
    const links = await account.storage.files.listServiceLinks("f1");
    expect(links).toBeInstanceOf(ResourceList);
    expect(emu.requests.length).toBe(from);
  });

  it("a middleware's error answer becomes the typed error of its status", async () => {
    const account = new Account({ token, baseUrl: emu.url, maxRetries: 0 });
    account.api.use({
      onRequest: () => new Response(JSON.stringify({ error_code: "not_found", message: "gone" }), { status: 404 }),
    });
    await expect(account.storage.folders.retrieve("root")).rejects.toBeInstanceOf(NotFound);
  });

  it("attempts counts the transport's retries", async () => {
    const lb = await startLoopback();
    try {
      lb.on("GET", /.*/, (_req, call) => (call === 1 ? { status: 503, json: {} } : json({ id: "q" })));
      const account = new Account({ token: "t", baseUrl: lb.url, maxRetries: 2 });
      const { answered, middleware } = recorder();
      account.api.use(middleware);
      await account.get("storage/quota");
      expect(answered).toEqual([{ status: 200, attempts: 2 }]);
    } finally {
      await lb.close();
    }
  });

  it("api calls fill account_id from the Account and refuse a '..' path parameter", async () => {
    const account = new Account({ token, baseUrl: emu.url });
    const quota = await account.api.GET("/accounts/{account_id}/storage/quota", {
      params: { path: {} as { account_id: string } },
    });
    expect(quota.response.status).toBe(200);
    await expect(
      account.api.GET("/accounts/{account_id}/storage/files/{file_id}", {
        params: { path: { account_id: "me", file_id: ".." } },
      }),
    ).rejects.toBeInstanceOf(InvalidParameter);
  });
});
