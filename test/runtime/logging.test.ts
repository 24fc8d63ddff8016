/**
 * Logging: one debug line per request with method, URL, status, duration and request id;
 * levels (case-insensitive, as the Python SDK's `logger.setLevel('DEBUG')`); `KLOUDLESS_LOG`;
 * pluggable sinks; and no global side effects on import (the Python SDK reconfigured the root
 * logger when imported).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Account, Logger, type LogSink, logger } from "../../src/index.ts";
import { apiError, json, type Loopback, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;

beforeAll(async () => {
  lb = await startLoopback();
});

afterEach(() => lb.reset());

afterAll(async () => {
  await lb.close();
});

/** A sink that keeps lines by level. */
function capture(): LogSink & { lines: string[]; byLevel: Record<string, string[]> } {
  const byLevel: Record<string, string[]> = { debug: [], info: [], warn: [], error: [] };
  const lines: string[] = [];
  const put = (level: string) => (message: string) => {
    lines.push(message);
    byLevel[level]!.push(message);
  };
  return { lines, byLevel, debug: put("debug"), info: put("info"), warn: put("warn"), error: put("error") };
}

/** Runs `fn` with `KLOUDLESS_LOG` set to `value`, restoring the previous value afterwards. */
async function withEnv(value: string | undefined, fn: () => Promise<void> | void): Promise<void> {
  const saved = process.env.KLOUDLESS_LOG;
  if (value === undefined) delete process.env.KLOUDLESS_LOG;
  else process.env.KLOUDLESS_LOG = value;
  try {
    await fn();
  } finally {
    if (saved === undefined) delete process.env.KLOUDLESS_LOG;
    else process.env.KLOUDLESS_LOG = saved;
  }
}

describe("request lines", () => {
  it("logs method, URL, status, duration and request id at debug", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", json({ total: 1 }, { requestId: "rid-42" }));
    const sink = capture();
    const account = new Account({ token: "t", baseUrl: lb.url, maxRetries: 0, logger: new Logger(sink, "debug") });
    await account.get("storage/quota", { params: { x: "1" } });
    expect(sink.byLevel.debug).toHaveLength(1);
    const line = sink.byLevel.debug![0]!;
    expect(line).toMatch(/^GET /);
    expect(line).toContain(`${lb.url}/v1/accounts/me/storage/quota?x=1`);
    expect(line).toMatch(/-> 200 /);
    expect(line).toMatch(/\(\d+ ms/);
    expect(line).toContain("rid-42");
  });

  it("logs failed requests with their status", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", apiError(404, "not_found", "gone", { requestId: "rid-404" }));
    const sink = capture();
    const account = new Account({ token: "t", baseUrl: lb.url, maxRetries: 0, logger: new Logger(sink, "debug") });
    await account.get("storage/quota").catch(() => undefined);
    expect(sink.lines.join("\n")).toMatch(/GET .*\/storage\/quota -> 404 \(\d+ ms/);
  });

  it("writes nothing at the default level", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", json({ total: 1 }));
    await withEnv(undefined, async () => {
      const sink = capture();
      const quiet = new Logger(sink);
      expect(quiet.getLevel()).toBe("warn");
      await new Account({ token: "t", baseUrl: lb.url, maxRetries: 0, logger: quiet }).get("storage/quota");
      expect(sink.lines).toEqual([]);
    });
  });

  it("sends the lines of a client to a plugged-in sink", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", json({ total: 1 }));
    await withEnv("debug", async () => {
      const sink = capture();
      await new Account({ token: "t", baseUrl: lb.url, maxRetries: 0, logger: sink }).get("storage/quota");
      expect(sink.byLevel.debug).toHaveLength(1);
    });
  });
});

describe("levels", () => {
  it("turns debug on with KLOUDLESS_LOG=debug, for the package logger too", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", json({ total: 1 }));
    const sink = capture();
    logger.setSink(sink);
    try {
      await withEnv("debug", async () => {
        expect(new Logger(capture()).getLevel()).toBe("debug");
        expect(logger.enabled("debug")).toBe(true);
        await new Account({ token: "t", baseUrl: lb.url, maxRetries: 0 }).get("storage/quota");
      });
      expect(sink.byLevel.debug).toHaveLength(1);
      expect(logger.enabled("debug")).toBe(false);
    } finally {
      logger.setSink(console);
    }
  });

  it("accepts the Python spelling logger.setLevel('DEBUG') and refuses unknown levels", () => {
    const log = new Logger(capture());
    log.setLevel("DEBUG");
    expect(log.getLevel()).toBe("debug");
    log.setLevel("off");
    expect(log.enabled("error")).toBe(false);
    expect(() => log.setLevel("verbose" as never)).toThrow(RangeError);
  });

  it("writes only lines at or above the level", () => {
    const sink = capture();
    const log = new Logger(sink, "warn");
    log.debug("d");
    log.info("i");
    log.warn("w");
    log.error("e");
    expect(sink.lines).toEqual(["w", "e"]);
  });
});

describe("importing the package", () => {
  it("has no global side effects: console, fetch, globals, process listeners and env are untouched", async () => {
    const events = ["exit", "beforeExit", "uncaughtException", "unhandledRejection", "warning", "SIGINT", "SIGTERM"];
    const consoleMethods = ["log", "debug", "info", "warn", "error"] as const;
    const before = {
      globals: Object.getOwnPropertyNames(globalThis).sort(),
      console: consoleMethods.map((m) => console[m]),
      fetch: globalThis.fetch,
      listeners: events.map((e) => process.listenerCount(e)),
      env: { ...process.env },
    };
    vi.resetModules();
    const fresh = await import("../../src/index.ts");
    expect(fresh.Account).not.toBe(Account);
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(before.globals);
    expect(consoleMethods.map((m) => console[m])).toEqual(before.console);
    expect(globalThis.fetch).toBe(before.fetch);
    expect(events.map((e) => process.listenerCount(e))).toEqual(before.listeners);
    expect(process.env).toEqual(before.env);
    await withEnv(undefined, () => expect(fresh.logger.getLevel()).toBe("warn"));
  });
});
