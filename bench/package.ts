/**
 * Benchmark 9: what `npm install kloudless-ts` downloads. Builds dist/ as `make build` does,
 * then reads `npm pack --dry-run --json`: files, packed (gzipped tarball) and unpacked bytes,
 * and the source maps' share. The maps name their sources without embedding them; the figure
 * of the sources they name sums, map by map, what `sourcesContent` would add.
 *
 * Usage: node --import tsx bench/package.ts
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { emit, log, repoRoot } from "./lib.ts";

interface PackEntry {
  path: string;
  size: number;
}

interface PackResult {
  name: string;
  version: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: PackEntry[];
}

log("building dist/ (tsup)");
rmSync(join(repoRoot, "dist"), { recursive: true, force: true });
execFileSync(process.execPath, [join(repoRoot, "node_modules", "tsup", "dist", "cli-default.js"), "--silent"], {
  cwd: repoRoot,
  stdio: ["ignore", "ignore", "inherit"],
});
const [pack] = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }),
) as PackResult[];
if (!pack) throw new Error("npm pack printed nothing");

const maps = pack.files.filter((f) => f.path.endsWith(".map"));
const sources = new Set<string>();
/** Each map would embed its own copy of every source it names. */
let embeddedBytes = 0;
for (const map of maps) {
  const file = join(repoRoot, map.path);
  const { sources: named = [], sourcesContent } = JSON.parse(readFileSync(file, "utf8")) as {
    sources?: string[];
    sourcesContent?: unknown[];
  };
  if (sourcesContent?.some((s) => s !== null)) throw new Error(`${map.path} embeds its sources`);
  // Virtual modules of the build (the openapi-fetch interop shim) are no file: not counted.
  for (const source of named) {
    const path = resolve(dirname(file), source);
    if (!existsSync(path)) continue;
    sources.add(path);
    embeddedBytes += statSync(path).size;
  }
}
const declarations = pack.files.filter((f) => /\.d\.c?ts$/.test(f.path));

emit({
  name: pack.name,
  version: pack.version,
  files: pack.entryCount,
  packedBytes: pack.size,
  unpackedBytes: pack.unpackedSize,
  maps: { files: maps.length, bytes: maps.reduce((sum, f) => sum + f.size, 0) },
  declarations: { files: declarations.length, bytes: declarations.reduce((sum, f) => sum + f.size, 0) },
  sourcesTheMapsName: { files: sources.size, embeddedBytes },
  largest: [...pack.files]
    .sort((a, b) => b.size - a.size)
    .slice(0, 5)
    .map((f) => ({ path: f.path, bytes: f.size })),
});
