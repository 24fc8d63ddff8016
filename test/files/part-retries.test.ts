/**
 * A multipart part is a request of the transport like any other (issue 13): its bytes or Blob
 * slice are a replayable body, so the client's retry rules apply to it (maxRetries, backoff,
 * Retry-After, the retryable statuses) and middleware sees it. Over real HTTP against a
 * loopback server playing the multipart API, which keeps every attempt's bytes.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  Aborted,
  Account,
  type ApiMiddleware,
  type ApiRequest,
  MultipartUploadError,
  type Progress,
} from "../../src/index.ts";
import { apiError, type Captured, json, type Loopback, type Reply, startLoopback } from "../helpers/loopback.ts";
import { expectProgressEndsAtTotal, webStream } from "./support.ts";

const PART = 64 * 1024;
const SESSION = "/v1/accounts/me/storage/multipart/s1";

let lb: Loopback;
beforeEach(async () => {
  lb = await startLoopback();
});
afterEach(() => lb.close());

/**
 * Routes of one multipart session (`s1`, `PART`-byte parts, parallel uploads); `part` answers
 * attempt `attempt` (1-based) of part `n`, or leaves it to the default 200.
 */
function serveSession(part: (n: number, attempt: number) => Reply | undefined = () => undefined): void {
  const attempts = new Map<number, number>();
  lb.on("POST", "/v1/accounts/me/storage/multipart", json({ id: "s1", part_size: PART, parallel_uploads: true }));
  lb.on("PUT", SESSION, (req) => {
    const n = Number(req.query.get("part_number"));
    const attempt = (attempts.get(n) ?? 0) + 1;
    attempts.set(n, attempt);
    return part(n, attempt) ?? json({ part_number: n });
  });
  lb.on("POST", `${SESSION}/complete`, json({ id: "f1", name: "big.bin", type: "file" }));
  lb.on("DELETE", SESSION, { status: 204 });
}

/** The attempts of part `n` the server received. */
const attemptsOf = (n: number): Captured[] =>
  lb.seen(SESSION).filter((r) => r.method === "PUT" && r.query.get("part_number") === String(n));

const aborts = (): Captured[] => lb.seen(SESSION).filter((r) => r.method === "DELETE");
const completions = (): Captured[] => lb.seen(`${SESSION}/complete`);

function pattern(size: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(size).map((_, i) => (i * 31 + (i >> 8)) & 0xff);
}

const unavailable = (headers: Record<string, string> = {}): Reply =>
  apiError(503, "service_unavailable", "try again", { headers });

describe("a part answered 503 is retried by the transport, its bytes sent again whole", () => {
  const size = 3 * PART + 123;
  const bytes = pattern(size);
  const sources = {
    bytes: () => bytes,
    Blob: () => new Blob([bytes]),
    stream: () => webStream(bytes),
  };
  for (const [label, headers] of [
    ["with Retry-After", { "Retry-After": "0" }],
    ["without Retry-After (backoff)", {}],
  ] as const) {
    for (const [kind, data] of Object.entries(sources)) {
      it(`${kind}, ${label}`, async () => {
        serveSession((n, attempt) => (n === 2 && attempt === 1 ? unavailable(headers) : undefined));
        const account = new Account({ token: "t", baseUrl: lb.url });
        const file = await account.storage.files.upload({
          parentId: "root",
          name: "big.bin",
          data: data(),
          size,
          multipart: { threshold: 0, concurrency: 2 },
        });
        expect(file.data.id).toBe("f1");
        const second = attemptsOf(2);
        expect(second).toHaveLength(2);
        const expected = bytes.subarray(PART, 2 * PART);
        for (const attempt of second) {
          expect(attempt.headers["content-length"]).toBe(String(PART));
          expect(Buffer.compare(attempt.body, expected)).toBe(0);
        }
        for (const n of [1, 3, 4]) expect(attemptsOf(n)).toHaveLength(1);
        expect(Buffer.concat([1, 2, 3, 4].map((n) => attemptsOf(n).at(-1)!.body)).equals(bytes)).toBe(true);
        expect(completions()).toHaveLength(1);
        expect(aborts()).toHaveLength(0);
      });
    }
  }
});

it("middleware sees the retried part: its headers go out on each attempt, and it reads the attempts made", async () => {
  serveSession((n, attempt) => (n === 1 && attempt < 3 ? unavailable({ "Retry-After": "0" }) : undefined));
  const account = new Account({ token: "t", baseUrl: lb.url });
  const answered: { part: string | null; attempts: number }[] = [];
  const middleware: ApiMiddleware = {
    onRequest({ request }) {
      request.headers.set("x-trace", `trace-${new URL(request.url).searchParams.get("part_number")}`);
    },
    onResponse({ request }) {
      const sdk = request as unknown as ApiRequest;
      if (sdk.operationId !== "storage.multipart.uploadPart") return;
      answered.push({ part: new URL(request.url).searchParams.get("part_number"), attempts: sdk.attempts });
    },
  };
  account.api.use(middleware);
  await account.storage.files.upload({
    parentId: "root",
    name: "big.bin",
    data: pattern(2 * PART),
    multipart: { threshold: 0, concurrency: 1 },
  });
  expect(attemptsOf(1).map((r) => r.headers["x-trace"])).toEqual(["trace-1", "trace-1", "trace-1"]);
  expect(attemptsOf(2).map((r) => r.headers["x-trace"])).toEqual(["trace-2"]);
  expect(answered).toEqual([
    { part: "1", attempts: 3 },
    { part: "2", attempts: 1 },
  ]);
});

