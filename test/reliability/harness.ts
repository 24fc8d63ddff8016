/**
 * Shared set-up of the fault-injection suite: an emulator whose request log carries
 * server-side timestamps, accounts pointed at it, a fresh folder per test, uploads through
 * `account.post` (independent of the generated upload method), and a folder listing that
 * says which files exist afterwards.
 */
import { once } from "node:events";
import { createServer, type Server } from "node:net";
import { test as base } from "vitest";
import { type RunningEmulator, startEmulator } from "../../emulator/src/index.ts";
import { Account, type AccountOptions, Logger, type LogSink, type ResourceList } from "../../src/index.ts";

/** One request the emulator answered (or reset), with the server-side time it finished. */
export interface ServerEvent {
  method: string;
  path: string;
  /** Status sent; 0 for a reset before any answer. */
  status: number;
  fault: string | undefined;
  /** `performance.now()` when the server logged the request (after it answered). */
  at: number;
  /** `Date.now()` at the same moment, to compare with HTTP dates. */
  wall: number;
}

/** An emulator plus the timestamped log of what it served. */
export interface Harness {
  emu: RunningEmulator;
  token: string;
  events: ServerEvent[];
  close(): Promise<void>;
}

/** Starts an empty-seeded emulator and records every request line with its server-side time. */
export async function startHarness(): Promise<Harness> {
  const events: ServerEvent[] = [];
  const emu = await startEmulator({
    port: 0,
    seed: "empty",
    logRequests: (line) => {
      // "<METHOD> <path> <status|reset> <ms>ms[ fault=<kind>]", written once the server is done.
      const [method = "", path = "", status = "", , fault] = line.split(" ");
      events.push({
        method,
        path,
        status: status === "reset" ? 0 : Number(status),
        fault: fault?.replace(/^fault=/, ""),
        at: performance.now(),
        wall: Date.now(),
      });
    },
  });
  const storage = emu.accounts.find((a) => a.apis.includes("storage"));
  if (!storage) throw new Error("the emulator's seed has no storage account");
  return { emu, token: storage.token, events, close: () => emu.close() };
}

/**
 * `it` with a fresh emulator per test (`async ({ h, expect }) => ...`): tests own their fault
 * rules and request log, so a file's tests can run concurrently (`describe.concurrent`).
 */
export const it = base.extend<{ h: Harness }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern.
  h: async ({}, use) => {
    const h = await startHarness();
    await use(h);
    await h.close();
  },
});

/** Debug lines a client wrote, to check the per-attempt log. */
export function debugSink(): { lines: string[]; logger: Logger } {
  const lines: string[] = [];
  const push = (message: string): void => {
    lines.push(message);
  };
  const sink: LogSink = { debug: push, info: push, warn: push, error: push };
  return { lines, logger: new Logger(sink, "debug") };
}

/** An account on the harness's emulator; small timeouts keep the suite fast. */
export function accountFor(h: Harness, options: Partial<AccountOptions> = {}): Account {
  return new Account({ token: h.token, baseUrl: h.emu.url, timeout: 2_000, ...options });
}

let folderCounter = 0;

/** Creates a fresh folder under root (no faults apply: call it before adding rules). */
export async function freshFolder(account: Account, label: string): Promise<string> {
  folderCounter += 1;
  const folder = await account.post("storage/folders", {
    json: { parent_id: "root", name: `${label}-${folderCounter}-${Date.now()}` },
  });
  return String((folder.data as { id: string }).id);
}

/** Uploads `data` as `name` into `parentId` with a raw POST (octet-stream + metadata header). */
export function upload(
  account: Account,
  parentId: string,
  name: string,
  data: string | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  options: { maxRetries?: number; timeout?: number; signal?: AbortSignal } = {},
) {
  return account.post("storage/files", {
    data,
    headers: { "X-Kloudless-Metadata": JSON.stringify({ parent_id: parentId, name }) },
    ...options,
  });
}

/** A listed item of a folder. */
export interface Listed {
  id: string;
  name: string;
  type: string;
  size: number;
}

/** The items of a folder, through the API (no faults may be active). */
export async function listFolder(account: Account, folderId: string): Promise<Listed[]> {
  const list = (await account.get("storage/folders/{folder_id}/contents", {
    path: { folder_id: folderId },
    maxRetries: 0,
  })) as unknown as ResourceList<Listed>;
  const items: Listed[] = [];
  for await (const item of list.getPagingIterator()) items.push(item.data as Listed);
  return items;
}

/** The bytes of a file, through the API. */
export async function fileBytes(account: Account, fileId: string): Promise<string> {
  const res = await account.get("storage/files/{file_id}/contents", { path: { file_id: fileId }, maxRetries: 0 });
  return (res as { text(): Promise<string> }).text();
}

/** Server events for requests on `path` with `method` (the emulator's own log). */
export function seen(h: Harness, method: string, path: string | RegExp): ServerEvent[] {
  return h.events.filter(
    (e) => e.method === method && (typeof path === "string" ? e.path === path : path.test(e.path)),
  );
}

/** What the server answered, in order: `429 → 200`; `reset` for a connection reset before any answer. */
export function trail(events: ServerEvent[]): string {
  return events
    .map((e) => (e.status === 0 ? "reset" : e.fault && e.status < 400 ? e.fault : String(e.status)))
    .join(" → ");
}

/** Milliseconds between consecutive server events, rounded: `[1003]`. */
export function gaps(events: ServerEvent[]): number[] {
  return events.slice(1).map((e, i) => Math.round(e.at - events[i]!.at));
}

/** Waits until `check` holds (for server logs written after a client gave up), or fails. */
export async function eventually(check: () => boolean, ms = 3_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The error a call rejects with (fails when it resolves). */
export async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to reject");
}

/** A port nothing listens on: bound, read, then closed. */
export async function closedPort(): Promise<number> {
  const server: Server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return address.port;
}

export const UPLOADS = "/v1/accounts/me/storage/files";
export const QUOTA = "/v1/accounts/me/storage/quota";
