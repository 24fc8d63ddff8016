/**
 * Multipart uploads when things go wrong, over real HTTP against the emulator with injected
 * faults: a part retried on its own, an interrupted upload resumed from its session without
 * re-sending finished parts, the caller's abort and hard failures aborting the session, and the
 * concurrency the session allows.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Aborted, Account, InvalidParameter, MultipartUploadError, NotFound, type Progress } from "../../src/index.ts";
import {
  downloadDigest,
  expectProgressEndsAtTotal,
  generatedStream,
  operationsSince,
  PART,
  requestsFor,
  type Setup,
  setup,
  sha256,
  webStream,
} from "./support.ts";

let s: Setup;

beforeAll(async () => {
  s = await setup();
});

afterEach(() => s.emu.faults.clear());

afterAll(async () => {
  await s.emu.close();
});

function randomish(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let x = seed | 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** The session ID in the path of a multipart request. */
function sessionIdOf(path: string): string {
  return /\/storage\/multipart\/([^/]+)/.exec(path)![1]!;
}

describe("a failed part is retried on its own", () => {
  it("a part failing twice with 500 then succeeding: the upload succeeds, nothing else is re-sent", async () => {
    const bytes = randomish(4 * PART + 10, 1);
    const from = s.emu.requests.length;
    s.emu.faults.add({ match: { operationId: "storage.multipart.uploadPart" }, kind: "status", status: 500, times: 2 });
    const events: Progress[] = [];
    const file = await s.account.storage.files.upload({
      parentId: "root",
      name: "retried.bin",
      data: bytes,
      multipart: { threshold: 0, concurrency: 1 },
      onProgress: (p) => events.push(p),
    });
    const parts = requestsFor(s.emu, "storage.multipart.uploadPart", from);
    expect(parts.map((r) => r.status)).toEqual([500, 500, 200, 200, 200, 200, 200]);
    // The retried part is the first one, sent three times; the others once.
    expect(parts.slice(0, 3).map((r) => r.bodyBytes)).toEqual([PART, PART, PART]);
    expect(requestsFor(s.emu, "storage.multipart.init", from)).toHaveLength(1);
    expect(requestsFor(s.emu, "storage.multipart.complete", from)).toHaveLength(1);
    expectProgressEndsAtTotal(events, bytes.byteLength);
    expect((await downloadDigest(s.account, file.data.id)).sha).toBe(sha256(bytes));
  });

  it("a rate-limited part waits for Retry-After and is sent again", async () => {
    const bytes = randomish(2 * PART, 2);
    const from = s.emu.requests.length;
    s.emu.faults.add({
      match: { operationId: "storage.multipart.uploadPart" },
      kind: "rateLimit",
      retryAfter: 0,
      times: 1,
    });
    const file = await s.account.storage.files.upload({
      parentId: "root",
      name: "rate.bin",
      data: bytes,
      multipart: true,
    });
    expect(requestsFor(s.emu, "storage.multipart.uploadPart", from).map((r) => r.status)).toContain(429);
    expect((await downloadDigest(s.account, file.data.id)).sha).toBe(sha256(bytes));
  });
});

