/**
 * The abort signal of each attempt (light-signal.ts): the platform fetch gets light signals only
 * where the platform's `Request` follows them. On a platform that refuses them (as Deno and
 * browsers do: a brand check on `signal`), attempts get platform signals, and a timeout still
 * aborts the request and closes its socket. The probe runs on the first request of this file
 * (each test file has its own module instances), here with a `Request` that brand-checks.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Account, TimedOut } from "../../src/index.ts";

const platform = { fetch: globalThis.fetch, Request: globalThis.Request };
/** The signals the platform fetch was given, by constructor name. */
const signals: string[] = [];

/** Refuses a signal that is not a platform `AbortSignal`, as a brand-checking platform does. */
function brandCheck(init: RequestInit | undefined): void {
  if (init?.signal != null && !(init.signal instanceof AbortSignal)) {
    throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
  }
}

class BrandCheckingRequest extends platform.Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    brandCheck(init);
    super(input, init);
  }
}

/** Requests under `/hang`, which are never answered: how many came, how many the client closed. */
const hung = { received: 0, closed: 0 };
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  if (req.url?.startsWith("/hang")) {
    hung.received++;
    res.once("close", () => hung.closed++);
    return;
  }
  res.writeHead(200, { "content-type": "application/json" }).end('{"used":1,"total":2}');
});
let baseUrl = "";

beforeAll(async () => {
  globalThis.Request = BrandCheckingRequest as typeof Request;
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    signals.push(init?.signal?.constructor.name ?? "none");
    brandCheck(init);
    return platform.fetch(input, init);
  }) as typeof fetch;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  globalThis.fetch = platform.fetch;
  globalThis.Request = platform.Request;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it("sends with platform signals where the platform refuses light ones", async () => {
  const account = new Account({ token: "t0k3n", baseUrl, maxRetries: 0 });
  const quota = await account.storage.quota();
  expect(quota.data).toEqual({ used: 1, total: 2 });
  expect(signals).toEqual(["AbortSignal"]);
});

it("still aborts a timed-out attempt there, closing its socket", async () => {
  const account = new Account({ token: "t0k3n", baseUrl: `${baseUrl}/hang`, timeout: 80, maxRetries: 1 });
  const error = await account.storage.quota().catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(TimedOut);
  const end = Date.now() + 2_000;
  while (hung.closed < 2 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(hung).toEqual({ received: 2, closed: 2 });
  expect(signals.slice(1)).toEqual(["AbortSignal", "AbortSignal"]);
});
