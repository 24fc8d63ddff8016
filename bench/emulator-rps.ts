/**
 * Emulator throughput benchmark (not a test): requests per second of one metadata call,
 * `GET /v1/accounts/me/storage/folders/root` (`storage.folders.retrieve`), at concurrency 32.
 *
 *   npx tsx bench/emulator-rps.ts [--quick]
 *
 * The emulator runs as the CLI in its own Node process (`node --import tsx emulator/src/cli.ts
 * --port 0 --json --quiet`), in its default mode (strict requests, responses not re-checked
 * against the spec), so the figure is what a test suite pointing at `kloudless-emulator` gets:
 * routing, authentication, validation, the handler and the JSON reply. This process keeps 32
 * requests in flight over 32 keep-alive connections (`node:http`, no SDK, so the client costs
 * as little as it can), checks every answer is a 200 Folder, and reads the emulator's CPU time
 * from /proc/<pid>/stat around each round, since both processes share the machine's cores.
 */
import { type ChildProcessByStdio, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus } from "node:os";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { emit, log, repoRoot, summarize } from "./lib.ts";

const CONCURRENCY = 32;
const PATH = "/v1/accounts/me/storage/folders/root";
/** Clock ticks per second of /proc/<pid>/stat (`getconf CLK_TCK`, 100 on Linux). */
const CLOCK_TICKS = 100;

interface Ready {
  url: string;
  accounts: { service: string; token: string }[];
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** One GET of the metadata call; resolves with its latency in milliseconds. */
function getOnce(url: URL, token: string, agent: Agent): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        if (res.statusCode !== 200 || (JSON.parse(text) as { type?: string }).type !== "folder") {
          reject(new Error(`${PATH} answered ${res.statusCode}: ${text.slice(0, 200)}`));
        } else resolve(performance.now() - started);
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** `total` requests over `CONCURRENCY` workers: requests per second and latencies. */
async function round(url: URL, token: string, agent: Agent, total: number): Promise<{ rps: number; ms: number[] }> {
  let next = 0;
  const ms: number[] = [];
  const worker = async () => {
    while (next < total) {
      next += 1;
      ms.push(await getOnce(url, token, agent));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { rps: total / ((performance.now() - started) / 1000), ms };
}

/** The `p`-th percentile (0–100) of `values`, nearest rank. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
  const quick = values.quick ?? false;
  const rounds = quick ? 2 : 5;
  const requests = quick ? 1_000 : 5_000;
  const env = { ...process.env };
  // The test suite's response re-check is not the emulator's default: measure the default.
  delete env.KLOUDLESS_EMULATOR_STRICT;
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    process.execPath,
    ["--import", "tsx", "emulator/src/cli.ts", "--port", "0", "--json", "--quiet"],
    { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stderr.on("data", (part: Buffer) => process.stderr.write(part));
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
    const ready = JSON.parse(line) as Ready;
    const token = ready.accounts.find((a) => a.service === "dropbox")?.token as string;
    const url = new URL(PATH, ready.url);
    const pid = child.pid as number;
    log(`emulator req/s: GET ${PATH}, concurrency ${CONCURRENCY}, ${rounds} rounds of ${requests}`);
    await round(url, token, agent, quick ? 500 : 2_000); // warm-up: JIT, connections
    const rps: number[] = [];
    const cpuMicros: number[] = [];
    let latencies: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const cpu0 = cpuSecondsOf(pid);
      const result = await round(url, token, agent, requests);
      const cpu = cpuSecondsOf(pid) - cpu0;
      rps.push(result.rps);
      cpuMicros.push((cpu * 1e6) / requests);
      latencies = result.ms;
      log(
        `  round ${i + 1}/${rounds}: ${Math.round(result.rps)} req/s, emulator ${Math.round((cpu * 1e6) / requests)} µs CPU/request`,
      );
    }
    emit({
      path: PATH,
      operationId: "storage.folders.retrieve",
      concurrency: CONCURRENCY,
      rounds,
      requestsPerRound: requests,
      requestsPerSecond: summarize(rps, 0),
      emulatorCpuMicrosPerRequest: summarize(cpuMicros, 0),
      lastRoundLatencyMs: {
        p50: Number(percentile(latencies, 50).toFixed(2)),
        p99: Number(percentile(latencies, 99).toFixed(2)),
      },
      cpus: cpus().length,
    });
  } finally {
    agent.destroy();
    child.kill("SIGTERM");
    if (child.exitCode === null) await once(child, "exit");
  }
}

await main();
