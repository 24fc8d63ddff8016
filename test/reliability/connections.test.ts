/**
 * Broken connections under injected faults, over real HTTP: resets before the answer and in
 * the middle of the body, refused connections, JSON cut short. Reads are retried; a write is
 * retried only when nothing was sent (connection refused); a download cut mid-body errors its
 * stream instead of ending short.
 */
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";
import { Account, ConnectionError, KloudlessError, ResponseJson, TimedOut } from "../../src/index.ts";
import {
  accountFor,
  closedPort,
  debugSink,
  fileBytes,
  freshFolder,
  it,
  listFolder,
  QUOTA,
  seen,
  thrown,
  trail,
  UPLOADS,
  upload,
} from "./harness.ts";

/** Attempts as the client logged them: [outcome, attempt number]. */
function attempts(lines: string[]): string[][] {
  return lines.map((l) => / -> (.+) \(\d+ ms, attempt (\d+)\)/.exec(l)?.slice(1) ?? [l]);
}

describe.concurrent("connection reset before the response", () => {
  it("retries a GET and succeeds", async ({ h, expect, annotate }) => {
    const account = accountFor(h);
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "reset", times: 1 });
    const before = seen(h, "GET", QUOTA).length;

    const quota = await account.get("storage/quota");

    expect(quota).toBeInstanceOf(ResponseJson);
    expect(
      seen(h, "GET", QUOTA)
        .slice(before)
        .map((e) => e.status),
    ).toEqual([0, 200]);
    await annotate(`GET ${trail(seen(h, "GET", QUOTA))}: success after 1 retry`);
  });

  it("does not retry an upload the server applied before the reset: ConnectionError, exactly one file", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h, { maxRetries: 3 });
    const folder = await freshFolder(account, "rreset-after");
    h.emu.faults.add({
      match: { method: "POST", path: "storage/files$" },
      kind: "reset",
      afterHandler: true,
      times: 1,
    });
    const before = seen(h, "POST", UPLOADS).length;

    const error = await thrown(() => upload(account, folder, "applied.txt", "the answer was lost"));

    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimedOut);
    expect((error as Error).cause).toBeDefined();
    expect(seen(h, "POST", UPLOADS).length - before).toBe(1);
    // The write happened: the caller has to reconcile (list the folder) before trying again.
    h.emu.faults.clear();
    const files = await listFolder(account, folder);
    expect(files.map((f) => f.name)).toEqual(["applied.txt"]);
    expect(await fileBytes(account, files[0]!.id)).toBe("the answer was lost");
    await annotate(
      `POST ${trail(seen(h, "POST", UPLOADS))} (applied, answer lost): ${(error as Error).constructor.name}, not retried; server saw 1 request; files afterwards: ${files.map((f) => f.name).join(", ")}`,
    );
  });

  it("does not retry an upload reset before the server acted either (the client cannot tell): no file", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h, { maxRetries: 3 });
    const folder = await freshFolder(account, "rreset-before");
    h.emu.faults.add({ match: { method: "POST", path: "storage/files$" }, kind: "reset", times: 1 });
    const before = seen(h, "POST", UPLOADS).length;

    const error = await thrown(() => upload(account, folder, "lost.txt", "never stored"));

    expect(error).toBeInstanceOf(ConnectionError);
    expect(seen(h, "POST", UPLOADS).length - before).toBe(1);
    h.emu.faults.clear();
    expect(await listFolder(account, folder)).toEqual([]);
    await annotate(
      `POST ${trail(seen(h, "POST", UPLOADS))} (not applied): ${(error as Error).constructor.name}, not retried; server saw 1 request; files afterwards: none`,
    );
  });
});

/**
 * A raw TCP server whose first connection is closed as soon as a request arrives (no status
 * line, no byte); later connections get a 200 with JSON.
 */
