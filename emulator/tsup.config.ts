/**
 * Build of the `kloudless-emulator` package (`make build` → emulator/dist/), run from emulator/:
 * - the library (src/index.ts): ESM (`.js`) and CJS (`.cjs`), each with its declarations;
 * - the `kloudless-emulator` CLI (src/cli.ts): ESM only, shebang kept, made executable. It is
 *   built with the ESM library so both share one chunk (the emulator and its copy of the spec are
 *   not shipped twice).
 * The spec (generated/openapi.json) and the package version are bundled in: the package has no
 * runtime dependency. `make build` empties emulator/dist/ first.
 */
import { defineConfig, type Options } from "tsup";

const shared: Options = {
  outDir: "dist",
  target: "es2022",
  platform: "node",
  sourcemap: true,
  treeshake: false,
  clean: false,
  removeNodeProtocol: false,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
};

export default defineConfig([
  {
    ...shared,
    format: ["esm"],
    entry: { index: "src/index.ts", cli: "src/cli.ts" },
    splitting: true,
    dts: { entry: { index: "src/index.ts" } },
  },
  {
    ...shared,
    format: ["cjs"],
    entry: { index: "src/index.ts" },
    dts: { entry: { index: "src/index.ts" } },
  },
]);
