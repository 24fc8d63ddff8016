/**
 * Slow servers and impatient callers, over real HTTP: latency beyond `timeout` (per client and
 * per request), a download that stalls between chunks, and a caller's AbortSignal during the
 * request, during the backoff, while queued behind `maxConcurrency`, and during a download.
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import { afterAll, beforeAll, describe } from "vitest";
import { Aborted, Account, ConnectionError, KloudlessError, ResponseJson, TimedOut } from "../../src/index.ts";
import { loadOperations } from "../../src/operations/operations.ts";
import { accountFor, debugSink, eventually, it, QUOTA, seen, thrown } from "./harness.ts";

describe.concurrent("latency beyond the timeout", () => {
  it("raises TimedOut after maxRetries + 1 attempts, each logged at debug with its number", async ({
    h,
    expect,
    annotate,
  }) => {
    const { lines, logger } = debugSink();
    const account = accountFor(h, { timeout: 100, maxRetries: 2, logger });
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "latency", delayMs: 400, times: 3 });
    const before = seen(h, "GET", QUOTA).length;

    const error = await thrown(() => account.get("storage/quota"));

    expect(error).toBeInstanceOf(TimedOut);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toBeInstanceOf(KloudlessError);
    expect((error as Error).message).toBe("no response within 100 ms");
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(((error as Error).cause as Error).name).toBe("TimeoutError");
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => {
      expect(line).toMatch(
        new RegExp(`^GET http://127\\.0\\.0\\.1:\\d+${QUOTA} -> timeout \\(\\d+ ms, attempt ${i + 1}\\)$`),
      );
    });
    // The server still handles each abandoned request once its delay ends.
    await eventually(() => seen(h, "GET", QUOTA).length - before === 3);
    await annotate(
      `TimedOut after 3 attempts (server saw 3); debug lines: ${lines.map((l) => l.replace(/^.* -> /, "")).join("; ")}`,
    );
  });

  it("lets a request's timeout and maxRetries override the client's", async ({ h, expect, annotate }) => {
    const { lines, logger } = debugSink();
    const account = accountFor(h, { timeout: 10_000, maxRetries: 0, logger });
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "latency", delayMs: 300, times: 2 });
    const started = performance.now();

    const error = await thrown(() => account.get("storage/quota", { timeout: 80, maxRetries: 1 }));

    expect(error).toBeInstanceOf(TimedOut);
    expect((error as Error).message).toBe("no response within 80 ms");
    expect(lines.map((l) => /attempt (\d+)/.exec(l)?.[1])).toEqual(["1", "2"]);
    expect(performance.now() - started).toBeLessThan(2_000);

    // The other way round: a patient request on an impatient client succeeds.
    h.emu.faults.clear();
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "latency", delayMs: 200, times: 1 });
    const impatient = accountFor(h, { timeout: 50, maxRetries: 0 });
    expect(await impatient.get("storage/quota", { timeout: 2_000 })).toBeInstanceOf(ResponseJson);
    await annotate(
      "client {timeout 10 s, maxRetries 0} + request {timeout 80, maxRetries 1}: TimedOut after 2 attempts; client {timeout 50} + request {timeout 2000}: success",
    );
  });
});

describe.concurrent("downloads: the timeout applies between chunks, not to the whole transfer", () => {
  let server: Server;
  let url: string;
  const open = new Set<ServerResponse>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      open.add(res);
      res.on("close", () => open.delete(res));
      const chunk = Buffer.alloc(1024, 97);
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(chunk.length * 8) });
      res.write(chunk);
      if (req.url?.includes("/stalls/")) return; // one chunk, then silence
      // "/steady/": a chunk every 60 ms, 0.4 s in all.
      let sent = 1;
      const timer = setInterval(() => {
        if (res.destroyed) return clearInterval(timer);
        res.write(chunk);
        sent += 1;
        if (sent === 8) {
          clearInterval(timer);
          res.end();
        }
      }, 60);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    for (const res of open) res.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("errors the body stream with TimedOut when the download stalls longer than timeout", async ({
    expect,
    annotate,
  }) => {
    const account = new Account({ token: "t", baseUrl: url, timeout: 150 });
    const download = await account.get("storage/files/{file_id}/contents", { path: { file_id: "stalls" } });
    expect(download.status).toBe(200);
    const reader = download.body!.getReader();
    const first = await reader.read();
    expect(first.value?.byteLength).toBe(1024);
    const started = performance.now();

    const error = await thrown(() => reader.read());

    expect(error).toBeInstanceOf(TimedOut);
    expect((error as Error).message).toBe("no data received for 150 ms");
    expect(((error as Error).cause as Error).name).toBe("TimeoutError");
    const waited = Math.round(performance.now() - started);
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(1_000);
    await annotate(`body stream errored with ${(error as Error).constructor.name} ${waited} ms after the last chunk`);
  });

  it("completes a slow but steady download that takes longer than timeout in all", async ({ expect, annotate }) => {
    const account = new Account({ token: "t", baseUrl: url, timeout: 200 });
    const started = performance.now();
    const download = await account.get("storage/files/{file_id}/contents", { path: { file_id: "steady" } });

    const bytes = await download.arrayBuffer();

    expect(bytes.byteLength).toBe(8 * 1024);
    const took = Math.round(performance.now() - started);
    expect(took).toBeGreaterThan(400);
    await annotate(`8 KiB in 8 chunks over ${took} ms with timeout 200 ms: complete`);
  });

  it("errors the body stream with Aborted when the caller aborts mid-download", async ({ expect, annotate }) => {
    const controller = new AbortController();
    const account = new Account({ token: "t", baseUrl: url, timeout: 5_000 });
    const download = await account.get("storage/files/{file_id}/contents", {
      path: { file_id: "stalls" },
      signal: controller.signal,
    });
    const reader = download.body!.getReader();
    await reader.read();
    setTimeout(() => controller.abort(), 30);

    const error = await thrown(() => reader.read());

    expect(error).toBeInstanceOf(Aborted);
    expect((error as Error).cause).toBeDefined();
    await annotate(`body stream errored with ${(error as Error).constructor.name}`);
  });
});

describe.concurrent("the caller's AbortSignal", () => {
  it("aborts during the request: Aborted promptly, no further attempt", async ({ h, expect, annotate }) => {
    const { lines, logger } = debugSink();
    const account = accountFor(h, { timeout: 5_000, maxRetries: 2, logger });
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "latency", delayMs: 400, times: 3 });
    const before = seen(h, "GET", QUOTA).length;
    // The first call of a process loads the operation table before sending: loaded here, so that
    // the abort at 50 ms comes while the request is in flight, not before it leaves.
    await loadOperations();
    const controller = new AbortController();
    const started = performance.now();
    const reason = new Error("navigated away");
    setTimeout(() => controller.abort(reason), 50);

    const error = await thrown(() => account.get("storage/quota", { signal: controller.signal }));

    expect(error).toBeInstanceOf(Aborted);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as Error).cause).toBe(reason);
    const elapsed = Math.round(performance.now() - started);
    expect(elapsed).toBeLessThan(250);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/-> aborted \(\d+ ms, attempt 1\)$/);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(seen(h, "GET", QUOTA).length - before).toBe(1);
    await annotate(
      `${(error as Error).constructor.name} ${elapsed} ms after the call (abort at 50 ms); server saw 1 request; debug: ${lines[0]!.replace(/^.* -> /, "")}`,
    );
  });

  it("aborts during the backoff: Aborted promptly, no further attempt", async ({ h, expect, annotate }) => {
    const { lines, logger } = debugSink();
    const account = accountFor(h, { maxRetries: 3, logger });
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "status", status: 503 });
    const before = seen(h, "GET", QUOTA).length;
    const controller = new AbortController();
    const reason = new Error("user closed the page");

    const pending = thrown(() => account.get("storage/quota", { signal: controller.signal }));
    await eventually(() => lines.length === 1); // the first attempt failed; the backoff (>= 375 ms) began
    const aborted = performance.now();
    controller.abort(reason);
    const error = await pending;

    expect(error).toBeInstanceOf(Aborted);
    expect((error as Error).cause).toBe(reason);
    const after = Math.round(performance.now() - aborted);
    expect(after).toBeLessThan(100);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(seen(h, "GET", QUOTA).length - before).toBe(1);
    expect(lines).toHaveLength(1);
    await annotate(`${(error as Error).constructor.name} ${after} ms after the abort; server saw 1 request`);
  });

  it("aborts while queued behind maxConcurrency: rejected promptly and never sent", async ({ h, expect, annotate }) => {
    const account = accountFor(h, { maxConcurrency: 1, timeout: 5_000 });
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "latency", delayMs: 400, times: 1 });
    const before = seen(h, "GET", QUOTA).length;
    const controller = new AbortController();

    const first = account.get("storage/quota");
    const queued = thrown(() => account.get("storage/quota", { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const aborted = performance.now();
    controller.abort();
    const error = await queued;

    expect(error).toBeInstanceOf(Aborted);
    const after = Math.round(performance.now() - aborted);
    expect(after).toBeLessThan(100);
    expect((await first).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen(h, "GET", QUOTA).length - before).toBe(1);
    // The slot it held in the queue was given back: the client still works.
    expect((await account.get("storage/quota")).status).toBe(200);
    await annotate(
      `${(error as Error).constructor.name} ${after} ms after the abort; never sent (server saw only the other request)`,
    );
  });

  it("never sends a request whose signal is already aborted", async ({ h, expect, annotate }) => {
    const account = accountFor(h);
    const before = seen(h, "GET", QUOTA).length;

    const error = await thrown(() => account.get("storage/quota", { signal: AbortSignal.abort() }));

    expect(error).toBeInstanceOf(Aborted);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen(h, "GET", QUOTA).length - before).toBe(0);
    await annotate(`${(error as Error).constructor.name}; server saw 0 requests`);
  });
});
