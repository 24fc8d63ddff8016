/**
 * The emulator under abuse, over real HTTP: oversized and unauthenticated bodies, upload from
 * URLs that redirect, stall or never end, pathological fault patterns, cross-site requests to
 * the admin routes, credentials in logs, and faults that must not cut binary bodies.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../src/index.ts";

const MiB = 1024 * 1024;
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let emu: RunningEmulator;
let token: string;
const lines: string[] = [];

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    maxUploadBytes: 2 * MiB,
    maxJsonBodyBytes: 64 * 1024,
    uploadFromUrl: { connectTimeoutMs: 500, totalTimeoutMs: 1500 },
    logRequests: (line) => lines.push(line),
  });
  token = emu.accounts[0]?.token as string;
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

/** A raw request whose body is written by `write`; resolves with the status and body, or the socket error. */
function rawRequest(
  path: string,
  headers: Record<string, string | number>,
  write: (req: ReturnType<typeof request>) => void,
  method = "POST",
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, emu.url);
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    write(req);
  });
}

async function withServer(
  handler: Parameters<typeof createServer>[1],
  run: (url: string, server: Server) => Promise<void>,
): Promise<void> {
  const server = createServer(handler);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, server);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

function uploadFromUrl(url: string, name: string): Promise<Response> {
  return fetch(`${emu.url}/v1/accounts/me/storage/files`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ url, parent_id: "root", name }),
  });
}

describe("request bodies", () => {
  it("refuses an unauthenticated 768 MiB upload with 401 before reading its body, and closes the connection", async () => {
    const started = Date.now();
    const res = await rawRequest(
      "/v1/accounts/me/storage/files",
      {
        "Content-Type": "application/octet-stream",
        "Content-Length": 768 * MiB,
        "X-Kloudless-Metadata": JSON.stringify({ name: "big.bin", parent_id: "root" }),
      },
      (req) => req.write(Buffer.alloc(64 * 1024)), // the rest is never sent
    );
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ status_code: 401, error_code: "authentication_required" });
    expect(res.headers.connection).toBe("close");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses an upload_url PUT with an unknown token before reading its body", async () => {
    const res = await rawRequest(
      "/__emulator/uploads/no-such-token",
      { "Content-Type": "application/octet-stream", "Content-Length": 768 * MiB },
      (req) => req.write(Buffer.alloc(1024)),
      "PUT",
    );
    expect(res.status).toBe(404);
    expect(res.headers.connection).toBe("close");
  });

  it("answers 413 with the API's error body for an upload past maxUploadBytes, by Content-Length", async () => {
    const res = await rawRequest(
      "/v1/accounts/me/storage/files",
      {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/octet-stream",
        "Content-Length": 3 * MiB,
        "X-Kloudless-Metadata": JSON.stringify({ name: "big.bin", parent_id: "root" }),
      },
      (req) => req.write(Buffer.alloc(1024)),
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ status_code: 413, error_code: "request_too_large" });
  });

  it("answers 413 for a chunked upload once its bytes pass the limit, without keeping them", async () => {
    const res = await rawRequest(
      "/v1/accounts/me/storage/files",
      {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/octet-stream",
        "X-Kloudless-Metadata": JSON.stringify({ name: "chunked.bin", parent_id: "root" }),
      },
      (req) => {
        const chunk = Buffer.alloc(256 * 1024);
        let sent = 0;
        const pump = () => {
          while (sent < 16 && req.write(chunk)) sent++;
          if (sent < 16) req.once("drain", pump);
        };
        req.on("error", () => {}); // the emulator closes the connection mid-upload
        pump();
      },
    );
    expect(res.status).toBe(413);
    const root = await fetch(`${emu.url}/v1/accounts/me/storage/folders/root/contents`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const names = ((await root.json()) as { objects: { name: string }[] }).objects.map((o) => o.name);
    expect(names).not.toContain("chunked.bin");
  });

  it("answers and logs an upload whose client leaves half way, instead of waiting for the rest", async () => {
    const before = emu.requests.length;
    await new Promise<void>((resolve) => {
      const req = request(new URL("/v1/accounts/me/storage/files", emu.url), {
        method: "POST",
        agent: false,
        headers: {
          Authorization: `Bearer ${token}`,
          "Content-Type": "application/octet-stream",
          "Content-Length": MiB,
          "X-Kloudless-Metadata": JSON.stringify({ name: "half.bin", parent_id: "root" }),
        },
      });
      req.on("error", () => resolve());
      req.write(Buffer.alloc(MiB / 2), () => setTimeout(() => req.destroy(), 50));
    });
    const deadline = Date.now() + 3000;
    while (emu.requests.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(emu.requests.at(-1)).toMatchObject({ method: "POST", status: 400 });
  });

  it("accepts an upload within the limit", async () => {
    const res = await fetch(`${emu.url}/v1/accounts/me/storage/files`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/octet-stream",
        "X-Kloudless-Metadata": JSON.stringify({ name: "fits.bin", parent_id: "root" }),
      },
      body: new Uint8Array(MiB),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { size: number }).size).toBe(MiB);
  });

  it("takes the caps from the CLI's --max-json-bytes and --max-upload-bytes", async () => {
    const child = spawn(
      join(ROOT, "node_modules/.bin/tsx"),
      [
        "emulator/src/cli.ts",
        "--port",
        "0",
        "--json",
        "--quiet",
        "--max-json-bytes",
        "100",
        "--max-upload-bytes",
        "1000",
      ],
      { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
      const ready = JSON.parse(line) as { url: string; accounts: { token: string }[] };
      const auth = { Authorization: `Bearer ${ready.accounts[0]?.token}` };
      const folder = await fetch(`${ready.url}/v1/accounts/me/storage/folders`, {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json" },
        body: JSON.stringify({ name: "x".repeat(200), parent_id: "root" }),
      });
      expect(folder.status).toBe(413);
      const upload = await fetch(`${ready.url}/v1/accounts/me/storage/files`, {
        method: "POST",
        headers: {
          ...auth,
          "Content-Type": "application/octet-stream",
          "X-Kloudless-Metadata": JSON.stringify({ name: "small.bin", parent_id: "root" }),
        },
        body: new Uint8Array(2000),
      });
      expect(upload.status).toBe(413);
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }, 30_000);

  it("caps JSON bodies at maxJsonBodyBytes with 413", async () => {
    const res = await fetch(`${emu.url}/v1/accounts/me/storage/folders`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "x".repeat(100 * 1024), parent_id: "root" }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error_code: "request_too_large" });
  });
});

