/**
 * The SDK as the benchmarks load it. `bench/run.ts` builds src/index.ts with esbuild into
 * `.tmp/bench/sdk/index.js` (ESM, openapi-fetch external: what `make build` ships) and passes
 * its path in `BENCH_SDK_ENTRY`, so that timings are those of the built code, not of the
 * sources as tsx transforms them (tsx keeps function names, adding a call per closure).
 * Run alone, a benchmark loads the sources.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { repoRoot } from "./lib.ts";

type Sdk = typeof import("../src/index.ts");

/** Where `buildSdk` writes the bundle. */
export const BUILT_ENTRY = resolve(repoRoot, ".tmp", "bench", "sdk", "index.js");

/** Bundles src/index.ts as the package's ESM entry (dist/index.js) is bundled. */
export async function buildSdk(outfile = BUILT_ENTRY): Promise<string> {
  await build({
    absWorkingDir: repoRoot,
    entryPoints: ["src/index.ts"],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "es2022",
    external: ["openapi-fetch"],
    logLevel: "warning",
  });
  return outfile;
}

const entry = process.env.BENCH_SDK_ENTRY;

/** The SDK module: the built bundle when `BENCH_SDK_ENTRY` names one, else the sources. */
export const sdk: Sdk = entry ? await import(pathToFileURL(entry).href) : await import("../src/index.ts");

/** Which SDK the benchmark runs: `built` or `sources`. */
export const sdkSource = entry ? "built" : "sources";