describe("how often a part is sent", () => {
  const failFirstAttempt = (n: number, attempt: number): Reply | undefined =>
    n === 1 && attempt === 1 ? unavailable({ "Retry-After": "0" }) : undefined;

  it("a client with maxRetries: 0 sends a failing part once: the upload is interrupted, resumable", async () => {
    serveSession(failFirstAttempt);
    const account = new Account({ token: "t", baseUrl: lb.url, maxRetries: 0 });
    const error = await account.storage.files
      .upload({
        parentId: "root",
        name: "big.bin",
        data: pattern(2 * PART),
        multipart: { threshold: 0, concurrency: 1 },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MultipartUploadError);
    expect((error as MultipartUploadError).resumable).toBe(true);
    expect((error as MultipartUploadError).cause).toMatchObject({ status: 503 });
    expect(attemptsOf(1)).toHaveLength(1);
    expect(attemptsOf(2)).toHaveLength(0);
    expect(aborts()).toHaveLength(0);
  });

  it("maxRetries: 0 on the upload call does the same on a client that retries", async () => {
    serveSession(failFirstAttempt);
    const account = new Account({ token: "t", baseUrl: lb.url });
    const error = await account.storage.files
      .upload({ parentId: "root", name: "big.bin", data: pattern(PART), maxRetries: 0, multipart: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MultipartUploadError);
    expect(attemptsOf(1)).toHaveLength(1);
  });

  it("multipart.partRetries is the parts' maxRetries: it retries them on a client that does not", async () => {
    serveSession((n, attempt) => (n === 1 && attempt <= 2 ? unavailable({ "Retry-After": "0" }) : undefined));
    const account = new Account({ token: "t", baseUrl: lb.url, maxRetries: 0 });
    await account.storage.files.upload({
      parentId: "root",
      name: "big.bin",
      data: pattern(PART),
      multipart: { threshold: 0, partRetries: 2 },
    });
    expect(attemptsOf(1)).toHaveLength(3);
    expect(completions()).toHaveLength(1);
  });

  it("a part refused with 400 is sent once; the upload fails and the session is aborted once", async () => {
    serveSession(() => apiError(400, "bad_request", "no"));
    const account = new Account({ token: "t", baseUrl: lb.url });
    const error = await account.storage.files
      .upload({
        parentId: "root",
        name: "big.bin",
        data: pattern(4 * PART),
        multipart: { threshold: 0, concurrency: 3 },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MultipartUploadError);
    expect((error as MultipartUploadError).resumable).toBe(false);
    expect((error as MultipartUploadError).sessionAborted).toBe(true);
    expect((error as MultipartUploadError).cause).toMatchObject({ status: 400 });
    // The parts in flight when the first was refused (concurrency 3), each sent once; no more.
    const sent = lb.seen(SESSION).filter((r) => r.method === "PUT");
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((r) => r.query.get("part_number")))).toEqual(new Set(["1", "2", "3"]));
    expect(aborts()).toHaveLength(1);
    expect(completions()).toHaveLength(0);
  });

  it("the caller's abort during a part's wait for Retry-After ends the wait and aborts the session", async () => {
    const controller = new AbortController();
    serveSession((n, attempt) => {
      if (n !== 1 || attempt !== 1) return undefined;
      controller.abort(new Error("stop"));
      // A wait longer than the test's own timeout: only the abort can end it in time.
      return unavailable({ "Retry-After": "50" });
    });
    const account = new Account({ token: "t", baseUrl: lb.url });
    const error = await account.storage.files
      .upload({
        parentId: "root",
        name: "big.bin",
        data: pattern(2 * PART),
        signal: controller.signal,
        multipart: { threshold: 0, concurrency: 1 },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Aborted);
    expect(attemptsOf(1)).toHaveLength(1);
    expect(aborts()).toHaveLength(1);
  });
});

describe("progress across a retried part", () => {
  for (const kind of ["bytes", "stream"] as const) {
    it(`${kind}: grows only, never passes the size, and ends at exactly the size`, async () => {
      const size = 4 * PART + 999;
      const bytes = pattern(size);
      // The server reads each attempt whole, then refuses the first of part 1 and the first two
      // of part 4 (when three parts are done: counting its attempts together would pass the size).
      serveSession((n, attempt) =>
        (n === 1 && attempt === 1) || (n === 4 && attempt <= 2) ? unavailable({ "Retry-After": "0" }) : undefined,
      );
      const account = new Account({ token: "t", baseUrl: lb.url });
      const events: Progress[] = [];
      await account.storage.files.upload({
        parentId: "root",
        name: "big.bin",
        data: kind === "bytes" ? bytes : webStream(bytes),
        size,
        multipart: { threshold: 0, concurrency: 1 },
        onProgress: (p) => events.push(p),
      });
      expect([1, 2, 3, 4, 5].map((n) => attemptsOf(n).length)).toEqual([2, 1, 1, 3, 1]);
      expect(attemptsOf(4).map((r) => r.body.byteLength)).toEqual([PART, PART, PART]);
      expectProgressEndsAtTotal(events, size);
    });
  }
});