describe("upload from URL", () => {
  it("refuses a redirect to a host that is not loopback", async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(302, { Location: "http://example.com/file.txt" });
        res.end();
      },
      async (url) => {
        const res = await uploadFromUrl(`${url}/start`, "redirected.txt");
        expect(res.status).toBe(400);
        expect(((await res.json()) as { message: string }).message).toMatch(/loopback.*example\.com/);
      },
    );
  });

  it("follows redirects between loopback URLs", async () => {
    await withServer(
      (req, res) => {
        if (req.url === "/start") {
          res.writeHead(301, { Location: "/file.txt" });
          res.end();
        } else res.end("redirected bytes");
      },
      async (url) => {
        const res = await uploadFromUrl(`${url}/start`, "followed.txt");
        expect(res.status).toBe(201);
        expect(((await res.json()) as { size: number }).size).toBe(16);
      },
    );
  });

  it("stops after maxRedirects hops of a redirect loop", async () => {
    await withServer(
      (req, res) => {
        res.writeHead(302, { Location: `${req.url}x` });
        res.end();
      },
      async (url) => {
        const res = await uploadFromUrl(`${url}/loop`, "loop.txt");
        expect(res.status).toBe(400);
        expect(((await res.json()) as { message: string }).message).toMatch(/more than 5 redirects/);
      },
    );
  });

  it("gives up on a server that never answers within the total timeout", async () => {
    await withServer(
      () => {}, // accepts the connection, never answers
      async (url) => {
        const started = Date.now();
        const res = await uploadFromUrl(`${url}/silent`, "silent.txt");
        expect(res.status).toBe(400);
        expect(((await res.json()) as { message: string }).message).toMatch(/within 1500 ms/);
        expect(Date.now() - started).toBeLessThan(5000);
      },
    );
  });

  it("stops reading a body that never ends at the size cap", async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(200, { "Content-Type": "application/octet-stream" });
        const chunk = Buffer.alloc(64 * 1024, 1);
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once("drain", pump);
        };
        res.on("error", () => {});
        pump();
      },
      async (url) => {
        const res = await uploadFromUrl(`${url}/endless`, "endless.bin");
        expect(res.status).toBe(400);
        expect(((await res.json()) as { message: string }).message).toMatch(/larger than 2097152 bytes/);
      },
    );
  });
});

