/**
 * Benchmark 5: what the SDK's types cost a user's compiler. `tsc --extendedDiagnostics --noEmit`
 * on a consumer file making 50 different typed calls (25 generated methods, 25 typed paths,
 * each a different operation), against a baseline consumer that imports the package and
 * constructs an `Account` and a `Client` but calls nothing.
 *
 * The package is consumed as users get it: declarations (`.d.ts`, emitted from src/ with the
 * repository's compiler options) in `node_modules/kloudless` of a scratch project, resolved
 * through its `exports`, with a typical strict consumer configuration (`skipLibCheck`).
 *
 * Exports `prepareTypecheck` and `measureTypecheck` for test/budget/typecheck.test.ts, which
 * guards the deterministic figures (instantiations, memory ratio) in `make test`.
 *
 * Usage: node --import tsx bench/typecheck.ts [--quick]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { cpuPreload, cpuSecondsOf, emit, flag, log, median, repoRoot, run, summarize } from "./lib.ts";

/** The 50 typed calls of the consumer file (each a different operation). */
export const TYPED_CALLS: readonly string[] = [
  // 25 generated per-operation methods.
  `account.tasks.retrieve("task_1")`,
  `account.core.encodeRawId({ json: { raw_id: "raw_1" } })`,
  `account.accounts.retrieve()`,
  `account.accounts.update({ json: {} })`,
  `account.storage.files.retrieve("file_1")`,
  `account.storage.files.update("file_1", { json: { name: "renamed.txt" } })`,
  `account.storage.files.copy("file_1", { json: { parent_id: "root" } })`,
  `account.storage.files.listServiceLinks("file_1")`,
  `account.storage.files.listPermissions("file_1")`,
  `account.storage.files.listProperties("file_1")`,
  `account.storage.folders.create({ json: { name: "New" } })`,
  `account.storage.folders.retrieve("root")`,
  `account.storage.folders.listContents("root", { params: { page_size: 10 } })`,
  `account.storage.multipart.retrieve("mp_1")`,
  `account.storage.links.list()`,
  `account.storage.quota()`,
  `account.storage.search({ params: { q: "report" } })`,
  `account.events.list()`,
  `account.calendar.calendars.list()`,
  `account.calendar.events.retrieve("primary", "event_1")`,
  `account.team.users.list()`,
  `account.team.groups.listMembers("group_1")`,
  `client.meta.applications.list()`,
  `client.meta.webhooks.list("app_1")`,
  `client.services.list()`,
  // 25 typed path calls.
  `account.get("storage/files/{file_id}/thumbnail", { path: { file_id: "file_1" } })`,
  `account.delete("storage/files/{file_id}", { path: { file_id: "file_1" } })`,
  `account.put("storage/files/{file_id}/permissions", { path: { file_id: "file_1" } })`,
  `account.patch("storage/files/{file_id}/permissions", { path: { file_id: "file_1" } })`,
  `account.patch("storage/files/{file_id}/properties", { path: { file_id: "file_1" }, json: [{ key: "k", value: "v" }] })`,
  `account.delete("storage/files/{file_id}/properties", { path: { file_id: "file_1" } })`,
  `account.delete("storage/folders/{folder_id}", { path: { folder_id: "folder_1" } })`,
  `account.patch("storage/folders/{folder_id}", { path: { folder_id: "folder_1" },  json: { name: "renamed" } })`,
  `account.post("storage/folders/{folder_id}/copy", { path: { folder_id: "folder_1" }, json: { parent_id: "root" } })`,
  `account.get("storage/folders/{folder_id}/links", { path: { folder_id: "folder_1" } })`,
  `account.get("storage/folders/{folder_id}/permissions", { path: { folder_id: "folder_1" } })`,
  `account.post("storage/multipart", { json: { name: "big.bin", parent_id: "root", size: 1 } })`,
  `account.delete("storage/multipart/{multipart_id}", { path: { multipart_id: "mp_1" } })`,
  `account.post("storage/multipart/{multipart_id}/complete", { path: { multipart_id: "mp_1" } })`,
  `account.get("storage/links/{link_id}", { path: { link_id: "link_1" } })`,
  `account.patch("storage/links/{link_id}", { path: { link_id: "link_1" }, json: { active: false } })`,
  `account.get("storage/recent")`,
  `account.post("storage/convert_id", { json: { raw_id: "raw_1", type: "file" } })`,
  `account.get("events/latest")`,
  `account.get("cal/calendars/{calendar_id}", { path: { calendar_id: "primary" } })`,
  `account.get("cal/calendars/{calendar_id}/events", { path: { calendar_id: "primary" }, params: { page_size: 5 } })`,
  `account.post("cal/availability", { json: { meeting_duration: "PT1H", constraints: { time_windows: [] } } })`,
  `account.get("team/users/{user_id}", { path: { user_id: "user_1" } })`,
  `client.get("meta/applications/{application_id}", { path: { application_id: "app_1" } })`,
  `client.get("meta/developers")`,
];

const HEADER = `import { Account, Client } from "kloudless";

const account = new Account({ token: "token" });
const client = new Client({ apiKey: "key" });
`;

/** Source of the baseline consumer: the import and the two constructions, no call. */
export function baselineSource(): string {
  return `${HEADER}\nexport { account, client };\n`;
}

/** Source of the consumer making every call of `TYPED_CALLS` and reading each result. */
export function callsSource(): string {
  const lines = TYPED_CALLS.map((call, i) => `export const r${i} = await ${call};\nexport const s${i} = r${i}.status;`);
  return `${HEADER}\n${lines.join("\n")}\n`;
}

