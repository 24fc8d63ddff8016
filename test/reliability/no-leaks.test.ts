/**
 * Nothing leaks: a child Node process runs thousands of requests (successes, 4xx, 5xx, 429s
 * retried then raised, timeouts, caller aborts, uploads, downloads read, cancelled and cut)
 * through one client against an in-process emulator, closes the emulator and must then exit on
 * its own, promptly: no socket, timer or listener of the SDK may keep it alive.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");
const CHILD = join(ROOT, "test/reliability/no-leaks.child.ts");

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from the summary line to the process's exit. */
  exitLagMs: number;
}

function runChild(rounds: number, limitMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CHILD, String(rounds)], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let summaryAt: number | undefined;
    const killer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (summaryAt === undefined && stdout.includes("SUMMARY ")) summaryAt = performance.now();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr, exitLagMs: performance.now() - (summaryAt ?? Number.NaN) });
    });
  });
}

function line(stdout: string, tag: string): string {
  const found = stdout.split("\n").find((l) => l.startsWith(`${tag} `));
  if (!found) throw new Error(`the child printed no ${tag} line:\n${stdout}`);
  return found.slice(tag.length + 1);
}

it("exits on its own within seconds after thousands of requests, failed, timed-out and aborted ones included", async ({
  annotate,
}) => {
  const run = await runChild(250, 60_000);

  expect(run.stderr).toBe("");
  expect(run.signal).toBeNull(); // not killed by the 60 s guard
  expect(run.code).toBe(0);
  const summary = JSON.parse(line(run.stdout, "SUMMARY")) as {
    requests: number;
    served: number;
    unexpected: number;
    tally: Record<string, Record<string, number>>;
  };
  expect(summary.requests).toBe(2_750);
  expect(summary.unexpected).toBe(0);
  // Timed-out and aborted requests are cut before the emulator answers them (250 each), while the
  // 429s and 5xx GETs were retried once each (250 each): what it served stays near the count.
  expect(summary.served).toBeGreaterThan(summary.requests - 500);
  expect(summary.tally).toEqual({
    ok: { ok: 250 },
    notFound: { NotFound: 250 },
    serverError: { ServerError: 250 },
    rateLimited: { RateLimited: 250 },
    timeout: { TimedOut: 250 },
    abort: { Aborted: 250 },
    upload: { ok: 250 },
    failedWrite: { ServerError: 250 },
    download: { ok: 250 },
    downloadCancelled: { ok: 250 },
    downloadCut: { ConnectionError: 250 },
  });
  // What was left right after close (the server's last sockets and latency timers) drained by itself.
  expect(JSON.parse(line(run.stdout, "ACTIVE_AFTER_CLOSE"))).toBeInstanceOf(Array);
  // At exit only the stdio pipes to this test remain (they do not keep a process alive).
  const atExit = JSON.parse(line(run.stdout, "ACTIVE_AT_EXIT")) as string[];
  expect(atExit.filter((resource) => resource !== "PipeWrap" && resource !== "TTYWrap")).toEqual([]);
  expect(run.exitLagMs).toBeLessThan(3_000);
  const afterClose = JSON.parse(line(run.stdout, "ACTIVE_AFTER_CLOSE")) as string[];
  const counts = Object.entries(
    afterClose.reduce<Record<string, number>>((all, r) => {
      all[r] = (all[r] ?? 0) + 1;
      return all;
    }, {}),
  ).map(([r, n]) => `${r}×${n}`);
  await annotate(
    `${summary.requests} calls (${summary.served} HTTP requests) in ${(summary as { ms?: number }).ms} ms, 0 unexpected outcomes; right after close: ${counts.join(", ")}; at exit: ${JSON.stringify(atExit)}; exited ${Math.round(run.exitLagMs)} ms after the summary, exit code ${run.code}`,
  );
}, 70_000);
