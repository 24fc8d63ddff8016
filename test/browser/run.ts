/**
 * Browser test (`make browser-test`, after `make build`): the ESM build runs in a real browser.
 *
 * - Starts the emulator (`startEmulator({ port: 0 })`; it answers CORS, so a page of another
 *   origin may call it).
 * - Serves, from a small node:http static server on 127.0.0.1: page.html and page.js, the build
 *   (dist/), and openapi-fetch's ESM build; the page's import map maps `kloudless-ts`,
 *   `kloudless-ts/openapi-fetch` and `openapi-fetch` to them, so the page imports the package by
 *   name as an app would.
 * - Opens the page in headless Chromium (the OS's, found by chromium.ts; driven by playwright-core).
 *   The page lists the root folder, uploads a Blob, downloads it back and writes the result into
 *   the page; this test reads the page's DOM, and checks what the emulator received.
 *
 * Prints one line per check and `N passed, N failed`; exits 1 on any failure.
 * `SCREENSHOT=path.png` also saves a screenshot of the finished page.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium } from "playwright-core";
import { startEmulator } from "../../emulator/src/index.ts";
import { check, finish } from "../helpers/checks.ts";
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from "./chromium.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const here = import.meta.dirname;
const started = performance.now();
/** openapi-fetch's ESM build, as its package.json `exports` names it. */
function openapiFetchEsm(): string {
  const dir = join(repoRoot, "node_modules/openapi-fetch");
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { exports: { ".": { import: string } } };
  return join(dir, pkg.exports["."].import);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json",
};

/** Serves `/` (page.html), `/page.js`, `/dist/**` and `/vendor/openapi-fetch.mjs`; nothing else. */
async function startStaticServer(): Promise<{ url: string; server: Server; served: string[] }> {
  const dist = join(repoRoot, "dist");
  const vendor = openapiFetchEsm();
  const served: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    let file: string | undefined;
    if (path === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    if (path === "/" || path === "/index.html") file = join(here, "page.html");
    else if (path === "/page.js") file = join(here, "page.js");
    else if (path === "/vendor/openapi-fetch.mjs") file = vendor;
    else if (path.startsWith("/dist/")) {
      const candidate = normalize(join(dist, decodeURIComponent(path.slice("/dist/".length))));
      if (candidate.startsWith(dist + sep)) file = candidate;
    }
    if (!file || !existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${path}`);
      return;
    }
    served.push(path);
    res
      .writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      })
      .end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, served };
}

interface PageResult {
  version: string;
  isList: boolean;
  names: string[];
  uploadedName: string;
  uploadedSize: number;
  sentBytes: number;
  receivedBytes: number;
  identical: boolean;
  notFound: boolean;
  viaFetch: string[];
}

async function main(): Promise<void> {
  if (!existsSync(join(repoRoot, "dist/index.js")))
    throw new Error("dist/index.js does not exist: run `make build` first");
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(NO_CHROMIUM);
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };

  const emu = await startEmulator({ port: 0 });
  const site = await startStaticServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      // The browser logs every 4xx; the page asks for a missing file on purpose.
      const expected = message.location().url.includes("/storage/files/no-such-file");
      if (message.type() === "error" && !expected) consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));

    const t = performance.now();
    const query = new URLSearchParams({ api: emu.url, token: emu.accounts[0]!.token });
    await page.goto(`${site.url}/?${query}`);
    await page.waitForSelector("body[data-status=done], body[data-status=error]", { timeout: 20_000 });
    const pageMs = Math.round(performance.now() - t);

    const status = await page.getAttribute("body", "data-status");
    const resultText = (await page.textContent("#result")) ?? "";
    check(status === "done", "the page finished without error", resultText);
    check(consoleErrors.length === 0, "no error in the browser console", consoleErrors.join("\n"));
    if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
    if (status !== "done") return;

    const result = JSON.parse(resultText) as PageResult;
    const listed = await page.$$eval("#root li", (items) => items.map((li) => li.textContent ?? ""));
    const roundtrip = (await page.textContent("#roundtrip")) ?? "";
    console.log(`     page done in ${pageMs} ms; root: ${listed.join(", ")}; ${roundtrip}`);

    check(result.version === pkg.version, `the page runs the built SDK (VERSION ${pkg.version})`, result.version);
    check(result.isList && listed.length > 0, `the root folder is listed on the page (${listed.length} items)`);
    check(JSON.stringify(listed) === JSON.stringify(result.names), "the listed names are the ones the SDK returned");
    check(result.uploadedName === "from-the-browser.txt", "the Blob was uploaded under its name", result.uploadedName);
    check(
      result.sentBytes > 0 && result.uploadedSize === result.sentBytes && result.receivedBytes === result.sentBytes,
      `the upload and the download have the Blob's size (${result.sentBytes} bytes)`,
      JSON.stringify(result),
    );
    check(result.identical, "the downloaded Blob reads back identical (UTF-8 text)");
    check(result.notFound, "a 404 in the browser is the SDK's NotFound");

    // What the emulator received from the browser.
    const fromPage = emu.requests.filter((r) => r.headers.origin === site.url);
    check(fromPage.length >= 4, `the emulator answered the page's cross-origin requests (${fromPage.length})`);
    const apiCalls = fromPage.filter((r) => r.method !== "OPTIONS");
    check(
      apiCalls.every((r) => !(r.headers["user-agent"] ?? "").includes("kloudless-ts")),
      "in a browser the SDK leaves User-Agent to the browser",
      apiCalls.map((r) => r.headers["user-agent"]).join("\n"),
    );
    check(
      apiCalls.some(
        (r) => r.method === "POST" && r.path.endsWith("/storage/files") && r.bodyBytes === result.sentBytes,
      ),
      "the upload reached the emulator with the Blob's bytes",
    );
    check(
      result.names.every((name) => result.viaFetch.includes(name)) && result.viaFetch.includes(result.uploadedName),
      "kloudless-ts/openapi-fetch lists the root folder in the browser (the uploaded file included)",
      JSON.stringify(result.viaFetch),
    );
    // openapi-fetch is the SDK's one dependency: the main entry loads it (every client sends
    // through its own openapi-fetch client), before kloudless/openapi-fetch is imported.
    const servedBefore = site.served.slice(0, site.served.indexOf("/dist/openapi-fetch/index.js"));
    check(
      site.served.includes("/dist/index.js") &&
        site.served.includes("/dist/openapi-fetch/index.js") &&
        servedBefore.includes("/vendor/openapi-fetch.mjs"),
      "the page loaded dist/index.js with openapi-fetch, then kloudless-ts/openapi-fetch",
      site.served.join(", "),
    );
  } finally {
    await browser.close();
    site.server.closeAllConnections();
    site.server.close();
    await emu.close();
  }
}

await main().catch((error: unknown) => check(false, "browser test", String((error as Error).stack ?? error)));
console.log(`     browser test took ${((performance.now() - started) / 1000).toFixed(1)} s`);
finish();
