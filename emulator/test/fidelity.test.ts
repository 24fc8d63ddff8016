/**
 * Kloudless' own clients, unchanged, against the emulator over real HTTP: the quirks of the
 * Python SDKs (v2 and 1.1.3's suite), kloudless-js, the Java SDK, the File Picker and the
 * Meeting Scheduler, and OAuth's registered redirect URIs as the live service checked them.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../src/index.ts";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely; strict mode checks their shape.
type Json = Record<string, any>;

const REGISTERED = "https://app.example.com/kloudless/callback";
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let emu: RunningEmulator;
let token: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, redirectUris: [REGISTERED] });
  token = emu.accounts[0]?.token as string;
});
afterAll(() => emu.close());

function api(path: string, init: RequestInit = {}, auth: string | null = `Bearer ${token}`): Promise<Response> {
  const headers = new Headers(init.headers);
  if (auth) headers.set("Authorization", auth);
  return fetch(`${emu.url}/v1${path}`, { ...init, headers });
}

async function authorize(redirectUri: string): Promise<Response> {
  const query = new URLSearchParams({
    client_id: emu.appId,
    response_type: "code",
    redirect_uri: redirectUri,
    scope: "storage",
    state: "s",
  });
  return fetch(`${emu.url}/v1/oauth?${query}`, { redirect: "manual" });
}

describe("OAuth redirect_uri", () => {
  it("refuses an unregistered redirect_uri with 400 and no redirect, as the live service did", async () => {
    const res = await authorize("https://evil.example/steal");
    expect(res.status).toBe(400);
    expect(res.headers.get("location")).toBeNull();
    expect(((await res.json()) as Json).message).toMatch(/not a redirect URI registered/);
  });

  it("accepts a URI registered with redirectUris (--redirect-uri), and loopback URIs", async () => {
    const registered = await authorize(REGISTERED);
    expect(registered.status).toBe(302);
    expect(registered.headers.get("location")).toMatch(/^https:\/\/app\.example\.com\/kloudless\/callback\?code=/);
    const local = await authorize("http://127.0.0.1:8765/cb");
    expect(local.status).toBe(302);
    const path = await authorize("https://app.example.com/other");
    expect(path.status).toBe(400);
  });

  it("registers the CLI's --redirect-uri URIs", async () => {
    const child = spawn(
      join(ROOT, "node_modules/.bin/tsx"),
      ["emulator/src/cli.ts", "--port", "0", "--json", "--quiet", "--redirect-uri", REGISTERED],
      { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
      const ready = JSON.parse(line) as { url: string; appId: string };
      const query = new URLSearchParams({ client_id: ready.appId, response_type: "code", redirect_uri: REGISTERED });
      const ok = await fetch(`${ready.url}/v1/oauth?${query}`, { redirect: "manual" });
      expect(ok.status).toBe(302);
      query.set("redirect_uri", "https://app.example.com/elsewhere");
      const refused = await fetch(`${ready.url}/v1/oauth?${query}`, { redirect: "manual" });
      expect(refused.status).toBe(400);
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }, 30_000);
});

describe("Python SDK v2", () => {
  it("exchanges a code sent as Content-Type: application/form-urlencoded (its typo)", async () => {
    const location = new URL((await authorize(REGISTERED)).headers.get("location") as string);
    const res = await fetch(`${emu.url}/v1/oauth/token`, {
      method: "POST",
      headers: { "Content-Type": "application/form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: location.searchParams.get("code") as string,
        redirect_uri: REGISTERED,
        client_id: emu.appId,
        client_secret: emu.apiKey,
      }).toString(),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).token_type).toBe("Bearer");
  });
});

describe("Python SDK 1.1.3 suite", () => {
  it("finds token_expiry on accounts, and keeps the one an import gives", async () => {
    const me = (await (await api("/accounts/me")).json()) as Json;
    expect(me).toHaveProperty("token_expiry", null);
    const imported = await api(
      "/accounts",
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          account: "x@example.com",
          service: "box",
          token: "upstream",
          token_expiry: "2031-01-01T00:00:00Z",
        }),
      },
      `APIKey ${emu.apiKey}`,
    );
    expect(imported.status).toBe(201);
    expect(((await imported.json()) as Json).token_expiry).toBe("2031-01-01T00:00:00Z");
  });

  it("creates permissions from an empty list, sent as [] or as no body at all", async () => {
    const root = (await (await api("/accounts/me/storage/folders/root/contents")).json()) as Json;
    const file = (root.objects as Json[]).find((o) => o.type === "file") as Json;
    for (const body of ["[]", undefined]) {
      const res = await api(`/accounts/me/storage/files/${file.id}/permissions`, {
        method: "PUT",
        ...(body !== undefined ? { headers: { "Content-Type": "application/json" }, body } : {}),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as Json).permissions.every((p: Json) => p.role === "owner")).toBe(true);
    }
  });

  it("answers recent with an unparseable after with an empty list, not 400", async () => {
    const res = await api("/accounts/me/storage/recent?after=not-a-date");
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).objects).toEqual([]);
  });

  it("refuses to import a HubSpot account without hub_id or an Alfresco account without repository_url", async () => {
    const importAccount = (fields: Json) =>
      api(
        "/accounts",
        {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ account: "crm@example.com", token: "upstream", ...fields }),
        },
        `APIKey ${emu.apiKey}`,
      );
    const hubspot = await importAccount({ service: "hubspot" });
    expect(hubspot.status).toBe(400);
    expect(((await hubspot.json()) as Json).message).toContain("hub_id");
    const alfresco = await importAccount({ service: "alfresco" });
    expect(alfresco.status).toBe(400);
    expect(((await alfresco.json()) as Json).message).toContain("repository_url");
    expect((await importAccount({ service: "hubspot", hub_id: 12345 })).status).toBe(201);
    expect((await importAccount({ service: "alfresco", repository_url: "https://alfresco.example" })).status).toBe(201);
  });
});

describe("kloudless-js", () => {
  it("lists public services without credentials, with app_id, apis and retrieve_properties", async () => {
    const query = new URLSearchParams({ app_id: emu.appId, apis: "storage", retrieve_properties: "true" });
    const res = await api(`/public/services/?${query}`, {}, null);
    expect(res.status).toBe(200);
    const list = (await res.json()) as Json;
    const dropbox = (list.objects as Json[]).find((s) => s.id === "dropbox") as Json;
    expect(dropbox.properties.capabilities["storage.folders.list"]).toEqual([{ result: true }]);
    expect(dropbox.properties.capabilities["calendar.events.list"]).toEqual([{ result: false }]);
    const plain = (await (await api("/public/services", {}, null)).json()) as Json;
    expect((plain.objects as Json[])[0]).not.toHaveProperty("properties");
  });

  it("identifies each public service by its name, which retrieves it", async () => {
    const list = (await (await api("/public/services", {}, null)).json()) as Json;
    for (const service of list.objects as Json[]) {
      const one = await api(`/public/services/${service.name}/`, {}, null);
      expect(one.status).toBe(200);
      expect(((await one.json()) as Json).name).toBe(service.name);
    }
  });

  it("encodes a raw ID sent as {id} (the Java SDK's body)", async () => {
    const res = await api("/accounts/me/encode_raw_id", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ id: "root" }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).id).toBe(`folder_${Buffer.from("root").toString("base64url")}`);
    const empty = await api("/accounts/me/encode_raw_id", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ type: "file" }),
    });
    expect(empty.status).toBe(400);
  });
});

/** Uploads a small file to the root of the token's account; returns its metadata. */
async function uploadFile(name: string, bytes: string): Promise<Json> {
  const res = await api("/accounts/me/storage/files", {
    method: "POST",
    headers: {
      "Content-Type": "application/octet-stream",
      "X-Kloudless-Metadata": JSON.stringify({ name, parent_id: "root" }),
    },
    body: bytes,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Json;
}

/** Posts a copy request as the File Picker's moveToDrop does (JSON body, its query string). */
async function copyToUploadLocation(fileId: string, query: string, body: Json): Promise<Response> {
  return api(`/accounts/me/storage/files/${fileId}/copy?${query}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("File Picker and Meeting Scheduler", () => {
  it("copies a selected file to the upload location drop_account/parent_id, with a link to the copy", async () => {
    const dropAccount = emu.accounts[0]?.id as number;
    const folder = (await (
      await api("/accounts/me/storage/folders", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name: `uploads-${Date.now()}`, parent_id: "root" }),
      })
    ).json()) as Json;
    const file = await uploadFile(`picked-${Date.now()}.txt`, "picked bytes");
    const linkOptions = encodeURIComponent(JSON.stringify({ direct: true }));
    const res = await copyToUploadLocation(file.id, `link=true&link_options=${linkOptions}`, {
      account: "upload_location",
      drop_account: dropAccount,
      parent_id: folder.id,
    });
    expect(res.status).toBe(201);
    const copy = (await res.json()) as Json;
    expect(copy).toMatchObject({ type: "file", name: file.name, account: dropAccount, parent: { id: folder.id } });
    const served = await fetch(copy.link as string);
    expect(await served.text()).toBe("picked bytes");
  });

  it("answers return_type=task with a Task whose result is the copy", async () => {
    const file = await uploadFile(`task-${Date.now()}.txt`, "later");
    const res = await copyToUploadLocation(file.id, "return_type=task&link=false&link_options=%7B%7D", {
      account: "upload_location",
      drop_account: emu.accounts[0]?.id,
    });
    expect(res.status).toBe(202);
    const task = (await res.json()) as Json;
    let result: Json = task;
    for (let i = 0; i < 40 && result.type !== "file"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      result = (await (await api(`/accounts/me/tasks/${task.id}`)).json()) as Json;
    }
    // The copy lands beside the original (the root of drop_account), so it is renamed.
    expect(result).toMatchObject({ type: "file", size: 5, name: file.name.replace(".txt", " (1).txt") });
  });

  it("needs parent_id unless account is upload_location, and drop_account or drop_uri with it", async () => {
    const file = await uploadFile(`bad-${Date.now()}.txt`, "x");
    const noParent = await copyToUploadLocation(file.id, "", { name: "copy.txt" });
    expect(noParent.status).toBe(400);
    const noDrop = await copyToUploadLocation(file.id, "", { account: "upload_location" });
    expect(noDrop.status).toBe(400);
    expect(((await noDrop.json()) as Json).message).toContain("drop_account");
    const byUri = await copyToUploadLocation(file.id, "", { account: "upload_location", drop_uri: "s3://bucket/x" });
    expect(byUri.status).toBe(501);
  });

  it("reads the Bearer token's account from GET /accounts/?active=True (the File Picker's data_from_key)", async () => {
    const res = await api("/accounts/?active=True");
    expect(res.status).toBe(200);
    const list = (await res.json()) as Json;
    expect(list.objects).toHaveLength(1);
    expect(list.objects[0]).toMatchObject({ active: true, type: "account" });
  });

  it("serves GET /file-picker/config/?app_id= as {user_data} with CORS headers", async () => {
    const res = await fetch(`${emu.url}/file-picker/config/?app_id=${emu.appId}&origin=http://localhost:3000`, {
      headers: { Origin: "http://localhost:3000" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    expect(await res.json()).toEqual({ user_data: { app_id: emu.appId, trusted: true } });
  });

  it("serves GET /file-explorer/config?app_id&origin, and 404 for an unknown app", async () => {
    const res = await fetch(`${emu.url}/file-explorer/config?app_id=${emu.appId}&origin=https://elsewhere.example`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).user_data).toEqual({ app_id: emu.appId, trusted: false });
    const unknown = await fetch(`${emu.url}/file-explorer/config?app_id=nope`);
    expect(unknown.status).toBe(404);
  });

  it("answers CORS preflights on every route, unknown ones too, and unknown routes' 404 is readable", async () => {
    for (const path of ["/file-picker/config/", "/l/whatever", "/no/such/route", "/v1/no/such"]) {
      const preflight = await fetch(`${emu.url}${path}`, {
        method: "OPTIONS",
        headers: {
          Origin: "http://localhost:3000",
          "Access-Control-Request-Method": "GET",
          "Access-Control-Request-Headers": "authorization",
        },
      });
      expect(preflight.status, path).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin"), path).toBe("http://localhost:3000");
      expect(preflight.headers.get("access-control-allow-methods"), path).toContain("GET");
    }
    const missing = await fetch(`${emu.url}/no/such/route`, { headers: { Origin: "http://localhost:3000" } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    expect(((await missing.json()) as Json).error_code).toBe("not_found");
  });

  it("gives no CORS approval to the admin routes", async () => {
    const preflight = await fetch(`${emu.url}/__emulator/faults`, {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:3000", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});
