/**
 * `make bench`: every benchmark of issue 7 in one run, each in its own Node process, then
 * bench/results.json (machine, versions, per-benchmark results) and BENCHMARKS.md (rendered
 * from results.json by bench/report.ts, so the two cannot drift).
 *
 *   npx tsx bench/run.ts [--quick] [--only overhead,paging,...]
 *
 * --quick: fewer rounds and smaller sizes, to try the harness (numbers not for reading).
 * --only:  run some benchmarks and merge them into the existing results.json (the others keep
 *          their previous results and dates).
 *
 * Benchmarks (one file each, protocol in bench/lib.ts: one `BENCH_RESULT {json}` line):
 *   overhead   (1) client overhead with a stubbed fetch          bench/overhead.ts
 *   throughput (2) loopback throughput, concurrency 1 and 32       bench/throughput.ts
 *   paging     (3) 100,000 resources over 1,000 pages              bench/paging.ts
 *   files      (4) 1 GiB up and down (issue 6, when present)       bench/files.ts
 *   typecheck  (5) tsc cost of 50 operations per call style         bench/typecheck.ts
 *   bundle     (6) browser entry, minified + gzipped               bench/bundle.ts
 *   startup    (7) cold import, 100,000 constructions              bench/startup.ts
 *   codegen    (8) codegen time for the full spec                  bench/codegen.ts
 *   package    (9) npm pack: packed and unpacked bytes, source maps  bench/package.ts
 *   emulatorRss (10) emulator peak RSS, 1 GiB up and down,         bench/emulator-rss.ts
 *                   without and with --data-dir
 *   emulatorRps (11) emulator requests per second, a metadata     bench/emulator-rps.ts
 *                   call at concurrency 32
 *
 * The runtime benchmarks load the SDK built by esbuild as dist/index.js is (bench/sdk.ts), not
 * the TypeScript sources through tsx.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, release, totalmem, type } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type ChildResult, parseResult, repoRoot, run, TSX } from "./lib.ts";
import { renderReport } from "./report.ts";
import type { BenchRecord, Results } from "./results.ts";
import { buildSdk } from "./sdk.ts";

/** One benchmark as run.ts runs it. */
interface BenchSpec {
  name: string;
  title: string;
  script: string;
  nodeFlags?: string[];
  args?: (quick: boolean) => string[];
  /** A benchmark written by another issue: run only when its file exists. */
  optional?: boolean;
}

const BENCHES: BenchSpec[] = [
  { name: "overhead", title: "1. Client overhead (stubbed fetch)", script: "bench/overhead.ts" },
  { name: "throughput", title: "2. Loopback throughput", script: "bench/throughput.ts" },
  { name: "paging", title: "3. Paging 100,000 resources", script: "bench/paging.ts", nodeFlags: ["--expose-gc"] },
  {
    name: "files",
    title: "4. Streaming 1 GiB up and down",
    script: "bench/files.ts",
    optional: true,
    // Its own results file stays its own: this run writes a copy under .tmp.
    args: (quick) => [
      "--out",
      join(repoRoot, ".tmp", "bench", "results-files.json"),
      // Five runs: single 1 GiB transfers on a shared machine vary by tens of percent.
      ...(quick ? ["--size-mib", "64", "--runs", "1"] : ["--runs", "5"]),
    ],
  },
  { name: "typecheck", title: "5. Type-checking cost", script: "bench/typecheck.ts" },
  { name: "bundle", title: "6. Browser bundle size", script: "bench/bundle.ts" },
  { name: "startup", title: "7. Cold import and constructions", script: "bench/startup.ts" },
  { name: "codegen", title: "8. Codegen time", script: "bench/codegen.ts" },
  { name: "package", title: "9. Package size", script: "bench/package.ts" },
  { name: "emulatorRss", title: "10. Emulator memory, 1 GiB round trip", script: "bench/emulator-rss.ts" },
  { name: "emulatorRps", title: "11. Emulator requests per second", script: "bench/emulator-rps.ts" },
];

const RESULTS = join(repoRoot, "bench", "results.json");
const REPORT = join(repoRoot, "BENCHMARKS.md");

function version(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

function packageVersion(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(join(repoRoot, "node_modules", name, "package.json"), "utf8")) as { version: string }
    ).version;
  } catch {
    return "not installed";
  }
}

