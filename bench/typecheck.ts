/**
 * Benchmark 5: what the SDK's types cost a user's compiler, per call style, beside bare
 * openapi-fetch. `tsc --extendedDiagnostics --noEmit` on three consumers making the same 50
 * operations (bench/typecheck-operations.ts), each in one call style:
 *
 * - `methods.ts`: the generated methods (`account.storage.files.retrieve("file_1")`);
 * - `paths.ts`: the typed path verbs (`account.get("storage/files/{file_id}", { path })`);
 * - `openapi-fetch.ts`: bare openapi-fetch on the same generated `paths`, no SDK.
 *
 * Each is measured against its own baseline, which imports and constructs but calls nothing:
 * `baseline.ts` (an `Account` and a `Client`) for the SDK styles, `openapi-fetch-baseline.ts`
 * (`createClient<paths>()`) for openapi-fetch. The budget: each SDK style needs no more
 * instantiations over its baseline than openapi-fetch over its own.
 *
 * The package is consumed as users get it: declarations (`.d.ts`, emitted from src/ with the
 * repository's compiler options) in `node_modules/kloudless` of a scratch project, resolved
 * through its `exports`, beside its dependency openapi-fetch, with a typical strict consumer
 * configuration (`skipLibCheck`). The openapi-fetch consumer imports the same emitted
 * `schema.d.ts`, so that both read the spec's types as declarations.
 *
 * Exports `prepareTypecheck` and `measureTypecheck` for test/budget/typecheck.test.ts, which
 * guards the deterministic figures (instantiations, memory ratio) in `make test`.
 *
 * Usage: node --import tsx bench/typecheck.ts [--quick]
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { type OperationEntry, operations } from "../generated/operations.ts";
import { cpuPreload, cpuSecondsOf, emit, flag, log, median, repoRoot, run, summarize } from "./lib.ts";
import { BENCH_OPERATIONS, type BenchOperation } from "./typecheck-operations.ts";

/** The consumers of the scratch project: the three call styles and their two baselines. */
export const CONSUMERS = ["baseline", "methods", "paths", "openapi-fetch-baseline", "openapi-fetch"] as const;

/** One consumer file of the scratch project. */
export type Consumer = (typeof CONSUMERS)[number];

/** The call styles, each with the baseline its figures are taken over. */
export const STYLES = {
  methods: "baseline",
  paths: "baseline",
  "openapi-fetch": "openapi-fetch-baseline",
} as const satisfies Record<string, Consumer>;

/** A call style of the benchmark. */
export type Style = keyof typeof STYLES;

type MethodTree = "AccountMethods" | "ClientMethods";

/**
 * The generated method of each operation, per tree of generated/methods.ts: the dotted name of
 * the member whose `~operation` is the operationId (`storage.files.retrieve`), read from the
 * declarations so that a renamed method cannot leave the table calling a stale name.
 */
export function methodNames(): Record<MethodTree, Map<string, string>> {
  const file = ts.createSourceFile(
    "methods.ts",
    readFileSync(join(repoRoot, "generated", "methods.ts"), "utf8"),
    ts.ScriptTarget.Latest,
  );
  const trees: Record<MethodTree, Map<string, string>> = { AccountMethods: new Map(), ClientMethods: new Map() };
  const walk = (members: ts.NodeArray<ts.TypeElement>, prefix: string[], into: Map<string, string>): void => {
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isIdentifier(member.name)) continue;
      const name = [...prefix, member.name.text];
      if (ts.isTypeLiteralNode(member.type)) walk(member.type.members, name, into);
      else if (ts.isTypeReferenceNode(member.type) && ts.isIdentifier(member.type.typeName)) {
        const id = member.type.typeArguments?.[0];
        if (
          member.type.typeName.text === "Method" &&
          id &&
          ts.isLiteralTypeNode(id) &&
          ts.isStringLiteral(id.literal)
        ) {
          into.set(id.literal.text, name.join("."));
        }
      }
    }
  };
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text in trees) {
      walk(statement.members, [], trees[statement.name.text as MethodTree]);
    }
  }
  return trees;
}

