/**
 * A webhook receiver: Kloudless notifies it when an account changes, it checks the signature
 * and reads the account's new events by cursor, keeping the cursors in a JSON file so that a
 * restart reads nothing twice.
 *
 * Run it against the emulator (which it starts, registers the receiver with, and changes a file in):
 *
 *   npx tsx examples/webhook-receiver.ts
 *
 * In production, give `main` your own application's `apiKey`, `appId` and a public `port`, and
 * register the receiver's URL in the developer portal (or with `meta.webhooks.create`).
 */
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { CursorStore, WebhookEvent } from "../src/helpers/webhooks.ts";
import { Account, Client } from "../src/index.ts";
import { createWebhookListener } from "../src/node/index.ts";

/** A cursor store in one JSON file, replaced atomically on each write. */
export function jsonFileCursorStore(path: string): CursorStore {
  const load = async (): Promise<Record<string, string>> => {
    try {
      return JSON.parse(await readFile(path, "utf8")) as Record<string, string>;
    } catch {
      return {};
    }
  };
  return {
    get: async (accountId) => (await load())[accountId],
    set: async (accountId, cursor) => {
      const next = { ...(await load()), [accountId]: cursor };
      await writeFile(`${path}.tmp`, JSON.stringify(next, null, 2));
      await rename(`${path}.tmp`, path);
    },
  };
}

/** A running receiver. */
export interface RunningReceiver {
  /** The URL to register as the application's webhook. */
  url: string;
  close(): Promise<void>;
}

/** What the receiver needs: the application's credentials and where to keep the cursors. */
export interface ReceiverOptions {
  apiKey: string;
  appId: string;
  /** Kloudless API server root (default `https://api.kloudless.com`). */
  baseUrl?: string;
  /** Port to listen on (0: a free one). */
  port?: number;
  /** The JSON file of the cursors. */
  cursorFile: string;
  /** Receives the new events of an account. */
  onEvents(accountId: string, events: WebhookEvent[]): void | Promise<void>;
}

/** Starts the receiver on `POST /kloudless/webhook`. */
export async function startReceiver(options: ReceiverOptions): Promise<RunningReceiver> {
  const client = new Client({ apiKey: options.apiKey, baseUrl: options.baseUrl });
  const cursorStore = jsonFileCursorStore(options.cursorFile);
  const webhook = createWebhookListener({
    apiKey: options.apiKey,
    appId: options.appId,
    client,
    cursorStore,
    onEvents: (events, { accountId }) => options.onEvents(accountId, events),
    onError: (error, accountId) => console.error(`account ${accountId}: ${(error as Error).message}`),
  });
  const server = createServer((req, res) => {
    if (req.url === "/kloudless/webhook") void webhook(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/kloudless/webhook`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What the demo needs of a Kloudless (or emulator) setup. */
export interface DemoOptions {
  baseUrl: string;
  appId: string;
  apiKey: string;
  metaToken: string;
  /** A storage account's Bearer token and ID. */
  storageToken: string;
  storageAccountId: number;
  cursorFile?: string;
  print?: (line: string) => void;
}

/**
 * The demo: starts the receiver from the account's latest cursor, registers it, uploads a
 * file, prints the events the receiver reads, then unregisters it.
 */
export async function main(options: DemoOptions): Promise<WebhookEvent[]> {
  const print = options.print ?? console.log;
  const accountId = String(options.storageAccountId);
  const cursorFile = options.cursorFile ?? join(tmpdir(), `kloudless-cursors-${process.pid}.json`);
  const app = new Client({ apiKey: options.apiKey, baseUrl: options.baseUrl });
  const store = jsonFileCursorStore(cursorFile);
  if ((await store.get(accountId)) === undefined) {
    const { cursor } = (await app.events.latestCursor(accountId)).data;
    await store.set(accountId, String(cursor)); // start from now, not from every past event
  }

  const received: WebhookEvent[] = [];
  let arrived: () => void = () => {};
  const firstBatch = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const receiver = await startReceiver({
    apiKey: options.apiKey,
    appId: options.appId,
    baseUrl: options.baseUrl,
    cursorFile,
    onEvents: (id, events) => {
      for (const event of events) print(`account ${id}: ${event.type} ${(event.metadata as { name?: string }).name}`);
      received.push(...events);
      arrived();
    },
  });
  const meta = new Client({ token: options.metaToken, baseUrl: options.baseUrl });
  const hook = await meta.meta.webhooks.create(options.appId, { json: { url: receiver.url } });
  print(`webhook ${hook.data.id} registered: ${receiver.url}`);
  try {
    const storage = new Account({ token: options.storageToken, baseUrl: options.baseUrl });
    await storage.storage.files.upload({ parentId: "root", name: "webhook-demo.txt", data: "Hello, webhooks." });
    print("uploaded webhook-demo.txt");
    await Promise.race([
      firstBatch,
      new Promise((_, reject) => setTimeout(() => reject(new Error("no notification within 10 s")), 10_000)),
    ]);
  } finally {
    await meta.meta.webhooks.delete(options.appId, String(hook.data.id));
    await receiver.close();
  }
  return received;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { startEmulator } = await import("../emulator/src/index.ts");
  const emu = await startEmulator({ port: 0 });
  const cursorFile = join(tmpdir(), `kloudless-cursors-${process.pid}.json`);
  try {
    const account = emu.accounts.find((a) => a.apis.includes("storage"));
    if (!account) throw new Error("the emulator seed has no storage account");
    await main({
      baseUrl: emu.url,
      appId: emu.appId,
      apiKey: emu.apiKey,
      metaToken: emu.metaToken,
      storageToken: account.token,
      storageAccountId: account.id,
      cursorFile,
    });
  } finally {
    await emu.close();
    await rm(cursorFile, { force: true });
  }
}
