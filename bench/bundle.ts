/**
 * Benchmark 6: bytes the SDK adds to a browser bundle. esbuild bundles `src/index.ts` (which
 * imports no package) for the browser (ESM, minified), as an application bundler would;
 * sizes are gzipped (level 9) and brotli-compressed. The emulator and the Node helpers must not
 * be in it.
 *
 * Two figures, measured the way `make size` (test/package/bundle-size.ts) measures the built
 * dist/index.js: the initial load (the entry and everything it imports statically; the budget,
 * 14 kB gzipped with openapi-fetch inside, applies to it) and the chunks loaded on first use (`import()`: the file-transfer
 * machinery, the OAuth code exchange, stream bodies, the download idle timeout, the concurrency
 * limit), which an app bundler splits off. `make size` guards the initial load
 * in `make test`; this benchmark reports the same figures from the sources, with the largest
 * inputs.
 *
 * Usage: node --import tsx bench/bundle.ts
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { emit, repoRoot } from "./lib.ts";

/**
 * Budget: 14 kB with openapi-fetch inside (the SDK sends every request through it), read as
 * 14,000 bytes (the stricter of kB and KiB).
 */
export const BUNDLE_BUDGET_BYTES = 14_000;

/**
 * What `make size` refuses: an initial load past the budget (13,961 B of the built dist/index.js
 * and 13,932 B from the sources when last measured, with 146 operations; the operation table,
 * paging, `refresh()`, failures, retries and redirects loaded on first use).
 */
export const BUNDLE_GUARD_BYTES = BUNDLE_BUDGET_BYTES;

/** Sizes of one bundle. */
export interface BundleFigures {
  minifiedBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  /** Bytes of the minified output per input (largest first). */
  inputs: { path: string; bytes: number }[];
}

/**
 * Bundles the browser entry; `splitLazy` leaves `import()` targets out (the initial load), all
 * but `inline` when given (to measure what splitting that one saves).
 */
async function bundle(entry: string, splitLazy: boolean, lazy: Set<string>, inline?: string): Promise<BundleFigures> {
  const split: Plugin = {
    name: "split-dynamic-imports",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind !== "dynamic-import" || args.path === inline) return undefined;
        lazy.add(args.path);
        return { path: args.path, external: true };
      });
    },
  };
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: splitLazy ? [split] : [],
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  const inputs = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  const forbidden = inputs.filter(
    (i) => i.path.includes("emulator/src/") || i.path.includes("src/node/") || i.path.startsWith("node:"),
  );
  if (forbidden.length) throw new Error(`the browser bundle holds ${forbidden.map((i) => i.path).join(", ")}`);
  return {
    minifiedBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    brotliBytes: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
    inputs,
  };
}

/**
 * The browser entry's initial load, everything (lazy chunks included), and the lazy modules;
 * from the sources by default, or from a built entry (`make size` measures dist/index.js).
 */
export async function measureBundle(
  entry = "src/index.ts",
): Promise<{ initial: BundleFigures; all: BundleFigures; lazy: string[] }> {
  const lazy = new Set<string>();
  const initial = await bundle(entry, true, lazy);
  const all = await bundle(entry, false, new Set());
  return { initial, all, lazy: [...lazy].sort() };
}

/** Gzipped bytes each lazy module keeps off the initial load: the initial load with it inlined, minus without. */
async function lazySavings(entry: string, lazy: string[], initial: BundleFigures): Promise<Record<string, number>> {
  const savings: Record<string, number> = {};
  for (const module of lazy) {
    const inlined = await bundle(entry, true, new Set(), module);
    savings[module] = inlined.gzipBytes - initial.gzipBytes;
  }
  return savings;
}

async function main(): Promise<void> {
  const { initial, all, lazy } = await measureBundle();
  emit({
    lazySavingsGzipBytes: await lazySavings("src/index.ts", lazy, initial),
    initial: { ...initial, inputs: initial.inputs.slice(0, 8) },
    all: { minifiedBytes: all.minifiedBytes, gzipBytes: all.gzipBytes, brotliBytes: all.brotliBytes },
    lazyGzipBytes: all.gzipBytes - initial.gzipBytes,
    lazyModules: lazy,
    budget: {
      metric: "initial load of the browser entry, minified + gzipped",
      maxBytes: BUNDLE_BUDGET_BYTES,
    },
    met: initial.gzipBytes <= BUNDLE_BUDGET_BYTES,
  });
}

if (process.argv[1] === import.meta.filename) await main();
