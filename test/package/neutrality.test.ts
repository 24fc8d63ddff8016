/**
 * The runtime is runtime-neutral: nothing in src/ outside emulator/src/ and src/node/ may import
 * a Node built-in. Biome's `noNodejsModules` enforces it (biome.json, `make lint`); this test
 * proves the rule is really in force, by linting files that break it, with the repository's own
 * biome.json, in a scratch copy of the layout. (After `make build`, test/package/check-dist.ts
 * also checks the built browser entry.)
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, "../..");
const biome = join(repoRoot, "node_modules/.bin/biome");

const FILES: Record<string, string> = {
  "src/uses-fs.ts": 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
  "src/uses-bare-builtin.ts": 'import { createHash } from "crypto";\nexport const hash = createHash;\n',
  "src/deep/uses-buffer.ts": 'export { Buffer } from "node:buffer";\n',
  "src/neutral.ts": 'export const ok = new URL("https://api.kloudless.com").origin;\n',
  "emulator/src/server.ts": 'import { createServer } from "node:http";\nexport const make = createServer;\n',
  "src/node/files.ts": 'import { createReadStream } from "node:fs";\nexport const open = createReadStream;\n',
};

let dir: string;
let diagnostics: { path: string; rule: string }[] = [];
let exitCode = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kloudless-neutrality-"));
  const config = JSON.parse(readFileSync(join(repoRoot, "biome.json"), "utf8")) as Record<string, unknown>;
  delete config.$schema;
  writeFileSync(join(dir, "biome.json"), JSON.stringify(config));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    const out = await run(biome, ["lint", "--reporter=json", "--max-diagnostics=100", "src"], { cwd: dir });
    diagnostics = parse(out.stdout);
  } catch (error) {
    const failure = error as { code?: number; stdout?: string };
    exitCode = failure.code ?? -1;
    diagnostics = parse(failure.stdout ?? "");
  }
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parse(stdout: string): { path: string; rule: string }[] {
  const start = stdout.indexOf("{");
  if (start < 0) throw new Error(`biome printed no JSON report:\n${stdout}`);
  const report = JSON.parse(stdout.slice(start)) as {
    diagnostics: { category?: string; location?: { path?: { file?: string } | string } }[];
  };
  return report.diagnostics.map((d) => {
    const path = typeof d.location?.path === "string" ? d.location.path : (d.location?.path?.file ?? "");
    return { path: path.replaceAll("\\", "/"), rule: d.category ?? "" };
  });
}

const flagged = (file: string) =>
  diagnostics.some((d) => d.path.endsWith(file) && d.rule === "lint/correctness/noNodejsModules");

describe("noNodejsModules (biome.json)", () => {
  it("fails the lint run", () => {
    expect(exitCode).not.toBe(0);
  });

  it("flags a node: import in the runtime", () => {
    expect(flagged("src/uses-fs.ts")).toBe(true);
  });

  it("flags a bare built-in import (crypto) in the runtime", () => {
    expect(flagged("src/uses-bare-builtin.ts")).toBe(true);
  });

  it("flags a re-export of a built-in in a nested runtime folder", () => {
    expect(flagged("src/deep/uses-buffer.ts")).toBe(true);
  });

  it("allows built-ins in emulator/src/ and src/node/, and flags nothing else", () => {
    expect(flagged("emulator/src/server.ts")).toBe(false);
    expect(flagged("src/node/files.ts")).toBe(false);
    expect(diagnostics.filter((d) => d.path.endsWith("src/neutral.ts"))).toEqual([]);
  });
});
