/**
 * The loopback server of the throughput and paging benchmarks: one plain `node:http` server,
 * run in its own process (`startServer()` spawns it) so that its work does not share the
 * client's event loop. Answers are prebuilt, so the server does the same small work for
 * every client.
 *
 * - `GET /v1/accounts/me/storage/files/<id>`: a file's metadata (bench/fixtures.ts);
 * - `GET /v1/accounts/me/storage/folders/root/contents?page=N`: page N of a listing of
 *   `--pages` pages of `--per-page` files (`next_page` names the next page, null on the last).
 *
 * Run directly: node --import tsx bench/server.ts [--pages 1000] [--per-page 100]
 * It prints `LISTENING <port>` once ready and exits when its parent closes stdin.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { FILE_JSON, listPage } from "./fixtures.ts";
import { TSX } from "./lib.ts";

/** A running server process. */
export interface BenchServer {
  url: string;
  process: ChildProcess;
  close(): Promise<void>;
}

/** Spawns the server in its own Node process and waits until it listens. */
export function startServer(pages = 1, perPage = 1): Promise<BenchServer> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [...TSX, import.meta.filename, "--pages", String(pages), "--per-page", String(perPage)],
      { stdio: ["pipe", "pipe", "inherit"] },
    );
    let out = "";
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`bench server exited (${code}) before listening`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk;
      const match = /LISTENING (\d+)/.exec(out);
      if (!match) return;
      child.removeAllListeners("exit");
      resolvePromise({
        url: `http://127.0.0.1:${match[1]}`,
        process: child,
        close: () =>
          new Promise<void>((done) => {
            child.once("exit", () => done());
            child.stdin!.end();
          }),
      });
    });
  });
}

function serve(): void {
  const { values } = parseArgs({
    options: { pages: { type: "string", default: "1" }, "per-page": { type: "string", default: "1" } },
  });
  const pages = Number(values.pages);
  const perPage = Number(values["per-page"]);
  const file: Buffer = Buffer.from(FILE_JSON);
  const listing: Buffer[] = [];
  for (let page = 1; page <= pages; page++) listing.push(Buffer.from(listPage(page, pages, perPage)));
  const notFound: Buffer = Buffer.from('{"error_code":"not_found","message":"not found","status_code":404}');

  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    let body = notFound;
    let status = 404;
    if (path.startsWith("/v1/accounts/me/storage/files/")) {
      body = file;
      status = 200;
    } else if (path === "/v1/accounts/me/storage/folders/root/contents") {
      const page = Number(new URLSearchParams(q < 0 ? "" : url.slice(q + 1)).get("page") ?? "1");
      const found = listing[page - 1];
      if (found) {
        body = found;
        status = 200;
      }
    }
    // Drain any request body, then answer.
    req.resume();
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": body.length,
      "x-request-id": "req_bench",
    });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    process.stdout.write(`LISTENING ${(server.address() as AddressInfo).port}\n`);
  });
  process.stdin.resume();
  process.stdin.on("end", () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

if (process.argv[1] === import.meta.filename) serve();
