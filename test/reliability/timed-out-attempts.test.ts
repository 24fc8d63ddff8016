/**
 * What a timed-out attempt leaves behind, over real HTTP. Without a caller's signal an attempt
 * links no AbortController to fetch (one per request costs up to 8 % of the throughput,
 * bench/throughput.ts): the timer cancels a body being read, which closes the connection, and
 * a response that arrives after the deadline is cancelled when it arrives instead of being
 * read. With a caller's signal, the timer aborts the request itself.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Account, TimedOut } from "../../src/index.ts";
import { eventually, thrown } from "./harness.ts";

/** What the server saw of one request. */
interface Seen {
  /** The connection closed (by the client) before the answer was complete. */
  cutShort: boolean;
  /** Bytes of the answer's body written before the close. */
  written: number;
  closed: boolean;
}

/** A server answering every request with `answer`, recording how each exchange ended. */
async function serve(answer: (req: IncomingMessage, res: ServerResponse, seen: Seen) => void) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const entry: Seen = { cutShort: false, written: 0, closed: false };
    seen.push(entry);
    res.on("close", () => {
      entry.closed = true;
      entry.cutShort = !res.writableFinished;
    });
    answer(req, res, entry);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url, seen };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** Writes a 64 KiB chunk every 20 ms, up to 4 MiB (far longer than any test waits). */
function trickle(res: ServerResponse, entry: Seen): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const timer = setInterval(() => {
    if (res.destroyed || entry.written >= 4 * 1024 * 1024) {
      clearInterval(timer);
      if (!res.destroyed) res.end("}");
      return;
    }
    res.write(chunk);
    entry.written += chunk.byteLength;
  }, 20);
  res.on("close", () => clearInterval(timer));
}

describe("a timed-out attempt without a caller's signal", () => {
  it("cancels a response that arrives after the deadline instead of reading it", async () => {
    const { url, seen } = await serve((_req, res, entry) => {
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"total":');
        trickle(res, entry);
      }, 300);
    });
    const account = new Account({ token: "t", baseUrl: url, maxRetries: 0 });

    const error = await thrown(() => account.get("storage/quota", { timeout: 100 }));

    expect(error).toBeInstanceOf(TimedOut);
    expect((error as Error).message).toBe("no response within 100 ms");
    // The answer starts at 300 ms; the client closes the connection instead of reading 4 MiB.
    await eventually(() => seen[0]?.closed === true);
    expect(seen[0]?.cutShort).toBe(true);
    expect(seen[0]?.written).toBeLessThan(4 * 1024 * 1024);
  });

  it("cancels a body that stalls past the deadline, closing the connection", async () => {
    const { url, seen } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"total":');
    });
    const account = new Account({ token: "t", baseUrl: url, maxRetries: 0 });

    const error = await thrown(() => account.get("storage/quota", { timeout: 150 }));

    expect(error).toBeInstanceOf(TimedOut);
    await eventually(() => seen[0]?.closed === true);
    expect(seen[0]?.cutShort).toBe(true);
  });

  it("retries a GET on a fresh attempt while the late answer of the first is discarded", async () => {
    let calls = 0;
    const { url, seen } = await serve((_req, res) => {
      calls += 1;
      const delay = calls === 1 ? 300 : 0;
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ total: calls === 1 ? 1 : 2 }));
      }, delay);
    });
    const account = new Account({ token: "t", baseUrl: url, maxRetries: 1 });

    const quota = await account.get("storage/quota", { timeout: 100 });

    expect(quota.data).toEqual({ total: 2 });
    expect(seen).toHaveLength(2);
  });
});

describe("a timed-out attempt with a caller's signal", () => {
  it("aborts the request itself: the server sees the connection close before it answers", async () => {
    const { url, seen } = await serve(() => {
      // Never answers.
    });
    const account = new Account({ token: "t", baseUrl: url, maxRetries: 0 });

    const error = await thrown(() =>
      account.get("storage/quota", { timeout: 100, signal: new AbortController().signal }),
    );

    expect(error).toBeInstanceOf(TimedOut);
    await eventually(() => seen[0]?.closed === true);
    expect(seen[0]?.cutShort).toBe(true);
  });
});