async function startClosingServer(): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    connections += 1;
    const nth = connections;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.once("data", () => {
      if (nth === 1) return socket.destroy();
      const body = JSON.stringify({ used: 1, total: 2 });
      socket.end(
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    connections: () => connections,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe.concurrent("a server that closes the connection without answering (raw loopback)", () => {
  it("retries a GET on a new connection and succeeds", async ({ expect, onTestFinished, annotate }) => {
    const server = await startClosingServer();
    onTestFinished(() => server.close());
    const { lines, logger } = debugSink();
    const account = new Account({ token: "t", baseUrl: server.url, logger });

    const quota = await account.get("storage/quota");

    expect(quota.status).toBe(200);
    expect(server.connections()).toBe(2);
    expect(attempts(lines)).toEqual([
      ["connection failed", "1"],
      ["200", "2"],
    ]);
    await annotate(`GET closed → 200: success after 1 retry; ${server.connections()} connections`);
  });

  it("does not retry a POST: ConnectionError after one connection", async ({ expect, onTestFinished, annotate }) => {
    const server = await startClosingServer();
    onTestFinished(() => server.close());
    const account = new Account({ token: "t", baseUrl: server.url, maxRetries: 3 });

    const error = await thrown(() => account.post("storage/folders", { json: { parent_id: "root", name: "x" } }));

    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(server.connections()).toBe(1);
    await annotate(
      `POST closed: ${(error as Error).constructor.name}, not retried; ${server.connections()} connection`,
    );
  });
});

describe.concurrent("connection refused (nothing listens on the port)", () => {
  it("retries an upload (nothing was sent), then raises ConnectionError with the cause", async ({
    expect,
    annotate,
  }) => {
    const port = await closedPort();
    const { lines, logger } = debugSink();
    const account = new Account({ token: "t", baseUrl: `http://127.0.0.1:${port}`, maxRetries: 2, logger });
    const started = performance.now();

    const error = await thrown(() => upload(account, "root", "x.txt", "nothing was sent"));

    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toBeInstanceOf(KloudlessError);
    expect((error as Error).message).toMatch(/connection refused/);
    expect(JSON.stringify(causeCodes(error))).toContain("ECONNREFUSED");
    expect(attempts(lines)).toEqual([
      ["connection refused", "1"],
      ["connection refused", "2"],
      ["connection refused", "3"],
    ]);
    // Two backoffs (0.5 s, 1 s, each with up to 25% jitter taken off).
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_100);
    await annotate(
      `POST refused ×3: ${(error as Error).constructor.name} after 2 retries (${Math.round(performance.now() - started)} ms); cause code ECONNREFUSED`,
    );
  });
});

describe.concurrent("host name that does not resolve (RFC 2606 `.invalid`)", () => {
  it("retries a POST (nothing was sent), then raises ConnectionError with the DNS cause", async ({
    expect,
    annotate,
  }) => {
    const { lines, logger } = debugSink();
    const account = new Account({ token: "t", baseUrl: "http://kloudless-test.invalid", maxRetries: 1, logger });

    const error = await thrown(() => account.post("storage/folders", { json: { parent_id: "root", name: "x" } }));

    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/^connection failed: POST http:\/\/kloudless-test\.invalid\//);
    const codes = JSON.stringify(causeCodes(error));
    expect(codes.includes("ENOTFOUND") || codes.includes("EAI_AGAIN")).toBe(true);
    expect(attempts(lines)).toEqual([
      ["connection failed", "1"],
      ["connection failed", "2"],
    ]);
    await annotate(`POST to an unresolvable host: retried once, then ${(error as Error).constructor.name} (${codes})`);
  }, 20_000);
});

describe.concurrent("a failed stream upload releases its source", () => {
  it("closes a Node file stream and cancels a web stream when the upload fails (not retried)", async ({
    expect,
    onTestFinished,
    annotate,
  }) => {
    const dir = await mkdtemp(join(tmpdir(), "kloudless-reliability-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, "big.bin");
    await writeFile(path, Buffer.alloc(4 * 1024 * 1024, 1));
    const port = await closedPort();
    const { lines, logger } = debugSink();
    const account = new Account({ token: "t", baseUrl: `http://127.0.0.1:${port}`, maxRetries: 3, logger });

    const file = createReadStream(path);
    const fileError = await thrown(() => upload(account, "root", "big.bin", file));
    let cancelledWith: unknown;
    const web = new ReadableStream<Uint8Array>(
      {
        pull: (controller) => controller.enqueue(new Uint8Array(64 * 1024)),
        cancel: (reason) => {
          cancelledWith = reason;
        },
      },
      { highWaterMark: 0 },
    );
    const webError = await thrown(() => upload(account, "root", "endless.bin", web));

    expect(fileError).toBeInstanceOf(ConnectionError);
    expect(webError).toBeInstanceOf(ConnectionError);
    expect(lines.map((l) => /attempt (\d+)/.exec(l)?.[1])).toEqual(["1", "1"]); // stream bodies: one attempt
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(file.destroyed).toBe(true);
    expect(file.bytesRead).toBeLessThan(4 * 1024 * 1024);
    expect(cancelledWith).toBe(webError);
    await annotate(
      `ConnectionError, 1 attempt each; file stream destroyed after ${file.bytesRead} of ${4 * 1024 * 1024} bytes; web stream cancelled with the error`,
    );
  });
});

describe.concurrent("connection reset in the middle of the body", () => {
  it("retries a GET whose JSON body was cut by a reset, and succeeds", async ({ h, expect, annotate }) => {
    const account = accountFor(h);
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "resetMidBody", times: 1 });
    const before = seen(h, "GET", QUOTA).length;

    const quota = await account.get("storage/quota");

    expect(quota).toBeInstanceOf(ResponseJson);
    expect(
      seen(h, "GET", QUOTA)
        .slice(before)
        .map((e) => e.fault ?? "ok"),
    ).toEqual(["resetMidBody", "ok"]);
    await annotate(`GET ${trail(seen(h, "GET", QUOTA))}: success after 1 retry`);
  });

  it("errors a download's body stream with ConnectionError instead of ending it short", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h);
    const folder = await freshFolder(account, "rmidbody");
    const content = "0123456789abcdef".repeat(4096); // 64 KiB
    const file = await upload(account, folder, "big.bin", content);
    const id = String((file.data as { id: string }).id);
    h.emu.faults.add({ match: { method: "GET", path: "/contents$" }, kind: "resetMidBody", times: 1 });

    const download = await account.get("storage/files/{file_id}/contents", { path: { file_id: id } });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-length")).toBe(String(content.length));
    let received = 0;
    const error = await thrown(async () => {
      const reader = download.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
      }
    });

    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimedOut);
    expect((error as Error).cause).toBeDefined();
    expect(received).toBeLessThan(content.length);
    // Reading it whole fails the same way (no silent truncation).
    h.emu.faults.add({ match: { method: "GET", path: "/contents$" }, kind: "resetMidBody", times: 1 });
    const again = await account.get("storage/files/{file_id}/contents", { path: { file_id: id } });
    expect(await thrown(() => again.arrayBuffer())).toBeInstanceOf(ConnectionError);
    // And with no fault it arrives whole.
    expect(await fileBytes(account, id)).toBe(content);
    await annotate(
      `download cut at ${received} of ${content.length} bytes: body stream errored with ${(error as Error).constructor.name}; arrayBuffer() rejects the same way`,
    );
  });
});

