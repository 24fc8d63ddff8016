/**
 * Compile-time tests (`make typetest`):
 * - every `.ts` file under `pass/` must compile;
 * - every `.ts` file under `fail/` holds one or more cases: a `// expect-error: <substring>`
 *   comment, then the line that must fail. Each such line must have an error whose first line
 *   (`TS<code>: <message>`, the head of the compiler's message chain, what an editor shows
 *   first) contains the substring, and no other line of the file may have an error: a file
 *   failing for an unrelated reason (a typo in an import) does not count.
 * Files are compiled with the repository's compiler options: one program for all pass files,
 * one per fail file (reusing the parsed libraries and sources of the previous one).
 *
 * Usage: tsx test/types/run.ts [DIR]   (DIR holds pass/ and fail/; default: this folder)
 * Prints one line per pass file and per fail case, then `N passed, N failed`; exits 1 on any failure.
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

/** 1-based line of a diagnostic, or 0 when it has no position. */
function lineOf(diagnostic: ts.Diagnostic): number {
  if (!diagnostic.file || diagnostic.start === undefined) return 0;
  return diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
}

/** `TS2345: Argument of type ... (line 3)`, the whole message chain on one line. */
function describeDiagnostic(diagnostic: ts.Diagnostic): string {
  const text = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`;
  const line = lineOf(diagnostic);
  return line ? `${text} (line ${line})` : text;
}

/** `TS2345: Argument of type ...`: the first line of the message, what an editor shows first. */
function headOf(diagnostic: ts.Diagnostic): string {
  const { messageText } = diagnostic;
  return `TS${diagnostic.code}: ${typeof messageText === "string" ? messageText : messageText.messageText}`;
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

// fail/: each file on its own; each case is a marked line that must fail as announced.
for (const file of failFiles) {
  const lines = readFileSync(file, "utf8").split("\n");
  /** Line number (1-based) of each line that must fail → the substring its error must contain. */
  const cases = new Map<number, string>();
  lines.forEach((text, index) => {
    const expected = EXPECT_ERROR.exec(text)?.[1];
    if (expected) cases.set(index + 2, expected);
  });
  if (cases.size === 0) {
    report(false, file, "no case: put `// expect-error: <code or message substring>` above each line that must fail");
    continue;
  }
  program = ts.createProgram({ rootNames: [file], options, host, oldProgram: program });
  // Only the file's own errors count (and checking only it is much faster than the whole program).
  const sourceFile = program.getSourceFile(file);
  const errors = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
  for (const [line, expected] of cases) {
    const here = errors.filter((diagnostic) => lineOf(diagnostic) === line);
    const match = here.find((diagnostic) => headOf(diagnostic).includes(expected));
    const where = `${file}:${line}`;
    if (match) report(true, where, `${headOf(match)} (expected "${expected}")`);
    else if (here.length === 0) report(false, where, `compiles, but an error matching "${expected}" was expected`);
    else
      report(
        false,
        where,
        `no error's first line matches "${expected}"; got ${here.map(describeDiagnostic).join("; ")}`,
      );
  }
  const unexpected = errors.filter((diagnostic) => !cases.has(lineOf(diagnostic)));
  if (unexpected.length > 0)
    report(false, file, `errors on lines no case announces: ${unexpected.map(describeDiagnostic).join("; ")}`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
