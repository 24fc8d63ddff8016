/**
 * Files benchmark (not a test): a 1 GiB upload and download through the SDK against the
 * emulator, beside raw `fetch` on the same server in the same run.
 *
 *   npx tsx bench/files.ts [--size-mib 1024] [--runs 3] [--out bench/results-files.json]
 *
 * The emulator runs in a child process, and every measured transfer runs in a fresh client
 * process of its own (bench/files-client.ts, bundled with the SDK by esbuild into plain
 * JavaScript and run by `node`, so no TypeScript loader weighs on it): the peak RSS reported is
 * that client's alone (sampled every 50 ms with `process.memoryUsage.rss()`). Data is generated
 * as a stream of 1 MiB chunks, never held whole.
 *
 * Phases, in pairs (SDK and raw fetch doing the same requests), the order alternating per run:
 * - `sdk-upload`: `account.storage.files.upload({ data: stream, size })` as a caller writes it:
 *   above the 32 MiB threshold, so a multipart session (5 MiB parts, 2 in flight);
 *   `raw-multipart-upload`: the same protocol with plain fetch (parts PUT as bytes, 2 in flight);
 * - `sdk-upload-single`: the same with `multipart: false` (one streamed request);
 *   `raw-upload`: one `fetch` POST to `storage/files` with the stream as body (`duplex: "half"`,
 *   `redirect: "error"`, without which undici buffers a streamed body whole: nodejs/undici#4058),
 *   stating its `Content-Length` as the SDK does;
 * - `sdk-download` / `raw-download`: the file's contents read to the end and dropped.
 * Throughput is MiB/s (2^20 bytes per second) from the call to the last byte. Per phase: the
 * median throughput and the highest peak RSS over the runs; ratios: the median over the runs of
 * each run's SDK / raw throughput.
 * Budget: SDK peak RSS <= 128 MiB, SDK throughput >= 0.9 x raw fetch.
 *
 * Data is generated in 64 KiB chunks (a Node file stream's size; `BENCH_FILES_CHUNK_KIB` changes
 * it); `BENCH_FILES_DEBUG=1` prints each client's heap and ArrayBuffer memory at its peak RSS.
 * The emulator holds the files in memory (about 2 GiB at the peak of a 1 GiB upload, in its own
 * process); its quota is raised for the run, and it collects its garbage before each phase. The
 * downloads read one file uploaded before the runs; every measured upload is deleted after its
 * phase, so that all upload phases find the emulator holding the same files.
 *
 * Prints progress on stderr, a table on stdout, one `BENCH_RESULT {json}` line (the protocol of
 * bench/lib.ts), and writes the results to `--out`. Numbers and their reading: bench/README-files.md.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import type { Phase, PhaseResult } from "./files-client.ts";

const repoRoot = resolve(import.meta.dirname, "..");
const self = resolve(import.meta.dirname, "files.ts");
const MiB = 1024 * 1024;
const RSS_BUDGET_MIB = 128;
const THROUGHPUT_BUDGET = 0.9;

const { values: args } = parseArgs({
  options: {
    role: { type: "string", default: "main" },
    "size-mib": { type: "string", default: "1024" },
    runs: { type: "string", default: "3" },
    out: { type: "string", default: resolve(repoRoot, "bench/results-files.json") },
  },
});

const PHASES: readonly Phase[] = [
  "raw-upload",
  "raw-multipart-upload",
  "sdk-upload",
  "sdk-upload-single",
  "raw-download",
  "sdk-download",
];

// ---------------------------------------------------------------------------------------------
// Emulator child

async function runEmulator(): Promise<void> {
  const { startEmulator } = await import("../emulator/src/index.ts");
  const emu = await startEmulator({ seed: "empty", quotaBytes: 1024 * 1024 * MiB, maxUploadBytes: 1024 * 1024 * MiB });
  const storage = emu.accounts.find((a) => a.apis.includes("storage"))!;
  process.stdout.write(`${JSON.stringify({ url: emu.url, token: storage.token })}\n`);
  process.once("SIGTERM", () => void emu.close().then(() => process.exit(0)));
  // "gc" on stdin: collect the garbage of the last transfer (GiBs of request chunks) now, so that
  // it does not slow down whichever phase comes next.
  const gc = (globalThis as { gc?: () => void }).gc;
  createInterface({ input: process.stdin }).on("line", (line) => {
    if (line !== "gc") return;
    for (let i = 0; i < 3; i++) gc?.();
    process.stdout.write("gc done\n");
  });
}

// ---------------------------------------------------------------------------------------------
// Orchestrator

/** Bundles bench/files-client.ts and the SDK into one plain JavaScript file. */
async function bundleClient(): Promise<string> {
  const dir = join(repoRoot, ".tmp/bench-files");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, "client.mjs");
  await build({
    entryPoints: [resolve(import.meta.dirname, "files-client.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  });
  return outfile;
}

function firstLineOf(child: ChildProcess): Promise<string> {
  return new Promise((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", (line) => {
      lines.close();
      resolveLine(line);
    });
    child.once("exit", (code) => reject(new Error(`child exited (${code}) before answering`)));
  });
}

async function phase(
  client: string,
  name: Phase,
  url: string,
  token: string,
  sizeMiB: number,
  fileId?: string,
): Promise<PhaseResult> {
  const child = spawn(process.execPath, [client, name, url, token, String(sizeMiB), ...(fileId ? [fileId] : [])], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line, code] = await Promise.all([
    firstLineOf(child).catch(() => ""),
    new Promise<number | null>((r) => child.once("exit", r)),
  ]);
  if (code !== 0 || !line) throw new Error(`phase ${name} failed (exit ${code})`);
  return JSON.parse(line) as PhaseResult;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const sizeMiB = Number(args["size-mib"]);
  const runs = Number(args.runs);
  const client = await bundleClient();
  const emulator = spawn(process.execPath, ["--expose-gc", "--import", "tsx", self, "--role", "emulator"], {
    cwd: repoRoot,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const emulatorLines = createInterface({ input: emulator.stdout! });
  const nextLine = (): Promise<string> =>
    new Promise((resolveLine, reject) => {
      emulatorLines.once("line", resolveLine);
      emulator.once("exit", (code) => reject(new Error(`the emulator exited (${code})`)));
    });
  const { url, token } = JSON.parse(await nextLine()) as { url: string; token: string };
  /** Lets the emulator collect its garbage and the machine settle before a measured phase. */
  const settle = async (): Promise<void> => {
    const done = nextLine();
    emulator.stdin!.write("gc\n");
    await done;
    await new Promise((r) => setTimeout(r, 300));
  };
  const remove = (id: string) =>
    fetch(`${url}/v1/accounts/me/storage/files/${id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${token}` },
    }).then((r) => r.arrayBuffer());
  const results: PhaseResult[] = [];
  /** Each SDK phase against the raw fetch phase doing the same on the wire. */
  const PAIRS = [
    ["upload", "sdk-upload", "raw-multipart-upload"],
    ["uploadSingle", "sdk-upload-single", "raw-upload"],
    ["download", "sdk-download", "raw-download"],
  ] as const;
  const paired: Record<string, number[]> = { upload: [], uploadSingle: [], download: [] };
  const measure = async (run: number, name: Phase, fileId?: string): Promise<PhaseResult> => {
    await settle();
    const result = await phase(client, name, url, token, sizeMiB, fileId);
    process.stderr.write(`run ${run} ${name}: ${result.mibPerSec} MiB/s, peak RSS ${result.peakRssMiB} MiB\n`);
    results.push(result);
    if (result.fileId) await remove(result.fileId);
    return result;
  };
  let fileId: string | undefined;
  try {
    // The file the downloads read is uploaded once, before the runs, and kept: every measured
    // upload is deleted after its phase, so each upload phase finds the emulator holding the
    // same files (it keeps them in memory, and an extra GiB there slows the next upload down).
    await settle();
    fileId = (await phase(client, "raw-upload", url, token, sizeMiB)).fileId;
    for (let run = 1; run <= runs; run++) {
      for (const [key, sdk, raw] of PAIRS) {
        // Alternate which of the pair goes first, so that drift on a busy machine evens out.
        const order = run % 2 ? [raw, sdk] : [sdk, raw];
        const got: Partial<Record<Phase, PhaseResult>> = {};
        for (const name of order) {
          got[name] = await measure(run, name, name.endsWith("download") ? fileId : undefined);
        }
        paired[key]!.push(got[sdk]!.mibPerSec / got[raw]!.mibPerSec);
      }
    }
  } finally {
    emulator.kill("SIGTERM");
  }

  const byPhase = Object.fromEntries(
    PHASES.map((name) => {
      const mine = results.filter((r) => r.phase === name);
      return [
        name,
        {
          mibPerSec: median(mine.map((r) => r.mibPerSec)),
          peakRssMiB: Math.max(...mine.map((r) => r.peakRssMiB)),
          cpuMs: median(mine.map((r) => r.cpuMs)),
          startRssMiB: median(mine.map((r) => r.startRssMiB)),
          samples: mine.map(({ mibPerSec, peakRssMiB, ms, cpuMs }) => ({ mibPerSec, peakRssMiB, ms, cpuMs })),
        },
      ];
    }),
  ) as unknown as Record<Phase, { mibPerSec: number; peakRssMiB: number; startRssMiB: number }>;
  const round = (n: number) => Number(n.toFixed(3));
  /** Median over the runs of each run's SDK / raw throughput (robust to drift between runs). */
  const comparisons = Object.fromEntries(Object.entries(paired).map(([k, v]) => [k, round(median(v))])) as Record<
    (typeof PAIRS)[number][0],
    number
  >;
  /** For information: the SDK's default (multipart) upload against one raw streamed POST. */
  const uploadVsRawStream = round(byPhase["sdk-upload"].mibPerSec / byPhase["raw-upload"].mibPerSec);
  const sdkPhases = ["sdk-upload", "sdk-upload-single", "sdk-download"] as const;
  const peakSdkRss = Math.max(...sdkPhases.map((p) => byPhase[p].peakRssMiB));
  const budget = {
    rssMiB: RSS_BUDGET_MIB,
    throughputRatio: THROUGHPUT_BUDGET,
    rssOk: peakSdkRss <= RSS_BUDGET_MIB,
    throughputOk: Object.values(comparisons).every((r) => r >= THROUGHPUT_BUDGET),
  };
  const report = {
    benchmark: "files",
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    sizeMiB,
    runs,
    phases: byPhase,
    ratios: comparisons,
    pairedRatioSamples: Object.fromEntries(Object.entries(paired).map(([k, v]) => [k, v.map(round)])),
    uploadVsRawStream,
    peakSdkRssMiB: peakSdkRss,
    budget,
  };
  writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);

  const rows = PHASES.map(
    (p) =>
      `${p.padEnd(21)} ${String(byPhase[p].mibPerSec).padStart(8)} MiB/s   peak RSS ${String(byPhase[p].peakRssMiB).padStart(6)} MiB   (start ${byPhase[p].startRssMiB} MiB)`,
  );
  process.stdout.write(
    [
      `files benchmark: ${sizeMiB} MiB, median of ${runs} run(s), Node ${process.version}`,
      ...rows,
      `ratios (SDK / raw fetch, same requests on the wire, median of per-run ratios): upload (multipart) ${comparisons.upload}, upload single ${comparisons.uploadSingle}, download ${comparisons.download}`,
      `for information: SDK default upload / raw single streamed POST = ${uploadVsRawStream}`,
      `budget: peak SDK RSS ${peakSdkRss} <= ${RSS_BUDGET_MIB} MiB ${budget.rssOk ? "ok" : "EXCEEDED"}; throughput >= ${THROUGHPUT_BUDGET} x raw ${budget.throughputOk ? "ok" : "MISSED"}`,
      `written to ${args.out}`,
    ].join("\n") + "\n",
  );
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(report)}\n`);
}

const role = args.role;
(role === "emulator" ? runEmulator() : main()).catch((error: unknown) => {
  process.stderr.write(`bench/files.ts (${role}): ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
