/**
 * Every TypeScript sample in the docs compiles (`make docs-samples`, part of `make test`).
 *
 * Extracts each fenced ```ts (or ```typescript) block of README.md and docs/*.md into its own
 * module under .tmp/docs-samples/, with the package's imports pointed at the sources
 * (`from "kloudless-ts"` → src/index.ts, `from "kloudless-ts/<entry>"` → src/<entry>/index.ts for
 * `emulator`, `node` and `openapi-fetch`, `kloudless-ts/webhooks` → src/helpers/webhooks.ts), and
 * type-checks them all in one program with the repository's compiler options. Each block is a
 * module of its own (top-level `await` allowed), so a sample must declare what it uses.
 *
 * Samples that start their own emulator (`startEmulator(` from `kloudless-emulator`) are
 * self-contained, so they are also run, one after the other in this process: they must finish
 * without throwing (within 20 s each). What they print is shown only when one fails. Samples that
 * import `vitest` or `@jest/globals` are test files, compiled but not run here.
 *
 * Prints one line per sample (`README.md:42`, `(ran)` when run) with any error at its line in
 * the Markdown file, then `N passed, N failed`; exits 1 on any failure.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

const repoRoot = resolve(import.meta.dirname, "../..");
const outDir = join(repoRoot, ".tmp/docs-samples");

/** One fenced block: where it is and its code. */
interface Sample {
  /** Markdown file, relative to the repository. */
  file: string;
  /** Line of the first code line in the Markdown file (1-based). */
  line: number;
  code: string;
}

/** README.md and every docs/*.md (not docs/api, TypeDoc's output). */
function markdownFiles(): string[] {
  const docs = readdirSync(join(repoRoot, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`);
  return ["README.md", ...docs];
}

/** A sample that imports a test runner's API is a test file: it is compiled, and run only by that runner. */
const TEST_FILE = /from\s+["'](vitest|@jest\/globals)["']/;

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/;

/** The ```ts and ```typescript blocks of a Markdown text. */
export function extractSamples(file: string, text: string): Sample[] {
  const samples: Sample[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim().startsWith(fence!) && line.trim().replace(/[`~]/g, "") === "") break;
      body.push(line.startsWith(indent!) ? line.slice(indent!.length) : line);
    }
    if (lang === "ts" || lang === "typescript") samples.push({ file, line: i + 2, code: body.join("\n") });
    i = j;
  }
  return samples;
}

/** Points the package's imports at the sources, relative to the sample's own file. */
export function rewriteImports(code: string, sampleFile: string): string {
  const target = (path: string) => {
    const rel = relative(dirname(sampleFile), join(repoRoot, path)).replaceAll("\\", "/");
    return rel.startsWith(".") ? rel : `./${rel}`;
  };
  return code
    .replace(
      /(from\s+|import\s*\(\s*)(["'])kloudless-ts\/(node|openapi-fetch)\2/g,
      (_, lead, q, entry) => `${lead}${q}${target(`src/${entry}/index.ts`)}${q}`,
    )
    .replace(
      /(from\s+|import\s*\(\s*)(["'])kloudless-emulator\2/g,
      (_, lead, q) => `${lead}${q}${target("emulator/src/index.ts")}${q}`,
    )
    .replace(
      /(from\s+|import\s*\(\s*)(["'])kloudless-ts\/webhooks\2/g,
      (_, lead, q) => `${lead}${q}${target("src/helpers/webhooks.ts")}${q}`,
    )
    .replace(
      /(from\s+|import\s*\(\s*)(["'])kloudless-ts\2/g,
      (_, lead, q) => `${lead}${q}${target("src/index.ts")}${q}`,
    );
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(repoRoot, "tsconfig.json");
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, repoRoot, undefined, configPath);
  return { ...parsed.options, noEmit: true };
}

/** Runs one sample module in this process, its console output captured; resolves to the failure, if any. */
async function runSample(path: string): Promise<string | undefined> {
  const captured: string[] = [];
  const methods = ["log", "info", "warn", "error", "debug"] as const;
  const saved = methods.map((m) => console[m]);
  for (const m of methods) console[m] = (...args: unknown[]) => void captured.push(args.map(String).join(" "));
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      import(pathToFileURL(path).href),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("did not finish within 20 s")), 20_000);
      }),
    ]);
    return undefined;
  } catch (error) {
    return `${(error as Error).stack ?? String(error)}${captured.length ? `\n--- output:\n${captured.join("\n")}` : ""}`;
  } finally {
    clearTimeout(timer);
    methods.forEach((m, i) => {
      console[m] = saved[i]!;
    });
  }
}

async function main(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const byPath = new Map<string, Sample>();
  for (const file of markdownFiles()) {
    for (const sample of extractSamples(file, readFileSync(join(repoRoot, file), "utf8"))) {
      const name = `${basename(file, ".md")}-L${sample.line}.ts`;
      const path = join(outDir, name);
      let code = rewriteImports(sample.code, path);
      // A block without import or export would be a script sharing one global scope with the others.
      if (!/^\s*(import|export)\b/m.test(code)) code += "\nexport {};\n";
      writeFileSync(path, code);
      byPath.set(resolve(path), sample);
    }
  }

  const program = ts.createProgram([...byPath.keys()], compilerOptions());
  const errors = new Map<string, string[]>();
  const other: string[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`;
    const sample = diagnostic.file ? byPath.get(resolve(diagnostic.file.fileName)) : undefined;
    if (!sample || diagnostic.start === undefined) {
      other.push(diagnostic.file ? `${relative(repoRoot, diagnostic.file.fileName)}: ${message}` : message);
      continue;
    }
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start);
    const key = resolve(diagnostic.file!.fileName);
    errors.set(key, [...(errors.get(key) ?? []), `${sample.file}:${sample.line + line}: ${message}`]);
  }

  let passed = 0;
  let failed = 0;
  for (const [path, sample] of byPath) {
    const found = errors.get(path) ?? [];
    const runnable = /\bstartEmulator\(/.test(sample.code) && !TEST_FILE.test(sample.code) && found.length === 0;
    if (runnable) {
      const failure = await runSample(path);
      if (failure)
        found.push(
          `${sample.file}:${sample.line}: the sample failed when run:\n       ${failure.replaceAll("\n", "\n       ")}`,
        );
    }
    if (found.length === 0) passed++;
    else failed++;
    console.log(`${found.length ? "FAIL" : "ok  "} ${sample.file}:${sample.line}${runnable ? " (ran)" : ""}`);
    for (const error of found) console.log(`     ${error}`);
  }
  for (const message of other) {
    failed++;
    console.log(`FAIL ${message}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