/** What the call builders need of one operation: its table entry, scope and path arguments. */
interface Resolved {
  entry: OperationEntry;
  scope: "account" | "client";
  /** Placeholders of the path in path order, `account_id` excepted, with their values. */
  args: [name: string, value: string][];
}

function resolveOperation(op: BenchOperation): Resolved {
  const entry: OperationEntry = operations[op.id];
  const scope = entry.s === "client" ? "client" : "account";
  const names = (entry.a ?? []).filter((name) => name !== "account_id");
  const given = Object.keys(op.path ?? {});
  if (names.length !== given.length || names.some((name) => !given.includes(name))) {
    throw new Error(`${op.id}: path values for ${given.join(", ") || "nothing"}, placeholders ${names.join(", ")}`);
  }
  return { entry, scope, args: names.map((name) => [name, op.path![name]!]) };
}

/** A value as a TypeScript literal, keys unquoted where they can be (as a user writes them). */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    return entries.length ? `{ ${entries.map(([k, v]) => `${key(k)}: ${literal(v)}`).join(", ")} }` : "{}";
  }
  return JSON.stringify(value);
}

/** `{ key: value, ... }` of the parts that are set, or undefined when none is. */
function objectLiteral(parts: Record<string, string | undefined>): string | undefined {
  const set = Object.entries(parts).filter(([, value]) => value !== undefined);
  return set.length ? `{ ${set.map(([key, value]) => `${key}: ${value}`).join(", ")} }` : undefined;
}

function sdkOptions(op: BenchOperation, path?: string): string | undefined {
  return objectLiteral({
    path,
    params: op.params && literal(op.params),
    json: op.json === undefined ? undefined : literal(op.json),
  });
}

/** The generated-method call of an operation: `account.storage.files.retrieve("file_1")`. */
export function methodCall(op: BenchOperation, names = methodNames()): string {
  const { scope, args } = resolveOperation(op);
  const method = names[scope === "client" ? "ClientMethods" : "AccountMethods"].get(op.id);
  if (!method) throw new Error(`${op.id}: no generated method on ${scope === "client" ? "Client" : "Account"}`);
  const list = [...args.map(([, value]) => literal(value)), sdkOptions(op)].filter((a) => a !== undefined);
  return `${scope}.${method}(${list.join(", ")})`;
}

/** The typed path call of an operation: `account.get("storage/files/{file_id}", { path: { file_id: "file_1" } })`. */
export function pathCall(op: BenchOperation): string {
  const { entry, scope, args } = resolveOperation(op);
  // Relative to the object's URL: an account's (its `account_id` bound) or the version root.
  const template = scope === "account" ? entry.p.replace(/^\/accounts\/\{account_id\}\/?/, "") : entry.p.slice(1);
  const path = args.length ? literal(Object.fromEntries(args)) : undefined;
  const list = [literal(template), sdkOptions(op, path)].filter((a) => a !== undefined);
  return `${scope}.${entry.m.toLowerCase()}(${list.join(", ")})`;
}

/** The bare openapi-fetch call of an operation: `api.GET("/accounts/{account_id}/...", { params: { path } })`. */
export function openapiFetchCall(op: BenchOperation): string {
  const { entry, scope, args } = resolveOperation(op);
  const pathValues = Object.fromEntries([...(scope === "account" ? [["account_id", "me"]] : []), ...args]);
  const params = objectLiteral({
    path: Object.keys(pathValues).length ? literal(pathValues) : undefined,
    query: op.params && literal(op.params),
  });
  const init = objectLiteral({ params, body: op.json === undefined ? undefined : literal(op.json) });
  return `api.${entry.m}(${[literal(entry.p), init].filter((a) => a !== undefined).join(", ")})`;
}

const SDK_HEADER = `import { Account, Client } from "kloudless";

const account = new Account({ token: "token" });
const client = new Client({ apiKey: "key" });
`;