describe("fault rules", () => {
  it("reads match.path (a+)+$ as a literal, answering at once on a long path", async () => {
    const add = await fetch(`${emu.url}/__emulator/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ kind: "status", status: 503, global: false, match: { path: "(a+)+$" } }),
    });
    expect(add.status).toBe(200);
    const started = Date.now();
    const res = await fetch(`${emu.url}/v1/accounts/me/storage/files/${"a".repeat(4000)}!`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(404);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("matches globs: * within a segment, ** across segments, ^ and $ anchors", async () => {
    emu.faults.add({ kind: "status", status: 503, match: { path: "^/v1/accounts/*/storage/quota$" }, times: 1 });
    const get = (path: string) =>
      fetch(`${emu.url}/v1/accounts/me${path}`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await get("/storage/quota")).status).toBe(503);
    emu.faults.add({ kind: "status", status: 503, match: { path: "^/v1/*/storage/quota" }, times: 1 });
    expect((await get("/storage/quota")).status).toBe(200); // * does not cross a /
    emu.faults.clear();
    emu.faults.add({ kind: "status", status: 503, match: { path: "^/v1/**/quota" }, times: 1 });
    expect((await get("/storage/quota")).status).toBe(503);
  });
});

describe("admin routes", () => {
  it("refuses a cross-site text/plain POST of a fault rule, installing nothing", async () => {
    const res = await fetch(`${emu.url}/__emulator/faults`, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({ kind: "status", global: true }),
    });
    expect(res.status).toBe(415);
    expect(emu.faults.list()).toEqual([]);
  });

  it("refuses a foreign Origin and a DNS-rebound Host, even with application/json", async () => {
    const rule = JSON.stringify({ kind: "status", global: true });
    const foreign = await rawRequest(
      "/__emulator/faults",
      { "Content-Type": "application/json", Origin: "https://evil.example", "Content-Length": rule.length },
      (req) => req.end(rule),
    );
    expect(foreign.status).toBe(403);
    const port = new URL(emu.url).port;
    const rebound = await rawRequest(
      "/__emulator/faults",
      {
        "Content-Type": "application/json",
        Host: `evil.example:${port}`,
        Origin: `http://evil.example:${port}`,
        "Content-Length": rule.length,
      },
      (req) => req.end(rule),
    );
    expect(rebound.status).toBe(403);
    expect(emu.faults.list()).toEqual([]);
  });

  it("takes a same-origin application/json rule", async () => {
    const rule = JSON.stringify({ kind: "latency", delayMs: 1, match: { method: "GET" } });
    const res = await rawRequest(
      "/__emulator/faults",
      { "Content-Type": "application/json", Origin: emu.url, "Content-Length": rule.length },
      (req) => req.end(rule),
    );
    expect(res.status).toBe(200);
    expect(emu.faults.list()).toHaveLength(1);
  });
});

describe("logs", () => {
  it("redact API keys, Bearer tokens, cookies and key/sig/token/code query values, in GET /__emulator/requests too", async () => {
    lines.length = 0;
    await fetch(`${emu.url}/v1/accounts/me?key=K1&sig=S1&token=T1&code=C1&page=2`, {
      headers: { Authorization: `Bearer ${token}`, Cookie: "session=SECRET" },
    });
    await fetch(`${emu.url}/v1/accounts`, { headers: { Authorization: `APIKey ${emu.apiKey}` } });
    await fetch(`${emu.url}/v1/meta/applications/${emu.appId}/apikeys/${emu.apiKey}`, {
      headers: { Authorization: `Bearer ${emu.metaToken}` },
    });
    const res = await fetch(`${emu.url}/__emulator/requests`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const logged = `${text}\n${lines.join("\n")}`;
    for (const secret of [token, emu.apiKey, emu.metaToken, "SECRET", "K1", "S1", "T1", "C1"]) {
      expect(logged).not.toContain(secret);
    }
    expect(logged).toContain("/apikeys/[redacted]");
    const entries = JSON.parse(text) as { path: string; query: string; headers: Record<string, string> }[];
    const entry = entries.find((e) => e.query.includes("page=2"));
    expect(entry?.query).toBe("?key=[redacted]&sig=[redacted]&token=[redacted]&code=[redacted]&page=2");
    expect(entry?.headers.cookie).toBe("[redacted]");
    expect(entry?.headers.authorization).toBe("[redacted]");
    expect(lines.some((l) => l.startsWith("GET /v1/accounts/me 200 "))).toBe(true); // the line has no query
  });
});

describe("truncateJson", () => {
  it("never cuts a binary download short", async () => {
    const content = Buffer.alloc(100_000, 7);
    const up = await fetch(`${emu.url}/v1/accounts/me/storage/files`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/octet-stream",
        "X-Kloudless-Metadata": JSON.stringify({ name: "whole.bin", parent_id: "root" }),
      },
      body: content,
    });
    const { id } = (await up.json()) as { id: string };
    emu.faults.add({ kind: "truncateJson", match: { operationId: "storage.files.download" } });
    const res = await fetch(`${emu.url}/v1/accounts/me/storage/files/${id}/contents`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(content)).toBe(true);
    emu.faults.clear();
    emu.faults.add({ kind: "truncateJson", match: { operationId: "storage.files.retrieve" }, times: 1 });
    const meta = await fetch(`${emu.url}/v1/accounts/me/storage/files/${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    await expect(meta.json()).rejects.toThrow();
  });
});
