/**
 * Checks of the built package (`make package-check`, after `make build`):
 * - the browser entry (dist/index.js, and dist/index.cjs), with every chunk it loads, imports
 *   nothing: no Node built-in, `node:` or bare (`fs`, `crypto`, ...), and no package;
 * - `kloudless-ts/openapi-fetch` imports `openapi-fetch` (external, not bundled) and nothing else,
 *   and carries no copy of the runtime (it only calls the SDK client it is given);
 * - no relative import is left anywhere in dist/ with a `.ts` extension (sources import each
 *   other with `.ts`; the build must resolve or rewrite every one of them);
 * - the emulator's CLI (emulator/dist/cli.js) starts with a shebang and is executable;
 * - every file that the `exports`, `main`, `module`, `types` and `bin` of package.json and of
 *   emulator/package.json name exists;
 * - under the conditions of each supported runtime (Node, Bun, Deno, workerd, browser bundlers),
 *   `kloudless-ts` resolves to the runtime-neutral build, and `kloudless-ts/node`, which needs
 *   Node built-ins, is not exported to workers and browsers;
 * - the main entry reaches no Node built-in without an import either (`process.getBuiltinModule`).
 *
 * Prints one line per check and `N passed, N failed`; exits 1 on any failure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { check, finish } from "../helpers/checks.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const dist = join(repoRoot, "dist");
/** Module specifiers of imports, re-exports, dynamic imports and require() calls (TypeScript's scanner). */
function specifiers(code: string): string[] {
  const { importedFiles } = ts.preProcessFile(code, true, true);
  return [...new Set(importedFiles.map((f) => f.fileName))];
}

if (!existsSync(dist)) {
  console.error("dist/ does not exist: run `make build` first");
  process.exit(1);
}

/** Bare specifiers imported by `file` and, through relative imports, by the chunks it loads. */
function bareImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || !existsSync(file)) return [];
  seen.add(file);
  const out: string[] = [];
  for (const s of specifiers(readFileSync(file, "utf8"))) {
    if (s.startsWith(".")) out.push(...bareImports(resolve(dirname(file), s), seen));
    else out.push(s);
  }
  return [...new Set(out)];
}

/** `file` and every chunk it loads through relative imports. */
function chunks(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const s of specifiers(readFileSync(file, "utf8")))
    if (s.startsWith(".")) chunks(resolve(dirname(file), s), seen);
  return seen;
}

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
for (const entry of ["index.js", "index.cjs"]) {
  const file = join(dist, entry);
  const code = existsSync(file) ? readFileSync(file, "utf8") : "";
  const imports = bareImports(file);
  const nodeImports = imports.filter((s) => s.startsWith("node:") || builtins.has(s));
  check(code.length > 0, `dist/${entry} exists`);
  check(nodeImports.length === 0, `dist/${entry} imports no Node built-in`, nodeImports.join(", "));
  // openapi-fetch is the one runtime dependency: every client sends through its own.
  const packages = imports.filter((s) => !nodeImports.includes(s) && s !== "openapi-fetch");
  check(packages.length === 0, `dist/${entry} imports no package but openapi-fetch`, packages.join(", "));
  const loaded = [...chunks(file)].filter((f) => readFileSync(f, "utf8").includes("getBuiltinModule"));
  check(loaded.length === 0, `dist/${entry} and its chunks call no getBuiltinModule`, loaded.join(", "));
}
for (const entry of ["openapi-fetch/index.js", "openapi-fetch/index.cjs"]) {
  const file = join(dist, entry);
  const code = existsSync(file) ? readFileSync(file, "utf8") : "";
  const imports = bareImports(file);
  check(
    imports.every((s) => s === "openapi-fetch"),
    `dist/${entry} imports no package but openapi-fetch`,
    imports.join(", "),
  );
  check(code.length > 0 && code.length < 4_000, `dist/${entry} holds no copy of the runtime`, `${code.length} bytes`);
}

