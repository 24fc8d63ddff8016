/**
 * The runtime matrix (`make runtimes`, after `make build`): the built package runs the same
 * smoke scenario (smoke.js) against the emulator in every runtime it supports:
 *
 * - every Node major that `engines` admits, by `import` (dist/index.js) and by `require`
 *   (dist/index.cjs), the package resolved by name through its `exports`;
 * - Bun, the same way (the `bun` and `node` conditions);
 * - Deno with least permissions: `--allow-net` to the emulator's host:port and nothing else (no
 *   env, no read, no prompt), so `KLOUDLESS_LOG` must be ignored quietly;
 * - a Cloudflare Worker: worker.js bundled as wrangler bundles a worker (esbuild, conditions
 *   `workerd`, `worker`, `browser`), run in workerd through miniflare;
 * - headless Chromium (the OS's), the page importing `kloudless-ts` through an import map.
 *
 * The runtimes are installed at pinned versions into a cache folder by install.ts (the first
 * run downloads them from the npm registry; later runs install nothing). Each runtime gets its
 * own emulator, started here under the Node that runs this file. The children run with
 * `KLOUDLESS_LOG=error`: runtimes that expose the environment must report that level, the
 * others (Deno without --allow-env, workerd, Chromium) the default `warn`.
 *
 * Prints one line per runtime (name, version, pass/fail, time), the failed steps under a failed
 * line, and `N passed, N failed`; exits 1 on any failure. `RUNTIMES=node22,deno` runs a subset.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join, normalize, resolve, sep } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { type RunningEmulator, startEmulator } from "../../emulator/src/index.ts";
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from "../browser/chromium.ts";
import { binary, cacheDir, ensureAll, installDir, PINS, type RuntimePin } from "./install.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const here = import.meta.dirname;
/** What each child finds in `KLOUDLESS_LOG`. */
const ENV_LEVEL = "error";
/** Longest a runtime may take for the whole scenario. */
const TIMEOUT_MS = 60_000;

interface Step {
  name: string;
  ok: boolean;
  detail?: string;
}

/** What a runtime reports: its own version, the SDK's, and the scenario's steps. */
interface Outcome {
  version: string;
  sdkVersion: string;
  steps: Step[];
}

interface Runtime {
  /** Name on the output line. */
  name: string;
  /** Runs the scenario against `emu`. */
  run(emu: RunningEmulator): Promise<Outcome>;
}

const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
const pin = (name: string): RuntimePin => PINS.find((p) => p.name === name)!;

/** Runs `file args` and resolves to the last line of stdout parsed as JSON (an outcome). */
function child(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  return new Promise((done, fail) => {
    execFile(
      file,
      args,
      {
        cwd: here,
        timeout: TIMEOUT_MS,
        maxBuffer: 8 * 1024 * 1024,
        env: { ...process.env, KLOUDLESS_LOG: ENV_LEVEL, NODE_OPTIONS: "", ...env },
      },
      (error, stdout, stderr) => {
        const last = stdout.trim().split("\n").at(-1) ?? "";
        try {
          done(JSON.parse(last) as Outcome);
        } catch {
          fail(new Error(`${error?.message ?? "no result"}\n${stderr.trim().split("\n").slice(-8).join("\n")}`));
        }
      },
    );
  });
}

function nodeRuntime(name: string): Runtime {
  const node = binary(pin(name))!;
  return {
    name,
    async run(emu) {
      const args = [emu.url, emu.accounts[0]!.token, ENV_LEVEL];
      const esm = await child(node, ["entry.js", ...args]);
      const cjs = await child(node, ["entry.cjs", ...args]);
      const steps = [...esm.steps, ...cjs.steps.map((s) => ({ ...s, name: `require: ${s.name}` }))];
      return { ...esm, steps };
    },
  };
}

const bun: Runtime = {
  name: "bun",
  run: (emu) =>
    child(binary(pin("bun"))!, ["--no-install", "entry.js", emu.url, emu.accounts[0]!.token, ENV_LEVEL], {
      BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0",
    }),
};

const deno: Runtime = {
  name: "deno",
  run: (emu) =>
    child(
      binary(pin("deno"))!,
      [
        "run",
        "--no-prompt",
        "--no-lock",
        `--allow-net=${new URL(emu.url).host}`,
        "entry.js",
        emu.url,
        emu.accounts[0]!.token,
        "warn",
      ],
      { DENO_DIR: join(cacheDir(), "deno-dir"), DENO_NO_UPDATE_CHECK: "1" },
    ),
};

