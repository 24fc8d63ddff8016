/**
 * Packing test (`make pack-test`, after `make build`): the package as a user gets it.
 *
 * 1. `npm pack` the repository and its emulator package (emulator/); the SDK's tarball holds
 *    dist/, README.md, CHANGELOG.md, LICENSE and package.json, and nothing else (no src/, test/,
 *    spec/, no emulator); the emulator's holds its dist/, README.md and package.json.
 * 2. Install both tarballs into a scratch project in a temp folder, preferring the npm cache
 *    (`npm install --prefer-offline <tarballs>`: `openapi-fetch`, the only dependency, and its own
 *    dependency come from the cache when there, else from the registry).
 * 3. Use it, each time against the emulator started from the installed `kloudless-emulator`
 *    package, doing real calls (list the root folder, again through
 *    `kloudless-ts/openapi-fetch`):
 *    - from `require` (a `.cjs` file) and from `import` (a `.mjs` file), which also upload a file
 *      from disk with `kloudless-ts/node`'s `fileSource` and save it back with `saveToFile`,
 *    - from TypeScript with `moduleResolution: node16` (a `.mts` and a `.cts` file) and with
 *      `moduleResolution: bundler`, type-checked by the repository's tsc (declarations included:
 *      `skipLibCheck` is off), including `@ts-expect-error` lines that prove the typed paths
 *      survived packaging; the node16 output is then run;
 *    - the `kloudless-emulator` bin from node_modules/.bin, answered by the packed client.
 *
 * Prints one line per check and `N passed, N failed`; exits 1 on any failure.
 * `KEEP_SCRATCH=1` keeps the scratch folder for inspection.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { check, finish } from "../helpers/checks.ts";

const execFileAsync = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, "../..");
const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
const started = performance.now();
/** The environment without the `npm_*` variables that `npx`/`make` leave behind (they would steer the inner npm). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith("npm_")));
}

async function run(
  command: string,
  args: string[],
  cwd: string,
  timeout = 120_000,
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd,
      env: cleanEnv(),
      timeout,
      maxBuffer: 1 << 24,
    });
    return { ok: true, stdout, stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, stdout: e.stdout ?? "", stderr: `${e.stderr ?? ""}\n${e.message}` };
  }
}

/** What every consumer prints: one JSON line. */
interface Outcome {
  version: string;
  isList: boolean;
  names: string[];
  notFound: boolean;
  /** The root folder's names again, through the `kloudless-ts/openapi-fetch` client. */
  viaFetch: string[];
  /** A file uploaded from disk with `kloudless-ts/node`'s `fileSource` and saved back with `saveToFile` (JS consumers). */
  nodeRoundTrip?: boolean;
}

function parseOutcome(stdout: string): Outcome | undefined {
  const line = stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as Outcome;
  } catch {
    return undefined;
  }
}

const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };

// The consumers. Each starts the packed emulator, lists the root folder with the packed client,
// checks that an API error arrives as the exported error class, and prints one JSON line.

/** What the JavaScript consumers import, module by module. */
const JS_IMPORTS: [module: string, names: string][] = [
  ["kloudless-ts", "Account, NotFound, ResourceList, VERSION"],
  ["kloudless-emulator", "startEmulator"],
  ["kloudless-ts/openapi-fetch", "createFetchClient"],
  ["kloudless-ts/node", "fileSource, saveToFile"],
  ["node:fs", "mkdtempSync, readFileSync, writeFileSync"],
  ["node:os", "tmpdir"],
  ["node:path", "join"],
];

