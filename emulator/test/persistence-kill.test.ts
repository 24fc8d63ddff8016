/**
 * Killing the emulator mid-upload (SIGKILL of the CLI run with `--data-dir`) loses nothing it
 * acknowledged and shows nothing of the upload it was receiving: the restarted emulator serves
 * the files with their bytes, the folders, the calendar event and the events cursor from before,
 * and no partial or temporary file.
 */
import { type ChildProcessByStdio, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

type Json = Record<string, unknown>;

interface Ready {
  url: string;
  accounts: { id: number; service: string; token: string }[];
}

const children: ChildProcessByStdio<null, Readable, Readable>[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in one Node process (no wrapper, so SIGKILL reaches the emulator itself). */
async function startCli(dataDir: string): Promise<{ child: (typeof children)[number]; ready: Ready }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "emulator/src/cli.ts", "--port", "0", "--quiet", "--json", "--data-dir", dataDir],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  children.push(child);
  const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
  return { child, ready: JSON.parse(line) as Ready };
}

function clientOf(ready: Ready, service: string) {
  const account = ready.accounts.find((a) => a.service === service);
  if (!account) throw new Error(`no ${service} account`);
  const base = `${ready.url}/v1/accounts/me`;
  const auth = { Authorization: `Bearer ${account.token}` };
  return {
    token: account.token,
    async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }> {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { ...auth, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, json: text ? (JSON.parse(text) as Json) : {} };
    },
    async upload(name: string, bytes: Buffer, parentId = "root"): Promise<Json> {
      const res = await fetch(`${base}/storage/files`, {
        method: "POST",
        headers: {
          ...auth,
          "Content-Type": "application/octet-stream",
          "X-Kloudless-Metadata": JSON.stringify({ name, parent_id: parentId }),
        },
        body: new Uint8Array(bytes),
      });
      expect(res.status).toBe(201);
      return (await res.json()) as Json;
    },
    async download(fileId: string): Promise<Buffer> {
      const res = await fetch(`${base}/storage/files/${fileId}/contents`, { headers: auth });
      return Buffer.from(await res.arrayBuffer());
    },
  };
}

/** Waits until `check` holds, polling. */
async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("an emulator killed mid-upload", () => {
  it("restarts with everything it acknowledged and nothing of the interrupted upload", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-kill-test-"));
    dirs.push(dir);
    const { child, ready } = await startCli(dir);
    const storage = clientOf(ready, "dropbox");
    const calendar = clientOf(ready, "google_calendar");

    const folder = await storage.call("POST", "/storage/folders", { name: "Before the kill", parent_id: "root" });
    expect(folder.status).toBe(201);
    const small = randomBytes(5_000);
    const large = randomBytes(3 * 1024 * 1024);
    const smallFile = await storage.upload("small.bin", small, String(folder.json.id));
    const largeFile = await storage.upload("large.bin", large);
    const event = await calendar.call("POST", "/cal/calendars/primary/events", {
      name: "Survives the kill",
      start: "2032-01-01T09:00:00Z",
      end: "2032-01-01T10:00:00Z",
    });
    expect(event.status).toBe(201);
    const cursor = (await storage.call("GET", "/events/latest")).json.cursor;
    const before = await storage.call("GET", "/storage/folders/root/contents?recursive=true");

    // An upload of 16 MiB of which only the first 2 MiB are sent: the emulator is killed while
    // it waits for the rest.
    const url = new URL(`${ready.url}/v1/accounts/me/storage/files`);
    const pending = request(url, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${storage.token}`,
        "Content-Type": "application/octet-stream",
        "Content-Length": String(16 * 1024 * 1024),
        "X-Kloudless-Metadata": JSON.stringify({ name: "interrupted.bin", parent_id: "root" }),
      },
    });
    pending.on("error", () => undefined); // the connection dies with the emulator
    pending.write(randomBytes(2 * 1024 * 1024));
    const tmp = join(dir, "tmp");
    const received = () => readdirSync(tmp).reduce((sum, name) => sum + statSync(join(tmp, name)).size, 0);
    await until(() => received() >= 1024 * 1024, "the emulator to store part of the upload");
    child.kill("SIGKILL");
    await once(child, "exit");
    pending.destroy();
    expect(readdirSync(tmp).length).toBeGreaterThan(0); // the partial bytes were on disk

    const restarted = await startCli(dir);
    const storage2 = clientOf(restarted.ready, "dropbox");
    const calendar2 = clientOf(restarted.ready, "google_calendar");
    const after = await storage2.call("GET", "/storage/folders/root/contents?recursive=true");
    expect(after.json.objects).toEqual(
      (before.json.objects as Json[]).map((o) => ({
        ...o,
        href: String(o.href).replace(ready.url, restarted.ready.url),
      })),
    );
    const listed = (after.json.objects as Json[]).map((o) => String(o.name));
    expect(listed).not.toContain("interrupted.bin");
    expect(listed.filter((name) => /\.part$|\.tmp$/.test(name))).toEqual([]);
    expect((await storage2.download(String(smallFile.id))).equals(small)).toBe(true);
    expect((await storage2.download(String(largeFile.id))).equals(large)).toBe(true);
    expect((await calendar2.call("GET", `/cal/calendars/primary/events/${event.json.id}`)).json.name).toBe(
      "Survives the kill",
    );
    expect((await storage2.call("GET", "/events/latest")).json.cursor).toBe(cursor);
    expect((await storage2.call("GET", `/events?cursor=${cursor}`)).json.objects).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(["blobs", "state.json", "tmp"]);

    restarted.child.kill("SIGTERM");
    expect((await once(restarted.child, "exit"))[0]).toBe(0);
  }, 60_000);
});