describe("an interrupted upload resumes from its session", () => {
  for (const kind of ["bytes", "stream"] as const) {
    it(`${kind}: parts finished before the interruption are not sent again`, async () => {
      const parts = 12;
      const size = parts * PART - 1000;
      const bytes = randomish(size, 3);
      const data = () => (kind === "bytes" ? bytes : webStream(bytes, 7_000));
      const from = s.emu.requests.length;
      let faulted = false;
      const first = await s.account.storage.files
        .upload({
          parentId: "root",
          name: `interrupted-${kind}.bin`,
          data: data(),
          size,
          multipart: { threshold: 0, concurrency: 3, partRetries: 1 },
          onProgress: ({ loaded }) => {
            // Half way, every further part fails (503) for good.
            if (!faulted && loaded >= size / 2) {
              faulted = true;
              s.emu.faults.add({ match: { operationId: "storage.multipart.uploadPart" }, kind: "status", status: 503 });
            }
          },
        })
        .catch((e: unknown) => e);
      expect(first).toBeInstanceOf(MultipartUploadError);
      const error = first as MultipartUploadError;
      expect(error.resumable).toBe(true);
      expect(error.sessionAborted).toBe(false);
      expect(error.partSize).toBe(PART);
      expect(error.message).toMatch(/interrupted/);
      const done = error.completedParts;
      // Progress counts bytes as fetch reads them, so "half way" leaves a few parts finished.
      expect(done.length).toBeGreaterThanOrEqual(2);
      expect(done.length).toBeLessThan(parts);
      // The emulator stored exactly those parts: each answered 200 once.
      const stored = requestsFor(s.emu, "storage.multipart.uploadPart", from).filter((r) => r.status === 200);
      expect(stored).toHaveLength(done.length);
      expect(requestsFor(s.emu, "storage.multipart.abort", from)).toHaveLength(0);
      const sessionPath = requestsFor(s.emu, "storage.multipart.uploadPart", from)[0]!.path;
      expect(sessionIdOf(sessionPath)).toBe(String(error.sessionId));

      s.emu.faults.clear();
      const resumedFrom = s.emu.requests.length;
      const events: Progress[] = [];
      const file = await s.account.storage.files.upload({
        parentId: "root",
        name: `interrupted-${kind}.bin`,
        data: data(),
        size,
        multipart: error.resume,
        onProgress: (p) => events.push(p),
      });
      const resent = requestsFor(s.emu, "storage.multipart.uploadPart", resumedFrom);
      expect(resent).toHaveLength(parts - done.length);
      expect(resent.every((r) => r.status === 200 && r.path === sessionPath)).toBe(true);
      const doneBytes = done.reduce((sum, n) => sum + (n < parts ? PART : size - (parts - 1) * PART), 0);
      expect(resent.reduce((sum, r) => sum + r.bodyBytes, 0)).toBe(size - doneBytes);
      expect(requestsFor(s.emu, "storage.multipart.init", resumedFrom)).toHaveLength(0);
      expect(requestsFor(s.emu, "storage.multipart.complete", resumedFrom)).toHaveLength(1);
      expectProgressEndsAtTotal(events, size);
      expect(events[0]!.loaded).toBeGreaterThanOrEqual(PART);
      expect((await downloadDigest(s.account, file.data.id)).sha).toBe(sha256(bytes));
    });
  }

  it("a connection reset on every part after the first interrupts the upload; sessionId alone re-sends every part", async () => {
    const size = 3 * PART;
    const bytes = randomish(size, 4);
    const from = s.emu.requests.length;
    s.emu.faults.add({ match: { operationId: "storage.multipart.uploadPart" }, kind: "reset" });
    const error = (await s.account.storage.files
      .upload({ parentId: "root", name: "reset.bin", data: bytes, multipart: { threshold: 0, partRetries: 0 } })
      .catch((e: unknown) => e)) as MultipartUploadError;
    expect(error).toBeInstanceOf(MultipartUploadError);
    expect(error.resumable).toBe(true);
    expect(error.completedParts).toEqual([]);
    expect(requestsFor(s.emu, "storage.multipart.uploadPart", from).length).toBeGreaterThan(0);
    s.emu.faults.clear();
    const resumedFrom = s.emu.requests.length;
    const file = await s.account.storage.files.upload({
      parentId: "root",
      name: "reset.bin",
      data: new Blob([bytes]),
      multipart: { sessionId: error.sessionId },
    });
    expect(requestsFor(s.emu, "storage.multipart.uploadPart", resumedFrom)).toHaveLength(3);
    expect((await downloadDigest(s.account, file.data.id)).sha).toBe(sha256(bytes));
  });
});