const OPENAPI_FETCH_HEADER = `import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

const api = createClient<paths>({ baseUrl: "https://api.kloudless.com/v1" });
`;

/** Source of one consumer of the scratch project, its calls derived from `operationsList`. */
export function consumerSource(consumer: Consumer, operationsList = BENCH_OPERATIONS): string {
  // Each result is read, so that its type is computed as a user's code would have it computed.
  const calls = (call: (op: BenchOperation) => string, read: (i: number) => string) =>
    operationsList.map((op, i) => `export const r${i} = await ${call(op)};\n${read(i)}`).join("\n");
  switch (consumer) {
    case "baseline":
      return `${SDK_HEADER}\nexport { account, client };\n`;
    case "methods": {
      const names = methodNames();
      return `${SDK_HEADER}\n${calls(
        (op) => methodCall(op, names),
        (i) => `export const s${i} = r${i}.status;`,
      )}\n`;
    }
    case "paths":
      return `${SDK_HEADER}\n${calls(pathCall, (i) => `export const s${i} = r${i}.status;`)}\n`;
    case "openapi-fetch-baseline":
      return `${OPENAPI_FETCH_HEADER}\nexport { api };\n`;
    case "openapi-fetch":
      return `${OPENAPI_FETCH_HEADER}\n${calls(openapiFetchCall, (i) => `export const d${i} = r${i}.data;\nexport const e${i} = r${i}.error;`)}\n`;
  }
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

/** Packages of the scratch project's node_modules besides the SDK: openapi-fetch, a dependency of the SDK. */
const COPIED_PACKAGES = ["openapi-fetch", "openapi-typescript-helpers"];

/**
 * Builds the scratch project in `dir`: the SDK's declarations as `node_modules/kloudless`,
 * openapi-fetch and its dependency, the spec's `schema.d.ts`, the five consumer files and a
 * tsconfig for each. Returns the project directory.
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
  cpSync(join(declDir, "generated", "schema.d.ts"), join(dir, "schema.d.ts"));
  rmSync(declDir, { recursive: true, force: true });
  writeFileSync(
    join(pkg, "package.json"),
    JSON.stringify({
      name: "kloudless",
      type: "module",
      types: "./src/index.d.ts",
      exports: { ".": { types: "./src/index.d.ts" } },
      dependencies: { "openapi-fetch": "*" },
    }),
  );
  for (const name of COPIED_PACKAGES) {
    cpSync(join(repoRoot, "node_modules", name), join(dir, "node_modules", name), {
      recursive: true,
      dereference: true,
    });
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
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
  for (const consumer of CONSUMERS) {
    writeFileSync(join(dir, `${consumer}.ts`), consumerSource(consumer));
    writeFileSync(
      join(dir, `tsconfig.${consumer}.json`),
      JSON.stringify({ compilerOptions, files: [`${consumer}.ts`] }),
    );
  }
  return dir;
}

const TSC = resolve(repoRoot, "node_modules", "typescript", "bin", "tsc");

/** Runs `tsc --extendedDiagnostics --noEmit` on one consumer of the project in `dir`; throws on any tsc error. */
export async function measureTypecheck(dir: string, consumer: Consumer): Promise<TscFigures> {
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

/**
 * Instantiations of an SDK style over its baseline, as a ratio of openapi-fetch's over its own
 * baseline, for the same operations (the budget: at most 1).
 */
export function instantiationRatio(
  figures: Record<Consumer, Pick<TscFigures, "instantiations">>,
  style: Style,
): number {
  const extra = (s: Style) => figures[s].instantiations - figures[STYLES[s]].instantiations;
  return extra(style) / extra("openapi-fetch");
}

/** Budget of the type-check time: tsc's total time of an SDK style's consumer, median. */
const MAX_SECONDS = 2;
/** Budget of the memory: an SDK style's consumer ÷ its baseline. */
const MAX_MEMORY_RATIO = 1.5;
/** Budget of the instantiations: an SDK style's over its baseline ÷ openapi-fetch's over its own. */
const MAX_INSTANTIATION_RATIO = 1;

async function main(): Promise<void> {
  const runs = flag("quick") ? 2 : 5;
  const t0 = performance.now();
  const dir = prepareTypecheck();
  log(`  declarations emitted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const figures = Object.fromEntries(CONSUMERS.map((c) => [c, [] as TscFigures[]])) as Record<Consumer, TscFigures[]>;
  for (let i = 0; i < runs; i++) {
    for (const consumer of CONSUMERS) {
      const f = await measureTypecheck(dir, consumer);
      figures[consumer].push(f);
      log(
        `  ${consumer}: check ${f.checkSeconds} s, total ${f.totalSeconds} s, ${f.instantiations} instantiations, ${Math.round(f.memoryKiB / 1024)} MiB`,
      );
    }
  }
  const pick = (consumer: Consumer) => {
    const list = figures[consumer];
    const sum = (key: keyof TscFigures, digits: number, scale = 1) =>
      summarize(
        list.map((f) => f[key] / scale),
        digits,
      );
    return {
      files: list[0]!.files,
      types: list[0]!.types,
      instantiations: list[0]!.instantiations,
      memoryMiB: sum("memoryKiB", 1, 1024),
      checkSeconds: sum("checkSeconds", 2),
      totalSeconds: sum("totalSeconds", 2),
      wallSeconds: sum("wallSeconds", 2),
      cpuSeconds: sum("cpuSeconds", 2),
    };
  };
  const first = Object.fromEntries(CONSUMERS.map((c) => [c, figures[c][0]!])) as Record<Consumer, TscFigures>;
  const styleFigures = (style: Style) => {
    const base = STYLES[style];
    const medianOf = (consumer: Consumer, key: keyof TscFigures) => median(figures[consumer].map((f) => f[key]));
    return {
      ...pick(style),
      baseline: base,
      extraInstantiations: first[style].instantiations - first[base].instantiations,
      extraTypes: first[style].types - first[base].types,
      extraCheckSeconds: Number((medianOf(style, "checkSeconds") - medianOf(base, "checkSeconds")).toFixed(2)),
      memoryRatio: Number((medianOf(style, "memoryKiB") / medianOf(base, "memoryKiB")).toFixed(3)),
      instantiationRatio: Number(instantiationRatio(first, style).toFixed(3)),
    };
  };
  const styles = {
    methods: styleFigures("methods"),
    paths: styleFigures("paths"),
    "openapi-fetch": styleFigures("openapi-fetch"),
  };
  const budgetOf = (style: "methods" | "paths") => {
    const s = styles[style];
    return {
      instantiations: {
        metric: "instantiations over the SDK baseline ÷ openapi-fetch's over its baseline, same 50 operations",
        ratio: s.instantiationRatio,
        max: MAX_INSTANTIATION_RATIO,
        met: s.instantiationRatio <= MAX_INSTANTIATION_RATIO,
      },
      time: {
        metric: "tsc total time of the 50-call consumer (median)",
        seconds: s.totalSeconds.median,
        maxSeconds: MAX_SECONDS,
        met: s.totalSeconds.median < MAX_SECONDS,
      },
      memory: {
        metric: "memory used, 50-call consumer ÷ SDK baseline",
        ratio: s.memoryRatio,
        max: MAX_MEMORY_RATIO,
        met: s.memoryRatio < MAX_MEMORY_RATIO,
      },
    };
  };
  const budget = { methods: budgetOf("methods"), paths: budgetOf("paths") };
  emit({
    runs,
    operations: BENCH_OPERATIONS.length,
    baselines: { sdk: pick("baseline"), "openapi-fetch": pick("openapi-fetch-baseline") },
    styles,
    budget,
    met: Object.values(budget).every((style) => Object.values(style).every((b) => b.met)),
  });
}

if (process.argv[1] === import.meta.filename) await main();
