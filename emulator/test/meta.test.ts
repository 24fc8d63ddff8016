/**
 * The emulator's Management (Meta) API over real HTTP: applications, API keys (whose deletion
 * revokes access at once), webhooks, developers and license downloads.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import { startEmulator } from "../src/index.ts";
import { responseViolations } from "../src/validate.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely; the spec test checks their shape.
type Json = Record<string, any>;

let emu: Emulator;
/** A webhook receiver that answers every request 200 with the application ID, as Kloudless expects. */
let receiver: Server;
let hookUrl: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, recordResponses: true });
  receiver = createServer((_req, res) => res.end(emu.appId));
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/k`;
});

afterAll(async () => {
  await emu.close();
  await new Promise((resolve) => receiver.close(resolve));
});

/** Calls the Meta API with the Meta token; returns the status and JSON body (if any). */
async function meta(method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${emu.url}/v1/meta${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${emu.metaToken}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : {} };
}

/** Lists the accounts of the application with an API key; returns the status. */
async function listAccountsWith(apiKey: string): Promise<number> {
  const res = await fetch(`${emu.url}/v1/accounts`, { headers: { Authorization: `APIKey ${apiKey}` } });
  await res.body?.cancel();
  return res.status;
}

describe("applications", () => {
  it("creates an active application with a default API key, then retrieves, updates, filters and deletes it", async () => {
    const created = await meta("POST", "/applications", { name: "My App", description: "Made by a test" });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: "My App",
      description: "Made by a test",
      active: true,
      api: "meta",
      type: "application",
    });
    const id = created.json.id;

    const keys = await meta("GET", `/applications/${id}/apikeys`);
    expect(keys.json).toMatchObject({ total: 1, count: 1, page: 1, type: "object_list", api: "meta" });
    expect(keys.json.objects[0]).toMatchObject({ type: "apikey", api: "meta" });

    expect((await meta("GET", `/applications/${id}`)).json).toEqual(created.json);

    const updated = await meta("PATCH", `/applications/${id}`, { active: false, name: "Renamed" });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id, name: "Renamed", active: false, description: "Made by a test" });

    const inactive = await meta("GET", "/applications?active=false");
    expect(inactive.json.objects.map((a: Json) => a.id)).toEqual([id]);
    const active = await meta("GET", "/applications?active=true");
    expect(active.json.objects.map((a: Json) => a.id)).toContain(emu.appId);
    expect(active.json.objects.map((a: Json) => a.id)).not.toContain(id);

    expect((await meta("DELETE", `/applications/${id}`)).status).toBe(200);
    expect((await meta("GET", `/applications/${id}`)).status).toBe(404);
    expect(await listAccountsWith(keys.json.objects[0].key)).toBe(401);
  });

  it("pages applications by number and answers 404 past the last page", async () => {
    for (const name of ["P1", "P2", "P3"]) await meta("POST", "/applications", { name });
    const first = await meta("GET", "/applications?page_size=2");
    expect(first.json).toMatchObject({ page: 1, count: 2, next_page: 2 });
    const total: number = first.json.total;
    const last = Math.ceil(total / 2);
    expect((await meta("GET", `/applications?page_size=2&page=${last}`)).json.next_page).toBeNull();
    const past = await meta("GET", `/applications?page_size=2&page=${last + 1}`);
    expect(past.status).toBe(404);
    expect(past.json.error_code).toBe("not_found");
  });

  it("keeps the implicit grant, recent and events switches: false by default, set on create and update, copied from a source", async () => {
    const created = await meta("POST", "/applications", { name: "Switches", events_enabled: true });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ implicit_grant_enabled: false, recent_enabled: false, events_enabled: true });
    const id = created.json.id;
    const updated = await meta("PATCH", `/applications/${id}`, { implicit_grant_enabled: true });
    expect(updated.json).toMatchObject({ implicit_grant_enabled: true, recent_enabled: false, events_enabled: true });
    expect((await meta("GET", `/applications/${id}`)).json.implicit_grant_enabled).toBe(true);
    const copy = await meta("POST", "/applications", { name: "Copy", source: id, recent_enabled: true });
    expect(copy.json).toMatchObject({ implicit_grant_enabled: true, recent_enabled: true, events_enabled: true });
    const wrong = await meta("PATCH", `/applications/${id}`, { events_enabled: "yes" });
    expect(wrong.status).toBe(400);
    expect((await meta("GET", `/applications/${emu.appId}`)).json).toMatchObject({
      implicit_grant_enabled: true,
      recent_enabled: true,
      events_enabled: true,
    });
  });

  it("answers 404 for an unknown application", async () => {
    const { status, json } = await meta("GET", "/applications/app_unknown");
    expect(status).toBe(404);
    expect(json.error_code).toBe("not_found");
  });
});

describe("API keys", () => {
  it("creates a key that works at once and revokes it on deletion", async () => {
    const created = await meta("POST", `/applications/${emu.appId}/apikeys`);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ type: "apikey", api: "meta" });
    const key: string = created.json.key;
    expect(await listAccountsWith(key)).toBe(200);

    const listed = await meta("GET", `/applications/${emu.appId}/apikeys?page_size=100`);
    expect(listed.json.objects.map((k: Json) => k.key)).toEqual(expect.arrayContaining([key, emu.apiKey]));

    expect((await meta("DELETE", `/applications/${emu.appId}/apikeys/${key}`)).status).toBe(200);
    expect(await listAccountsWith(key)).toBe(401);
    expect(await listAccountsWith(emu.apiKey)).toBe(200);
    expect((await meta("DELETE", `/applications/${emu.appId}/apikeys/${key}`)).status).toBe(404);
  });
});

describe("webhooks", () => {
  it("creates, lists, retrieves and deletes a webhook", async () => {
    const created = await meta("POST", `/applications/${emu.appId}/webhooks`, { url: hookUrl });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ url: hookUrl, api: "meta", type: "webhook" });
    const id = created.json.id;

    const listed = await meta("GET", `/applications/${emu.appId}/webhooks`);
    expect(listed.json.objects).toContainEqual(created.json);
    expect((await meta("GET", `/applications/${emu.appId}/webhooks/${id}`)).json).toEqual(created.json);

    expect((await meta("DELETE", `/applications/${emu.appId}/webhooks/${id}`)).status).toBe(200);
    expect((await meta("GET", `/applications/${emu.appId}/webhooks/${id}`)).status).toBe(404);
  });

  it("rejects a URL that is not http(s)", async () => {
    const { status, json } = await meta("POST", `/applications/${emu.appId}/webhooks`, { url: "ftp://example.com/x" });
    expect(status).toBe(400);
    expect(json.error_code).toBe("invalid_parameters");
    expect(json.message).toContain("url");
  });
});

describe("developers and licenses", () => {
  it("lists, retrieves and updates developers", async () => {
    const listed = await meta("GET", "/developers");
    expect(listed.status).toBe(200);
    const developer = listed.json.objects[0];
    expect(developer).toMatchObject({ type: "developer", api: "meta" });

    const updated = await meta("PATCH", `/developers/${developer.id}`, { first_name: "Ada" });
    expect(updated.json).toMatchObject({ id: developer.id, first_name: "Ada", last_name: developer.last_name });
    expect((await meta("GET", `/developers/${developer.id}`)).json.first_name).toBe("Ada");
    expect((await meta("GET", "/developers/999999")).status).toBe(404);
  });

  it("downloads a license file as bytes", async () => {
    const res = await fetch(`${emu.url}/v1/meta/licenses/lic_1/contents`, {
      headers: { Authorization: `Bearer ${emu.metaToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(await res.text()).toContain("KLOUDLESS LICENSE");
  });
});

describe("the spec", () => {
  it("describes every JSON response of these tests", () => {
    expect(emu.responses.length).toBeGreaterThan(10);
    expect(responseViolations(spec, emu.responses)).toEqual([]);
  });
});