/** The JavaScript consumers' code after their imports; `STYLE` names the module system. */
const JS_BODY = `const emu = await startEmulator({ port: 0 });
try {
  const account = new Account({ token: emu.accounts[0].token, baseUrl: emu.url, maxRetries: 0 });
  const root = await account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
  const missing = await account.storage.files.retrieve("no-such-file").catch((error) => error);
  const viaFetch = await createFetchClient(account).GET("/accounts/{account_id}/storage/folders/{folder_id}/contents", {
    params: { path: { account_id: "me", folder_id: "root" } },
  });
  const dir = mkdtempSync(join(tmpdir(), "kloudless-pack-"));
  writeFileSync(join(dir, "from-disk.txt"), "bytes from disk (STYLE)");
  const uploaded = await account.storage.files.upload({ parentId: "root", ...fileSource(join(dir, "from-disk.txt")) });
  await saveToFile(await account.storage.files.download(uploaded.data.id), join(dir, "back.txt"));
  console.log(JSON.stringify({
    version: VERSION,
    isList: root instanceof ResourceList,
    names: root.objects.map((item) => item.data.name),
    notFound: missing instanceof NotFound,
    viaFetch: viaFetch.data.objects.map((item) => item.name),
    nodeRoundTrip: readFileSync(join(dir, "back.txt"), "utf8") === "bytes from disk (STYLE)",
  }));
} finally {
  await emu.close();
}`;

/** A JavaScript consumer: `import` statements and top-level await, or `require` in an async function. */
function jsConsumer(style: "esm" | "cjs"): string {
  const body = JS_BODY.replaceAll("STYLE", style);
  if (style === "esm") {
    return `${JS_IMPORTS.map(([module, names]) => `import { ${names} } from "${module}";`).join("\n")}\n\n${body}\n`;
  }
  const requires = JS_IMPORTS.map(([module, names]) => `const { ${names} } = require("${module}");`).join("\n");
  const indented = body.replace(/^/gm, "  ");
  return `${requires}\n\n(async () => {\n${indented}\n})().catch((error) => { console.error(error); process.exit(1); });\n`;
}

/** A typed consumer; the same text serves node16 (.mts, .cts) and bundler. */
function typedConsumer(style: "esm" | "cjs"): string {
  const body = `
  const emu: RunningEmulator = await startEmulator({ port: 0 });
  try {
    const account = new Account({ token: emu.accounts[0]!.token, baseUrl: emu.url, maxRetries: 0 });
    const root = await account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
    const list: ResourceList<unknown, unknown> = root;
    const names: string[] = root.objects.map((item) => item.data.name);
    const type: "file" | "folder" | undefined = root.objects[0]?.data.type;
    const missing: unknown = await account.storage.files.retrieve("no-such-file").catch((error: unknown) => error);
    const version: string = VERSION;
    const contents = await createFetchClient(account).GET("/accounts/{account_id}/storage/folders/{folder_id}/contents", {
      params: { path: { account_id: "me", folder_id: "root" } },
    });
    const viaFetch: string[] = (contents.data?.objects ?? []).map((item) => item.name);
    // @ts-expect-error: a misspelled path does not compile
    if (names.length < 0) await account.get("storage/folder/root/contents");
    // @ts-expect-error: a folder listing has no \`size\` of its own
    if (names.length < 0) console.log(root.data.size);
    void list;
    void type;
    console.log(JSON.stringify({ version, isList: root instanceof ResourceList, names, notFound: missing instanceof NotFound, viaFetch }));
  } finally {
    await emu.close();
  }`;
  const imports = `import { Account, NotFound, ResourceList, VERSION } from "kloudless-ts";
import { type RunningEmulator, startEmulator } from "kloudless-emulator";
import { createFetchClient } from "kloudless-ts/openapi-fetch";
`;
  return style === "esm"
    ? `${imports}${body.replace(/^ {2}/gm, "")}\nexport {};\n`
    : `${imports}\nasync function main(): Promise<void> {${body}\n}\n\nmain().catch((error: unknown) => {\n  console.error(error);\n  process.exit(1);\n});\n`;
}

function tsconfig(options: Record<string, unknown>, files: string[]): string {
  return JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
        types: ["node"],
        typeRoots: [join(repoRoot, "node_modules/@types")],
        ...options,
      },
      files,
    },
    null,
    2,
  );
}

