/**
 * The emulator's `dataDir` over real HTTP: what one emulator stored, the next one started on the
 * same directory serves (accounts and tokens, files with their bytes, folders, links, multipart
 * sessions, calendars, events and cursors), file bytes live in files under the directory, and
 * without a directory the bytes go to a private temporary directory removed on close.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type EmulatorOptions, type RunningEmulator, startEmulator } from "../src/index.ts";

type Json = Record<string, unknown>;

const dirs: string[] = [];
const running: RunningEmulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((emu) => emu.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "emu-persist-test-"));
  dirs.push(dir);
  return dir;
}

async function start(options: EmulatorOptions): Promise<RunningEmulator> {
  const emu = await startEmulator({ port: 0, ...options });
  running.push(emu);
  return emu;
}

async function stop(emu: RunningEmulator): Promise<void> {
  running.splice(running.indexOf(emu), 1);
  await emu.close();
}

/** A client of one account of `emu`: `call` for JSON, `upload` for bytes, `raw` for anything. */
function client(emu: RunningEmulator, service: string) {
  const account = emu.accounts.find((a) => a.service === service);
  if (!account) throw new Error(`no ${service} account`);
  const raw = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set("Authorization", `Bearer ${account.token}`);
    return fetch(`${emu.url}/v1/accounts/me${path}`, { ...init, headers });
  };
  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }> => {
    const res = await raw(path, {
      method,
      ...(body === undefined ? {} : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as Json) : {} };
  };
  const upload = async (name: string, bytes: Buffer, parentId = "root") => {
    const res = await raw("/storage/files", {
      method: "POST",
      headers: {
        "Content-Type": "application/octet-stream",
        "X-Kloudless-Metadata": JSON.stringify({ name, parent_id: parentId }),
      },
      body: new Uint8Array(bytes),
    });
    return { status: res.status, json: (await res.json()) as Json };
  };
  const download = async (fileId: string) =>
    Buffer.from(await (await raw(`/storage/files/${fileId}/contents`)).arrayBuffer());
  return { account, raw, call, upload, download };
}

function names(listing: Json): string[] {
  return (listing.objects as Json[]).map((o) => String(o.name)).sort();
}

function blobFiles(dir: string): string[] {
  return readdirSync(join(dir, "blobs"));
}

