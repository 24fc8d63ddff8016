/**
 * The type-checking budget (benchmark 5), guarded on its deterministic figures: what
 * `tsc --extendedDiagnostics` counts when consumers of the package's declarations make the same
 * 50 operations (bench/typecheck-operations.ts) in each call style (generated methods, typed
 * paths), beside bare openapi-fetch on the same spec types (bench/typecheck.ts). Each style is
 * taken over its own baseline, which imports and constructs but calls nothing.
 * Wall time is left to `make bench` (BENCHMARKS.md): it depends on the machine's load.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CONSUMERS,
  type Consumer,
  instantiationRatio,
  measureTypecheck,
  prepareTypecheck,
  STYLES,
  type TscFigures,
} from "../../bench/typecheck.ts";
import { BENCH_OPERATIONS } from "../../bench/typecheck-operations.ts";

/**
 * Instantiations of each SDK style over its baseline when the guard was set (TypeScript 5.9.3,
 * 146 operations; the typed paths' grow with the number of paths, 34,747 at 88 operations): the
 * ratio to openapi-fetch (0.16 and 0.61, openapi-fetch 79,284) leaves room for more, so growth
 * is caught here first.
 */
const MEASURED_INSTANTIATIONS = { methods: 12_296, paths: 48_514 };
/** Room for growth before the guard fails: a quarter more than measured. */
const GROWTH = 1.25;
/** The budget: an SDK style's consumer uses less than 1.5 times its baseline's memory. */
const MEMORY_RATIO_LIMIT = 1.5;

describe(`type-checking cost of ${BENCH_OPERATIONS.length} operations per call style`, () => {
  const figures = {} as Record<Consumer, TscFigures>;

  beforeAll(async () => {
    const dir = prepareTypecheck(join(import.meta.dirname, "..", "..", ".tmp", "budget", "typecheck"));
    // Two at a time, on the machine's two cores: the counts do not depend on the load.
    const pending = [...CONSUMERS];
    const worker = async () => {
      for (let consumer = pending.shift(); consumer; consumer = pending.shift()) {
        figures[consumer] = await measureTypecheck(dir, consumer);
      }
    };
    await Promise.all([worker(), worker()]);
  }, 180_000);

  it("makes 50 different operations", () => {
    expect(new Set(BENCH_OPERATIONS.map((op) => op.id)).size).toBe(50);
  });

  for (const style of Object.keys(STYLES) as (keyof typeof STYLES)[]) {
    it(`compiles the ${style} consumer (every call resolves to a typed operation)`, () => {
      // measureTypecheck throws on any tsc error; a consumer that checked nothing would count none.
      const baseline = figures[STYLES[style]];
      expect(figures[style].instantiations).toBeGreaterThan(baseline.instantiations);
      expect(figures[style].types).toBeGreaterThan(baseline.types);
    });
  }

  for (const style of ["methods", "paths"] as const) {
    it(`${style}: no more instantiations over its baseline than bare openapi-fetch over its own`, () => {
      expect(instantiationRatio(figures, style)).toBeLessThanOrEqual(1);
    });

    const limit = Math.round(MEASURED_INSTANTIATIONS[style] * GROWTH);
    it(`${style}: needs at most ${limit.toLocaleString("en-US")} instantiations over its baseline`, () => {
      expect(figures[style].instantiations - figures.baseline.instantiations).toBeLessThanOrEqual(limit);
    });

    it(`${style}: uses less than ${MEMORY_RATIO_LIMIT} times the baseline's memory`, () => {
      expect(figures[style].memoryKiB / figures.baseline.memoryKiB).toBeLessThan(MEMORY_RATIO_LIMIT);
    });
  }
});