/** One `tsc --extendedDiagnostics` run. */
export interface TscFigures {
  files: number;
  types: number;
  instantiations: number;
  memoryKiB: number;
  checkSeconds: number;
  totalSeconds: number;
  /** Wall time of the whole `tsc` process (Node start included). */
  wallSeconds: number;
  /** CPU time (user + system) of the whole `tsc` process: less disturbed by other load than wall time. */
  cpuSeconds: number;
}

/**
 * Builds the scratch project in `dir`: the SDK's declarations as `node_modules/kloudless`, the
 * two consumer files and a tsconfig for each. Returns the project directory.
 */
export function prepareTypecheck(dir = join(repoRoot, ".tmp", "bench", "typecheck")): string {
  rmSync(dir, { recursive: true, force: true });
  const declDir = join(dir, "decl");
  const { config } = ts.readConfigFile(join(repoRoot, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, repoRoot);
  const program = ts.createProgram([join(repoRoot, "src", "index.ts")], {
    ...parsed.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: false,
    sourceMap: false,
    outDir: declDir,
    rootDir: repoRoot,
  });
  const result = program.emit();
  const errors = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics].filter(
    (d) => d.category === ts.DiagnosticCategory.Error,
  );
  if (errors.length) {
    throw new Error(
      `declaration emit failed:\n${errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n")}`,
    );
  }
  const pkg = join(dir, "node_modules", "kloudless");
  mkdirSync(pkg, { recursive: true });
  cpSync(join(declDir, "src"), join(pkg, "src"), { recursive: true });
  cpSync(join(declDir, "generated"), join(pkg, "generated"), { recursive: true });
  rmSync(declDir, { recursive: true, force: true });
  writeFileSync(
    join(pkg, "package.json"),
    JSON.stringify({
      name: "kloudless",
      type: "module",
      types: "./src/index.d.ts",
      exports: { ".": { types: "./src/index.d.ts" } },
    }),
  );
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  writeFileSync(join(dir, "baseline.ts"), baselineSource());
  writeFileSync(join(dir, "calls.ts"), callsSource());
  const compilerOptions = {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    types: [],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  };
  for (const name of ["baseline", "calls"]) {
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: [`${name}.ts`] }));
  }
  return dir;
}

const TSC = resolve(repoRoot, "node_modules", "typescript", "bin", "tsc");

/** Runs `tsc --extendedDiagnostics --noEmit` on one consumer of the project in `dir`. */
export async function measureTypecheck(dir: string, consumer: "baseline" | "calls"): Promise<TscFigures> {
  const child = await run(
    process.execPath,
    ["--require", cpuPreload(), TSC, "--extendedDiagnostics", "--noEmit", "-p", `tsconfig.${consumer}.json`],
    { cwd: dir },
  );
  if (child.code !== 0) throw new Error(`tsc failed on ${consumer}.ts:\n${child.stdout}\n${child.stderr}`);
  const figure = (label: string): number => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(child.stdout);
    if (!match) throw new Error(`no "${label}" in tsc output:\n${child.stdout}`);
    return Number(match[1]);
  };
  return {
    files: figure("Files"),
    types: figure("Types"),
    instantiations: figure("Instantiations"),
    memoryKiB: figure("Memory used"),
    checkSeconds: figure("Check time"),
    totalSeconds: figure("Total time"),
    wallSeconds: child.ms / 1000,
    cpuSeconds: cpuSecondsOf(child.stdout),
  };
}

async function main(): Promise<void> {
  const runs = flag("quick") ? 2 : 5;
  const t0 = performance.now();
  const dir = prepareTypecheck();
  log(`  declarations emitted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const figures: Record<"baseline" | "calls", TscFigures[]> = { baseline: [], calls: [] };
  for (let i = 0; i < runs; i++) {
    for (const consumer of ["baseline", "calls"] as const) {
      const f = await measureTypecheck(dir, consumer);
      figures[consumer].push(f);
      log(
        `  ${consumer}: check ${f.checkSeconds} s, total ${f.totalSeconds} s, ${f.instantiations} instantiations, ${Math.round(f.memoryKiB / 1024)} MiB`,
      );
    }
  }
  const pick = (consumer: "baseline" | "calls") => {
    const list = figures[consumer];
    return {
      files: list[0]!.files,
      types: list[0]!.types,
      instantiations: list[0]!.instantiations,
      memoryMiB: summarize(
        list.map((f) => f.memoryKiB / 1024),
        1,
      ),
      checkSeconds: summarize(
        list.map((f) => f.checkSeconds),
        2,
      ),
      totalSeconds: summarize(
        list.map((f) => f.totalSeconds),
        2,
      ),
      wallSeconds: summarize(
        list.map((f) => f.wallSeconds),
        2,
      ),
      cpuSeconds: summarize(
        list.map((f) => f.cpuSeconds),
        2,
      ),
    };
  };
  const baseline = pick("baseline");
  const calls = pick("calls");
  const memoryRatio = median(figures.calls.map((f) => f.memoryKiB)) / median(figures.baseline.map((f) => f.memoryKiB));
  const timeMet = calls.totalSeconds.median < 2;
  const memoryMet = memoryRatio < 1.5;
  emit({
    runs,
    calls: TYPED_CALLS.length,
    baseline,
    consumer: calls,
    extraInstantiations: calls.instantiations - baseline.instantiations,
    extraCheckSeconds: Number((calls.checkSeconds.median - baseline.checkSeconds.median).toFixed(2)),
    memoryRatio: Number(memoryRatio.toFixed(3)),
    budget: {
      time: { metric: "tsc total time of the 50-call consumer (median)", maxSeconds: 2, met: timeMet },
      memory: { metric: "memory used, 50-call consumer ÷ baseline", max: 1.5, met: memoryMet },
    },
    met: timeMet && memoryMet,
  });
}

if (process.argv[1] === import.meta.filename) await main();