describe("a failure for good aborts the session", () => {
  it("the caller's abort half way aborts the session on the server and rejects with Aborted", async () => {
    const { stream } = generatedStream(10 * PART, 16 * 1024);
    const controller = new AbortController();
    const from = s.emu.requests.length;
    const error = await s.account.storage.files
      .upload({
        parentId: "root",
        name: "aborted.bin",
        data: stream,
        size: 10 * PART,
        signal: controller.signal,
        multipart: { threshold: 0, concurrency: 2 },
        onProgress: ({ loaded }) => {
          if (loaded >= 3 * PART) controller.abort(new Error("stop"));
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Aborted);
    const aborts = requestsFor(s.emu, "storage.multipart.abort", from);
    expect(aborts.map((r) => r.status)).toEqual([204]);
    expect(requestsFor(s.emu, "storage.multipart.complete", from)).toHaveLength(0);
    const id = sessionIdOf(aborts[0]!.path);
    await expect(s.account.storage.multipart.retrieve(id)).rejects.toBeInstanceOf(NotFound);
  });

  it("a part refused with 400 is not retried: the session is aborted and the error is not resumable", async () => {
    const from = s.emu.requests.length;
    s.emu.faults.add({ match: { operationId: "storage.multipart.uploadPart" }, kind: "status", status: 400, times: 1 });
    const error = (await s.account.storage.files
      .upload({
        parentId: "root",
        name: "refused.bin",
        data: randomish(3 * PART, 5),
        multipart: { threshold: 0, concurrency: 1 },
      })
      .catch((e: unknown) => e)) as MultipartUploadError;
    expect(error).toBeInstanceOf(MultipartUploadError);
    expect(error.resumable).toBe(false);
    expect(error.sessionAborted).toBe(true);
    expect((error.cause as { status?: number }).status).toBe(400);
    expect(requestsFor(s.emu, "storage.multipart.uploadPart", from).map((r) => r.status)).toEqual([400]);
    expect(requestsFor(s.emu, "storage.multipart.abort", from).map((r) => r.status)).toEqual([204]);
    await expect(s.account.storage.multipart.retrieve(String(error.sessionId))).rejects.toBeInstanceOf(NotFound);
  });

  it("a failing finalize that more attempts might cure keeps the session; resuming only completes it", async () => {
    const bytes = randomish(2 * PART, 6);
    s.emu.faults.add({ match: { operationId: "storage.multipart.complete" }, kind: "status", status: 502, times: 1 });
    const error = (await s.account.storage.files
      .upload({ parentId: "root", name: "finalize.bin", data: bytes, multipart: true })
      .catch((e: unknown) => e)) as MultipartUploadError;
    expect(error).toBeInstanceOf(MultipartUploadError);
    expect(error.resumable).toBe(true);
    expect(error.completedParts).toEqual([1, 2]);
    const from = s.emu.requests.length;
    const file = await s.account.storage.files.upload({
      parentId: "root",
      name: "finalize.bin",
      data: bytes,
      multipart: error.resume,
    });
    expect(requestsFor(s.emu, "storage.multipart.uploadPart", from)).toHaveLength(0);
    expect((await downloadDigest(s.account, file.data.id)).sha).toBe(sha256(bytes));
  });
});

describe("concurrency", () => {
  /** An account whose fetch counts the part uploads in flight at once. */
  function countingAccount(baseUrl: string, token: string): { account: Account; max: () => number } {
    let inflight = 0;
    let max = 0;
    const account = new Account({
      token,
      baseUrl,
      fetch: async (input, init) => {
        const isPart = init?.method === "PUT";
        if (isPart) max = Math.max(max, ++inflight);
        try {
          return await fetch(input, init);
        } finally {
          if (isPart) inflight--;
        }
      },
    });
    return { account, max: () => max };
  }

  it("parts go in parallel up to `concurrency` when the session allows parallel uploads", async () => {
    s.emu.faults.add({ match: { operationId: "storage.multipart.uploadPart" }, kind: "latency", delayMs: 30 });
    const token = s.emu.accounts.find((a) => a.apis.includes("storage"))!.token;
    const { account, max } = countingAccount(s.emu.url, token);
    const bytes = randomish(8 * PART, 7);
    const file = await account.storage.files.upload({
      parentId: "root",
      name: "parallel.bin",
      data: bytes,
      multipart: { threshold: 0, concurrency: 3 },
    });
    expect(max()).toBe(3);
    expect((await downloadDigest(s.account, file.data.id)).sha).toBe(sha256(bytes));
  });

  it("maxBufferedBytes caps the parts in flight (and so in memory) below `concurrency`", async () => {
    s.emu.faults.add({ match: { operationId: "storage.multipart.uploadPart" }, kind: "latency", delayMs: 30 });
    const token = s.emu.accounts.find((a) => a.apis.includes("storage"))!.token;
    const { account, max } = countingAccount(s.emu.url, token);
    const bytes = randomish(6 * PART, 9);
    await account.storage.files.upload({
      parentId: "root",
      name: "capped.bin",
      data: bytes,
      multipart: { threshold: 0, concurrency: 4, maxBufferedBytes: 2 * PART + 1 },
    });
    expect(max()).toBe(2);
  });

  it("parts go one at a time when the session says parallel_uploads: false", async () => {
    const sequential = await setup({ multipartParallelUploads: false });
    try {
      sequential.emu.faults.add({
        match: { operationId: "storage.multipart.uploadPart" },
        kind: "latency",
        delayMs: 20,
      });
      const token = sequential.emu.accounts.find((a) => a.apis.includes("storage"))!.token;
      const { account, max } = countingAccount(sequential.emu.url, token);
      const bytes = randomish(4 * PART, 8);
      const file = await account.storage.files.upload({
        parentId: "root",
        name: "sequential.bin",
        data: bytes,
        multipart: { threshold: 0, concurrency: 4 },
      });
      expect(max()).toBe(1);
      expect((await downloadDigest(sequential.account, file.data.id)).sha).toBe(sha256(bytes));
    } finally {
      await sequential.emu.close();
    }
  });
});

describe("onCheckpoint: what a crashed process needs to resume", () => {
  it("is called once the session is open and after every stored part, one call at a time, before completion", async () => {
    const bytes = randomish(5 * PART + 3, 7);
    const from = s.emu.requests.length;
    const seen: { parts: number[]; requestsSoFar: string[] }[] = [];
    let running = 0;
    let overlapped = false;
    const file = await s.account.storage.files.upload({
      parentId: "root",
      name: "checkpointed.bin",
      data: bytes,
      multipart: {
        threshold: 0,
        concurrency: 3,
        onCheckpoint: async ({ completedParts }) => {
          overlapped ||= running > 0;
          running++;
          await new Promise((resolve) => setTimeout(resolve, 5)); // a slow write
          seen.push({ parts: completedParts, requestsSoFar: operationsSince(s.emu, from) });
          running--;
        },
      },
    });
    expect(overlapped).toBe(false);
    expect(seen).toHaveLength(1 + 6);
    expect(seen[0]!.parts).toEqual([]);
    expect(seen[0]!.requestsSoFar).toEqual(["storage.multipart.init"]);
    expect(seen.at(-1)!.parts).toEqual([1, 2, 3, 4, 5, 6]);
    // Each reports what is stored by the time it runs: never less than the one before.
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.parts).toEqual(expect.arrayContaining(seen[i - 1]!.parts));
    // Completion waits for the last checkpoint.
    expect(seen.at(-1)!.requestsSoFar).not.toContain("storage.multipart.complete");
    expect((await downloadDigest(s.account, file.data.id)).sha).toBe(sha256(bytes));
  });

  it("a checkpoint that throws fails the upload, its error as the cause, and aborts the session", async () => {
    const from = s.emu.requests.length;
    const failure = new Error("disk full");
    let calls = 0;
    const error = (await s.account.storage.files
      .upload({
        parentId: "root",
        name: "unsaved.bin",
        data: randomish(3 * PART, 8),
        multipart: {
          threshold: 0,
          concurrency: 1,
          onCheckpoint: () => {
            if (++calls === 2) throw failure;
          },
        },
      })
      .catch((e: unknown) => e)) as MultipartUploadError;
    expect(error).toBeInstanceOf(MultipartUploadError);
    expect(error.cause).toBe(failure);
    expect(error.resumable).toBe(false);
    expect(error.sessionAborted).toBe(true);
    expect(requestsFor(s.emu, "storage.multipart.complete", from)).toHaveLength(0);
    expect(requestsFor(s.emu, "storage.multipart.abort", from).map((r) => r.status)).toEqual([204]);
  });

  it("a checkpoint that is not a function is refused before any session opens", async () => {
    const from = s.emu.requests.length;
    const error = await s.account.storage.files
      .upload({
        parentId: "root",
        name: "x.bin",
        data: randomish(PART, 9),
        multipart: { threshold: 0, onCheckpoint: "save" as unknown as () => void },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameter);
    expect((error as InvalidParameter).parameter).toBe("multipart.onCheckpoint");
    expect(operationsSince(s.emu, from)).toEqual([]);
  });
});
