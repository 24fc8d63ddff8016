/**
 * Benchmark 7: what loading and constructing the SDK costs.
 *
 * - Cold import: the median over fresh Node processes of the time `await import(entry)` takes,
 *   for the SDK's built entry (bench/sdk.ts builds it as dist/index.js is built) beside
 *   openapi-fetch and axios; and the whole process's wall time against an empty `node -e ""`.
 * - Constructions (child runs with `--expose-gc`, median of 5): after 20,000 warm-up
 *   constructions, 100,000 `new Account()` in a loop, discarded as made; the used heap after GC
 *   is compared with the heap after GC before the loop (budget: growth under 2.5%, so that
 *   constructing leaves nothing behind and the generated methods cost nothing until used). For information: the heap retained per live `Account` (10,000 kept),
 *   before and after touching one generated group, and whether an untouched account holds any
 *   group as an own property.
 *
 * Usage: node --import tsx bench/startup.ts [--quick]
 *        (the child role: node --expose-gc --import tsx bench/startup.ts --constructions)
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { emit, flag, log, median, repoRoot, run, settledHeap, summarize, TSX } from "./lib.ts";
import { BUILT_ENTRY, buildSdk } from "./sdk.ts";

const quick = flag("quick");
const PROCESSES = quick ? 5 : 21;
const CONSTRUCTIONS = 100_000;
const RETAINED = 10_000;
const CONSTRUCTION_RUNS = quick ? 1 : 5;

/** What one constructions child measures. */
interface Construction {
  constructionsPerSec: number;
  heapBeforeMiB: number;
  heapAfterMiB: number;
  heapGrowthPercent: number;
  ownGroupProperties: string[];
  retainedBytesPerAccount: number;
  retainedBytesPerAccountAfterStorageFiles: number;
}

/** One fresh process importing `specifier`: the import's milliseconds and the process's. */
async function coldImport(specifier: string | undefined): Promise<{ importMs: number; processMs: number }> {
  const code = specifier
    ? `const t0 = performance.now(); await import(${JSON.stringify(specifier)}); console.log("IMPORT_MS", performance.now() - t0);`
    : `console.log("IMPORT_MS", 0);`;
  const child = await run(process.execPath, ["--input-type=module", "-e", code], { cwd: repoRoot });
  const match = /IMPORT_MS ([\d.]+)/.exec(child.stdout);
  if (child.code !== 0 || !match) throw new Error(`import of ${specifier} failed:\n${child.stderr}`);
  return { importMs: Number(match[1]), processMs: child.ms };
}

