/**
 * `make size`: what the browser entry costs a web app, minified and gzipped, from the built
 * dist/index.js with openapi-fetch included (the emulator and Node helpers are other entries).
 *
 * Two figures: the initial load (the entry and everything it imports statically) and the
 * chunks loaded on first use (the file-transfer machinery, the OAuth code exchange), which an
 * app bundler splits off. The initial load is held to LIMIT_BYTES so it cannot grow unnoticed;
 * the budget (12 kB) is reported beside it.
 */
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

/** Regression guard on the initial load, gzipped (the measured size plus a small margin). */
const LIMIT_BYTES = 13_600;
/** The performance budget of the browser entry, gzipped. */
const BUDGET_BYTES = 12_000;

const lazyChunks: string[] = [];
const splitDynamicImports: Plugin = {
  name: "split-dynamic-imports",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== "dynamic-import") return undefined;
      lazyChunks.push(args.path);
      return { path: args.path, external: true };
    });
  },
};

async function gzippedBundle(entry: string, plugins: Plugin[]): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    plugins,
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

const initial = await gzippedBundle("dist/index.js", [splitDynamicImports]);
const everything = await gzippedBundle("dist/index.js", []);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(`browser entry, initial load: ${kb(initial.gzipped)} gzipped (${kb(initial.minified)} minified)`);
console.log(
  `  + chunks loaded on first use (${[...new Set(lazyChunks)].join(", ")}): ${kb(everything.gzipped - initial.gzipped)} more`,
);
console.log(
  `  budget ${kb(BUDGET_BYTES)}: ${initial.gzipped <= BUDGET_BYTES ? "met" : "missed"}; guard ${kb(LIMIT_BYTES)}`,
);
if (initial.gzipped > LIMIT_BYTES) {
  console.error(`the initial load grew past ${kb(LIMIT_BYTES)}`);
  process.exit(1);
}
