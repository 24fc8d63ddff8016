/**
 * Load through one client against the emulator: 1,000 concurrent requests (reads and uploads)
 * with zero errors, and `maxConcurrency: 8` keeping the requests in flight at the server to 8,
 * measured on the server's clock (each request's start and end, with a latency fault so they
 * overlap).
 */
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import {
  accountFor,
  freshFolder,
  type Harness,
  listFolder,
  QUOTA,
  seen,
  startHarness,
  UPLOADS,
  upload,
} from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(() => h.emu.faults.clear());

/** Most requests the server had in flight at once, from each request's [start, end] on its clock. */
function peakInFlight(since: number): number {
  const edges: [number, number][] = [];
  h.emu.requests.slice(since).forEach((entry, i) => {
    const event = h.events[since + i];
    if (!event) throw new Error("request log and event log out of step");
    // `ms` is the server's own measure of the exchange; `at` is when it finished.
    edges.push([event.at - entry.ms, 1], [event.at, -1]);
  });
  // Ends sort before starts at the same instant: a request that ends as another starts is not overlap.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let peak = 0;
  for (const [, delta] of edges) {
    current += delta;
    peak = Math.max(peak, current);
  }
  return peak;
}

it("serves 1,000 concurrent requests through one client with zero errors (800 reads, 200 uploads)", async ({
  annotate,
}) => {
  const account = accountFor(h, { timeout: 30_000 });
  const folder = await freshFolder(account, "load");
  // A little latency on reads, so that they overlap at the server as a real API's would.
  h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "latency", delayMs: 50 });
  const since = h.emu.requests.length;

  const started = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: 1_000 }, (_, i) =>
      i % 5 === 4 ? upload(account, folder, `f${i}.txt`, `file ${i}`) : account.get("storage/quota"),
    ),
  );

  const took = Math.round(performance.now() - started);
  const failures = results.filter((r) => r.status === "rejected");
  expect(failures.map((f) => String((f as PromiseRejectedResult).reason)).slice(0, 3)).toEqual([]);
  expect(h.emu.requests.length - since).toBe(1_000); // no retries were needed either
  expect(seen(h, "POST", UPLOADS).length).toBeGreaterThanOrEqual(200);
  h.emu.faults.clear();
  const files = await listFolder(account, folder);
  expect(files).toHaveLength(200);
  expect(new Set(files.map((f) => f.name)).size).toBe(200);
  // Without a limit the server really had many requests in flight at once.
  const peak = peakInFlight(since);
  expect(peak).toBeGreaterThan(32);
  await annotate(
    `1,000 requests in ${took} ms: 0 errors, 1,000 requests at the server (no retries), 200 files; peak in flight at the server ${peak}`,
  );
}, 60_000);

it("never has more than 8 requests in flight at the server with maxConcurrency: 8 (1,000 requests)", async ({
  annotate,
}) => {
  const account = accountFor(h, { maxConcurrency: 8, timeout: 30_000 });
  h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "latency", delayMs: 5 });
  const since = h.emu.requests.length;
  const before = seen(h, "GET", QUOTA).length;

  const results = await Promise.allSettled(Array.from({ length: 1_000 }, () => account.get("storage/quota")));

  expect(results.filter((r) => r.status === "rejected")).toHaveLength(0);
  expect(seen(h, "GET", QUOTA).length - before).toBe(1_000);
  const peak = peakInFlight(since);
  expect(peak).toBe(8);
  await annotate(`1,000 requests, 0 errors; peak in flight at the server ${peak}`);
}, 60_000);
