/**
 * The OAuth helpers: the first-leg URL and its state, the checks of the callback and the code
 * exchange as it goes over the wire, and token verification. The Python SDK's flaws are named
 * where a test proves they are not repeated.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/src/index.ts";
import {
  Account,
  APIError,
  configuration,
  getAuthorizationUrl,
  getTokenFromCode,
  getVerifiedAccount,
  InvalidParameter,
  KloudlessError,
  OauthFlowFailed,
  TokenVerificationFailed,
  verifyToken,
} from "../../src/index.ts";
import { apiError, json, type Loopback, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;

beforeAll(async () => {
  lb = await startLoopback();
});

afterEach(() => lb.reset());

afterAll(async () => {
  await lb.close();
});

const APP_ID = "app_123";
const API_KEY = "key_abc";
const REDIRECT = "https://example.com/callback";
const TOKEN_RESPONSE = {
  access_token: "tok_new",
  token_type: "Bearer",
  account_id: 42,
  scope: "dropbox:normal.storage",
};

describe("getAuthorizationUrl", () => {
  it("builds <base>/v1/oauth with the fixed parameters and the default scope 'all'", () => {
    const { url, state } = getAuthorizationUrl({ appId: APP_ID, redirectUri: REDIRECT, baseUrl: lb.url });
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe(`${lb.url}/v1/oauth`);
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      client_id: APP_ID,
      response_type: "code",
      redirect_uri: REDIRECT,
      scope: "all",
      state,
    });
  });

  it("makes a url-safe state of at least 128 random bits, fresh on every call", () => {
    const states = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const { state, url } = getAuthorizationUrl({ appId: APP_ID, redirectUri: REDIRECT });
      expect(state).toMatch(/^[A-Za-z0-9_-]+$/);
      // 6 bits per base64url character: 22 characters hold 128 bits (the Python SDK used 96).
      expect(state.length * 6).toBeGreaterThanOrEqual(128);
      expect(new URL(url).searchParams.get("state")).toBe(state);
      states.add(state);
    }
    expect(states.size).toBe(50);
  });

  it("keeps a state given by the caller", () => {
    expect(getAuthorizationUrl({ appId: APP_ID, redirectUri: REDIRECT, state: "mine" }).state).toBe("mine");
  });

  it("asks for a state where there is no Web Crypto, and works with one given", () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, "crypto")!;
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      expect(() => getAuthorizationUrl({ appId: APP_ID, redirectUri: REDIRECT })).toThrow(/pass `state`/);
      expect(() => getAuthorizationUrl({ appId: APP_ID, redirectUri: REDIRECT })).toThrow(KloudlessError);
      expect(getAuthorizationUrl({ appId: APP_ID, redirectUri: REDIRECT, state: "mine" }).state).toBe("mine");
    } finally {
      Object.defineProperty(globalThis, "crypto", saved);
    }
  });

  it("sends extraData objects as JSON and strings as given, and leaves it out when absent", () => {
    const fromObject = getAuthorizationUrl({
      appId: APP_ID,
      redirectUri: REDIRECT,
      extraData: { domain: "webdav.example.com", nested: { a: 1 } },
    });
    expect(JSON.parse(new URL(fromObject.url).searchParams.get("extra_data")!)).toEqual({
      domain: "webdav.example.com",
      nested: { a: 1 },
    });
    const fromString = getAuthorizationUrl({ appId: APP_ID, redirectUri: REDIRECT, extraData: '{"x":1}' });
    expect(new URL(fromString.url).searchParams.get("extra_data")).toBe('{"x":1}');
    const none = getAuthorizationUrl({ appId: APP_ID, redirectUri: REDIRECT });
    expect(new URL(none.url).searchParams.has("extra_data")).toBe(false);
  });

  it("adds extra params but lets the fixed keys win", () => {
    const { url, state } = getAuthorizationUrl({
      appId: APP_ID,
      redirectUri: REDIRECT,
      scope: "storage calendar",
      params: {
        "raw[login_hint]": "a@example.com",
        client_id: "evil_app",
        redirect_uri: "https://evil.example",
        state: "attacker-state",
        response_type: "token",
      },
    });
    const query = new URL(url).searchParams;
    expect(query.get("raw[login_hint]")).toBe("a@example.com");
    expect(query.get("client_id")).toBe(APP_ID);
    expect(query.get("redirect_uri")).toBe(REDIRECT);
    expect(query.get("response_type")).toBe("code");
    expect(query.get("scope")).toBe("storage calendar");
    expect(query.get("state")).toBe(state);
    expect(state).not.toBe("attacker-state");
    expect(query.getAll("client_id")).toHaveLength(1);
  });

  it("stays on API v1 whatever the configured version", () => {
    const saved = configuration.apiVersion;
    configuration.apiVersion = 2;
    try {
      expect(new URL(getAuthorizationUrl({ appId: APP_ID, redirectUri: REDIRECT }).url).pathname).toBe("/v1/oauth");
    } finally {
      configuration.apiVersion = saved;
    }
  });

  it("refuses a missing appId or redirectUri", () => {
    expect(() => getAuthorizationUrl({ appId: "", redirectUri: REDIRECT })).toThrow(InvalidParameter);
    expect(() => getAuthorizationUrl({ appId: APP_ID } as never)).toThrow(InvalidParameter);
  });
});

describe("getTokenFromCode", () => {
  const base = { appId: APP_ID, apiKey: API_KEY, origRedirectUri: REDIRECT, maxRetries: 0 };
  const exchange = (origState: string | undefined, params: Record<string, string | undefined>) =>
    getTokenFromCode({ ...base, baseUrl: lb.url, origState, params });

  async function failure(promise: Promise<unknown>): Promise<OauthFlowFailed> {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OauthFlowFailed);
    expect(lb.requests).toHaveLength(0);
    return error as OauthFlowFailed;
  }

  it("fails on an error parameter with its description", async () => {
    const error = await failure(
      exchange("s", { error: "access_denied", error_description: "The user denied access", state: "s" }),
    );
    expect(error.message).toBe("access_denied: The user denied access");
    expect(error.errorData).toMatchObject({ error: "access_denied" });
  });

  it("fails on an error parameter without a description (the Python SDK raised KeyError)", async () => {
    const error = await failure(exchange("s", { error: "server_error", state: "s" }));
    expect(error.message).toBe("server_error");
  });

  it("fails when the stored state is missing, even if the callback has none either (the Python SDK accepted None == None)", async () => {
    await failure(exchange(undefined, { code: "c" }));
    await failure(exchange(undefined, { code: "c", state: "s" }));
    await failure(exchange("", { code: "c", state: "" }));
  });

  it("fails when the callback carries no state", async () => {
    const error = await failure(exchange("s", { code: "c" }));
    expect(error.message).toMatch(/no state/);
  });

  it("fails on a mismatched state without echoing either value", async () => {
    const error = await failure(exchange("expected-state", { code: "c", state: "forged-state" }));
    expect(error.message).toMatch(/state values do not match/);
    expect(error.message).not.toContain("expected-state");
  });

  it("fails on a missing code", async () => {
    const error = await failure(exchange("s", { state: "s" }));
    expect(error.message).toBe("An authorization code is required.");
  });

  it("posts a correct application/x-www-form-urlencoded body to /v1/oauth/token (the Python SDK sent application/form-urlencoded)", async () => {
    lb.on("POST", "/v1/oauth/token", json(TOKEN_RESPONSE));
    const token = await exchange("s1", { code: "the code/+=", state: "s1" });
    expect(token).toBe("tok_new");
    const req = lb.last();
    expect(req.method).toBe("POST");
    expect(req.path).toBe("/v1/oauth/token");
    expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(req.headers.authorization).toBe(`APIKey ${API_KEY}`);
    expect(Object.fromEntries(new URLSearchParams(req.text))).toEqual({
      grant_type: "authorization_code",
      code: "the code/+=",
      redirect_uri: REDIRECT,
      client_id: APP_ID,
      client_secret: API_KEY,
    });
  });

  it("returns the full token response on request", async () => {
    lb.on("POST", "/v1/oauth/token", json(TOKEN_RESPONSE));
    const full = await getTokenFromCode({
      ...base,
      baseUrl: lb.url,
      origState: "s",
      params: new URLSearchParams({ code: "c", state: "s" }),
      fullResponse: true,
    });
    expect(full).toEqual(TOKEN_RESPONSE);
  });

  it("stays on API v1 whatever the configured version", async () => {
    lb.on("POST", "/v1/oauth/token", json(TOKEN_RESPONSE));
    const saved = { ...configuration };
    configuration.baseUrl = lb.url;
    configuration.apiVersion = 2;
    try {
      await getTokenFromCode({ ...base, origState: "s", params: { code: "c", state: "s" } });
    } finally {
      Object.assign(configuration, saved);
    }
    expect(lb.last().path).toBe("/v1/oauth/token");
  });

  it("raises the API error when the server refuses the code", async () => {
    lb.on("POST", "/v1/oauth/token", apiError(400, "invalid_grant", "code expired"));
    const error = await exchange("s", { code: "c", state: "s" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).errorCode).toBe("invalid_grant");
  });

  it("fails when the token response holds no access_token", async () => {
    lb.on("POST", "/v1/oauth/token", json({ token_type: "Bearer" }));
    const error = await exchange("s", { code: "c", state: "s" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OauthFlowFailed);
  });
});

describe("verifyToken and getVerifiedAccount", () => {
  const INFO = { client_id: APP_ID, account_id: 42, scope: "dropbox:normal.storage" };

  it("returns the token info of a token issued to the application", async () => {
    lb.on("GET", "/v1/oauth/token", json(INFO));
    const info = await verifyToken(APP_ID, "tok_good", { baseUrl: lb.url, maxRetries: 0 });
    expect(info).toEqual(INFO);
    expect(lb.last().headers.authorization).toBe("Bearer tok_good");
  });

  it("throws TokenVerificationFailed for a token of another application", async () => {
    lb.on("GET", "/v1/oauth/token", json({ ...INFO, client_id: "other_app" }));
    const error = await verifyToken(APP_ID, "tok", { baseUrl: lb.url, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenVerificationFailed);
    expect((error as Error).message).toContain("other_app");
  });

  it("throws TokenVerificationFailed for an invalid token", async () => {
    lb.on("GET", "/v1/oauth/token", apiError(401, "unauthorized", "Invalid token"));
    const error = await verifyToken(APP_ID, "tok_bad", { baseUrl: lb.url, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenVerificationFailed);
    expect((error as Error).cause).toBeInstanceOf(APIError);
  });

  it("throws TokenVerificationFailed when the answer has no client_id (the Python SDK raised KeyError)", async () => {
    lb.on("GET", "/v1/oauth/token", json({ account_id: 42 }));
    const error = await verifyToken(APP_ID, "tok", { baseUrl: lb.url, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenVerificationFailed);
  });

  it("lets other API errors through as they are", async () => {
    lb.on("GET", "/v1/oauth/token", apiError(500, "internal_error", "down"));
    const error = await verifyToken(APP_ID, "tok", { baseUrl: lb.url, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).not.toBeInstanceOf(TokenVerificationFailed);
  });

  it("getVerifiedAccount returns an Account on accounts/me that uses the token", async () => {
    lb.on("GET", "/v1/oauth/token", json(INFO));
    lb.on("GET", "/v1/accounts/me", json({ id: 42, api: "core", type: "account" }));
    const account = await getVerifiedAccount(APP_ID, "tok_good", { baseUrl: lb.url, maxRetries: 0 });
    expect(account).toBeInstanceOf(Account);
    expect(account.url).toBe(`${lb.url}/v1/accounts/me`);
    await account.get();
    expect(lb.last().headers.authorization).toBe("Bearer tok_good");
  });

  it("getVerifiedAccount refuses a token of another application", async () => {
    lb.on("GET", "/v1/oauth/token", json({ ...INFO, client_id: "other_app" }));
    await expect(getVerifiedAccount(APP_ID, "tok", { baseUrl: lb.url, maxRetries: 0 })).rejects.toBeInstanceOf(
      TokenVerificationFailed,
    );
  });
});

describe("against the emulator", () => {
  it("runs the code flow end to end, then verifies the token and gets its account", async () => {
    const emu = await startEmulator({ port: 0 });
    try {
      const redirectUri = "http://localhost:3000/callback";
      const { url, state } = getAuthorizationUrl({
        appId: emu.appId,
        redirectUri,
        scope: "calendar",
        baseUrl: emu.url,
      });
      const callback = new URL((await fetch(url, { redirect: "manual" })).headers.get("location")!);
      expect(callback.searchParams.get("state")).toBe(state);
      const full = await getTokenFromCode({
        appId: emu.appId,
        apiKey: emu.apiKey,
        origState: state,
        origRedirectUri: redirectUri,
        params: callback.searchParams,
        baseUrl: emu.url,
        fullResponse: true,
      });
      const calendarAccount = emu.accounts.find((a) => a.apis.includes("calendar"))!;
      expect(full).toMatchObject({ token_type: "Bearer", account_id: calendarAccount.id });
      const account = await getVerifiedAccount(emu.appId, full.access_token, { baseUrl: emu.url });
      expect((await account.get()).data.id).toBe(calendarAccount.id);
      await expect(verifyToken(emu.appId, "unknown-token", { baseUrl: emu.url })).rejects.toBeInstanceOf(
        TokenVerificationFailed,
      );
      // A replayed callback (the code is single-use) fails on the server, not silently.
      await expect(
        getTokenFromCode({
          appId: emu.appId,
          apiKey: emu.apiKey,
          origState: state,
          origRedirectUri: redirectUri,
          params: callback.searchParams,
          baseUrl: emu.url,
        }),
      ).rejects.toBeInstanceOf(APIError);
    } finally {
      await emu.close();
    }
  });
});
