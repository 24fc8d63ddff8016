/**
 * The type-checking budget (issue 7, benchmark 5), guarded on its deterministic figures: what
 * `tsc --extendedDiagnostics` counts when a consumer of the package's declarations makes 50
 * typed calls (bench/typecheck.ts), against a baseline consumer that only imports the package.
 * Wall time is left to `make bench` (BENCHMARKS.md): it depends on the machine's load.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { measureTypecheck, prepareTypecheck, type TscFigures } from "../../bench/typecheck.ts";

/** Instantiations of the 50-call consumer when the guard was set (TypeScript 5.9.3, 88 operations, path templates). */
const MEASURED_INSTANTIATIONS = 31_191;
/** Room for growth before the guard fails: a quarter more than measured. */
const INSTANTIATION_LIMIT = Math.round(MEASURED_INSTANTIATIONS * 1.25);
/** The budget: the 50-call consumer uses less than 1.5 times the baseline's memory. */
const MEMORY_RATIO_LIMIT = 1.5;

describe("type-checking cost of 50 typed calls", () => {
  let baseline: TscFigures;
  let calls: TscFigures;

  beforeAll(async () => {
    const dir = prepareTypecheck(join(import.meta.dirname, "..", "..", ".tmp", "budget", "typecheck"));
    baseline = await measureTypecheck(dir, "baseline");
    calls = await measureTypecheck(dir, "calls");
  }, 180_000);

  it("compiles the consumer (every call resolves to a typed operation)", () => {
    // measureTypecheck throws on any tsc error; a consumer that checked nothing would count none.
    expect(calls.instantiations).toBeGreaterThan(baseline.instantiations);
    expect(calls.types).toBeGreaterThan(baseline.types);
  });

  it(`needs at most ${INSTANTIATION_LIMIT.toLocaleString("en-US")} type instantiations`, () => {
    expect(calls.instantiations).toBeLessThanOrEqual(INSTANTIATION_LIMIT);
  });

  it(`uses less than ${MEMORY_RATIO_LIMIT} times the baseline's memory`, () => {
    expect(calls.memoryKiB / baseline.memoryKiB).toBeLessThan(MEMORY_RATIO_LIMIT);
  });
});
