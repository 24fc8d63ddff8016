/**
 * Build of the published package (`make build` → dist/):
 * - `kloudless-ts` (src/index.ts), `kloudless-ts/node` (src/node/index.ts, the Node file helpers), `kloudless-ts/openapi-fetch`
 *   (src/openapi-fetch/index.ts, the openapi-fetch client) and `kloudless-ts/webhooks`
 *   (src/helpers/webhooks.ts, the webhook receiver, outside the browser entry's budget): ESM (`.js`) and
 *   CJS (`.cjs`), each with its own declarations (`.d.ts` for import, `.d.cts` for require).
 * The emulator is its own package (emulator/, built by emulator/tsup.config.ts).
 *
 * Sources import each other with `.ts` extensions; esbuild resolves them while bundling, so no
 * relative import is left in dist/. `openapi-fetch`, the only dependency (imported by
 * `kloudless-ts/openapi-fetch` alone), stays external.
 * `make build` empties dist/ first (the two configurations run side by side, so neither cleans).
 */
import { defineConfig, type Options } from "tsup";

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * CJS only: `import createClient from "openapi-fetch"` must give openapi-fetch's default export.
 * The sources are ESM by Node's rules (`"type": "module"`), so esbuild applies Node's interop to
 * an external CJS module and takes its whole `module.exports` as the default import, ignoring
 * `__esModule`: `createClient` would be `{ default: createClient, ... }` in dist/index.cjs. The
 * imports go through a one-line re-export module that is not ESM by Node's rules, where esbuild
 * honours `__esModule`. openapi-fetch stays external (`require("openapi-fetch")`).
 */
const openapiFetchInterop: EsbuildPlugin = {
  name: "openapi-fetch-cjs-interop",
  setup(build) {
    build.onResolve({ filter: /^openapi-fetch$/ }, (args) =>
      args.namespace === "openapi-fetch-interop"
        ? { path: "openapi-fetch", external: true }
        : { path: "openapi-fetch", namespace: "openapi-fetch-interop" },
    );
    build.onLoad({ filter: /.*/, namespace: "openapi-fetch-interop" }, () => ({
      contents: 'export * from "openapi-fetch";\nexport { default } from "openapi-fetch";\n',
      loader: "js",
    }));
  },
};

const shared: Options = {
  outDir: "dist",
  target: "es2022",
  // "node" only decides how `node:` imports are treated: those of kloudless-ts/node stay imports.
  // The runtime has none (Biome's noNodejsModules), and test/package/check-dist.ts checks dist/index.*.
  platform: "node",
  // Source maps name the sources (paths under src/ and generated/) without embedding them: stack
  // traces and debuggers map to the original file and line, and the tarball stays small.
  sourcemap: true,
  treeshake: false,
  clean: false,
  external: ["openapi-fetch"],
  // Keep `node:` specifiers as written; every supported Node resolves them.
  removeNodeProtocol: false,
  esbuildOptions(options) {
    options.sourcesContent = false;
    // Chunks are named by their hash alone: every `import()` of a module loaded on first use names
    // its chunk, in the browser entry's initial load too (about 40 B gzipped less than
    // `[name]-[hash]`); source maps still name each chunk's sources.
    options.chunkNames = "[hash]";
  },
};

const libraryEntries = {
  index: "src/index.ts",
  "node/index": "src/node/index.ts",
  "openapi-fetch/index": "src/openapi-fetch/index.ts",
  "webhooks/index": "src/helpers/webhooks.ts",
};

export default defineConfig([
  {
    ...shared,
    format: ["esm"],
    entry: libraryEntries,
    splitting: true,
    dts: { entry: libraryEntries },
  },
  {
    ...shared,
    format: ["cjs"],
    entry: libraryEntries,
    // Let the interop plugin see the import (tsup's own externals plugin runs first).
    noExternal: ["openapi-fetch"],
    esbuildPlugins: [openapiFetchInterop],
    dts: { entry: libraryEntries },
  },
]);
