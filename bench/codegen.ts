/**
 * Benchmark 8: codegen time for the full spec, `tsx codegen/generate.ts --out <tmp> --quiet`
 * (bundle, validate, openapi-typescript, operation table, method groups), each run a fresh
 * process (`node --import tsx`, what `npx tsx` runs, without npx's own start-up) into an empty
 * scratch folder. Wall time and the process's CPU time; the output is
 * checked against generated/ so that the timed work is the real one.
 *
 * Usage: node --import tsx bench/codegen.ts [--quick]
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { cpuPreload, cpuSecondsOf, emit, flag, log, repoRoot, run, summarize, TSX } from "./lib.ts";

const RUNS = flag("quick") ? 2 : 5;

async function main(): Promise<void> {
  const out = join(repoRoot, ".tmp", "bench", "codegen");
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    // As `make check-generated` does: the previous bundle lets codegen report what changed.
    if (existsSync(join(repoRoot, "generated", "openapi.json"))) {
      cpSync(join(repoRoot, "generated", "openapi.json"), join(out, "openapi.json"));
    }
    const child = await run(
      process.execPath,
      ["--require", cpuPreload(), ...TSX, "codegen/generate.ts", "--out", out, "--quiet"],
      { cwd: repoRoot },
    );
    if (child.code !== 0) throw new Error(`codegen failed:\n${child.stderr}`);
    wall.push(child.ms / 1000);
    cpu.push(cpuSecondsOf(child.stdout));
    log(`  run ${i + 1}/${RUNS}: ${(child.ms / 1000).toFixed(2)} s`);
  }
  const files = readdirSync(out).sort();
  const same = files.every(
    (f) =>
      existsSync(join(repoRoot, "generated", f)) &&
      readFileSync(join(out, f), "utf8") === readFileSync(join(repoRoot, "generated", f), "utf8"),
  );
  const operations = (readFileSync(join(out, "operations.ts"), "utf8").match(/^ {2}"[a-zA-Z.]+": /gm) ?? []).length;
  emit({
    runs: RUNS,
    operations,
    files,
    outputMatchesGenerated: same,
    wallSeconds: summarize(wall, 2),
    cpuSeconds: summarize(cpu, 2),
  });
}

await main();