/** What `npm pack` made of the package in `dir`: its tarball's name (in `destination`) and files. */
async function pack(dir: string, destination: string): Promise<{ filename: string; files: string[] } | undefined> {
  const packed = await run("npm", ["pack", "--json", "--pack-destination", destination], dir);
  check(packed.ok, `npm pack ${dir === repoRoot ? "." : dir.slice(repoRoot.length + 1)}`, packed.stderr);
  if (!packed.ok) return undefined;
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as {
    filename: string;
    size: number;
    unpackedSize: number;
    files: { path: string }[];
  }[];
  const files = info!.files.map((f) => f.path);
  console.log(
    `     ${info!.filename}: ${info!.size} bytes packed, ${info!.unpackedSize} unpacked, ${files.length} files`,
  );
  return { filename: info!.filename, files };
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), "kloudless-pack-"));
  const emulators: ChildProcess[] = [];
  try {
    // 1. Pack.
    let t = performance.now();
    const info = await pack(repoRoot, scratch);
    const emulatorInfo = await pack(join(repoRoot, "emulator"), scratch);
    if (!info || !emulatorInfo) return;
    console.log(`     packed in ${Math.round(performance.now() - t)} ms`);
    const unexpected = info.files.filter(
      (f) => !f.startsWith("dist/") && !["package.json", "README.md", "CHANGELOG.md", "LICENSE"].includes(f),
    );
    check(
      unexpected.length === 0,
      "the SDK's tarball holds only dist/, package.json, README.md, CHANGELOG.md, LICENSE",
      unexpected.join(", "),
    );
    for (const f of [
      "README.md",
      "CHANGELOG.md",
      "LICENSE",
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
    ]) {
      check(info.files.includes(f), `the SDK's tarball holds ${f}`);
    }
    const emulatorInSdk = info.files.filter((f) => /emulator/.test(f));
    check(emulatorInSdk.length === 0, "the SDK's tarball holds no emulator", emulatorInSdk.join(", "));
    const unexpectedEmulator = emulatorInfo.files.filter(
      (f) => !f.startsWith("dist/") && !["package.json", "README.md"].includes(f),
    );
    check(
      unexpectedEmulator.length === 0,
      "the emulator's tarball holds only dist/, package.json, README.md",
      unexpectedEmulator.join(", "),
    );
    for (const f of ["README.md", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/cli.js"]) {
      check(emulatorInfo.files.includes(f), `the emulator's tarball holds ${f}`);
    }

    // 2. Install into a scratch project, from the cache where it can.
    const project = join(scratch, "consumer");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }));
    t = performance.now();
    const installed = await run(
      "npm",
      [
        "install",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--no-package-lock",
        join(scratch, info.filename),
        join(scratch, emulatorInfo.filename),
      ],
      project,
    );
    check(installed.ok, "npm install <tarballs> (openapi-fetch from the cache where it is there)", installed.stderr);
    if (!installed.ok) return;
    console.log(`     installed in ${Math.round(performance.now() - t)} ms`);
    const installedPkg = JSON.parse(readFileSync(join(project, "node_modules/kloudless-ts/package.json"), "utf8"));
    check(installedPkg.version === pkg.version, `the installed package is version ${pkg.version}`);

    const expectOutcome = (
      name: string,
      result: { ok: boolean; stdout: string; stderr: string },
      usesNodeHelpers = false,
    ) => {
      const outcome = parseOutcome(result.stdout);
      check(result.ok && outcome !== undefined, `${name}: runs`, `${result.stdout}\n${result.stderr}`);
      if (!outcome) return;
      check(outcome.version === pkg.version, `${name}: VERSION is ${pkg.version}`, outcome.version);
      check(outcome.isList, `${name}: the root folder comes back as the package's ResourceList`);
      check(
        outcome.names.length > 0 && outcome.names.every((n) => typeof n === "string"),
        `${name}: lists the root folder (${outcome.names.length} items)`,
        JSON.stringify(outcome.names),
      );
      check(outcome.notFound, `${name}: a 404 is the package's NotFound`);
      check(
        JSON.stringify(outcome.viaFetch) === JSON.stringify(outcome.names),
        `${name}: kloudless-ts/openapi-fetch lists the same folder`,
        JSON.stringify(outcome.viaFetch),
      );
      if (usesNodeHelpers) {
        check(outcome.nodeRoundTrip === true, `${name}: kloudless-ts/node uploads a file from disk and saves it back`);
      }
    };

    // 3a. require and import.
    writeFileSync(join(project, "use-require.cjs"), jsConsumer("cjs"));
    writeFileSync(join(project, "use-import.mjs"), jsConsumer("esm"));
    expectOutcome("require (CJS)", await run(process.execPath, ["use-require.cjs"], project, 30_000), true);
    expectOutcome("import (ESM)", await run(process.execPath, ["use-import.mjs"], project, 30_000), true);

    // 3b. TypeScript: node16 (ESM and CJS files) and bundler, with the repository's tsc.
    writeFileSync(join(project, "typed.mts"), typedConsumer("esm"));
    writeFileSync(join(project, "typed.cts"), typedConsumer("cjs"));
    writeFileSync(join(project, "typed-bundler.ts"), typedConsumer("esm"));
    writeFileSync(
      join(project, "tsconfig.node16.json"),
      tsconfig({ module: "node16", moduleResolution: "node16", lib: ["ES2022"], outDir: "out-node16" }, [
        "typed.mts",
        "typed.cts",
      ]),
    );
    writeFileSync(
      join(project, "tsconfig.bundler.json"),
      tsconfig(
        { module: "preserve", moduleResolution: "bundler", lib: ["ES2022", "DOM", "DOM.Iterable"], noEmit: true },
        ["typed-bundler.ts"],
      ),
    );
    t = performance.now();
    const [node16, bundler] = await Promise.all([
      run(process.execPath, [tsc, "-p", "tsconfig.node16.json"], project),
      run(process.execPath, [tsc, "-p", "tsconfig.bundler.json"], project),
    ]);
    check(
      node16.ok,
      "TypeScript, moduleResolution node16 (.mts and .cts, declarations checked): compiles",
      node16.stdout + node16.stderr,
    );
    check(
      bundler.ok,
      "TypeScript, moduleResolution bundler (declarations checked): compiles",
      bundler.stdout + bundler.stderr,
    );
    console.log(`     type-checked in ${Math.round(performance.now() - t)} ms`);
    if (node16.ok) {
      expectOutcome(
        "TypeScript node16 ESM (.mts → .mjs)",
        await run(process.execPath, ["out-node16/typed.mjs"], project, 30_000),
      );
      expectOutcome(
        "TypeScript node16 CJS (.cts → .cjs)",
        await run(process.execPath, ["out-node16/typed.cjs"], project, 30_000),
      );
    }

    // 3c. The bin, from node_modules/.bin, answered by the packed client.
    const bin = spawn(join(project, "node_modules/.bin/kloudless-emulator"), ["--port", "0", "--json", "--quiet"], {
      cwd: project,
      env: cleanEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    emulators.push(bin);
    const ready = await new Promise<string>((resolveLine, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`no ready line in 15 s: ${out}`)), 15_000);
      bin.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString("utf8");
        if (out.includes("\n")) {
          clearTimeout(timer);
          resolveLine(out.slice(0, out.indexOf("\n")));
        }
      });
      bin.once("exit", (code) => reject(new Error(`kloudless-emulator exited with ${code}: ${out}`)));
    }).catch((error: Error) => error.message);
    let readyInfo: { url?: string; accounts?: { token: string }[] } = {};
    try {
      readyInfo = JSON.parse(ready);
    } catch {}
    check(typeof readyInfo.url === "string", "the kloudless-emulator bin prints its ready line", ready);
    if (readyInfo.url && readyInfo.accounts?.[0]) {
      writeFileSync(
        join(project, "use-bin.mjs"),
        `import { Account } from "kloudless-ts";
const [url, token] = process.argv.slice(2);
const root = await new Account({ token, baseUrl: url, maxRetries: 0 }).get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
console.log(JSON.stringify(root.objects.map((item) => item.data.name)));
`,
      );
      const listed = await run(
        process.execPath,
        ["use-bin.mjs", readyInfo.url, readyInfo.accounts[0].token],
        project,
        30_000,
      );
      check(
        listed.ok && JSON.parse(listed.stdout || "[]").length > 0,
        "the packed client lists the root folder of the bin's emulator",
        listed.stdout + listed.stderr,
      );
    }
  } finally {
    for (const child of emulators) child.kill("SIGTERM");
    if (process.env.KEEP_SCRATCH) console.log(`     scratch kept: ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

await main().catch((error: unknown) => check(false, "pack test", String((error as Error).stack ?? error)));
console.log(`     pack test took ${((performance.now() - started) / 1000).toFixed(1)} s`);
finish();
