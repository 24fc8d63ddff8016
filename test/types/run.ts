/**
 * Compile-time tests (`make typetest`):
 * - every `.ts` file under `pass/` must compile;
 * - every `.ts` file under `fail/` must fail to compile, on its own, with an error matching the
 *   `// expect-error: <substring>` comment on its first line (matched against `TS<code>: <message>`),
 *   so that a file failing for an unrelated reason (a typo in an import) does not count.
 * Files are compiled with the repository's compiler options: one program for all pass files,
 * one per fail file (reusing the parsed libraries and sources of the previous one).
 *
 * Usage: tsx test/types/run.ts [DIR]   (DIR holds pass/ and fail/; default: this folder)
 * Prints one line per file and `N passed, N failed`; exits 1 on any failure.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const repoRoot = resolve(import.meta.dirname, "../..");
const typesDir = resolve(process.argv[2] ?? import.meta.dirname);

/** The repository's compiler options (tsconfig.json), never emitting. */
function compilerOptions(): ts.CompilerOptions {
  const configPath = join(repoRoot, "tsconfig.json");
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath), undefined, configPath);
  return { ...parsed.options, noEmit: true };
}

/** `.ts` files under `dir` (recursively), sorted; none when the folder does not exist. */
function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .map((name) => join(dir, name))
    .sort();
}

/** A compiler host that parses each library and shared source once for all programs. */
function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const cache = new Map<string, ts.SourceFile | undefined>();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const key = `${fileName}:${JSON.stringify(languageVersion)}`;
    if (!cache.has(key)) cache.set(key, getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return cache.get(key);
  };
  return host;
}

/** `TS2345: Argument of type ... (line 3)` */
function describeDiagnostic(diagnostic: ts.Diagnostic): string {
  const text = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`;
  if (!diagnostic.file || diagnostic.start === undefined) return text;
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${text} (line ${line + 1})`;
}

/** Diagnostics of `program`, keyed by file name (`""` for those without a file). */
function diagnosticsByFile(program: ts.Program): Map<string, ts.Diagnostic[]> {
  const byFile = new Map<string, ts.Diagnostic[]>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const key = diagnostic.file ? resolve(diagnostic.file.fileName) : "";
    byFile.set(key, [...(byFile.get(key) ?? []), diagnostic]);
  }
  return byFile;
}

const EXPECT_ERROR = /^\s*\/\/\s*expect-error:\s*(.+?)\s*$/;

const options = compilerOptions();
const host = cachingHost(options);
const passFiles = tsFiles(join(typesDir, "pass"));
const failFiles = tsFiles(join(typesDir, "fail"));
let passed = 0;
let failed = 0;

function report(ok: boolean, file: string, detail = ""): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${relative(typesDir, file)}${detail ? `: ${detail}` : ""}`);
}

if (passFiles.length + failFiles.length === 0) {
  console.log(`no type tests found under ${typesDir}/pass or ${typesDir}/fail`);
  process.exit(1);
}

// pass/: one program for all of them; every error fails the file it is in.
let program: ts.Program | undefined;
if (passFiles.length > 0) {
  program = ts.createProgram({ rootNames: passFiles, options, host });
  const byFile = diagnosticsByFile(program);
  for (const file of passFiles) {
    const errors = byFile.get(resolve(file)) ?? [];
    byFile.delete(resolve(file));
    report(errors.length === 0, file, errors.map(describeDiagnostic).join("; "));
  }
  // Errors in what the pass files import (src/, generated/) or in the options fail the run too.
  for (const [file, errors] of byFile) {
    report(false, file || "(compiler options)", errors.map(describeDiagnostic).join("; "));
  }
}

// fail/: each file on its own must fail, with the error its first line announces.
for (const file of failFiles) {
  const firstLine = readFileSync(file, "utf8").split("\n", 1)[0] ?? "";
  const expected = EXPECT_ERROR.exec(firstLine)?.[1];
  if (!expected) {
    report(false, file, "the first line must be `// expect-error: <code or message substring>`");
    continue;
  }
  program = ts.createProgram({ rootNames: [file], options, host, oldProgram: program });
  // Only the file's own errors count (and checking only it is much faster than the whole program).
  const sourceFile = program.getSourceFile(file);
  const errors = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
  const match = errors.find((diagnostic) => describeDiagnostic(diagnostic).includes(expected));
  if (match) report(true, file, `${describeDiagnostic(match)} (expected "${expected}")`);
  else if (errors.length === 0) report(false, file, `compiles, but an error matching "${expected}" was expected`);
  else report(false, file, `no error matches "${expected}"; got ${errors.map(describeDiagnostic).join("; ")}`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