describe.concurrent("truncated JSON (well framed, but does not parse)", () => {
  it("retries a GET and succeeds", async ({ h, expect, annotate }) => {
    const account = accountFor(h);
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "truncateJson", times: 1 });
    const before = seen(h, "GET", QUOTA).length;

    const quota = await account.get("storage/quota");

    expect(quota).toBeInstanceOf(ResponseJson);
    expect((quota.data as { total: number }).total).toBeGreaterThan(0);
    expect(
      seen(h, "GET", QUOTA)
        .slice(before)
        .map((e) => e.fault ?? "ok"),
    ).toEqual(["truncateJson", "ok"]);
    await annotate(`GET ${trail(seen(h, "GET", QUOTA))}: success after 1 retry`);
  });

  it("raises ConnectionError (cause: the SyntaxError) after maxRetries + 1 attempts when it persists", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h, { maxRetries: 1 });
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "truncateJson" });
    const before = seen(h, "GET", QUOTA).length;

    const error = await thrown(() => account.get("storage/quota"));

    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/not valid JSON/);
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(seen(h, "GET", QUOTA).length - before).toBe(2);
    await annotate(
      `GET truncated ×2: ${(error as Error).constructor.name} (${(error as Error).message}) after 2 attempts`,
    );
  });
});

function causeCodes(error: unknown): unknown[] {
  const codes: unknown[] = [];
  for (let e = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    codes.push((e as { code?: unknown }).code);
  }
  return codes;
}
