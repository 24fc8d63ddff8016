/**
 * `account.storage.files.download` over real HTTP against the emulator: a `Response` whose body
 * streams and is never decoded, progress as bytes arrive, `saveToFile` (Node) writing it to disk
 * and `toBlob` (any runtime) reading it whole.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Aborted, NotFound, type Progress, Response, ResponseJson, toBlob } from "../../src/index.ts";
import { saveToFile } from "../../src/node/index.ts";
import { expectProgressEndsAtTotal, generatedStream, MiB, PART, type Setup, setup, sha256 } from "./support.ts";

let s: Setup;
const dir = mkdtempSync(join(tmpdir(), "kloudless-downloads-"));
let bigId: string;
let bigSha: string;
const BIG = 3 * MiB + 7;

beforeAll(async () => {
  s = await setup();
  const { stream, digest } = generatedStream(BIG, 256 * 1024);
  const file = await s.account.storage.files.upload({ parentId: "root", name: "big.bin", data: stream, size: BIG });
  bigId = file.data.id;
  bigSha = digest();
});

afterAll(async () => {
  await s.emu.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("download", () => {
  it("resolves to a Response whose body streams, reporting progress up to Content-Length", async () => {
    const events: Progress[] = [];
    const download = await s.account.storage.files.download(bigId, { onProgress: (p) => events.push(p) });
    expect(download).toBeInstanceOf(Response);
    expect(download).not.toBeInstanceOf(ResponseJson);
    // Not read ahead: at most the stream's first buffered chunk before the caller reads.
    expect(events.length).toBeLessThanOrEqual(1);
    expect(events[0]?.loaded ?? 0).toBeLessThan(BIG);
    expect(download.headers.get("content-length")).toBe(String(BIG));
    let chunks = 0;
    for await (const _ of download.body as unknown as AsyncIterable<Uint8Array>) chunks++;
    expect(chunks).toBeGreaterThan(1);
    expectProgressEndsAtTotal(events, BIG);
  });

  it("never decodes the body, whatever its Content-Type", async () => {
    const json = '{"looks": "like json"}';
    const file = await s.account.storage.files.upload({ parentId: "root", name: "data.json", data: json });
    const download = await s.account.storage.files.download(file.data.id);
    expect(download.headers.get("content-type")).toMatch(/json/);
    expect(download).not.toBeInstanceOf(ResponseJson);
    expect(await download.text()).toBe(json);
  });

  it("reports { loaded: 0, total: 0 } once for an empty file", async () => {
    const file = await s.account.storage.files.upload({ parentId: "root", name: "empty.bin", data: "" });
    const events: Progress[] = [];
    const download = await s.account.storage.files.download(file.data.id, { onProgress: (p) => events.push(p) });
    expect(await download.text()).toBe("");
    expect(events).toEqual([{ loaded: 0, total: 0 }]);
  });

  it("a caller abort cancels the body stream", async () => {
    const controller = new AbortController();
    const download = await s.account.storage.files.download(bigId, { signal: controller.signal });
    const reader = download.body!.getReader();
    await reader.read();
    controller.abort();
    await expect(
      (async () => {
        for (;;) if ((await reader.read()).done) return;
      })(),
    ).rejects.toBeInstanceOf(Aborted);
  });

  it("a slow reader (back-pressure) is not mistaken for a stalled download", async () => {
    const download = await s.account.storage.files.download(bigId, { timeout: 100 });
    const reader = download.body!.getReader();
    let bytes = (await reader.read()).value!.byteLength;
    await new Promise((resolve) => setTimeout(resolve, 350));
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
    expect(bytes).toBe(BIG);
  });

  it("an unknown file is a NotFound", async () => {
    await expect(s.account.storage.files.download("file_missing")).rejects.toBeInstanceOf(NotFound);
  });
});

describe("saveToFile (Node)", () => {
  it("writes the body to disk as it streams and resolves to the bytes written", async () => {
    const events: Progress[] = [];
    const path = join(dir, "saved.bin");
    const written = await saveToFile(
      await s.account.storage.files.download(bigId, { onProgress: (p) => events.push(p) }),
      path,
    );
    expect(written).toBe(BIG);
    expect(statSync(path).size).toBe(BIG);
    expect(sha256(readFileSync(path))).toBe(bigSha);
    expectProgressEndsAtTotal(events, BIG);
  });

  it("takes a raw fetch Response too, and writes an empty file for an empty body", async () => {
    const file = await s.account.storage.files.upload({
      parentId: "root",
      name: "empty2.bin",
      data: new Uint8Array(0),
    });
    const path = join(dir, "empty.bin");
    const download = await s.account.storage.files.download(file.data.id);
    expect(await saveToFile(download.response, path)).toBe(0);
    expect(statSync(path).size).toBe(0);
  });
});

describe("toBlob", () => {
  it("gives the whole body as a Blob typed by Content-Type", async () => {
    const bytes = new Uint8Array(PART + 3).map((_, i) => i % 251);
    const file = await s.account.storage.files.upload({
      parentId: "root",
      name: "picture.png",
      data: new Blob([bytes]),
    });
    const blob = await toBlob(await s.account.storage.files.download(file.data.id));
    expect(blob.size).toBe(bytes.byteLength);
    expect(blob.type).toBe("image/png");
    expect(sha256(new Uint8Array(await blob.arrayBuffer()))).toBe(sha256(bytes));
  });
});
