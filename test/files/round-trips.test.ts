/**
 * `account.storage.files.upload` and `download` over real HTTP against the emulator: every size
 * that matters around the part size and the multipart threshold, every kind of data, compared by
 * SHA-256, with progress that only grows and ends at the total.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidParameter, type Progress, Resource } from "../../src/index.ts";
import { fileSource } from "../../src/node/index.ts";
import {
  downloadDigest,
  expectProgressEndsAtTotal,
  generatedStream,
  operationsSince,
  PART,
  type Setup,
  setup,
  sha256,
  webStream,
} from "./support.ts";

let s: Setup;
const dir = mkdtempSync(join(tmpdir(), "kloudless-files-"));

beforeAll(async () => {
  s = await setup();
});

afterAll(async () => {
  await s.emu.close();
  rmSync(dir, { recursive: true, force: true });
});

function bytesOf(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
}

const SIZES: [string, number][] = [
  ["0 bytes", 0],
  ["1 byte", 1],
  ["part_size - 1", PART - 1],
  ["part_size", PART],
  ["part_size + 1", PART + 1],
  ["3 parts and a bit", 3 * PART + 17],
];

describe("round trips through one request and through a multipart session", () => {
  for (const mode of ["single", "multipart"] as const) {
    for (const [label, size] of SIZES) {
      it(`${mode}: ${label} comes back identical, with progress ending at ${size}`, async () => {
        const bytes = bytesOf(size);
        const events: Progress[] = [];
        const from = s.emu.requests.length;
        const file = await s.account.storage.files.upload({
          parentId: "root",
          name: `${mode}-${size}.bin`,
          data: bytes,
          multipart: mode === "multipart",
          onProgress: (p) => events.push(p),
        });
        expect(file).toBeInstanceOf(Resource);
        expect(file.data.size).toBe(size);
        const ops = operationsSince(s.emu, from);
        if (mode === "single") expect(ops).toEqual(["storage.files.upload"]);
        else {
          const parts = Math.max(1, Math.ceil(size / PART));
          expect(ops[0]).toBe("storage.multipart.init");
          expect(ops.filter((op) => op === "storage.multipart.uploadPart")).toHaveLength(parts);
          expect(ops[ops.length - 1]).toBe("storage.multipart.complete");
        }
        expectProgressEndsAtTotal(events, size);
        const back = await downloadDigest(s.account, file.data.id);
        expect(back).toEqual({ sha: sha256(bytes), bytes: size });
      });
    }
  }
});

describe("the multipart threshold", () => {
  const threshold = 2 * PART + 5;
  for (const [label, size, multipart] of [
    ["threshold - 1", threshold - 1, false],
    ["threshold", threshold, false],
    ["threshold + 1", threshold + 1, true],
  ] as const) {
    it(`${label} bytes ${multipart ? "go through a multipart session" : "go in one request"}`, async () => {
      const bytes = bytesOf(size);
      const from = s.emu.requests.length;
      const file = await s.account.storage.files.upload({
        parentId: "root",
        name: `threshold-${size}.bin`,
        data: bytes,
        multipart: { threshold },
      });
      expect(operationsSince(s.emu, from)[0]).toBe(multipart ? "storage.multipart.init" : "storage.files.upload");
      expect((await downloadDigest(s.account, file.data.id)).sha).toBe(sha256(bytes));
    });
  }

  it("by default, a known size up to 32 MiB goes in one request", async () => {
    const from = s.emu.requests.length;
    await s.account.storage.files.upload({ parentId: "root", name: "default.bin", data: bytesOf(5 * PART) });
    expect(operationsSince(s.emu, from)).toEqual(["storage.files.upload"]);
  });

  it("a stream of unknown size goes in one streamed request unless a session is asked for", async () => {
    const from = s.emu.requests.length;
    const bytes = bytesOf(3 * PART);
    await s.account.storage.files.upload({
      parentId: "root",
      name: "unknown-size.bin",
      data: webStream(bytes),
      multipart: { threshold: 0 },
    });
    expect(operationsSince(s.emu, from)).toEqual(["storage.files.upload"]);
  });

  it("multipart: false keeps a file above the threshold in one request", async () => {
    const from = s.emu.requests.length;
    await s.account.storage.files.upload({
      parentId: "root",
      name: "forced.bin",
      data: bytesOf(PART * 3),
      multipart: false,
    });
    expect(operationsSince(s.emu, from)).toEqual(["storage.files.upload"]);
  });
});

describe("every kind of data", () => {
  const size = 3 * PART + 123;
  const bytes = bytesOf(size);
  const text = `ünïcødé ✓ ${"x".repeat(PART)} 😀`;
  const textBytes = new TextEncoder().encode(text);

  const kinds: [string, () => unknown, Uint8Array, number | undefined][] = [
    ["a string (sent as UTF-8)", () => text, textBytes, undefined],
    ["a Uint8Array", () => bytes, bytes, undefined],
    ["an ArrayBuffer", () => bytes.slice().buffer, bytes, undefined],
    ["a Node Buffer", () => Buffer.from(bytes), bytes, undefined],
    ["a Blob", () => new Blob([bytes]), bytes, undefined],
    ["a File", () => new File([bytes], "f.bin", { type: "application/x-test" }), bytes, undefined],
    ["a web ReadableStream with its size", () => webStream(bytes), bytes, size],
    [
      "a Node Readable with its size",
      () => Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]),
      bytes,
      size,
    ],
    [
      "an async generator of chunks",
      () =>
        (async function* () {
          yield bytes.subarray(0, 7);
          yield bytes.subarray(7);
        })(),
      bytes,
      size,
    ],
  ];

  for (const mode of ["single", "multipart"] as const) {
    for (const [label, make, expected, declared] of kinds) {
      it(`${mode}: ${label}`, async () => {
        const events: Progress[] = [];
        const file = await s.account.storage.files.upload({
          parentId: "root",
          name: `kind-${mode}-${label}.bin`,
          data: make() as never,
          size: declared,
          multipart: mode === "multipart",
          onProgress: (p) => events.push(p),
        });
        expect(file.data.size).toBe(expected.byteLength);
        expectProgressEndsAtTotal(events, expected.byteLength);
        expect((await downloadDigest(s.account, file.data.id)).sha).toBe(sha256(expected));
      });
    }
  }

  it("a file path, through fileSource (streamed from disk, named after the file)", async () => {
    const path = join(dir, "from-disk.bin");
    writeFileSync(path, bytes);
    for (const threshold of [0, Number.MAX_SAFE_INTEGER]) {
      const events: Progress[] = [];
      const from = s.emu.requests.length;
      const file = await s.account.storage.files.upload({
        parentId: "root",
        ...fileSource(path),
        multipart: { threshold },
        onProgress: (p) => events.push(p),
      });
      expect(operationsSince(s.emu, from)[0]).toBe(threshold === 0 ? "storage.multipart.init" : "storage.files.upload");
      expect(file.data.name).toMatch(/^from-disk( \(\d+\))?\.bin$/);
      expectProgressEndsAtTotal(events, size);
      expect((await downloadDigest(s.account, file.data.id)).sha).toBe(sha256(bytes));
    }
  });

  it("a stream of unknown size through a session: parts as they fill, the last one shorter", async () => {
    const { stream, digest } = generatedStream(5 * PART + 99, 10_000);
    const events: Progress[] = [];
    const from = s.emu.requests.length;
    const file = await s.account.storage.files.upload({
      parentId: "root",
      name: "unknown-multipart.bin",
      data: stream,
      multipart: true,
      onProgress: (p) => events.push(p),
    });
    const init = s.emu.requests.slice(from).find((r) => r.operationId === "storage.multipart.init");
    expect(init).toBeDefined();
    expect(operationsSince(s.emu, from).filter((op) => op === "storage.multipart.uploadPart")).toHaveLength(6);
    expect(file.data.size).toBe(5 * PART + 99);
    expect(events.slice(0, -1).every((e) => e.total === undefined)).toBe(true);
    expect(events[events.length - 1]).toEqual({ loaded: 5 * PART + 99, total: 5 * PART + 99 });
    expect((await downloadDigest(s.account, file.data.id)).sha).toBe(digest());
  });

  it("an empty stream of unknown size asked to go multipart becomes an empty file", async () => {
    const file = await s.account.storage.files.upload({
      parentId: "root",
      name: "empty-stream.bin",
      data: webStream(new Uint8Array(0)),
      multipart: true,
    });
    expect(file.data.size).toBe(0);
  });
});

describe("the upload request", () => {
  it("sends a stream of known size in one request with its Content-Length, not chunked", async () => {
    for (const [data, size] of [
      [webStream(bytesOf(PART)), PART],
      [bytesOf(1000), 1000],
    ] as const) {
      const from = s.emu.requests.length;
      await s.account.storage.files.upload({ parentId: "root", name: "length.bin", data, size, onProgress: () => {} });
      const request = s.emu.requests[from]!;
      expect(request.headers["content-length"]).toBe(String(size));
      expect(request.headers["transfer-encoding"]).toBeUndefined();
    }
  });

  it("sends every part with its Content-Length, not chunked", async () => {
    const from = s.emu.requests.length;
    await s.account.storage.files.upload({
      parentId: "root",
      name: "lengths.bin",
      data: bytesOf(3 * PART + 1),
      multipart: true,
    });
    // Parts go two at a time, so the log (in order of answers) may hold them in any order.
    const parts = s.emu.requests
      .slice(from)
      .filter((r) => r.operationId === "storage.multipart.uploadPart")
      .sort((a, b) => partNumber(a.query) - partNumber(b.query));
    expect(parts.map((r) => r.headers["content-length"])).toEqual([PART, PART, PART, 1].map(String));
    expect(parts.every((r) => r.headers["transfer-encoding"] === undefined)).toBe(true);
  });

  it("builds X-Kloudless-Metadata as ASCII JSON, whatever the name", async () => {
    const from = s.emu.requests.length;
    const name = 'Ünïcode ✓ "quoted" 😀.txt';
    const file = await s.account.storage.files.upload({ parentId: "root", name, data: "hi" });
    expect(file.data.name).toBe(name);
    const header = s.emu.requests[from]!.headers["x-kloudless-metadata"]!;
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(JSON.parse(header)).toEqual({ name, parent_id: "root" });
  });

  it("overwrite: true replaces the same-named file, in one request and through a session", async () => {
    for (const multipart of [false, true]) {
      const name = `overwrite-${multipart}.txt`;
      const first = await s.account.storage.files.upload({ parentId: "root", name, data: "one", multipart });
      const second = await s.account.storage.files.upload({
        parentId: "root",
        name,
        data: "two!",
        overwrite: true,
        multipart,
      });
      expect(second.data.id).toBe(first.data.id);
      expect((await downloadDigest(s.account, second.data.id)).sha).toBe(sha256("two!"));
      const renamed = await s.account.storage.files.upload({ parentId: "root", name, data: "three", multipart });
      expect(renamed.data.name).not.toBe(name);
    }
  });

  it("a stream shorter or longer than its declared size fails with InvalidParameter", async () => {
    for (const multipart of [false, true]) {
      for (const actual of [PART * 2 - 1, PART * 2 + 1]) {
        const error = await s.account.storage.files
          .upload({
            parentId: "root",
            name: "mismatch.bin",
            data: webStream(new Uint8Array(actual)),
            size: PART * 2,
            multipart,
          })
          .catch((e: unknown) => e);
        const cause = multipart ? (error as { cause?: unknown }).cause : error;
        expect(cause, `${multipart} ${actual}`).toBeInstanceOf(InvalidParameter);
      }
    }
  });

  it("refuses bad arguments before sending anything", async () => {
    const from = s.emu.requests.length;
    const upload = s.account.storage.files.upload as (o: unknown) => Promise<unknown>;
    for (const bad of [
      undefined,
      { parentId: "root", data: "x" },
      { name: "x", data: "x" },
      { parentId: "root", name: "x" },
      { parentId: "root", name: "x", data: 42 },
      { parentId: "root", name: "x", data: "abc", size: 4 },
      { parentId: "root", name: "x", data: "abc", multipart: { concurrency: 0 } },
    ]) {
      await expect(upload(bad), JSON.stringify(bad)).rejects.toBeInstanceOf(InvalidParameter);
    }
    expect(s.emu.requests.length).toBe(from);
  });
});

describe("the Client variant and the plain operation", () => {
  it("client.storage.files.upload and download take the account ID first", async () => {
    const bytes = bytesOf(2 * PART + 1);
    const file = await s.client.storage.files.upload(s.accountId, {
      parentId: "root",
      name: "via-client.bin",
      data: bytes,
      multipart: true,
    });
    expect(file.url).toContain(`/accounts/${s.accountId}/storage/files/`);
    const download = await s.client.storage.files.download(s.accountId, file.data.id);
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));
  });

  it("the plain upload operation stays reachable through the typed path call", async () => {
    const file = await s.account.post("storage/files", {
      data: "plain",
      headers: { "X-Kloudless-Metadata": JSON.stringify({ name: "plain.txt", parent_id: "root" }) },
    });
    expect(file).toBeInstanceOf(Resource);
    expect((file as Resource<{ size: number }>).data.size).toBe(5);
  });
});

/** The `part_number` of a logged part upload's query string. */
function partNumber(query: string): number {
  return Number(new URLSearchParams(query).get("part_number"));
}