/** The part of miniflare's API used here (miniflare is installed into the cache, not the project). */
type MiniflareClass = new (options: {
  modules: boolean;
  script: string;
  compatibilityDate: string;
  bindings: Record<string, string>;
}) => { dispatchFetch(url: string): Promise<globalThis.Response>; dispose(): Promise<void> };

/** esbuild options of a worker bundle, as wrangler sets them. */
const WORKER_BUILD = {
  absWorkingDir: repoRoot,
  bundle: true,
  write: false,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  conditions: ["workerd", "worker", "browser"],
  mainFields: ["module", "main"],
  logLevel: "silent",
} as const satisfies Parameters<typeof build>[0];

const workerd: Runtime = {
  name: "workerd",
  async run(emu) {
    const bundle = await build({ ...WORKER_BUILD, entryPoints: [join(here, "worker.js")] });
    // The Node-only entries are not exported to workers: the bundler says so at build time.
    const nodeOnly = await build({
      ...WORKER_BUILD,
      stdin: { contents: 'import "kloudless-ts/node";', resolveDir: here, loader: "js" },
    }).then(
      () => "bundled",
      (error: { message: string; errors?: { notes?: { text: string }[] }[] }) =>
        [error.message, ...(error.errors ?? []).flatMap((e) => (e.notes ?? []).map((n) => n.text))].join("\n"),
    );
    const dir = installDir(pin("miniflare"));
    const require = createRequire(join(dir, "package.json"));
    const { Miniflare } = require("miniflare") as { Miniflare: MiniflareClass };
    const workerdVersion = (require("workerd/package.json") as { version: string }).version;
    const mf = new Miniflare({
      modules: true,
      script: bundle.outputFiles[0]!.text,
      compatibilityDate: "2025-07-18",
      bindings: { BASE_URL: emu.url, TOKEN: emu.accounts[0]!.token, LOG_LEVEL: "warn" },
    });
    try {
      const response = await mf.dispatchFetch("http://worker.test/");
      const text = await response.text();
      let outcome: Outcome;
      try {
        outcome = JSON.parse(text) as Outcome;
      } catch {
        throw new Error(`the worker answered ${response.status}: ${text.slice(0, 500)}`);
      }
      const refused =
        /"\.\/node" cannot be imported from package "kloudless-ts" because it was explicitly disabled/.test(nodeOnly);
      outcome.steps.push(
        refused
          ? { name: "kloudless-ts/node refused by the worker bundle", ok: true }
          : { name: "kloudless-ts/node refused by the worker bundle", ok: false, detail: nodeOnly },
      );
      return { ...outcome, version: workerdVersion };
    } finally {
      await mf.dispose();
    }
  },
};

/** openapi-fetch's ESM build (the SDK's one dependency), as its package.json `exports` names it. */
function openapiFetchEsm(): string {
  const dir = join(repoRoot, "node_modules/openapi-fetch");
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    exports: { ".": { import: string | { default: string } } };
  };
  const target = pkg.exports["."].import;
  return join(dir, typeof target === "string" ? target : target.default);
}

