/**
 * Logging: one debug line per request with method, URL, status, duration and request id;
 * levels (case-insensitive, as the Python SDK's `logger.setLevel('DEBUG')`); `KLOUDLESS_LOG`;
 * pluggable sinks; and no global side effects on import (the Python SDK reconfigured the root
 * logger when imported).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Account, Logger, type LogSink } from "../../src/index.ts";
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

type Sdk = typeof import("../../src/index.ts");

/**
 * Runs `fn` with a fresh copy of the SDK (its `KLOUDLESS_LOG` not read yet) and `KLOUDLESS_LOG`
 * set to `value`: the variable is read once per module instance, on first use.
 */
async function withFreshEnv(value: string | undefined, fn: (sdk: Sdk) => Promise<void> | void): Promise<void> {
  await withEnv(value, async () => {
    vi.resetModules();
    await fn(await import("../../src/index.ts"));
  });
}

describe("request lines", () => {
  it("logs method, URL, status, duration and request id at debug", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", json({ total: 1 }, { requestId: "rid-42" }));
    const sink = capture();
    const account = new Account({ token: "t", baseUrl: lb.url, maxRetries: 0, logger: new Logger(sink, "debug") });
    await account.request("GET", "storage/quota", { params: { x: "1" } });
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
    await withFreshEnv(undefined, async (sdk) => {
      const sink = capture();
      const quiet = new sdk.Logger(sink);
      expect(quiet.getLevel()).toBe("warn");
      await new sdk.Account({ token: "t", baseUrl: lb.url, maxRetries: 0, logger: quiet }).get("storage/quota");
      expect(sink.lines).toEqual([]);
    });
  });

  it("sends the lines of a client to a plugged-in sink", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", json({ total: 1 }));
    await withFreshEnv("debug", async (sdk) => {
      const sink = capture();
      await new sdk.Account({ token: "t", baseUrl: lb.url, maxRetries: 0, logger: sink }).get("storage/quota");
      expect(sink.byLevel.debug).toHaveLength(1);
    });
  });
});

describe("levels", () => {
  it("turns debug on with KLOUDLESS_LOG=debug, for the package logger too", async () => {
    lb.on("GET", "/v1/accounts/me/storage/quota", json({ total: 1 }));
    const sink = capture();
    let fresh: Sdk | undefined;
    await withFreshEnv("debug", async (sdk) => {
      fresh = sdk;
      sdk.logger.setSink(sink);
      expect(new sdk.Logger(capture()).getLevel()).toBe("debug");
      expect(sdk.logger.enabled("debug")).toBe(true);
      await new sdk.Account({ token: "t", baseUrl: lb.url, maxRetries: 0 }).get("storage/quota");
    });
    expect(sink.byLevel.debug).toHaveLength(1);
    // Read once: changing the variable after the first use changes nothing.
    expect(fresh!.logger.enabled("debug")).toBe(true);
  });

  it("reads KLOUDLESS_LOG once, and takes no level from an environment it may not read", async () => {
    await withFreshEnv("error", (sdk) => {
      expect(sdk.logger.getLevel()).toBe("error");
      process.env.KLOUDLESS_LOG = "debug";
      expect(sdk.logger.getLevel()).toBe("error");
    });
    await withFreshEnv("no-such-level", (sdk) => expect(sdk.logger.getLevel()).toBe("warn"));
    await withFreshEnv("constructor", (sdk) => expect(sdk.logger.getLevel()).toBe("warn"));
    // Deno without --allow-env: reading a variable throws (NotCapable).
    const refused = new Proxy(
      {},
      {
        get() {
          throw new Error("NotCapable: Requires env access");
        },
      },
    );
    const env = Object.getOwnPropertyDescriptor(process, "env")!;
    Object.defineProperty(process, "env", { value: refused, configurable: true });
    try {
      vi.resetModules();
      const sdk: Sdk = await import("../../src/index.ts");
      expect(sdk.logger.getLevel()).toBe("warn");
      expect(sdk.logger.enabled("debug")).toBe(false);
    } finally {
      Object.defineProperty(process, "env", env);
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
