/**
 * A 256 MiB file, generated as a stream on the client (never a whole buffer), uploaded through
 * a multipart session of 8 MiB parts and downloaded back as a stream: the SHA-256 of what was
 * sent equals the SHA-256 of what came back.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Progress } from "../../src/index.ts";
import { generatedStream, MiB, type Setup, setup } from "./support.ts";

const SIZE = 256 * MiB;
let s: Setup;

beforeAll(async () => {
  s = await setup({ multipartPartSize: 8 * MiB });
});

afterAll(async () => {
  await s.emu.close();
});

it("a 256 MiB stream goes up in 8 MiB parts and comes back with the same SHA-256", async () => {
  const { stream, digest } = generatedStream(SIZE, MiB);
  const events: Progress[] = [];
  const from = s.emu.requests.length;
  const file = await s.account.storage.files.upload({
    parentId: "root",
    name: "large.bin",
    data: stream,
    size: SIZE,
    onProgress: (p) => events.push(p),
  });
  expect(file.data.size).toBe(SIZE);
  const parts = s.emu.requests.slice(from).filter((r) => r.operationId === "storage.multipart.uploadPart");
  expect(parts).toHaveLength(32);
  expect(parts.every((r) => r.bodyBytes === 8 * MiB && r.status === 200)).toBe(true);
  expect(events[events.length - 1]).toEqual({ loaded: SIZE, total: SIZE });
  expect(events.every((e, i) => i === 0 || e.loaded > events[i - 1]!.loaded)).toBe(true);

  const download = await s.account.storage.files.download(file.data.id);
  const hash = createHash("sha256");
  let received = 0;
  for await (const chunk of download.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    received += chunk.byteLength;
  }
  expect(received).toBe(SIZE);
  expect(hash.digest("hex")).toBe(digest());
}, 60_000);
