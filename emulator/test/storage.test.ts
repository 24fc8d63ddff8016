/**
 * The emulator's Storage API over real HTTP: files, folders, copies and tasks, multipart
 * uploads, links, search, recent files, permissions, properties, quota and thumbnails; and every
 * JSON response checked against the bundled spec.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import { type RunningEmulator, startEmulator } from "../src/index.ts";
import { responseViolations } from "../src/validate.ts";

const PART_SIZE = 1024;

let emu: RunningEmulator;
let token: string;
let accountId: number;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, recordResponses: true, multipartPartSize: PART_SIZE });
  const account = emu.accounts.find((a) => a.apis.includes("storage"));
  if (!account) throw new Error("demo seed lacks a storage account");
  token = account.token;
  accountId = account.id;
});

afterAll(() => emu.close());

type Json = Record<string, unknown>;

function api(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${token}`);
  return fetch(`${emu.url}/v1/accounts/me/storage${path}`, { ...init, headers });
}

async function call(path: string, method = "GET", body?: unknown, query = ""): Promise<{ status: number; json: Json }> {
  const res = await api(`${path}${query}`, {
    method,
    ...(body === undefined ? {} : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Json) : {} };
}

async function upload(
  name: string,
  bytes: Uint8Array | string,
  parentId = "root",
  query = "",
): Promise<{ status: number; json: Json }> {
  const res = await api(`/files${query}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/octet-stream",
      "X-Kloudless-Metadata": JSON.stringify({ name, parent_id: parentId }),
    },
    body: typeof bytes === "string" ? bytes : Buffer.from(bytes),
  });
  return { status: res.status, json: (await res.json()) as Json };
}

async function download(fileId: string): Promise<{ res: Response; bytes: Buffer }> {
  const res = await api(`/files/${fileId}/contents`);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

async function folder(name: string, parentId = "root"): Promise<Json> {
  const { status, json } = await call("/folders", "POST", { name, parent_id: parentId });
  expect(status).toBe(201);
  return json;
}

async function listAll(folderId: string, query = ""): Promise<Json[]> {
  return (await call(`/folders/${folderId}/contents`, "GET", undefined, query)).json.objects as Json[];
}

async function findByPath(path: string): Promise<Json> {
  const all = await listAll("root", "?recursive=true&page_size=1000");
  const found = all.find((o) => o.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found;
}

describe("files", () => {
  it("round-trips uploaded bytes exactly, with the file's mime type and length", async () => {
    const bytes = randomBytes(100_000);
    const { status, json } = await upload("blob.bin", bytes);
    expect(status).toBe(201);
    expect(json).toMatchObject({
      type: "file",
      api: "storage",
      name: "blob.bin",
      size: 100_000,
      account: accountId,
      downloadable: true,
    });
    expect(json.id).toMatch(/^file_/);
    expect(json.href).toBe(`${emu.url}/v1/accounts/${accountId}/storage/files/${json.id}`);
    const { res, bytes: back } = await download(json.id as string);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(res.headers.get("content-length")).toBe("100000");
    expect(back.equals(bytes)).toBe(true);
  });

  it("serves a JSON file as its exact bytes", async () => {
    const report = await findByPath("/Documents/report.json");
    const { res, bytes } = await download(report.id as string);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(bytes.length).toBe(report.size);
    expect(bytes.toString("utf8")).toMatch(/^\{\n {2}"title": "Quarterly report"/);

    const text = '{ "spaced" :  [1,2,3] ,"x":"é" }\n';
    const { json } = await upload("odd.json", text);
    const back = await download(json.id as string);
    expect(back.bytes.toString("utf8")).toBe(text);

    const labelled = await api("/files", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-Kloudless-Metadata": JSON.stringify({ name: "labelled.json", parent_id: "root" }),
      },
      body: text,
    });
    expect(labelled.status).toBe(201);
    expect((await download(((await labelled.json()) as Json).id as string)).bytes.toString("utf8")).toBe(text);
  });

  it("renames a clashing upload, or replaces the file with overwrite=true", async () => {
    const parent = await folder("clash");
    const first = await upload("a.txt", "one", parent.id as string);
    const second = await upload("a.txt", "two", parent.id as string);
    expect(second.json.name).toBe("a (1).txt");
    expect(second.json.id).not.toBe(first.json.id);
    const third = await upload("a.txt", "three", parent.id as string, "?overwrite=true");
    expect(third.json).toMatchObject({ id: first.json.id, name: "a.txt", size: 5 });
    expect((await download(first.json.id as string)).bytes.toString()).toBe("three");
  });

  it("rejects a binary upload without X-Kloudless-Metadata and a missing parent folder", async () => {
    const res = await api("/files", {
      method: "POST",
      headers: { "Content-Type": "application/octet-stream" },
      body: "x",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).message).toContain("X-Kloudless-Metadata");
    const orphan = await upload("x.txt", "x", "folder_nope");
    expect(orphan.status).toBe(400);
    expect(orphan.json.error_code).toBe("invalid_parent_folder");
  });

  it("uploads from a loopback URL and refuses other hosts", async () => {
    const server: Server = createServer((_req, res) => res.end("fetched bytes"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/file.txt`;
      const { status, json } = await call("/files", "POST", { url, parent_id: "root", name: "from-url.txt" });
      expect(status).toBe(201);
      expect((await download(json.id as string)).bytes.toString()).toBe("fetched bytes");
    } finally {
      server.close();
    }
    const remote = await call("/files", "POST", { url: "https://example.com/a.txt", parent_id: "root", name: "r.txt" });
    expect(remote.status).toBe(400);
    expect(remote.json.message).toContain("url");
  });

  it("retrieves, renames, moves, replaces the contents of and deletes a file", async () => {
    const target = await folder("move-target");
    const { json: file } = await upload("draft.txt", "v1");
    expect((await call(`/files/${file.id}`)).json).toMatchObject({
      id: file.id,
      name: "draft.txt",
      path: "/draft.txt",
    });

    const renamed = await call(`/files/${file.id}`, "PATCH", { name: "final.txt" });
    expect(renamed.json).toMatchObject({ id: file.id, name: "final.txt", path: "/final.txt" });
    const moved = await call(`/files/${file.id}`, "PATCH", { parent_id: target.id });
    expect(moved.json).toMatchObject({ path: "/move-target/final.txt", parent: { id: target.id } });
    expect((moved.json.ancestors as Json[]).map((a) => a.name)).toEqual(["Dropbox", "move-target"]);

    await upload("taken.txt", "x", target.id as string);
    const conflict = await call(`/files/${file.id}`, "PATCH", { name: "taken.txt" });
    expect(conflict.status).toBe(409);
    expect(conflict.json.error_code).toBe("naming_conflict");
    expect(conflict.json.conflicting_resource_id).toMatch(/^file_/);

    const put = await api(`/files/${file.id}`, {
      method: "PUT",
      headers: { "Content-Type": "application/octet-stream" },
      body: "version 2",
    });
    expect(((await put.json()) as Json).size).toBe(9);
    expect((await download(file.id as string)).bytes.toString()).toBe("version 2");

    expect((await api(`/files/${file.id}?permanent=true`, { method: "DELETE" })).status).toBe(204);
    const gone = await call(`/files/${file.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json.error_code).toBe("not_found");
  });

  it("copies a file, renaming the copy when the name is taken", async () => {
    const { json: file } = await upload("copy-me.txt", "copy");
    const copy = await call(`/files/${file.id}/copy`, "POST", { parent_id: "root" });
    expect(copy.status).toBe(201);
    expect(copy.json).toMatchObject({ name: "copy-me (1).txt", size: 4 });
    expect(copy.json.id).not.toBe(file.id);
    const named = await call(`/files/${file.id}/copy`, "POST", { parent_id: "root", name: "copied.txt" });
    expect((await download(named.json.id as string)).bytes.toString()).toBe("copy");
  });

  it("moves and copies a file into another account with the API key", async () => {
    const other = await fetch(`${emu.url}/v1/accounts`, {
      method: "POST",
      headers: { Authorization: `APIKey ${emu.apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ account: "second@example.com", service: "dropbox", token: "upstream" }),
    }).then((r) => r.json() as Promise<Json>);
    const { json: file } = await upload("travels.txt", "travelling bytes");
    const asKey = (path: string, body: unknown) =>
      fetch(`${emu.url}/v1/accounts/${accountId}/storage${path}`, {
        method: path.endsWith("/copy") ? "POST" : "PATCH",
        headers: { Authorization: `APIKey ${emu.apiKey}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, json: (await r.json()) as Json }));
    const copied = await asKey(`/files/${file.id}/copy`, { parent_id: "root", account: other.id });
    expect(copied.status).toBe(201);
    expect(copied.json).toMatchObject({ account: other.id, name: "travels.txt", size: 16 });
    const moved = await asKey(`/files/${file.id}`, { parent_id: "root", account: other.id, name: "moved.txt" });
    expect(moved.json).toMatchObject({ account: other.id, name: "moved.txt" });
    expect((await call(`/files/${file.id}`)).status).toBe(404);
    const viaToken = await call(`/files/${copied.json.id}/copy`, "POST", { parent_id: "root", account: other.id });
    expect(viaToken.status).toBe(404);
    const { json: mine } = await upload("stays.txt", "x");
    const refused = await call(`/files/${mine.id}/copy`, "POST", { parent_id: "root", account: other.id });
    expect(refused.status).toBe(403);
  });

  it("adds the upstream object with X-Kloudless-Raw-Data", async () => {
    const notes = await findByPath("/Documents/notes.txt");
    const res = await api(`/files/${notes.id}`, { headers: { "X-Kloudless-Raw-Data": "true" } });
    const json = (await res.json()) as { raw: { object: Json }; raw_id: string };
    expect(json.raw.object.id).toBe(json.raw_id);
  });

  it("serves PNG and JPEG thumbnails of images and none for other files", async () => {
    const photo = await findByPath("/Documents/Photos/sunset.png");
    const png = await api(`/files/${photo.id}/thumbnail?size=64`);
    expect(png.headers.get("content-type")).toBe("image/png");
    const pngBytes = Buffer.from(await png.arrayBuffer());
    expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
    expect(pngBytes.readUInt32BE(16)).toBe(64);
    const jpeg = await api(`/files/${photo.id}/thumbnail?image_format=jpeg`);
    expect(jpeg.headers.get("content-type")).toBe("image/jpeg");
    const jpegBytes = Buffer.from(await jpeg.arrayBuffer());
    expect([jpegBytes[0], jpegBytes[1], jpegBytes.at(-2), jpegBytes.at(-1)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    const notes = await findByPath("/Documents/notes.txt");
    expect((await api(`/files/${notes.id}/thumbnail`)).status).toBe(404);
  });

  it("creates one-time upload URLs that accept a PUT of the bytes", async () => {
    const { json } = await call("/files/upload_url", "POST", { parent_id: "root", name: "direct.txt" });
    expect(json.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__emulator\/uploads\//);
    const put = await fetch(json.url as string, { method: "PUT", body: "direct bytes" });
    expect(put.status).toBe(200);
    const file = (await put.json()) as Json;
    expect((await download(file.id as string)).bytes.toString()).toBe("direct bytes");
    const again = await fetch(json.url as string, { method: "PUT", body: "again" });
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({
      status_code: 404,
      error_code: "not_found",
      message: "The upload URL is unknown or already used.",
      id: again.headers.get("x-request-id"),
    });
  });

  it("answers an upload URL PUT past the quota with the API's 507", async () => {
    const small = await startEmulator({ port: 0, quotaBytes: 10 });
    try {
      const token = small.accounts.find((a) => a.apis.includes("storage"))?.token;
      const created = await fetch(`${small.url}/v1/accounts/me/storage/files/upload_url`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ parent_id: "root", name: "big.bin" }),
      });
      const { url } = (await created.json()) as { url: string };
      const put = await fetch(url, { method: "PUT", body: "x".repeat(1000) });
      expect(put.status).toBe(507);
      expect(await put.json()).toMatchObject({ status_code: 507, error_code: "insufficient_storage" });
    } finally {
      await small.close();
    }
  });

  it("converts raw IDs into the IDs the API uses", async () => {
    const notes = await findByPath("/Documents/notes.txt");
    const { json } = await call("/convert_id", "POST", { raw_id: notes.raw_id, type: "file" });
    expect(json.id).toBe(notes.id);
  });
});

describe("folders", () => {
  it("resolves root and gives it a real ID", async () => {
    const { json } = await call("/folders/root");
    expect(json).toMatchObject({ type: "folder", name: "Dropbox", path: "/", can_upload_files: true });
    expect(json.id).toMatch(/^folder_/);
    expect((await call(`/folders/${json.id}`)).json.id).toBe(json.id);
  });

  it("returns an existing folder unless conflict_if_exists=true", async () => {
    const created = await folder("twice");
    const again = await call("/folders", "POST", { name: "twice", parent_id: "root" });
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(created.id);
    const conflict = await call("/folders", "POST", { name: "twice" }, "?conflict_if_exists=true");
    expect(conflict.status).toBe(409);
    expect(conflict.json).toMatchObject({ error_code: "naming_conflict", conflicting_resource_id: created.id });
  });

  it("pages contents with string tokens and lists recursively", async () => {
    const parent = await folder("paged");
    for (let i = 0; i < 5; i++) await upload(`f${i}.txt`, `${i}`, parent.id as string);
    const seen: string[] = [];
    let page: string | null = null;
    let pages = 0;
    do {
      const { json } = await call(
        `/folders/${parent.id}/contents`,
        "GET",
        undefined,
        `?page_size=2${page ? `&page=${page}` : ""}`,
      );
      expect(json).toMatchObject({ type: "object_list", api: "storage" });
      seen.push(...(json.objects as Json[]).map((o) => o.name as string));
      page = json.next_page as string | null;
      if (page !== null) expect(typeof page).toBe("string");
      pages++;
    } while (page !== null);
    expect(pages).toBe(3);
    expect(seen).toEqual(["f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt"]);
    const bad = await call(`/folders/${parent.id}/contents`, "GET", undefined, "?page=nope");
    expect(bad.status).toBe(400);

    const all = await listAll("root", "?recursive=true&page_size=1000");
    expect(all.map((o) => o.path)).toEqual(
      expect.arrayContaining(["/Documents/Photos/sunset.png", "/paged/f4.txt", "/readme.md"]),
    );
  });

  it("refuses to delete a non-empty folder without recursive=true", async () => {
    const parent = await folder("full");
    await upload("inside.txt", "x", parent.id as string);
    const refused = await call(`/folders/${parent.id}`, "DELETE");
    expect(refused.status).toBe(403);
    expect(refused.json.error_code).toBe("folder_not_empty");
    expect((await api(`/folders/${parent.id}?recursive=true`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`/folders/${parent.id}`)).status).toBe(404);
  });

  it("renames and moves folders, but not into themselves", async () => {
    const outer = await folder("outer");
    const inner = await folder("inner", outer.id as string);
    const renamed = await call(`/folders/${outer.id}`, "PATCH", { name: "outer2" });
    expect(renamed.json.path).toBe("/outer2");
    expect((await call(`/folders/${inner.id}`)).json.path).toBe("/outer2/inner");
    const loop = await call(`/folders/${outer.id}`, "PATCH", { parent_id: inner.id });
    expect(loop.status).toBe(400);
  });

  it("copies a folder tree, and asynchronously as a task with X-Kloudless-Async", async () => {
    const source = await folder("copy-source");
    await upload("one.txt", "1", source.id as string);
    const sub = await folder("sub", source.id as string);
    await upload("two.txt", "2", sub.id as string);

    const sync = await call(`/folders/${source.id}/copy`, "POST", { parent_id: "root", name: "copy-sync" });
    expect(sync.status).toBe(201);
    expect((await listAll(sync.json.id as string, "?recursive=true")).map((o) => o.path)).toEqual([
      "/copy-sync/sub",
      "/copy-sync/sub/two.txt",
      "/copy-sync/one.txt",
    ]);

    const res = await api(`/folders/${source.id}/copy`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Kloudless-Async": "true" },
      body: JSON.stringify({ parent_id: "root", name: "copy-async" }),
    });
    expect(res.status).toBe(202);
    const task = (await res.json()) as Json;
    expect(task).toMatchObject({ type: "task" });
    const poll = () =>
      fetch(`${emu.url}/v1/accounts/me/tasks/${task.id}`, { headers: { Authorization: `Bearer ${token}` } }).then(
        async (r) => ({ status: r.status, json: (await r.json()) as Json }),
      );
    const first = await poll();
    expect(first.json).toMatchObject({ id: task.id, type: "task", status: "STARTED" });
    const second = await poll();
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ type: "folder", name: "copy-async", path: "/copy-async" });
    expect((await listAll(second.json.id as string, "?recursive=true")).length).toBe(3);
  });
});

describe("multipart uploads", () => {
  it("assembles parts sent out of order, in parallel and re-sent", async () => {
    const data = randomBytes(PART_SIZE * 2 + 300);
    const init = await call("/multipart", "POST", { name: "big.bin", parent_id: "root", size: data.length });
    expect(init.status).toBe(201);
    expect(init.json).toMatchObject({ account: accountId, part_size: PART_SIZE, parallel_uploads: true });
    const id = init.json.id;
    const part = (n: number, bytes: Uint8Array<ArrayBuffer>) =>
      api(`/multipart/${id}?part_number=${n}`, {
        method: "PUT",
        headers: { "Content-Type": "application/octet-stream" },
        body: bytes,
      });
    const slice = (n: number) => new Uint8Array(data.subarray((n - 1) * PART_SIZE, n * PART_SIZE));
    expect((await part(2, randomBytes(PART_SIZE))).status).toBe(200); // replaced below
    const sent = await Promise.all([part(3, slice(3)), part(1, slice(1)), part(2, slice(2))]);
    expect(sent.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await call(`/multipart/${id}`)).json.id).toBe(id);

    const done = await call(`/multipart/${id}/complete`, "POST");
    expect(done.status).toBe(201);
    expect(done.json).toMatchObject({ type: "file", name: "big.bin", size: data.length });
    expect((await download(done.json.id as string)).bytes.equals(data)).toBe(true);
    expect((await call(`/multipart/${id}`)).status).toBe(404);
  });

  it("rejects wrong part sizes and a finalize with missing parts, and aborts", async () => {
    const init = await call("/multipart", "POST", { name: "broken.bin", parent_id: "root", size: PART_SIZE * 2 });
    const id = init.json.id;
    const part = (n: number, size: number) =>
      api(`/multipart/${id}?part_number=${n}`, {
        method: "PUT",
        headers: { "Content-Type": "application/octet-stream" },
        body: randomBytes(size),
      });
    expect((await part(1, PART_SIZE - 1)).status).toBe(400);
    expect((await part(3, PART_SIZE)).status).toBe(400);
    expect((await part(1, PART_SIZE)).status).toBe(200);
    const early = await call(`/multipart/${id}/complete`, "POST");
    expect(early.status).toBe(400);
    expect(early.json.message).toContain("Parts missing: 2");
    expect((await api(`/multipart/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`/multipart/${id}`)).status).toBe(404);
    const missing = await api(`/multipart/${id}`, { method: "PUT", body: "x" });
    expect(missing.status).toBe(400); // part_number is required
  });

  it("checks that the parts add up without a declared size", async () => {
    const { json } = await call("/multipart", "POST", { name: "loose.bin", parent_id: "root" });
    const put = (n: number, size: number) =>
      api(`/multipart/${json.id}?part_number=${n}`, {
        method: "PUT",
        headers: { "Content-Type": "application/octet-stream" },
        body: randomBytes(size),
      });
    await put(1, 10);
    await put(2, 10);
    const short = await call(`/multipart/${json.id}/complete`, "POST");
    expect(short.status).toBe(400);
    expect(short.json.message).toContain("shorter than part_size");
  });
});

describe("links", () => {
  it("creates, reads, updates, lists by page number and deletes links; link URLs serve the file", async () => {
    const { json: file } = await upload("shared.txt", "shared bytes");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { status, json } = await call("/links", "POST", { file_id: file.id, direct: true });
      expect(status).toBe(201);
      expect(json).toMatchObject({
        file_id: file.id,
        account: accountId,
        active: true,
        direct: true,
        expiration: null,
      });
      ids.push(json.id as string);
    }
    const served = await fetch((await call(`/links/${ids[0]}`)).json.url as string);
    expect(await served.text()).toBe("shared bytes");

    const disabled = await call(`/links/${ids[1]}`, "PATCH", { active: false });
    expect(disabled.json.active).toBe(false);
    expect((await fetch(disabled.json.url as string)).status).toBe(404);
    expect((await call(`/links/${ids[1]}`, "GET", undefined, "?active=true")).status).toBe(404);

    const page1 = await call("/links", "GET", undefined, "?page_size=2");
    expect(page1.json).toMatchObject({ total: 3, count: 2, page: 1, next_page: 2, type: "object_list" });
    const page2 = await call("/links", "GET", undefined, "?page_size=2&page=2");
    expect(page2.json).toMatchObject({ total: 3, count: 1, page: 2, next_page: null });
    expect((await call("/links", "GET", undefined, "?page_size=2&page=3")).status).toBe(404);
    expect((await call("/links", "GET", undefined, "?active=false")).json.total).toBe(1);

    const other = await call("/links", "POST", { file_id: "file_missing" });
    expect(other.status).toBe(400);
    expect(other.json.message).toContain("file_id");
    expect((await api(`/links/${ids[2]}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`/links/${ids[2]}`)).status).toBe(404);
    const serviceLinks = await call(`/files/${file.id}/links`);
    expect((serviceLinks.json.objects as Json[]).length).toBe(2);
  });

  it("lists links of several accounts named together", async () => {
    const res = await fetch(`${emu.url}/v1/accounts/${accountId},${accountId}/storage/links?page_size=1`, {
      headers: { Authorization: `APIKey ${emu.apiKey}` },
    });
    expect(res.status).toBe(200);
  });
});

describe("search and recent", () => {
  it("finds files and folders by name with page numbers and requires q", async () => {
    const { json } = await call("/search", "GET", undefined, "?q=NOTES");
    expect(json).toMatchObject({ type: "object_list", page: 1 });
    expect((json.objects as Json[]).map((o) => o.path)).toContain("/Documents/notes.txt");
    const folders = await call("/search", "GET", undefined, "?q=photos");
    expect((folders.json.objects as Json[]).map((o) => o.type)).toContain("folder");
    const none = await call("/search", "GET", undefined, "?q=zzz-nothing");
    expect(none.json).toMatchObject({ total: 0, count: 0, objects: [] });
    const empty = await call("/search", "GET", undefined, "?q=");
    expect(empty.status).toBe(400);
    expect(empty.json.error_code).toBe("invalid_parameters");
    const docs = await findByPath("/Documents");
    const scoped = await call("/search", "GET", undefined, `?q=.&parents=${docs.id}`);
    expect((scoped.json.objects as Json[]).every((o) => String(o.path).startsWith("/Documents/"))).toBe(true);
  });

  it("lists recent files newest first, after a given time", async () => {
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await upload("recent-1.txt", "1");
    await upload("recent-2.txt", "2");
    const { json } = await call("/recent", "GET", undefined, `?after=${encodeURIComponent(before)}`);
    expect((json.objects as Json[]).map((o) => o.name)).toEqual(["recent-2.txt", "recent-1.txt"]);
    const all = await call("/recent", "GET", undefined, "?page_size=3");
    expect(all.json).toMatchObject({ count: 3, page: 1, next_page: 2 });
    const stamps = (all.json.objects as Json[]).map((o) => o.modified as string);
    expect([...stamps].sort().reverse()).toEqual(stamps);
  });
});

describe("permissions, properties and quota", () => {
  it("reads, replaces and extends permissions in the {permissions} wrapper", async () => {
    const notes = await findByPath("/Documents/notes.txt");
    const initial = await call(`/files/${notes.id}/permissions`);
    expect(initial.json).toEqual({ permissions: [expect.objectContaining({ role: "owner", type: "user" })] });
    const set = await call(`/files/${notes.id}/permissions`, "PUT", [
      { type: "user", role: "reader", email: "a@example.com" },
    ]);
    expect((set.json.permissions as Json[]).map((p) => [p.email, p.role])).toEqual([
      ["demo@example.com", "owner"],
      ["a@example.com", "reader"],
    ]);
    const patched = await call(`/files/${notes.id}/permissions`, "PATCH", [
      { type: "user", role: "writer", email: "a@example.com" },
      { type: "user", role: "reader", email: "b@example.com" },
    ]);
    expect((patched.json.permissions as Json[]).map((p) => p.role)).toEqual(["owner", "writer", "reader"]);
    const cleared = await call(`/files/${notes.id}/permissions`, "PUT", []);
    expect((cleared.json.permissions as Json[]).length).toBe(1);
    const docs = await findByPath("/Documents");
    expect((await call(`/folders/${docs.id}/permissions`)).json.permissions).toHaveLength(1);
    const bad = await call(`/files/${notes.id}/permissions`, "PATCH", [{ role: "reader" }]);
    expect(bad.status).toBe(400);
    expect(bad.json.message).toBe("body[0].type: is required");
  });

  it("adds, updates, deletes with null and clears properties", async () => {
    const notes = await findByPath("/Documents/notes.txt");
    expect((await call(`/files/${notes.id}/properties`)).json).toEqual({ properties: [] });
    const added = await call(`/files/${notes.id}/properties`, "PATCH", [
      { key: "department", value: "engineering" },
      { key: "readonly", value: "true" },
    ]);
    expect((added.json.properties as Json[]).map((p) => [p.key, p.value])).toEqual([
      ["department", "engineering"],
      ["readonly", "true"],
    ]);
    const changed = await call(`/files/${notes.id}/properties`, "PATCH", [
      { key: "readonly", value: null },
      { key: "department", value: "sales" },
    ]);
    expect(changed.json.properties).toEqual([expect.objectContaining({ key: "department", value: "sales" })]);
    expect((await api(`/files/${notes.id}/properties`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`/files/${notes.id}/properties`)).json).toEqual({ properties: [] });
  });

  it("reports the quota with used bytes that follow uploads", async () => {
    const before = (await call("/quota")).json;
    expect(before).toMatchObject({ total: 2 * 1024 ** 3, type: "quota", api: "storage" });
    await upload("quota.bin", randomBytes(1000));
    expect((await call("/quota")).json.used).toBe((before.used as number) + 1000);
  });

  it("refuses writes beyond the quota with 507", async () => {
    const small = await startEmulator({ quotaBytes: 10_000, seed: "empty" });
    try {
      const smallToken = small.accounts.find((a) => a.apis.includes("storage"))?.token as string;
      const res = await fetch(`${small.url}/v1/accounts/me/storage/files`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${smallToken}`,
          "Content-Type": "application/octet-stream",
          "X-Kloudless-Metadata": JSON.stringify({ name: "big", parent_id: "root" }),
        },
        body: randomBytes(20_000),
      });
      expect(res.status).toBe(507);
      expect(((await res.json()) as Json).error_code).toBe("insufficient_storage");
    } finally {
      await small.close();
    }
  });
});

describe("the spec", () => {
  it("describes every JSON response the emulator sent", () => {
    expect(emu.responses.length).toBeGreaterThan(50);
    expect(responseViolations(spec, emu.responses)).toEqual([]);
  });
});