const jsFiles = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => /\.(c?js|d\.c?ts)$/.test(f));
const tsImports = jsFiles.flatMap((f) =>
  specifiers(readFileSync(join(dist, f), "utf8"))
    .filter((s) => s.startsWith(".") && /\.[cm]?ts$/.test(s))
    .map((s) => `${f}: ${s}`),
);
check(tsImports.length === 0, "no `.ts` relative import left in dist/", tsImports.join("; "));

/** A target of package.json `exports`: a path, conditions, or `null` (not exported there). */
type ExportTarget = string | null | { [condition: string]: ExportTarget };

/** The fields of a package.json that name files. */
interface PackageJson {
  main: string;
  module: string;
  types: string;
  bin?: Record<string, string>;
  exports: Record<string, ExportTarget>;
}
const readPackage = (dir: string) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageJson;
const pkg = readPackage(repoRoot);
const emulatorRoot = join(repoRoot, "emulator");
const emulatorPkg = readPackage(emulatorRoot);

/** Every path a target names, under any condition. */
function paths(target: ExportTarget): string[] {
  if (target === null) return [];
  if (typeof target === "string") return [target];
  return Object.values(target).flatMap(paths);
}

for (const [root, manifest] of [
  [repoRoot, pkg],
  [emulatorRoot, emulatorPkg],
] as const) {
  const named = new Set<string>([manifest.main, manifest.module, manifest.types, ...Object.values(manifest.bin ?? {})]);
  for (const target of Object.values(manifest.exports)) for (const path of paths(target)) named.add(path);
  for (const path of named)
    check(existsSync(join(root, path)), `${join(root, path).slice(repoRoot.length + 1)} exists`);
}

/**
 * What `exports[subpath]` resolves to under `conditions`, by Node's rules (the first key of an
 * object that is among the conditions wins, `default` always matches): a path, or `null` when
 * the subpath is not exported to that runtime.
 */
function resolveExport(subpath: string, conditions: readonly string[]): string | null {
  const walk = (target: ExportTarget | undefined): string | null | undefined => {
    if (target === undefined || target === null || typeof target === "string") return target;
    for (const [key, value] of Object.entries(target)) {
      if (key !== "default" && !conditions.includes(key)) continue;
      const found = walk(value);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(pkg.exports[subpath]) ?? null;
}

// The conditions each runtime of docs/runtimes.md resolves with (TypeScript's `types` left out).
const RUNTIME_CONDITIONS: Record<string, readonly string[]> = {
  "node (import)": ["node", "import"],
  "node (require)": ["node", "require"],
  "bun (import)": ["bun", "node", "import"],
  "deno (import)": ["deno", "node", "import"],
  "workerd (wrangler, esbuild)": ["workerd", "worker", "browser", "import"],
  "browser bundlers": ["browser", "import"],
};
for (const [runtime, conditions] of Object.entries(RUNTIME_CONDITIONS)) {
  const esm = !conditions.includes("require");
  const main = resolveExport(".", conditions);
  const expected = esm ? "./dist/index.js" : "./dist/index.cjs";
  check(main === expected, `${runtime}: \`kloudless-ts\` is ${expected}`, String(main));
  const browserLike = conditions.includes("browser");
  for (const subpath of ["./node"]) {
    const resolved = resolveExport(subpath, conditions);
    check(
      browserLike ? resolved === null : typeof resolved === "string" && existsSync(join(repoRoot, resolved)),
      `${runtime}: \`kloudless-ts${subpath.slice(1)}\` is ${browserLike ? "not exported (Node built-ins)" : "exported"}`,
      String(resolved),
    );
  }
}

check(!pkg.bin, "kloudless-ts installs no bin (the CLI is kloudless-emulator's)");
for (const path of Object.values(emulatorPkg.bin ?? {})) {
  const file = join(emulatorRoot, path);
  const ok = existsSync(file);
  check(ok && readFileSync(file, "utf8").startsWith("#!/usr/bin/env node\n"), `${path} starts with a shebang`);
  check(ok && (statSync(file).mode & 0o111) !== 0, `${path} is executable`);
}

finish();