/** Serves `/` (a page that runs smoke.js), `/smoke.js`, `/dist/**` and openapi-fetch; nothing else. */
async function startStaticServer(): Promise<{ url: string; server: Server }> {
  const dist = join(repoRoot, "dist");
  const page = `<!doctype html><meta charset="utf-8"><title>runtime matrix</title>
<script type="importmap">{ "imports": { "kloudless-ts": "/dist/index.js", "openapi-fetch": "/vendor/openapi-fetch.mjs" } }</script>
<script type="module">
import * as sdk from "kloudless-ts";
import { smoke } from "/smoke.js";
const query = new URLSearchParams(location.search);
window.smokeResult = await smoke(sdk, { baseUrl: query.get("api"), token: query.get("token") });
</script>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const js = { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" };
    if (path === "/") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    else if (path === "/smoke.js") res.writeHead(200, js).end(readFileSync(join(here, "smoke.js")));
    else if (path === "/vendor/openapi-fetch.mjs") res.writeHead(200, js).end(readFileSync(openapiFetchEsm()));
    else {
      const file = normalize(join(dist, decodeURIComponent(path.replace(/^\/dist\//, ""))));
      if (path.startsWith("/dist/") && file.startsWith(dist + sep) && existsSync(file))
        res.writeHead(200, js).end(readFileSync(file));
      else res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const chromiumRuntime: Runtime = {
  name: "chromium",
  async run(emu) {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(NO_CHROMIUM);
    const site = await startStaticServer();
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      const query = new URLSearchParams({ api: emu.url, token: emu.accounts[0]!.token });
      await page.goto(`${site.url}/?${query}`);
      const result = await page
        .waitForFunction(() => (window as { smokeResult?: unknown }).smokeResult, undefined, { timeout: 30_000 })
        .then((handle) => handle.jsonValue() as Promise<Omit<Outcome, "version">>)
        .catch((error: Error) => {
          throw new Error(`${error.message}\n${errors.join("\n")}`);
        });
      return { ...result, version: browser.version() };
    } finally {
      await browser.close();
      site.server.closeAllConnections();
      site.server.close();
    }
  },
};

const RUNTIMES: Runtime[] = [
  ...PINS.filter((p) => p.name.startsWith("node")).map((p) => nodeRuntime(p.name)),
  bun,
  deno,
  workerd,
  chromiumRuntime,
];

interface Line {
  name: string;
  version: string;
  ok: boolean;
  ms: number;
  failures: string[];
}

async function runOne(runtime: Runtime): Promise<Line> {
  const t = performance.now();
  // smoke.js times out and aborts calls for its HANG_ID file, which this rule holds for 10 s.
  const hang = { kind: "latency", delayMs: 10_000, match: { path: "/storage/files/smoke-hang$" } } as const;
  const emu = await startEmulator({ port: 0, seed: "demo", faults: [hang] });
  try {
    const outcome = await runtime.run(emu);
    const failures = outcome.steps.filter((s) => !s.ok).map((s) => `${s.name}: ${s.detail ?? "failed"}`);
    if (outcome.sdkVersion !== pkg.version) failures.push(`runs SDK ${outcome.sdkVersion}, not ${pkg.version}`);
    if (outcome.steps.length === 0) failures.push("no step ran");
    return {
      name: runtime.name,
      version: outcome.version,
      ok: failures.length === 0,
      ms: performance.now() - t,
      failures,
    };
  } catch (error) {
    const message = String((error as Error).message ?? error);
    return { name: runtime.name, version: "?", ok: false, ms: performance.now() - t, failures: [message] };
  } finally {
    await emu.close();
  }
}

async function main(): Promise<number> {
  if (!existsSync(join(repoRoot, "dist/index.js")) || !existsSync(join(repoRoot, "dist/index.cjs")))
    throw new Error("dist/ is not built: run `make build` first");
  const only = process.env.RUNTIMES?.split(",").map((s) => s.trim());
  const selected = only ? RUNTIMES.filter((r) => only.includes(r.name)) : RUNTIMES;
  const started = performance.now();
  const pinName = (runtime: Runtime): string => (runtime.name === "workerd" ? "miniflare" : runtime.name);
  await ensureAll(PINS.filter((p) => selected.some((runtime) => pinName(runtime) === p.name)));

  // Two at a time (the machine may have two cores), each slot in turn; lines print in matrix order.
  const slots = [Promise.resolve(), Promise.resolve()];
  const results = selected.map((runtime, n) => {
    const line = slots[n % 2]!.then(() => runOne(runtime));
    slots[n % 2] = line.then(() => undefined);
    return line;
  });

  let failed = 0;
  for (const pending of results) {
    const line = await pending;
    if (!line.ok) failed++;
    console.log(
      `${line.ok ? "pass" : "FAIL"}  ${line.name.padEnd(9)} ${line.version.padEnd(16)} ${(line.ms / 1000).toFixed(1).padStart(5)} s`,
    );
    for (const failure of line.failures) console.log(`      ${failure.replaceAll("\n", "\n      ")}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${selected.length - failed} passed, ${failed} failed (${seconds} s)`);
  return failed;
}

const failed = await main().catch((error: unknown) => {
  console.log(`FAIL  runtime matrix: ${String((error as Error).stack ?? error)}`);
  return 1;
});
process.exit(failed ? 1 : 0);