function machine(): Record<string, unknown> {
  const cpuList = cpus();
  return {
    os: `${type()} ${release()}`,
    cpuModel: cpuList[0]?.model ?? "unknown",
    cpus: cpuList.length,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    freeMemoryGiB: Number((freemem() / 2 ** 30).toFixed(1)),
    loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
  };
}

function versions(): Record<string, string> {
  return {
    node: process.version,
    npm: version("npm", ["--version"]),
    typescript: packageVersion("typescript"),
    tsx: packageVersion("tsx"),
    esbuild: packageVersion("esbuild"),
    "openapi-fetch": packageVersion("openapi-fetch"),
    axios: packageVersion("axios"),
  };
}

function gitState(): { commit: string; dirtyFiles: number } {
  const commit = version("git", ["rev-parse", "--short", "HEAD"]);
  const status = version("git", ["status", "--porcelain"]);
  return { commit, dirtyFiles: status === "unknown" || !status ? 0 : status.split("\n").length };
}

async function runBench(spec: BenchSpec, quick: boolean, sdkEntry: string): Promise<BenchRecord> {
  const record: BenchRecord = { title: spec.title, status: "pending", quick };
  if (spec.optional && !existsSync(join(repoRoot, spec.script))) {
    record.note = `${spec.script} is not there yet (written by another issue)`;
    return record;
  }
  const load0 = loadavg()[0]!;
  const started = performance.now();
  process.stderr.write(`\n== ${spec.title} (${spec.script})\n`);
  let child: ChildResult | undefined;
  try {
    child = await run(
      process.execPath,
      [...(spec.nodeFlags ?? []), ...TSX, spec.script, ...(spec.args?.(quick) ?? (quick ? ["--quick"] : []))],
      { env: { ...process.env, BENCH_SDK_ENTRY: sdkEntry }, tee: true },
    );
    record.result = parseResult<Record<string, unknown>>(child, spec.script);
    record.status = "ok";
  } catch (error) {
    record.status = "failed";
    record.error = String((error as Error).message ?? error).slice(0, 4000);
    process.stderr.write(`   FAILED: ${record.error}\n`);
  }
  record.date = new Date().toISOString();
  record.seconds = Number(((performance.now() - started) / 1000).toFixed(1));
  record.load = [Number(load0.toFixed(2)), Number(loadavg()[0]!.toFixed(2))];
  return record;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { quick: { type: "boolean", default: false }, only: { type: "string" } },
  });
  const quick = values.quick ?? false;
  const only = values.only?.split(",").map((s) => s.trim());
  const unknown = only?.filter((name) => !BENCHES.some((b) => b.name === name));
  if (unknown?.length) throw new Error(`unknown benchmark(s): ${unknown.join(", ")}`);

  const previous: Results | undefined =
    only && existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, "utf8")) as Results) : undefined;
  const results: Results = {
    generatedBy: "make bench (bench/run.ts)",
    date: new Date().toISOString(),
    quick,
    machine: machine(),
    versions: versions(),
    git: gitState(),
    benchmarks: { ...previous?.benchmarks },
  };
  const sdkEntry = await buildSdk();
  for (const spec of BENCHES) {
    if (only && !only.includes(spec.name)) continue;
    results.benchmarks[spec.name] = await runBench(spec, quick, sdkEntry);
  }
  // Keep the order of BENCHES whatever ran.
  results.benchmarks = Object.fromEntries(
    BENCHES.map((b) => [b.name, results.benchmarks[b.name] ?? { title: b.title, status: "pending" as const }]),
  );
  (results.machine as Record<string, unknown>).loadAverageAtEnd = loadavg().map((n) => Number(n.toFixed(2)));
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(REPORT, renderReport(results));
  process.stderr.write(`\nwrote ${RESULTS.replace(`${repoRoot}/`, "")} and ${REPORT.replace(`${repoRoot}/`, "")}\n`);
  const failed = Object.entries(results.benchmarks).filter(([, r]) => r.status === "failed");
  if (failed.length) {
    process.stderr.write(`failed: ${failed.map(([name]) => name).join(", ")}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] === import.meta.filename) await main();