describe("an emulator started on a data directory", () => {
  it("serves after a restart the accounts, files with their bytes, folders, links, calendar events and event cursors stored before", async () => {
    const dir = dataDir();
    const first = await start({ dataDir: dir });
    const storage = client(first, "dropbox");
    const calendar = client(first, "google_calendar");

    const folder = await storage.call("POST", "/storage/folders", { name: "Kept", parent_id: "root" });
    expect(folder.status).toBe(201);
    const bytes = randomBytes(100_000);
    const file = await storage.upload("kept.bin", bytes, String(folder.json.id));
    expect(file.status).toBe(201);
    const link = await storage.call("POST", "/storage/links", { file_id: file.json.id, direct: true });
    expect(link.status).toBe(201);
    const event = await calendar.call("POST", "/cal/calendars/primary/events", {
      name: "Kept meeting",
      start: "2031-05-01T10:00:00Z",
      end: "2031-05-01T11:00:00Z",
    });
    expect(event.status).toBe(201);
    const cursor = String((await storage.call("GET", "/events/latest")).json.cursor);
    const renamed = await storage.call("PATCH", `/storage/files/${file.json.id}`, { name: "renamed.bin" });
    expect(renamed.status).toBe(200);
    await stop(first);

    const second = await start({ dataDir: dir });
    expect(second.appId).toBe(first.appId);
    expect(second.apiKey).toBe(first.apiKey);
    expect(second.metaToken).toBe(first.metaToken);
    expect(second.accounts).toEqual(first.accounts);
    const storage2 = client(second, "dropbox");
    const calendar2 = client(second, "google_calendar");

    const contents = await storage2.call("GET", `/storage/folders/${folder.json.id}/contents`);
    expect(names(contents.json)).toEqual(["renamed.bin"]);
    expect((await storage2.download(String(file.json.id))).equals(bytes)).toBe(true);
    const shared = await fetch(String(link.json.url).replace(first.url, second.url));
    expect(Buffer.from(await shared.arrayBuffer()).equals(bytes)).toBe(true);
    const kept = await calendar2.call("GET", `/cal/calendars/primary/events/${event.json.id}`);
    expect(kept.status).toBe(200);
    expect(kept.json.name).toBe("Kept meeting");
    const since = await storage2.call("GET", `/events?cursor=${cursor}`);
    expect((since.json.objects as Json[]).map((e) => e.type)).toEqual(["rename"]);

    // New IDs continue after the saved ones: a change after the restart comes after the cursor too.
    await storage2.call("POST", "/storage/folders", { name: "After", parent_id: "root" });
    const later = await storage2.call("GET", `/events?cursor=${cursor}`);
    expect((later.json.objects as Json[]).map((e) => e.type)).toEqual(["rename", "add"]);
  });

  it("keeps an open multipart session with its stored parts, so the upload completes after a restart", async () => {
    const dir = dataDir();
    const partSize = 4096;
    const bytes = randomBytes(partSize * 2 + 100);
    const part = (n: number) => bytes.subarray((n - 1) * partSize, n * partSize);
    const first = await start({ dataDir: dir, multipartPartSize: partSize });
    const storage = client(first, "dropbox");
    const init = await storage.call("POST", "/storage/multipart", {
      name: "parts.bin",
      parent_id: "root",
      size: bytes.length,
    });
    expect(init.status).toBe(201);
    const send = (s: typeof storage, n: number) =>
      s.raw(`/storage/multipart/${init.json.id}?part_number=${n}`, {
        method: "PUT",
        headers: { "Content-Type": "application/octet-stream" },
        body: part(n),
      });
    expect((await send(storage, 1)).status).toBe(200);
    await stop(first);

    const second = await start({ dataDir: dir, multipartPartSize: partSize });
    const storage2 = client(second, "dropbox");
    expect((await storage2.call("GET", `/storage/multipart/${init.json.id}`)).json.part_size).toBe(partSize);
    expect((await send(storage2, 2)).status).toBe(200);
    expect((await send(storage2, 3)).status).toBe(200);
    const done = await storage2.call("POST", `/storage/multipart/${init.json.id}/complete`);
    expect(done.status).toBe(201);
    expect((await storage2.download(String(done.json.id))).equals(bytes)).toBe(true);
  });

  it("keeps registered webhooks, and does not register the start option's URL a second time", async () => {
    const dir = dataDir();
    const hits: string[] = [];
    const receiver = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        hits.push(String(req.headers["x-kloudless-signature"] !== undefined));
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    try {
      const first = await start({ dataDir: dir, webhooks: [hook] });
      await stop(first);
      const second = await start({ dataDir: dir, webhooks: [hook] });
      const list = await fetch(`${second.url}/v1/meta/applications/${second.appId}/webhooks`, {
        headers: { Authorization: `Bearer ${second.metaToken}` },
      });
      const hooks = ((await list.json()) as Json).objects as Json[];
      expect(hooks.map((h) => h.url)).toEqual([hook]);
      expect(second.deliveries.filter((d) => d.kind === "test")).toHaveLength(1);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it("loads the saved state instead of the seed on a restart", async () => {
    const dir = dataDir();
    const first = await start({ dataDir: dir, seed: "demo" });
    const demo = names((await client(first, "dropbox").call("GET", "/storage/folders/root/contents")).json);
    await stop(first);
    const second = await start({ dataDir: dir, seed: "empty" });
    const after = names((await client(second, "dropbox").call("GET", "/storage/folders/root/contents")).json);
    expect(after).toEqual(demo);
    expect(after.length).toBeGreaterThan(0);
  });

  it("keeps file bytes in files under the directory, shares them between copies and removes them once no file needs them", async () => {
    const dir = dataDir();
    const emu = await start({ dataDir: dir, seed: "empty" });
    const storage = client(emu, "dropbox");
    expect(existsSync(join(dir, "state.json"))).toBe(true);
    const before = blobFiles(dir).length;

    const bytes = randomBytes(65_536);
    const file = await storage.upload("disk.bin", bytes);
    const added = blobFiles(dir).filter((id) => statSync(join(dir, "blobs", id)).size === bytes.length);
    expect(added).toHaveLength(1);
    expect(readFileSync(join(dir, "blobs", added[0] as string)).equals(bytes)).toBe(true);

    const copy = await storage.call("POST", `/storage/files/${file.json.id}/copy`, {
      parent_id: "root",
      name: "copy.bin",
    });
    expect(copy.status).toBe(201);
    expect(blobFiles(dir)).toHaveLength(before + 1);

    expect((await storage.call("DELETE", `/storage/files/${file.json.id}`)).status).toBe(204);
    expect((await storage.download(String(copy.json.id))).equals(bytes)).toBe(true);
    expect((await storage.call("DELETE", `/storage/files/${copy.json.id}`)).status).toBe(204);
    expect(blobFiles(dir)).toHaveLength(before);
  });

  it("stores nothing of an upload it refuses", async () => {
    const dir = dataDir();
    const emu = await start({ dataDir: dir, seed: "empty", quotaBytes: 10_000 });
    const storage = client(emu, "dropbox");
    const refused = await storage.upload("big.bin", randomBytes(20_000));
    expect(refused.status).toBe(507);
    expect(blobFiles(dir)).toEqual([]);
    expect(readdirSync(join(dir, "tmp"))).toEqual([]);
    expect(names((await storage.call("GET", "/storage/folders/root/contents")).json)).toEqual([]);
  });
});

describe("an emulator without a data directory", () => {
  it("keeps file bytes in a private temporary directory that close() removes", async () => {
    const emu = await start({ seed: "empty" });
    const storage = client(emu, "dropbox");
    const bytes = randomBytes(10_000);
    const file = await storage.upload("temp.bin", bytes);
    expect((await storage.download(String(file.json.id))).equals(bytes)).toBe(true);
    const dir = emu.state.blobs.dir;
    expect(readdirSync(join(dir, "blobs"))).toHaveLength(1);
    await stop(emu);
    expect(existsSync(dir)).toBe(false);
  });

  it("starts from the seed every time", async () => {
    const first = await start({});
    await client(first, "dropbox").call("POST", "/storage/folders", { name: "Gone", parent_id: "root" });
    await stop(first);
    const second = await start({});
    expect(names((await client(second, "dropbox").call("GET", "/storage/folders/root/contents")).json)).not.toContain(
      "Gone",
    );
  });
});
