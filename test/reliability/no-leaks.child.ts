/**
 * Child process of no-leaks.test.ts: thousands of requests through ONE client against an
 * in-process emulator, succeeding and failing in every way the transport knows (4xx, 5xx,
 * 429 retried then raised, timeouts, caller aborts, uploads, downloads read whole, cancelled
 * half-way or cut by a reset). Then it closes the emulator, prints a summary and what is still
 * active, and returns without calling process.exit: the process must end on its own.
 *
 *   tsx test/reliability/no-leaks.child.ts [rounds]
 */
import { startEmulator } from "../../emulator/src/index.ts";
import { Account, isKloudlessError } from "../../src/index.ts";

const ROUNDS = Number(process.argv[2] ?? 250);
const WORKERS = 48;

let served = 0;
const emu = await startEmulator({
  port: 0,
  seed: "empty",
  logRequests: () => {
    served += 1;
  },
});
const token = emu.accounts.find((a) => a.apis.includes("storage"))?.token;
if (!token) throw new Error("no storage account in the seed");
// A long default timeout: a timer the SDK forgot to clear would hold the process for 20 s.
const account = new Account({ token, baseUrl: emu.url, timeout: 20_000, maxRetries: 1 });

// Set-up without faults: a folder, a small file, and a 64 KiB file for cut downloads.
const folder = await account.post("storage/folders", { json: { parent_id: "root", name: "leaks" } });
const folderId = String((folder.data as { id: string }).id);
const meta = (name: string) => ({ "X-Kloudless-Metadata": JSON.stringify({ parent_id: folderId, name }) });
const small = await account.post("storage/files", { data: "small file", headers: meta("small.txt") });
const smallId = String((small.data as { id: string }).id);
const big = await account.post("storage/files", { data: "x".repeat(64 * 1024), headers: meta("big.bin") });
const bigId = String((big.data as { id: string }).id);

// Faults on operations the successful kinds do not use.
emu.faults.add({ match: { method: "GET", path: "/v1/accounts/me$" }, kind: "status", status: 500 });
emu.faults.add({ match: { method: "GET", path: "storage/recent$" }, kind: "rateLimit", retryAfter: 0 });
emu.faults.add({ match: { method: "GET", path: "storage/folders/root$" }, kind: "latency", delayMs: 120 });
emu.faults.add({ match: { method: "GET", path: "storage/folders/root/contents$" }, kind: "latency", delayMs: 120 });
emu.faults.add({ match: { method: "GET", path: `storage/files/${bigId}/contents$` }, kind: "resetMidBody" });
emu.faults.add({ match: { method: "PATCH", path: "storage/files/" }, kind: "status", status: 502 });

/** Each kind of request and the outcome it must have. */
const kinds: Record<string, { expect: string; run: () => Promise<unknown> }> = {
  ok: { expect: "ok", run: () => account.get("storage/quota") },
  notFound: {
    expect: "NotFound",
    run: () => account.get("storage/files/{file_id}", { path: { file_id: "does-not-exist" } }),
  },
  serverError: { expect: "ServerError", run: () => account.get("", { maxRetries: 0 }) },
  rateLimited: { expect: "RateLimited", run: () => account.get("storage/recent") },
  timeout: {
    expect: "TimedOut",
    run: () => account.get("storage/folders/{folder_id}", { path: { folder_id: "root" }, timeout: 30, maxRetries: 0 }),
  },
  abort: {
    expect: "Aborted",
    run: () =>
      account.get("storage/folders/{folder_id}/contents", {
        path: { folder_id: "root" },
        signal: AbortSignal.timeout(10),
      }),
  },
  upload: {
    expect: "ok",
    run: () => account.post("storage/files", { data: "u", headers: meta(`u-${Math.random()}.txt`) }),
  },
  failedWrite: {
    expect: "ServerError",
    run: () => account.patch("storage/files/{file_id}", { path: { file_id: smallId }, json: { name: "renamed.txt" } }),
  },
  download: {
    expect: "ok",
    run: async () => {
      const res = await account.get("storage/files/{file_id}/contents", { path: { file_id: smallId } });
      if ((await res.text()) !== "small file") throw new Error("wrong bytes");
    },
  },
  downloadCancelled: {
    expect: "ok",
    run: async () => {
      const res = await account.get("storage/files/{file_id}/contents", { path: { file_id: smallId } });
      await res.body?.cancel();
    },
  },
  downloadCut: {
    expect: "ConnectionError",
    run: async () => {
      const res = await account.get("storage/files/{file_id}/contents", { path: { file_id: bigId } });
      await res.arrayBuffer();
    },
  },
};

const names = Object.keys(kinds);
const tally: Record<string, Record<string, number>> = {};
const jobs = Array.from({ length: ROUNDS * names.length }, (_, i) => names[i % names.length] as string);
let next = 0;
let unexpected = 0;
const started = Date.now();

async function worker(): Promise<void> {
  for (;;) {
    const name = jobs[next++];
    if (name === undefined) return;
    const kind = kinds[name]!;
    let outcome = "ok";
    try {
      await kind.run();
    } catch (error) {
      outcome = isKloudlessError(error) ? error.constructor.name : `foreign ${String(error)}`;
    }
    const row = tally[name] ?? {};
    tally[name] = row;
    row[outcome] = (row[outcome] ?? 0) + 1;
    if (outcome !== kind.expect) unexpected += 1;
  }
}

await Promise.all(Array.from({ length: WORKERS }, worker));
const ms = Date.now() - started;
await emu.close();

console.log(`SUMMARY ${JSON.stringify({ requests: jobs.length, served, ms, unexpected, tally })}`);
console.log(`ACTIVE_AFTER_CLOSE ${JSON.stringify(process.getActiveResourcesInfo())}`);
process.once("beforeExit", () => {
  console.log(`ACTIVE_AT_EXIT ${JSON.stringify(process.getActiveResourcesInfo())}`);
});
