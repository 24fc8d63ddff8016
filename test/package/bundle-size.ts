/**
 * `make size`: what the browser entry costs a web app, minified and gzipped, from the built
 * dist/index.js (the emulator and Node helpers are other entries). The measurement is
 * bench/bundle.ts's: the initial load (the entry and everything it imports statically) and
 * the chunks loaded on first use, which an app bundler splits off.
 *
 * The budget is 14 kB with openapi-fetch inside (BENCHMARKS.md). The number is deterministic, so
 * `make test` refuses any growth past the guard (the initial load as last measured) and reports
 * whether the budget is met.
 */
import { BUNDLE_BUDGET_BYTES, BUNDLE_GUARD_BYTES, measureBundle } from "../../bench/bundle.ts";

const { initial, all, lazy } = await measureBundle("dist/index.js");
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(`browser entry, initial load: ${kb(initial.gzipBytes)} gzipped (${kb(initial.minifiedBytes)} minified)`);
console.log(`  + chunks loaded on first use (${lazy.join(", ")}): ${kb(all.gzipBytes - initial.gzipBytes)} more`);
console.log(`  budget ${kb(BUNDLE_BUDGET_BYTES)}: ${initial.gzipBytes <= BUNDLE_BUDGET_BYTES ? "met" : "missed"}`);
if (initial.gzipBytes > BUNDLE_GUARD_BYTES) {
  console.error(`the initial load grew past ${kb(BUNDLE_GUARD_BYTES)} (the guard of make size); largest inputs:`);
  for (const input of initial.inputs.slice(0, 8)) console.error(`  ${input.bytes} B  ${input.path}`);
  process.exit(1);
}
