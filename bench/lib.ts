/**
 * Shared helpers of the benchmarks: statistics, timing loops, child processes and the JSON
 * protocol between `bench/run.ts` and each benchmark.
 *
 * Every benchmark file is a standalone script. Run by `run.ts`, it prints exactly one line
 * starting with `BENCH_RESULT ` followed by a JSON object (see `emit`); anything else it prints
 * is progress for humans (stderr).
 */
import { type SpawnOptions, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "..");

/** Prefix of the one result line a benchmark prints on stdout. */
export const RESULT_PREFIX = "BENCH_RESULT ";

/** Prints the result of a benchmark for `run.ts`. */
export function emit(result: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/** Progress for humans (stderr, so that stdout stays machine-readable). */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Median of numbers (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Smallest and largest value. */
export function range(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

/** Summary of repeated samples: the median, the range, and the samples themselves. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function summarize(values: readonly number[], digits = 3): Summary {
  const round = (n: number) => Number(n.toFixed(digits));
  const [min, max] = range(values);
  return { median: round(median(values)), min: round(min), max: round(max), samples: values.map(round) };
}

/** Runs `gc()` a few times (the process must run with `--expose-gc`) and returns the used heap. */
export async function settledHeap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
  }
  return process.memoryUsage().heapUsed;
}

/** Node flags that load TypeScript sources through tsx. */
export const TSX = ["--import", "tsx"];

/** What a child process did. */
export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command to its end, collecting its output; `tee` also shows its stderr as it comes. */
export function run(
  command: string,
  args: string[],
  options: SpawnOptions & { tee?: boolean } = {},
): Promise<ChildResult> {
  const { tee, ...spawnOptions } = options;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"], ...spawnOptions });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk;
      if (tee) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout, stderr, ms: performance.now() - started }));
  });
}

/** The `BENCH_RESULT` object printed by a child, or an error naming what went wrong. */
export function parseResult<T>(child: ChildResult, what: string): T {
  const line = child.stdout
    .split("\n")
    .reverse()
    .find((l) => l.startsWith(RESULT_PREFIX));
  if (child.code !== 0 || !line) {
    throw new Error(`${what} failed (exit ${child.code}):\n${child.stderr.slice(-4000)}`);
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
}

/** One timed batch: calls per second of wall time, and CPU microseconds (user + system) per call. */
export interface BatchTiming {
  opsPerSec: number;
  cpuMicrosPerOp: number;
}

/**
 * Times `batch` calls of `fn`, awaited one after another. CPU time per call is less disturbed
 * than wall time when other processes load the machine (it still counts this process's GC).
 */
export async function timeBatch(fn: () => Promise<unknown>, batch: number): Promise<BatchTiming> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < batch; i++) await fn();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { opsPerSec: (batch / ms) * 1000, cpuMicrosPerOp: (used.user + used.system) / batch };
}

/**
 * A script to preload (`node --require <it>`) into a child process: prints `CPU seconds: N`
 * (user + system) on stdout when the process exits. CPU time is less disturbed than wall time
 * when other jobs load the machine.
 */
export function cpuPreload(): string {
  const dir = join(repoRoot, ".tmp", "bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "cpu-preload.cjs");
  writeFileSync(
    file,
    'process.on("exit", () => { const u = process.cpuUsage(); process.stdout.write("\\nCPU seconds: " + (u.user + u.system) / 1e6 + "\\n"); });\n',
  );
  return file;
}

/** The `CPU seconds` a child printed through `cpuPreload`, or NaN. */
export function cpuSecondsOf(stdout: string): number {
  const match = /^CPU seconds: ([\d.]+)$/m.exec(stdout);
  return match ? Number(match[1]) : Number.NaN;
}

/** A number as text with `digits` significant decimals and thousands separators. */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Whether the result of an argument flag (`--quick`) was passed. */
export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}
