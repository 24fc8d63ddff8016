/** Running the codegen as `make generate` does, for tests that regenerate a copy of spec/. */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository's root. */
export const repoRoot = resolve(import.meta.dirname, "../..");

/** What a child process printed, and how it ended. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command` with `args` in `cwd` and resolves with its output, whatever its exit code. */
export function run(command: string, args: string[], cwd = repoRoot): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (_error, stdout, stderr) =>
      done({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** Runs `codegen/generate.ts --spec <specDir> --out <outDir> [flags]`. */
export function generate(specDir: string, outDir: string, ...flags: string[]): Promise<Run> {
  return run(join(repoRoot, "node_modules/.bin/tsx"), [
    join(repoRoot, "codegen/generate.ts"),
    "--spec",
    specDir,
    "--out",
    outDir,
    ...flags,
  ]);
}

/** The files of `dir` (not recursive), by name in order, with their text. */
export function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), "utf8")]),
  );
}
