/**
 * Renders BENCHMARKS.md from bench/results.json. `bench/run.ts` calls it after every run;
 * `npx tsx bench/report.ts` re-renders from the JSON alone. Every number in the page comes
 * from results.json, so the page cannot drift from the measurements.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./lib.ts";
import type { BenchRecord, Results } from "./results.ts";

type Json = Record<string, unknown>;

/** The value at a dotted path of a JSON object (`a.b.c`), or undefined. */
function at(object: unknown, path: string): unknown {
  let value: unknown = object;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Json)[key];
  }
  return value;
}

function num(object: unknown, path: string): number {
  const value = at(object, path);
  return typeof value === "number" ? value : Number.NaN;
}

/** `1,234` / `1,234.5`; "n/a" when missing. */
function n(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return "n/a";
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A summary (bench/lib.ts `Summary`) as `median (min–max)`. */
function s(object: unknown, path: string, digits = 0, unit = ""): string {
  const median = num(object, `${path}.median`);
  if (!Number.isFinite(median)) return "n/a";
  const min = num(object, `${path}.min`);
  const max = num(object, `${path}.max`);
  return `${n(median, digits)}${unit} (${n(min, digits)}–${n(max, digits)})`;
}

function status(met: boolean | undefined, record: BenchRecord | undefined): string {
  if (!record || record.status === "pending") return "pending";
  if (record.status === "failed") return "**failed**";
  if (met === undefined) return "n/a";
  return met ? "met" : "**missed**";
}

/** Whether every budget flag at `paths` is met; undefined while any is missing. */
function allMet(object: unknown, paths: string[]): boolean | undefined {
  const flags = paths.map((path) => at(object, path));
  if (flags.some((flag) => typeof flag !== "boolean")) return undefined;
  return flags.every(Boolean);
}

/** The names benchmark 5's call styles go by in the page. */
const STYLE_NAMES = { methods: "generated methods", paths: "typed paths" } as const;

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

function runLine(record: BenchRecord | undefined): string {
  if (!record || record.status === "pending") return `_Pending${record?.note ? `: ${record.note}` : ""}._`;
  if (record.status === "failed") return `_Failed: ${record.error?.split("\n")[0] ?? "unknown error"}_`;
  return `_Ran ${record.date?.slice(0, 16).replace("T", " ")} UTC in ${record.seconds} s; 1-minute load average ${record.load?.[0]} → ${record.load?.[1]}${record.quick ? "; **quick run, not for reading**" : ""}._`;
}

/** The load a benchmark ran under, when the shared cores were busy (a 1-minute load average above 2). */
function loadNote(load: readonly number[] | undefined): string {
  if (!load || Math.max(...load) <= 2) return "";
  return ` Measured at a 1-minute load average of ${load[0]} → ${load[1]} on the 2 shared cores: other work took a share of them, and wall-clock ratios move with it.`;
}

/** What the measurements say about each missed budget (only the missed ones). */
function missedNotes(results: Results): string[] {
  const b = results.benchmarks;
  const r = (name: string): Json | undefined => b[name]?.result as Json | undefined;
  const notes: string[] = [];
  const ov = r("overhead");
  if (ov && at(ov, "met") === false) {
    notes.push(
      `- **Overhead**: the typed call takes ${n(num(ov, "cpuMicrosPerOp.sdk-method.median"), 1)} µs of CPU against ${n(num(ov, "cpuMicrosPerOp.openapi-fetch.median"), 1)} µs for bare openapi-fetch.`,
    );
  }
  const tp = r("throughput");
  if (tp && (at(tp, "c1.met") === false || at(tp, "c32.met") === false)) {
    notes.push(
      `- **Throughput**: client CPU per request at c=32: SDK ${n(num(tp, "c32.cpuMicrosPerRequest.sdk.median"))} µs, raw fetch ${n(num(tp, "c32.cpuMicrosPerRequest.fetch.median"))} µs, raw fetch with an AbortController and a timer per request ${n(num(tp, "c32.cpuMicrosPerRequest.fetch+timeout.median"))} µs (client and server share the 2 cores, so CPU is throughput). Bare openapi-fetch, the layer every SDK request passes through (merged headers, its own \`Request\`, middleware), reaches ${n(num(tp, "c1.ratioToFetch.openapi-fetch.median"), 2)} (c=1) and ${n(num(tp, "c32.ratioToFetch.openapi-fetch.median"), 2)} (c=32) of raw fetch by itself, and ${n(num(tp, "c1.ratioToFetch.openapi-fetch+timeout.median"), 2)} and ${n(num(tp, "c32.ratioToFetch.openapi-fetch+timeout.median"), 2)} timed out the usual way; the SDK, which times out every attempt and aborts it at its deadline (so a timed-out request leaves nothing running), reaches ${n(num(tp, "c1.sdkToOpenapiFetchWithTimeout.median"), 2)} and ${n(num(tp, "c32.sdkToOpenapiFetchWithTimeout.median"), 2)} of that. The budget of 0.95 of raw fetch lies above what openapi-fetch alone reaches at c=32 on this machine. On Node, linking a signal to a request is the largest single cost of a call: undici's \`Request\` registers an abort listener, a \`WeakRef\` and a \`FinalizationRegistry\` entry for a platform signal. On Node 20 and 22 the SDK's attempts carry a light signal instead (src/core/light-signal.ts), which undici follows without those; Node 24 and later accept only platform signals, and the SDK uses them there. A CPU profile of benchmark 1 puts a quarter of a call in garbage collection, most of it the bodies' web streams, which every fetch-based contender makes.${loadNote(b.throughput?.load)}`,
    );
  }
  const pg = r("paging");
  if (pg && at(pg, "budget.time.met") === false) {
    notes.push(
      `- **Paging time**: per page the SDK sends a request with its timeout, wraps each of the ${num(pg, "perPage")} objects as a \`Resource\`, and hands each out through the paging iterator (a promise per object, as \`for await\` requires); the raw loop does none of that. Page by page without \`for await\` the SDK takes ${n(num(pg, "seconds.sdk-pages.median"), 2)} s, with it ${n(num(pg, "seconds.sdk.median"), 2)} s, raw ${n(num(pg, "seconds.raw.median"), 2)} s.${loadNote(b.paging?.load)}`,
    );
  }
  const fl = r("files");
  if (fl && at(fl, "budget.throughputOk") === false) {
    const paired = (at(fl, "pairedRatioSamples") as Record<string, number[]>) ?? {};
    notes.push(
      `- **Files throughput** (issue 6's benchmark): the per-run SDK ÷ raw ratios were ${Object.entries(paired)
        .map(([k, v]) => `${k} ${v.map((x) => n(x, 2)).join(" / ")}`)
        .join(
          "; ",
        )}: single transfers of 1 GiB on a shared 2-core machine vary by tens of percent between runs (the emulator, in its own process, holds each file in memory).`,
    );
  }
  const tc = r("typecheck");
  const overBudget = (["methods", "paths"] as const).filter(
    (style) => at(tc, `budget.${style}.instantiations.met`) === false,
  );
  if (tc && overBudget.length) {
    notes.push(
      `- **Type-check instantiations**: over their baselines, for the same ${num(tc, "operations")} operations, ${overBudget
        .map((style) => `${STYLE_NAMES[style]} ${n(num(tc, `styles.${style}.extraInstantiations`))}`)
        .join(", ")} against ${n(num(tc, "styles.openapi-fetch.extraInstantiations"))} for bare openapi-fetch.`,
    );
  }
  const timeMissed = (["methods", "paths"] as const).some((style) => at(tc, `budget.${style}.time.met`) === false);
  if (tc && timeMissed) {
    const load = b.typecheck?.load;
    notes.push(
      `- **Type-check time**: tsc's total time counts its start, the libraries and the package's declarations, which the baseline alone takes ${n(num(tc, "baselines.sdk.totalSeconds.median"), 2)} s for${load ? ` (1-minute load average ${load[0]} → ${load[1]} on the shared cores)` : ""}; the calls add ${n(num(tc, "styles.methods.extraCheckSeconds"), 2)} s of check time for the generated methods, ${n(num(tc, "styles.paths.extraCheckSeconds"), 2)} s for the typed paths and ${n(num(tc, "styles.openapi-fetch.extraCheckSeconds"), 2)} s for bare openapi-fetch.`,
    );
  }
  const bu = r("bundle");
  if (bu && at(bu, "met") === false) {
    const inputs = (at(bu, "initial.inputs") as { path: string; bytes: number }[]) ?? [];
    notes.push(
      `- **Bundle**: the initial load is ${n(num(bu, "initial.gzipBytes"))} B gzipped against 14,000 (openapi-fetch inside); the largest inputs (minified bytes): ${inputs
        .slice(0, 4)
        .map((i) => `${i.path} ${n(i.bytes)}`)
        .join(", ")}.`,
    );
  }
  return notes.length ? ["Where budgets are missed, what the measurements show:", "", ...notes] : [];
}

/** What each lazy module keeps off the initial load, largest first. */
function lazySavingsTable(savings: Record<string, number> | undefined): string[] {
  if (!savings) return [];
  const rows = Object.entries(savings)
    .sort((a, b) => b[1] - a[1])
    .map(([module, bytes]) => [`\`${module}\``, `${n(bytes)} B`]);
  return [
    "What each module loaded on first use keeps off the initial load (the initial load with that module bundled in, minus without; gzip):",
    "",
    table(["module", "saved (gzip)"], rows),
    "",
  ];
}

export function renderReport(results: Results): string {
  const b = results.benchmarks;
  const r = (name: string): Json | undefined => b[name]?.result as Json | undefined;
  const out: string[] = [];
  const m = results.machine;
  out.push(
    "# Benchmarks",
    "",
    "> Generated by `make bench` (bench/run.ts) from [bench/results.json](bench/results.json); do not edit by hand",
    "> (`npx tsx bench/report.ts` re-renders it from the JSON).",
    "",
    results.quick
      ? "**This is a quick run (`--quick`): fewer rounds and smaller sizes; do not read the numbers.**\n"
      : "",
    "## Machine and versions",
    "",
    table(
      ["", ""],
      [
        ["date", results.date.slice(0, 16).replace("T", " ") + " UTC"],
        ["machine", `${m.os}, ${m.cpuModel}, ${m.cpus} cores, ${m.memoryGiB} GiB`],
        [
          "load average (1, 5, 15 min)",
          `${(m.loadAverageAtStart as number[]).join(", ")} at start, ${((m.loadAverageAtEnd as number[]) ?? []).join(", ")} at end`,
        ],
        ["Node / npm", `${results.versions.node} / ${results.versions.npm}`],
        [
          "TypeScript / tsx / esbuild",
          `${results.versions.typescript} / ${results.versions.tsx} / ${results.versions.esbuild}`,
        ],
        ["openapi-fetch / axios", `${results.versions["openapi-fetch"]} / ${results.versions.axios}`],
        ["git", `${results.git.commit} with ${results.git.dirtyFiles} changed or untracked file(s)`],
      ],
    ),
    "",
    "The machine is shared: other engineers' test runs load its 2 cores during the benchmarks (see the",
    "load averages, per benchmark below). Wall-clock figures move by tens of percent between samples;",
    "every figure is a median over repeated samples, contenders are interleaved round by round, ratios",
    "are taken within a round, and CPU time (less disturbed than wall time) is reported beside it.",
    "",
  );

  // Budgets.
  const ov = r("overhead");
  const tp = r("throughput");
  const pg = r("paging");
  const fl = r("files");
  const tc = r("typecheck");
  const bu = r("bundle");
  const st = r("startup");
  const er = r("emulatorRss");
  const budgets: string[][] = [
    [
      "1. overhead",
      "typed method call ÷ bare openapi-fetch (ops/s)",
      n(num(ov, "ratioToOpenapiFetch.sdk-method.median"), 2),
      "≥ 1.00",
      status(at(ov, "met") as boolean | undefined, b.overhead),
    ],
    [
      "2. throughput, c=1",
      "SDK ÷ raw fetch (req/s)",
      n(num(tp, "c1.ratioToFetch.sdk.median"), 2),
      "≥ 0.95",
      status(at(tp, "c1.met") as boolean | undefined, b.throughput),
    ],
    [
      "2. throughput, c=32",
      "SDK ÷ raw fetch (req/s)",
      n(num(tp, "c32.ratioToFetch.sdk.median"), 2),
      "≥ 0.95",
      status(at(tp, "c32.met") as boolean | undefined, b.throughput),
    ],
    [
      "3. paging, time",
      "raw fetch loop time ÷ SDK time",
      n(num(pg, "ratioRawToSdk.median"), 2),
      "≥ 0.90",
      status(at(pg, "budget.time.met") as boolean | undefined, b.paging),
    ],
    [
      "3. paging, heap",
      "heap growth after GC while paging",
      `${n(num(pg, "memory.sdk.peakGrowthMiB"), 2)} MiB`,
      "< 16 MiB",
      status(at(pg, "budget.heap.met") as boolean | undefined, b.paging),
    ],
    [
      "4. files, RSS",
      "peak RSS of the SDK process (issue 6's budget)",
      `${n(num(fl, "peakSdkRssMiB"), 1)} MiB`,
      "≤ 128 MiB",
      status(at(fl, "budget.rssOk") as boolean | undefined, b.files),
    ],
    [
      "4. files, throughput",
      "SDK ÷ raw fetch (MiB/s; upload, single upload, download; issue 6's budget)",
      fl ? ["upload", "uploadSingle", "download"].map((k) => n(num(fl, `ratios.${k}`), 2)).join(", ") : "n/a",
      "≥ 0.90",
      status(at(fl, "budget.throughputOk") as boolean | undefined, b.files),
    ],
    ...(["methods", "paths"] as const).map((style) => [
      `5. type-check, ${style}`,
      `instantiations over the SDK baseline ÷ bare openapi-fetch's over its own, same ${num(tc, "operations")} operations (${STYLE_NAMES[style]})`,
      n(num(tc, `styles.${style}.instantiationRatio`), 2),
      "≤ 1.00",
      status(at(tc, `budget.${style}.instantiations.met`) as boolean | undefined, b.typecheck),
    ]),
    [
      "5. type-check, time",
      "tsc total time, 50 calls (generated methods, typed paths)",
      `${n(num(tc, "styles.methods.totalSeconds.median"), 2)} s, ${n(num(tc, "styles.paths.totalSeconds.median"), 2)} s`,
      "< 2 s",
      status(allMet(tc, ["budget.methods.time.met", "budget.paths.time.met"]), b.typecheck),
    ],
    [
      "5. type-check, memory",
      "memory, 50 calls ÷ SDK baseline (generated methods, typed paths)",
      `${n(num(tc, "styles.methods.memoryRatio"), 2)}, ${n(num(tc, "styles.paths.memoryRatio"), 2)}`,
      "< 1.5",
      status(allMet(tc, ["budget.methods.memory.met", "budget.paths.memory.met"]), b.typecheck),
    ],
    [
      "6. bundle",
      "browser entry, initial load, min + gzip",
      `${n(num(bu, "initial.gzipBytes") / 1000, 2)} kB`,
      "≤ 14 kB",
      status(at(bu, "met") as boolean | undefined, b.bundle),
    ],
    [
      "7. constructions",
      "heap growth after GC, 100,000 `new Account()`",
      `${n(num(st, "construction.heapGrowthPercent.median"), 2)} %`,
      "< 2.5 %",
      status(at(st, "met") as boolean | undefined, b.startup),
    ],
    [
      "10. emulator RSS, in memory",
      "peak RSS of the emulator process, 1 GiB up and down, no data directory",
      `${n(num(er, "modes.memory.peakRssMiB"), 1)} MiB`,
      "≤ 256 MiB",
      status(at(er, "modes.memory.met") as boolean | undefined, b.emulatorRss),
    ],
    [
      "10. emulator RSS, data dir",
      "peak RSS of the emulator process, 1 GiB up and down, `--data-dir`",
      `${n(num(er, "modes.dataDir.peakRssMiB"), 1)} MiB`,
      "≤ 256 MiB",
      status(at(er, "modes.dataDir.met") as boolean | undefined, b.emulatorRss),
    ],
  ];
  out.push("## Budgets", "", table(["benchmark", "metric", "measured (median)", "budget", "status"], budgets), "");
  out.push(...missedNotes(results), "");

  // 1.
  out.push(`## ${b.overhead?.title ?? "1."}`, "", runLine(b.overhead), "");
  if (ov) {
    const names = Object.keys((at(ov, "opsPerSec") as Json) ?? {});
    out.push(
      `Stubbed fetch (no network): GET one file's metadata, ${n(num(ov, "batch"))} calls per sample, ${n(num(ov, "rounds"))} interleaved rounds. The stub replaces the global fetch and, like fetch, makes a \`Request\` of its arguments before answering from a pool of prebuilt responses.`,
      "",
      table(
        ["contender", "ops/s, median (min–max)", "CPU µs per call", "÷ openapi-fetch (ops/s)", "÷ openapi-fetch (CPU)"],
        names.map((name) => [
          `\`${name}\``,
          s(ov, `opsPerSec.${name}`),
          s(ov, `cpuMicrosPerOp.${name}`, 1),
          name === "openapi-fetch" ? "1" : n(num(ov, `ratioToOpenapiFetch.${name}.median`), 2),
          name === "openapi-fetch" ? "1" : n(num(ov, `cpuRatioToOpenapiFetch.${name}.median`), 2),
        ]),
      ),
      "",
      '`sdk-method`: `account.storage.files.retrieve(id)`; `sdk-path`: `account.get("storage/files/{file_id}", { path: { file_id } })`; `sdk-custom-fetch`: the method with the stub passed as the `fetch` option (called as `fetch(url, init)`, like the global one); `openapi-fetch`: `createClient<paths>().GET(...)` with the generated types; `axios`: an instance whose adapter returns the payload (so it builds no `Request` or `Response`, work every fetch-based contender does).',
      "",
    );
  }

  // 2.
  out.push(`## ${b.throughput?.title ?? "2."}`, "", runLine(b.throughput), "");
  if (tp) {
    for (const c of ["c1", "c32"]) {
      const names = Object.keys((at(tp, `${c}.requestsPerSec`) as Json) ?? {});
      out.push(
        `Concurrency ${num(tp, `${c}.concurrency`)}, ${n(num(tp, `${c}.requests`))} requests per sample, ${num(tp, "rounds")} rounds; the server runs in its own process on the same 2 cores. Each sample starts after a 50 ms pause, so that the timers and finalizers left by the previous contender run before it.`,
        "",
        table(
          ["contender", "req/s, median (min–max)", "client CPU µs per request", "÷ raw fetch"],
          names.map((name) => [
            `\`${name}\``,
            s(tp, `${c}.requestsPerSec.${name}`),
            s(tp, `${c}.cpuMicrosPerRequest.${name}`),
            name === "fetch" ? "1" : n(num(tp, `${c}.ratioToFetch.${name}.median`), 2),
          ]),
        ),
        "",
        `SDK ÷ \`fetch+timeout\` (raw fetch with an AbortController and a timer per request, the usual way to time fetch out; the SDK times out every attempt): ${n(num(tp, `${c}.sdkToFetchWithTimeout.median`), 2)}; SDK ÷ \`openapi-fetch+timeout\` (the layer it sends through, timed out the same way): ${n(num(tp, `${c}.sdkToOpenapiFetchWithTimeout.median`), 2)}.`,
        "",
      );
    }
  }

  // 3.
  out.push(`## ${b.paging?.title ?? "3."}`, "", runLine(b.paging), "");
  if (pg) {
    out.push(
      `${n(num(pg, "resources"))} resources over ${n(num(pg, "pages"))} pages of ${num(pg, "perPage")}, ${num(pg, "rounds")} interleaved rounds: the SDK's \`for await\` over \`account.storage.folders.listContents("root")\` beside a hand-written raw fetch loop over \`next_page\`.`,
      "",
      table(
        ["", "SDK (`for await`)", "SDK page by page", "raw fetch loop"],
        [
          [
            "seconds, median (min–max)",
            s(pg, "seconds.sdk", 3),
            s(pg, "seconds.sdk-pages", 3),
            s(pg, "seconds.raw", 3),
          ],
          [
            "CPU seconds (client)",
            s(pg, "cpuSeconds.sdk", 3),
            s(pg, "cpuSeconds.sdk-pages", 3),
            s(pg, "cpuSeconds.raw", 3),
          ],
          [
            "heap growth after GC while paging / after",
            `${n(num(pg, "memory.sdk.peakGrowthMiB"), 2)} / ${n(num(pg, "memory.sdk.afterGrowthMiB"), 2)} MiB`,
            "",
            `${n(num(pg, "memory.raw.peakGrowthMiB"), 2)} / ${n(num(pg, "memory.raw.afterGrowthMiB"), 2)} MiB`,
          ],
        ],
      ),
      "",
      `Raw time ÷ SDK time: ${s(pg, "ratioRawToSdk", 3)}; by CPU time: ${s(pg, "cpuRatioRawToSdk", 3)}.`,
      "",
    );
  }

  // 4.
  out.push(`## ${b.files?.title ?? "4."}`, "", runLine(b.files), "");
  if (fl) {
    const phases = (at(fl, "phases") as Json) ?? {};
    out.push(
      `bench/files.ts (issue 6; its method: bench/README-files.md): ${num(fl, "sizeMiB")} MiB, median of ${num(fl, "runs")} run(s), each transfer in a fresh client process against the emulator.`,
      "",
      table(
        ["phase", "MiB/s (median)", "client CPU s (median)", "peak RSS MiB (highest)"],
        Object.keys(phases).map((p) => [
          `\`${p}\``,
          n(num(phases, `${p}.mibPerSec`), 1),
          n(num(phases, `${p}.cpuMs`) / 1000, 2),
          n(num(phases, `${p}.peakRssMiB`), 1),
        ]),
      ),
      "",
      `SDK ÷ raw fetch (median of per-run ratios): upload (multipart) ${n(num(fl, "ratios.upload"), 2)}, single streamed upload ${n(num(fl, "ratios.uploadSingle"), 2)}, download ${n(num(fl, "ratios.download"), 2)}. The client's CPU time tells the client's share of a transfer from the server's (the emulator, which holds each file in memory, in its own process on the same 2 cores).`,
      "",
    );
  }

  // 5.
  out.push(`## ${b.typecheck?.title ?? "5."}`, "", runLine(b.typecheck), "");
  if (tc) {
    const columns = [
      "baselines.sdk",
      "styles.methods",
      "styles.paths",
      "baselines.openapi-fetch",
      "styles.openapi-fetch",
    ];
    const styleColumn = (path: string) => path.startsWith("styles.");
    const raw = (label: string, key: string) => [label, ...columns.map((c) => n(num(tc, `${c}.${key}`)))];
    const over = (label: string, key: string, digits = 0) => [
      label,
      ...columns.map((c) => (styleColumn(c) ? n(num(tc, `${c}.${key}`), digits) : "")),
    ];
    const summary = (label: string, key: string, digits: number, unit: string) => [
      label,
      ...columns.map((c) => s(tc, `${c}.${key}`, digits, unit)),
    ];
    const ratios = (["methods", "paths"] as const)
      .map(
        (style) =>
          `${STYLE_NAMES[style]} ${n(num(tc, `styles.${style}.instantiationRatio`), 3)} (${status(at(tc, `budget.${style}.instantiations.met`) as boolean | undefined, b.typecheck)})`,
      )
      .join(", ");
    out.push(
      `\`tsc --extendedDiagnostics --noEmit\` (strict, \`skipLibCheck\`, NodeNext) on three consumers making the same ${num(tc, "operations")} operations (bench/typecheck-operations.ts: storage, calendar, events, team, tasks and core on an \`Account\`; accounts, meta and services on a \`Client\`), each in one call style, and reading each result: the SDK's generated methods (\`account.storage.files.retrieve("file_1")\`) and typed paths (\`account.get("storage/files/{file_id}", { path })\`) on the package's declarations, and bare openapi-fetch (\`createClient<paths>().GET("/accounts/{account_id}/storage/files/{file_id}", { params: { path } })\`) on the same spec types (the emitted \`schema.d.ts\`). Each style is taken over its own baseline, which imports and constructs but calls nothing (an \`Account\` and a \`Client\`; \`createClient<paths>()\`); ${num(tc, "runs")} runs each.`,
      "",
      table(
        ["", "SDK baseline", "generated methods", "typed paths", "openapi-fetch baseline", "bare openapi-fetch"],
        [
          raw("files", "files"),
          raw("types", "types"),
          raw("instantiations", "instantiations"),
          over("types over the baseline", "extraTypes"),
          over("instantiations over the baseline", "extraInstantiations"),
          over("instantiations over the baseline ÷ openapi-fetch's", "instantiationRatio", 3),
          summary("memory used", "memoryMiB", 1, " MiB"),
          over("memory ÷ baseline", "memoryRatio", 3),
          summary("check time", "checkSeconds", 2, " s"),
          summary("total time (tsc's own)", "totalSeconds", 2, " s"),
          summary("process wall time", "wallSeconds", 2, " s"),
          summary("process CPU time", "cpuSeconds", 2, " s"),
        ],
      ),
      "",
      `Instantiations over each style's own baseline as a ratio of bare openapi-fetch's, for the same ${num(tc, "operations")} operations (budget: ≤ 1.0 for each style): ${ratios}.`,
      "",
      "Guarded in `make test` by test/budget/typecheck.test.ts (per style: every consumer compiles, the instantiation ratio, the instantiations' growth and the memory ratio; not time).",
      "",
    );
  }

  // 6.
  out.push(`## ${b.bundle?.title ?? "6."}`, "", runLine(b.bundle), "");
  if (bu) {
    const inputs = (at(bu, "initial.inputs") as { path: string; bytes: number }[]) ?? [];
    out.push(
      "esbuild bundle of src/index.ts for the browser (ESM, minified), gzip level 9; openapi-fetch is inside (every client sends through its own openapi-fetch client). The initial load leaves out the modules loaded on first use through `import()`, as an app bundler splits them off. Guarded in `make test` by `make size` (test/package/bundle-size.ts, on the built dist/index.js).",
      "",
      table(
        ["", "minified", "gzip", "brotli"],
        [
          [
            "initial load",
            `${n(num(bu, "initial.minifiedBytes"))} B`,
            `${n(num(bu, "initial.gzipBytes"))} B`,
            `${n(num(bu, "initial.brotliBytes"))} B`,
          ],
          [
            "everything (lazy chunks included)",
            `${n(num(bu, "all.minifiedBytes"))} B`,
            `${n(num(bu, "all.gzipBytes"))} B`,
            `${n(num(bu, "all.brotliBytes"))} B`,
          ],
        ],
      ),
      "",
      `Loaded on first use: ${((at(bu, "lazyModules") as string[]) ?? []).map((m) => `\`${m}\``).join(", ")} (+${n(num(bu, "lazyGzipBytes"))} B gzipped). Largest inputs of the initial load (minified bytes): ${inputs.map((i) => `${i.path} ${n(i.bytes)}`).join(", ")}.`,
      "",
      ...lazySavingsTable(at(bu, "lazySavingsGzipBytes") as Record<string, number> | undefined),
    );
  }

  // 7.
  out.push(`## ${b.startup?.title ?? "7."}`, "", runLine(b.startup), "");
  if (st) {
    const imports = (at(st, "coldImports") as Json) ?? {};
    out.push(
      `Cold import: median over ${num(st, "processes")} fresh Node processes of \`await import(...)\` (the SDK's built entry \`${at(st, "entry")}\`, as dist/index.js is built), and the whole process's wall time over an empty \`node\`.`,
      "",
      table(
        ["module", "import ms, median (min–max)", "process ms over plain node"],
        Object.keys(imports).map((name) => [
          name,
          s(imports, `${name}.importMs`, 2),
          n(num(imports, `${name}.processOverNodeMs`), 1),
        ]),
      ),
      "",
      `Constructions (median of ${num(st, "construction.runs")} processes, after 20,000 warm-up constructions): ${n(num(st, "construction.constructions"))} \`new Account()\` at ${s(st, "construction.constructionsPerSec")} per second; heap after GC grew ${s(st, "construction.heapGrowthPercent", 2, " %")} from ${n(num(st, "construction.heapBeforeMiB.median"), 2)} MiB. Group properties built eagerly on a new account: ${((at(st, "construction.ownGroupProperties") as string[]) ?? []).length || "none"}. Heap held per live account: ${n(num(st, "construction.retainedBytesPerAccount.median"))} B; after touching \`account.storage.files\`: ${n(num(st, "construction.retainedBytesPerAccountAfterStorageFiles.median"))} B.`,
      "",
    );
  }

  // 8.
  const cg = r("codegen");
  out.push(`## ${b.codegen?.title ?? "8."}`, "", runLine(b.codegen), "");
  if (cg) {
    out.push(
      `\`tsx codegen/generate.ts --out <tmp> --quiet\` for the full spec (${num(cg, "operations")} operations), ${num(cg, "runs")} fresh processes: wall ${s(cg, "wallSeconds", 2, " s")}, CPU ${s(cg, "cpuSeconds", 2, " s")}; output identical to generated/: ${at(cg, "outputMatchesGenerated") ? "yes" : "**no**"}.`,
      "",
    );
  }

  // 9.
  const pk = r("package");
  out.push(`## ${b.package?.title ?? "9."}`, "", runLine(b.package), "");
  if (pk) {
    const mib = (bytes: number) => `${n(bytes / 2 ** 20, 2)} MiB`;
    const kb = (bytes: number) => `${n(bytes / 1000)} kB`;
    const largest = (at(pk, "largest") as { path: string; bytes: number }[]) ?? [];
    out.push(
      `\`npm pack --dry-run --json\` of ${at(pk, "name")} ${at(pk, "version")} after a fresh build (bench/package.ts): ${num(pk, "files")} files, **${kb(num(pk, "packedBytes"))} packed, ${mib(num(pk, "unpackedBytes"))} unpacked**.`,
      "",
      table(
        ["part", "files", "unpacked"],
        [
          [
            "source maps (naming the sources, not embedding them)",
            n(num(pk, "maps.files")),
            mib(num(pk, "maps.bytes")),
          ],
          ["declarations (.d.ts, .d.cts)", n(num(pk, "declarations.files")), mib(num(pk, "declarations.bytes"))],
          [
            "sources the maps name: what embedding them (`sourcesContent`) would add, map by map",
            n(num(pk, "sourcesTheMapsName.files")),
            mib(num(pk, "sourcesTheMapsName.embeddedBytes")),
          ],
        ],
      ),
      "",
      `Largest files: ${largest.map((f) => `${f.path} ${kb(f.bytes)}`).join(", ")}. Most of the unpacked size is the emulator and its copy of the spec (\`kloudless-emulator\`), which a browser or worker bundle never loads.`,
      "",
    );
  }

  // 10.
  out.push(`## ${b.emulatorRss?.title ?? "10."}`, "", runLine(b.emulatorRss), "");
  if (er) {
    const row = (label: string, mode: string) => [
      label,
      `${n(num(er, `modes.${mode}.rssAtStartMiB`), 1)} MiB`,
      `${n(num(er, `modes.${mode}.peakAfterUploadMiB`), 1)} MiB`,
      `**${n(num(er, `modes.${mode}.peakRssMiB`), 1)} MiB**`,
      `${n(num(er, `modes.${mode}.rssAtEndMiB`), 1)} MiB`,
      `${n(num(er, `modes.${mode}.uploadMiBPerSec`), 1)} / ${n(num(er, `modes.${mode}.downloadMiBPerSec`), 1)}`,
    ];
    out.push(
      `The emulator CLI in its own Node process (bench/emulator-rss.ts): one streamed upload of ${n(num(er, "sizeMiB"))} MiB of generated bytes (\`storage.files.upload\`), then its download, checked by SHA-256; the benchmark process holds neither. Peak RSS is the emulator's \`VmHWM\` (/proc/<pid>/status), with \`VmRSS\` sampled every ${n(num(er, "sampleMs"))} ms beside it. Budget: ${n(num(er, "budgetMiB"))} MiB in each mode. File bytes go to disk in both modes (without a data directory, to a private temporary directory), so the peak does not grow with the file.`,
      "",
      table(
        ["mode", "RSS at start", "peak after upload", "peak", "RSS at end", "MiB/s up / down"],
        [row("no data directory", "memory"), row("`--data-dir`", "dataDir")],
      ),
      "",
    );
  }

  // 11.
  const rps = r("emulatorRps");
  out.push(`## ${b.emulatorRps?.title ?? "11."}`, "", runLine(b.emulatorRps), "");
  if (rps) {
    out.push(
      `The emulator CLI in its own Node process (bench/emulator-rps.ts), in its default mode: \`GET ${String(at(rps, "path"))}\` (\`${String(at(rps, "operationId"))}\`) with ${n(num(rps, "concurrency"))} requests in flight over as many keep-alive connections from a bare \`node:http\` client, every answer checked to be a 200 Folder; ${n(num(rps, "rounds"))} rounds of ${n(num(rps, "requestsPerRound"))} requests after a warm-up. The emulator's CPU time per request comes from /proc/<pid>/stat. Client and emulator share the machine's ${n(num(rps, "cpus"))} cores, and the machine is shared with other jobs (see the load average above), so requests per second is a floor; CPU per request moves less with the load.`,
      "",
      table(
        ["metric", "median (min–max)"],
        [
          ["requests per second", s(rps, "requestsPerSecond")],
          ["emulator CPU per request", s(rps, "emulatorCpuMicrosPerRequest", 0, " µs")],
          [
            "latency of the last round, p50 / p99",
            `${n(num(rps, "lastRoundLatencyMs.p50"), 2)} / ${n(num(rps, "lastRoundLatencyMs.p99"), 2)} ms`,
          ],
        ],
      ),
      "",
    );
  }

  out.push(
    "## Method",
    "",
    "- `make bench` runs bench/run.ts: it builds src/index.ts with esbuild as dist/index.js is built (bench/sdk.ts) so that the runtime benchmarks time the shipped JavaScript, then runs each benchmark in its own Node process and collects one `BENCH_RESULT` JSON line from each (bench/lib.ts).",
    "- Servers (bench/server.ts, a plain `node:http` server with prebuilt answers; the emulator for files) run in their own processes.",
    "- Medians over samples; `(min–max)` shows the spread. CPU time comes from `process.cpuUsage()` of the measuring process.",
    "- Heap figures are `process.memoryUsage().heapUsed` after forced GCs (`--expose-gc`).",
    "",
  );
  return `${out.filter((line, i, all) => !(line === "" && all[i - 1] === "")).join("\n")}\n`;
}

if (process.argv[1] === import.meta.filename) {
  const results = JSON.parse(readFileSync(join(repoRoot, "bench", "results.json"), "utf8")) as Results;
  writeFileSync(join(repoRoot, "BENCHMARKS.md"), renderReport(results));
}