/** The child role: constructions and heap, printed as one `CONSTRUCTIONS {json}` line. */
async function constructions(): Promise<void> {
  const { Account } = (await import(
    pathToFileURL(process.env.BENCH_SDK_ENTRY ?? BUILT_ENTRY).href
  )) as typeof import("../src/index.ts");
  const make = (i: number) => new Account({ token: `token-${i}`, baseUrl: "https://api.kloudless.com" });
  // Warm up first: the first constructions compile code and grow V8's own tables once.
  for (let i = 0; i < 20_000; i++) make(i);
  const before = await settledHeap();
  const t0 = performance.now();
  let last: unknown;
  for (let i = 0; i < CONSTRUCTIONS; i++) last = make(i);
  const ms = performance.now() - t0;
  last = undefined;
  const after = await settledHeap();

  const untouched = make(0) as unknown as Record<string, unknown>;
  const ownGroups = Object.getOwnPropertyNames(untouched).filter((name) =>
    ["storage", "calendar", "team"].includes(name),
  );

  const kept: InstanceType<typeof Account>[] = [];
  const base = await settledHeap();
  for (let i = 0; i < RETAINED; i++) kept.push(make(i));
  const retained = await settledHeap();
  for (const account of kept) void account.storage.files;
  const touched = await settledHeap();
  if (kept.length !== RETAINED || last !== undefined) throw new Error("unreachable");

  const result: Construction = {
    constructionsPerSec: Math.round((CONSTRUCTIONS / ms) * 1000),
    heapBeforeMiB: Number((before / 2 ** 20).toFixed(2)),
    heapAfterMiB: Number((after / 2 ** 20).toFixed(2)),
    heapGrowthPercent: Number((((after - before) / before) * 100).toFixed(3)),
    ownGroupProperties: ownGroups,
    retainedBytesPerAccount: Math.round((retained - base) / RETAINED),
    retainedBytesPerAccountAfterStorageFiles: Math.round((touched - base) / RETAINED),
  };
  process.stdout.write(`CONSTRUCTIONS ${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  const entry = process.env.BENCH_SDK_ENTRY ?? (existsSync(BUILT_ENTRY) ? BUILT_ENTRY : await buildSdk());
  const require = createRequire(`${repoRoot}/package.json`);
  const targets: Record<string, string | undefined> = {
    "node (no import)": undefined,
    kloudless: pathToFileURL(entry).href,
    "openapi-fetch": pathToFileURL(require.resolve("openapi-fetch")).href,
    axios: pathToFileURL(require.resolve("axios")).href,
  };
  const samples: Record<string, { importMs: number[]; processMs: number[] }> = {};
  for (const name of Object.keys(targets)) samples[name] = { importMs: [], processMs: [] };
  for (let i = 0; i < PROCESSES; i++) {
    for (const [name, specifier] of Object.entries(targets)) {
      const { importMs, processMs } = await coldImport(specifier);
      samples[name]!.importMs.push(importMs);
      samples[name]!.processMs.push(processMs);
    }
  }
  const baseline = median(samples["node (no import)"]!.processMs);
  const coldImports = Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [
      name,
      {
        importMs: summarize(s.importMs, 2),
        processMs: summarize(s.processMs, 1),
        processOverNodeMs: Number((median(s.processMs) - baseline).toFixed(1)),
      },
    ]),
  );
  log(
    `  cold import (median of ${PROCESSES}): ${Object.entries(coldImports)
      .map(([k, v]) => `${k} ${v.importMs.median} ms`)
      .join(", ")}`,
  );

  // Each measurement in its own process; the median of the runs is reported.
  const runs: Construction[] = [];
  for (let i = 0; i < CONSTRUCTION_RUNS; i++) {
    const child = await run(process.execPath, ["--expose-gc", ...TSX, import.meta.filename, "--constructions"], {
      env: { ...process.env, BENCH_SDK_ENTRY: entry },
    });
    const line = /CONSTRUCTIONS (.*)/.exec(child.stdout);
    if (child.code !== 0 || !line) throw new Error(`constructions failed:\n${child.stderr}`);
    runs.push(JSON.parse(line[1]!) as Construction);
  }
  const pick = (key: keyof Construction) =>
    summarize(
      runs.map((r) => r[key] as number),
      3,
    );
  const construction = {
    constructions: CONSTRUCTIONS,
    runs: CONSTRUCTION_RUNS,
    constructionsPerSec: pick("constructionsPerSec"),
    heapBeforeMiB: pick("heapBeforeMiB"),
    heapGrowthPercent: pick("heapGrowthPercent"),
    ownGroupProperties: [...new Set(runs.flatMap((r) => r.ownGroupProperties))],
    retainedBytesPerAccount: pick("retainedBytesPerAccount"),
    retainedBytesPerAccountAfterStorageFiles: pick("retainedBytesPerAccountAfterStorageFiles"),
  };
  log(`  constructions: ${JSON.stringify(construction)}`);
  const met = construction.heapGrowthPercent.median < 2.5 && construction.ownGroupProperties.length === 0;
  emit({
    processes: PROCESSES,
    entry: entry.replace(`${repoRoot}/`, ""),
    coldImports,
    construction,
    budget: {
      metric: "heap growth after GC, 100,000 new Account() discarded as made (and no group built eagerly)",
      maxPercent: 2.5,
    },
    met,
  });
}

if (flag("constructions")) await constructions();
else await main();
