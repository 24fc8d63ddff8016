/**
 * Issue 13: a timed-out attempt was never aborted. Its socket stayed open until the server
 * answered, and its `maxConcurrency` slot was released while the fetch lived on: 8 timed-out
 * calls with `maxConcurrency: 1` left 8 sockets open on a hung server. After a timeout nothing of
 * the attempt is left running, and the concurrency limit holds.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { Aborted, Account, TimedOut } from "../../src/index.ts";

/** A server that never answers; it counts the requests open at once and the closed ones. */
async function hungServer() {
  const state = { open: 0, maxOpen: 0, received: 0, closed: 0 };
  const pending: IncomingMessage[] = [];
  const server = createServer((req) => {
    state.received++;
    state.open++;
    state.maxOpen = Math.max(state.maxOpen, state.open);
    pending.push(req);
    req.socket.on("close", () => {
      state.open--;
      state.closed++;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url, state, close };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
});

/** Waits until `condition` holds, up to `ms`. */
async function until(condition: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** A fetch that counts the fetches not yet settled, and the most at once. */
function countingFetch() {
  const platform = globalThis.fetch;
  const counts = { inFlight: 0, maxInFlight: 0 };
  const counted = ((url: string, init: RequestInit) => {
    counts.inFlight++;
    counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
    return platform(url, init).finally(() => {
      counts.inFlight--;
    });
  }) as typeof fetch;
  return { counts, fetch: counted };
}

it("8 timed-out calls with maxConcurrency 1 leave no socket open and never overlap", async () => {
  const server = await hungServer();
  close = server.close;
  const { counts, fetch } = countingFetch();
  const account = new Account({
    token: "t0k3n",
    baseUrl: server.url,
    timeout: 100,
    maxRetries: 0,
    maxConcurrency: 1,
    fetch,
  });
  const calls = Array.from({ length: 8 }, () =>
    account.storage.quota().then(
      () => undefined,
      (error: unknown) => error,
    ),
  );
  const errors = await Promise.all(calls);
  for (const error of errors) expect(error).toBeInstanceOf(TimedOut);
  // Each attempt's fetch settled (aborted) before the next one started: the limit held.
  expect(counts.maxInFlight).toBe(1);
  expect(counts.inFlight).toBe(0);
  await until(() => server.state.open === 0);
  expect(server.state.received).toBe(8);
  expect(server.state.closed).toBe(8);
  expect(server.state.open).toBe(0);
});

it("a timed-out GET retried after its deadline leaves none of its attempts open", async () => {
  const server = await hungServer();
  close = server.close;
  const account = new Account({ token: "t0k3n", baseUrl: server.url, timeout: 80, maxRetries: 2 });
  const error = await account.storage.quota().catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(TimedOut);
  await until(() => server.state.open === 0);
  expect(server.state.received).toBe(3);
  expect(server.state.closed).toBe(3);
  expect(server.state.open).toBe(0);
});

it("with the platform fetch, 8 timed-out calls with maxConcurrency 1 never overlap and leave no socket open", async () => {
  const server = await hungServer();
  close = server.close;
  // No `fetch` option: attempts send with the platform fetch (looked up per call, here a counting
  // one) and the light signals it follows (light-signal.ts).
  const { counts, fetch: counted } = countingFetch();
  const platform = globalThis.fetch;
  globalThis.fetch = counted;
  try {
    const account = new Account({ token: "t0k3n", baseUrl: server.url, timeout: 80, maxRetries: 0, maxConcurrency: 1 });
    const errors = await Promise.all(
      Array.from({ length: 8 }, () => account.storage.quota().catch((error: unknown) => error)),
    );
    for (const error of errors) expect(error).toBeInstanceOf(TimedOut);
  } finally {
    globalThis.fetch = platform;
  }
  expect(counts.maxInFlight).toBe(1);
  expect(counts.inFlight).toBe(0);
  await until(() => server.state.open === 0);
  expect(server.state.received).toBe(8);
  expect(server.state.closed).toBe(8);
});

it("with the platform fetch, a caller's abort closes the attempt's socket and rejects with Aborted", async () => {
  const server = await hungServer();
  close = server.close;
  const account = new Account({ token: "t0k3n", baseUrl: server.url, maxRetries: 2 });
  const controller = new AbortController();
  const call = account.storage.quota({ signal: controller.signal }).catch((error: unknown) => error);
  await until(() => server.state.received === 1);
  const reason = new Error("the caller gave up");
  controller.abort(reason);
  const error = await call;
  expect(error).toBeInstanceOf(Aborted);
  expect((error as Aborted).cause).toBe(reason);
  await until(() => server.state.open === 0);
  expect(server.state.closed).toBe(1);
  expect(server.state.received).toBe(1);
});
