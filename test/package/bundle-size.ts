/**
 * `make size`: what the browser entry costs a web app, minified and gzipped, from the built
 * dist/index.js with openapi-fetch included (the emulator and Node helpers are other entries).
 * The measurement is bench/bundle.ts's: the initial load (the entry and everything it imports
 * statically) and the chunks loaded on first use, which an app bundler splits off.
 *
 * The initial load is held to LIMIT_BYTES so it cannot grow unnoticed; the budget (12 kB) is
 * reported beside it, not enforced, while it is missed (see BENCHMARKS.md).
 */
import { BUNDLE_BUDGET_BYTES, measureBundle } from "../../bench/bundle.ts";

/** Regression guard on the initial load, gzipped (the measured size plus a small margin). */
const LIMIT_BYTES = 13_600;

const { initial, all, lazy } = await measureBundle("dist/index.js");
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(`browser entry, initial load: ${kb(initial.gzipBytes)} gzipped (${kb(initial.minifiedBytes)} minified)`);
console.log(`  + chunks loaded on first use (${lazy.join(", ")}): ${kb(all.gzipBytes - initial.gzipBytes)} more`);
console.log(
  `  budget ${kb(BUNDLE_BUDGET_BYTES)}: ${initial.gzipBytes <= BUNDLE_BUDGET_BYTES ? "met" : "missed"}; guard ${kb(LIMIT_BYTES)}`,
);
if (initial.gzipBytes > LIMIT_BYTES) {
  console.error(`the initial load grew past ${kb(LIMIT_BYTES)}`);
  process.exit(1);
}
