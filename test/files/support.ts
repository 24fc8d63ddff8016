/**
 * Shared pieces of the files tests: an emulator with small multipart parts and an account on
 * it, generated data whose SHA-256 is taken as it is produced, downloads hashed as they stream,
 * and the checks every progress log must pass.
 */
import { createHash, randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { RequestLogEntry, RunningEmulator } from "../../emulator/src/index.ts";
import { startEmulator } from "../../emulator/src/index.ts";
import { Account, Client, type Progress } from "../../src/index.ts";

export const KiB = 1024;
export const MiB = 1024 * KiB;

/** Part size of most files tests: small, so multipart paths stay fast. */
export const PART = 64 * KiB;

export interface Setup {
  emu: RunningEmulator;
  account: Account;
  client: Client;
  accountId: number;
}

/** An emulator (empty drives) with `multipartPartSize` and an account and API-key client on it. */
export async function setup(options: Parameters<typeof startEmulator>[0] = {}): Promise<Setup> {
  const emu = await startEmulator({ seed: "empty", multipartPartSize: PART, ...options });
  const storage = emu.accounts.find((a) => a.apis.includes("storage"));
  if (!storage) throw new Error("the emulator seed has no storage account");
  const account = new Account({ token: storage.token, baseUrl: emu.url });
  const client = new Client({ apiKey: emu.apiKey, baseUrl: emu.url });
  return { emu, account, client, accountId: storage.id };
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * `size` random bytes as an async iterable of `chunk`-byte pieces, produced on demand (never
 * held whole); `digest()` gives the SHA-256 of what was produced so far.
 */
export function generatedStream(size: number, chunk = MiB): { stream: AsyncIterable<Uint8Array>; digest(): string } {
  const hash = createHash("sha256");
  let digest: string | undefined;
  async function* produce(): AsyncGenerator<Uint8Array> {
    for (let sent = 0; sent < size; sent += chunk) {
      const piece = randomBytes(Math.min(chunk, size - sent));
      hash.update(piece);
      yield piece;
    }
  }
  return {
    stream: produce(),
    digest: () => {
      digest ??= hash.digest("hex");
      return digest;
    },
  };
}

/** A web ReadableStream over bytes, in `chunk`-byte pieces (pulled on demand). */
export function webStream(bytes: Uint8Array<ArrayBuffer>, chunk = 10_000): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

/** Downloads a file and hashes its body as it streams (never held whole). */
export async function downloadDigest(account: Account, fileId: string): Promise<{ sha: string; bytes: number }> {
  const download = await account.storage.files.download(fileId);
  const hash = createHash("sha256");
  let bytes = 0;
  const body = download.body;
  if (body) {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      bytes += chunk.byteLength;
    }
  }
  return { sha: hash.digest("hex"), bytes };
}

/** Every progress log: `loaded` strictly grows, `total` never changes once known, the last event is the total. */
export function expectProgressEndsAtTotal(events: Progress[], total: number): void {
  expect(events.length).toBeGreaterThan(0);
  for (let i = 1; i < events.length; i++) {
    expect(events[i]!.loaded, `event ${i} of ${JSON.stringify(events)}`).toBeGreaterThan(events[i - 1]!.loaded);
  }
  for (const event of events) {
    expect(event.loaded).toBeLessThanOrEqual(total);
    if (event.total !== undefined) expect(event.total).toBe(total);
  }
  expect(events[events.length - 1]).toEqual({ loaded: total, total });
}

/** Requests the emulator received from index `from` on, for one operation. */
export function requestsFor(emu: RunningEmulator, operationId: string, from = 0): RequestLogEntry[] {
  return emu.requests.slice(from).filter((r) => r.operationId === operationId);
}

/** Operation IDs of the requests received from index `from` on. */
export function operationsSince(emu: RunningEmulator, from: number): string[] {
  return emu.requests.slice(from).map((r) => r.operationId ?? `${r.method} ${r.path}`);
}
