/**
 * API errors: one class per status, what each error exposes (status, parsed body, error code,
 * request id, headers, response), a message that names the request id once, `retryAfter` from
 * both forms of `Retry-After`, non-JSON error bodies, and `isKloudlessError` across copies.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  Account,
  APIError,
  BadRequest,
  Conflict,
  Forbidden,
  InvalidParameter,
  isKloudlessError,
  KloudlessError,
  NoNextPage,
  NotFound,
  NotImplemented,
  OauthFlowFailed,
  RateLimited,
  ServerError,
  TokenVerificationFailed,
  Unauthorized,
} from "../../src/index.ts";
import { apiError, bytes, type Loopback, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;
let account: Account;

beforeAll(async () => {
  lb = await startLoopback();
  account = new Account({ token: "tok", baseUrl: lb.url, maxRetries: 0 });
});

afterEach(() => lb.reset());

afterAll(async () => {
  await lb.close();
});

const PATH = "/v1/accounts/me/storage/quota";

/** The error a GET of the quota raises. */
async function failure(): Promise<APIError> {
  const error = await account.get("storage/quota").catch((e: unknown) => e);
  if (!(error instanceof APIError)) throw new Error(`expected an APIError, got ${String(error)}`);
  return error;
}

describe("error classes by status", () => {
  const cases: [number, typeof APIError][] = [
    [400, BadRequest],
    [401, Unauthorized],
    [403, Forbidden],
    [404, NotFound],
    [409, Conflict],
    [429, RateLimited],
    [500, ServerError],
    [501, NotImplemented],
    [502, ServerError],
    [503, ServerError],
  ];
  for (const [status, ErrorClass] of cases) {
    it(`raises ${ErrorClass.name} for HTTP ${status}`, async () => {
      lb.on("GET", PATH, apiError(status, "some_code", "went wrong"));
      const error = await failure();
      expect(error.constructor).toBe(ErrorClass);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toBeInstanceOf(KloudlessError);
      expect(error.status).toBe(status);
      expect(error.name).toBe(ErrorClass.name);
    });
  }

  it("makes every SDK error a KloudlessError", () => {
    for (const ErrorClass of [InvalidParameter, TokenVerificationFailed, OauthFlowFailed, NoNextPage]) {
      expect(new ErrorClass()).toBeInstanceOf(KloudlessError);
    }
    expect(new NoNextPage().message).toBe("There's no next page.");
  });
});

describe("what an API error exposes", () => {
  it("exposes status, errorData, errorCode, requestId, headers and the response", async () => {
    lb.on(
      "GET",
      PATH,
      apiError(404, "not_found", "File not found: abc", { requestId: "9b62d9d8", headers: { "X-Extra": "1" } }),
    );
    const error = await failure();
    expect(error).toBeInstanceOf(NotFound);
    expect(error.status).toBe(404);
    expect(error.errorData).toEqual({
      status_code: 404,
      error_code: "not_found",
      message: "File not found: abc",
      id: "9b62d9d8",
    });
    expect(error.errorCode).toBe("not_found");
    expect(error.requestId).toBe("9b62d9d8");
    expect(error.headers.get("x-extra")).toBe("1");
    expect(error.response).toBeInstanceOf(globalThis.Response);
    expect(error.response.status).toBe(404);
    expect(error.message).toContain("not_found: File not found: abc");
  });

  it("states the request id exactly once in the message (the Python SDK repeated the whole message)", async () => {
    lb.on("GET", PATH, apiError(500, "internal_error", "boom", { requestId: "rid-once" }));
    const error = await failure();
    expect(error.message.split("rid-once")).toHaveLength(2);
    expect(error.message.split("boom")).toHaveLength(2);
    expect(error.message.split(ServerError.defaultMessage)).toHaveLength(2);
  });

  it("takes the request id from X-Request-Id when the body has none", async () => {
    lb.on("GET", PATH, { status: 403, json: { error_code: "forbidden", message: "no" }, requestId: "header-rid" });
    const error = await failure();
    expect(error.requestId).toBe("header-rid");
    expect(error.message.split("header-rid")).toHaveLength(2);
  });

  it("keeps a non-JSON error body out of errorData and shows a short excerpt in the message", async () => {
    lb.on("GET", PATH, bytes(`<html>Bad gateway${"!".repeat(1000)}</html>`, "text/html", { status: 502 }));
    const error = await failure();
    expect(error).toBeInstanceOf(ServerError);
    expect(error.errorData).toEqual({});
    expect(error.errorCode).toBeUndefined();
    expect(error.message).toContain("<html>Bad gateway");
    expect(error.message.length).toBeLessThan(500);
  });

  it("handles an error with an empty body", async () => {
    lb.on("GET", PATH, { status: 401, requestId: false });
    const error = await failure();
    expect(error).toBeInstanceOf(Unauthorized);
    expect(error.errorData).toEqual({});
    expect(error.requestId).toBeUndefined();
    expect(error.message).toContain(Unauthorized.defaultMessage);
  });
});

describe("RateLimited.retryAfter", () => {
  it("reads Retry-After given in seconds", async () => {
    lb.on("GET", PATH, apiError(429, "rate_limited", "slow down", { headers: { "Retry-After": "7" } }));
    const error = (await failure()) as RateLimited;
    expect(error).toBeInstanceOf(RateLimited);
    expect(error.retryAfter).toBe(7);
  });

  it("reads Retry-After given as an HTTP date (the Python SDK raised a bare ValueError)", async () => {
    const date = new Date(Date.now() + 120_000).toUTCString();
    lb.on("GET", PATH, apiError(429, "rate_limited", "slow down", { headers: { "Retry-After": date } }));
    const error = (await failure()) as RateLimited;
    expect(error).toBeInstanceOf(RateLimited);
    expect(error.retryAfter).toBeGreaterThan(100);
    expect(error.retryAfter).toBeLessThanOrEqual(120);
  });

  it("has no retryAfter without the header", async () => {
    lb.on("GET", PATH, apiError(429, "rate_limited", "slow down"));
    expect(((await failure()) as RateLimited).retryAfter).toBeUndefined();
  });
});

describe("isKloudlessError", () => {
  it("recognises errors of this SDK and rejects others", async () => {
    lb.on("GET", PATH, apiError(404, "not_found", "x"));
    expect(isKloudlessError(await failure())).toBe(true);
    expect(isKloudlessError(new InvalidParameter())).toBe(true);
    expect(isKloudlessError(new Error("plain"))).toBe(false);
    expect(isKloudlessError(null)).toBe(false);
    expect(isKloudlessError("KloudlessError")).toBe(false);
    expect(isKloudlessError({ name: "KloudlessError" })).toBe(false);
  });

  it("recognises an error made by another copy of the package, which instanceof does not", () => {
    // Another install (a CJS build next to the ESM one) has its own classes but the same global brand.
    class KloudlessExceptionFromAnotherCopy extends Error {
      constructor(message: string) {
        super(message);
        Object.defineProperty(this, Symbol.for("kloudless.error"), { value: true });
      }
    }
    const foreign = new KloudlessExceptionFromAnotherCopy("from the other copy");
    expect(foreign instanceof KloudlessError).toBe(false);
    expect(isKloudlessError(foreign)).toBe(true);
  });
});
