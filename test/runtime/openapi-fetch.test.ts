/**
 * `kloudless-ts/openapi-fetch`: the openapi-fetch client typed by the spec, sending through an SDK
 * client, against the emulator over HTTP: typed reads and writes, error statuses as
 * `{ error }`, the client's retries, headers and credentials, and no request (so no token)
 * to another origin.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../emulator/src/index.ts";
import { Account, Client, InvalidParameter, TimedOut } from "../../src/index.ts";
import { createFetchClient } from "../../src/openapi-fetch/index.ts";

let emu: RunningEmulator;
let token: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "empty" });
  const storage = emu.accounts.find((a) => a.apis.includes("storage"));
  if (!storage) throw new Error("no storage account in the seed");
  token = storage.token;
});

afterAll(async () => {
  await emu.close();
});

const since = (from: number) => emu.requests.slice(from);

describe("createFetchClient", () => {
  it("creates and reads a folder with typed paths, parameters and bodies", async () => {
    const api = createFetchClient(new Account({ token, baseUrl: emu.url }));

    const created = await api.POST("/accounts/{account_id}/storage/folders", {
      params: { path: { account_id: "me" } },
      body: { parent_id: "root", name: "typed" },
    });
    expect(created.error).toBeUndefined();
    expect(created.response.status).toBe(201);
    const id = created.data?.id as string;

    const read = await api.GET("/accounts/{account_id}/storage/folders/{folder_id}", {
      params: { path: { account_id: "me", folder_id: id } },
    });
    expect(read.data?.name).toBe("typed");
    expect(read.data?.type).toBe("folder");
  });

  it("answers an error status with { error } (the API's error body) instead of throwing", async () => {
    const api = createFetchClient(new Account({ token, baseUrl: emu.url, maxRetries: 0 }));

    const { data, error, response } = await api.GET("/accounts/{account_id}/storage/files/{file_id}", {
      params: { path: { account_id: "me", file_id: "missing" } },
    });

    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ error_code: "not_found" });
  });

  it("sends with the client's credentials, default headers and retries", async () => {
    const account = new Account({ token, baseUrl: emu.url, maxRetries: 2, headers: { "X-Trace": "t-1" } });
    const api = createFetchClient(account);
    emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "status", status: 503, times: 1 });
    const from = emu.requests.length;

    const { data } = await api.GET("/accounts/{account_id}/storage/quota", { params: { path: { account_id: "me" } } });

    expect(data).toHaveProperty("total");
    const sent = since(from);
    expect(sent.map((r) => r.status)).toEqual([503, 200]);
    for (const r of sent) {
      expect(r.headers.authorization).toBeDefined();
      expect(r.headers["x-trace"]).toBe("t-1");
      expect(r.headers["user-agent"]).toMatch(/^kloudless-ts\//);
    }
  });

  it("rejects with the SDK's TimedOut when the API does not answer in time", async () => {
    const api = createFetchClient(new Account({ token, baseUrl: emu.url, timeout: 100, maxRetries: 0 }));
    emu.faults.add({ match: { method: "GET", path: "storage/recent$" }, kind: "latency", delayMs: 400, times: 1 });

    await expect(
      api.GET("/accounts/{account_id}/storage/recent", { params: { path: { account_id: "me" } } }),
    ).rejects.toBeInstanceOf(TimedOut);
  });

  it("refuses a per-request base URL on another origin: the token never leaves the API origin", async () => {
    const api = createFetchClient(new Account({ token, baseUrl: emu.url }));
    const from = emu.requests.length;

    const error = await api
      .GET("/accounts/{account_id}/storage/quota", {
        baseUrl: "http://127.0.0.1:9/v1",
        params: { path: { account_id: "me" } },
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InvalidParameter);
    expect(String(error)).not.toContain(token);
    expect(since(from)).toHaveLength(0);
  });

  it("works with an application-level Client (the management API's paths)", async () => {
    const api = createFetchClient(new Client({ apiKey: emu.apiKey, baseUrl: emu.url }));
    const { data, response } = await api.GET("/accounts", {});
    expect(response.status).toBe(200);
    expect(Array.isArray(data?.objects)).toBe(true);
  });
});
