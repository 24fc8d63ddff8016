/**
 * The emulator's OAuth 2.0 endpoints over real HTTP: the automatic-consent first leg, the code
 * exchange, token verification, the implicit grant, and the errors of each step.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import { startEmulator } from "../src/index.ts";
import { responseViolations } from "../src/validate.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely; the spec test checks their shape.
type Json = Record<string, any>;

const REDIRECT_URI = "http://localhost:3000/callback";

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, recordResponses: true });
});

afterAll(async () => {
  await emu.close();
});

/** Runs the first leg without following the redirect; returns the status and the `Location` URL. */
async function authorize(params: Record<string, string>): Promise<{ status: number; location: URL }> {
  const res = await fetch(`${emu.url}/v1/oauth?${new URLSearchParams(params)}`, { redirect: "manual" });
  await res.body?.cancel();
  return { status: res.status, location: new URL(res.headers.get("location") ?? "about:blank") };
}

/** Runs the first leg for the emulator's application and returns the code. */
async function codeFor(scope: string, redirectUri = REDIRECT_URI): Promise<string> {
  const { status, location } = await authorize({
    client_id: emu.appId,
    response_type: "code",
    redirect_uri: redirectUri,
    scope,
    state: "s1",
  });
  expect(status).toBe(302);
  return location.searchParams.get("code") ?? "";
}

/** Posts a form to `/oauth/token`; returns the status and JSON body. */
async function exchange(fields: Record<string, string>, contentType = "application/x-www-form-urlencoded") {
  const body = contentType.includes("json") ? JSON.stringify(fields) : new URLSearchParams(fields).toString();
  const res = await fetch(`${emu.url}/v1/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
  });
  return { status: res.status, json: (await res.json()) as Json };
}

/** The exchange form for `code` with the emulator's application credentials. */
function form(code: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    grant_type: "authorization_code",
    code,
    redirect_uri: REDIRECT_URI,
    client_id: emu.appId,
    client_secret: emu.apiKey,
    ...overrides,
  };
}

/** Verifies a token; returns the status and JSON body. */
async function verify(token: string) {
  const res = await fetch(`${emu.url}/v1/oauth/token`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, json: (await res.json()) as Json };
}

describe("authorization-code flow", () => {
  it("redirects with code and state, exchanges the code for a token of the calendar account, and verifies it", async () => {
    const calendarAccount = emu.accounts.find((a) => a.apis.includes("calendar"));
    const { status, location } = await authorize({
      client_id: emu.appId,
      response_type: "code",
      redirect_uri: REDIRECT_URI,
      scope: "calendar",
      state: "xyz",
    });
    expect(status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get("state")).toBe("xyz");
    const code = location.searchParams.get("code");
    expect(code).toBeTruthy();

    const token = await exchange(form(code ?? ""));
    expect(token.status).toBe(200);
    expect(token.json).toMatchObject({ token_type: "Bearer", account_id: calendarAccount?.id });
    expect(token.json.scope).toContain("calendar");

    const info = await verify(token.json.access_token);
    expect(info.status).toBe(200);
    expect(info.json).toMatchObject({ client_id: emu.appId, account_id: calendarAccount?.id });

    const calendars = await fetch(`${emu.url}/v1/accounts/me/cal/calendars`, {
      headers: { Authorization: `Bearer ${token.json.access_token}` },
    });
    expect(calendars.status).toBe(200);
    await calendars.body?.cancel();
  });

  it("connects the storage account for scopes that name no calendar", async () => {
    const storageAccount = emu.accounts.find((a) => a.apis.includes("storage"));
    const token = await exchange(form(await codeFor("all")));
    expect(token.status).toBe(200);
    expect(token.json.account_id).toBe(storageAccount?.id);
  });

  it("reads a first leg without scope as scope any, which connects the storage account", async () => {
    const storageAccount = emu.accounts.find((a) => a.apis.includes("storage"));
    const { status, location } = await authorize({
      client_id: emu.appId,
      response_type: "code",
      redirect_uri: REDIRECT_URI,
      state: "s1",
    });
    expect(status).toBe(302);
    const token = await exchange(form(location.searchParams.get("code") ?? ""));
    expect(token.status).toBe(200);
    expect(token.json.account_id).toBe(storageAccount?.id);
  });

  it("refuses a reused code", async () => {
    const code = await codeFor("storage");
    expect((await exchange(form(code))).status).toBe(200);
    const again = await exchange(form(code));
    expect(again.status).toBe(400);
    expect(again.json.error_code).toBe("invalid_parameters");
    expect(again.json.message).toContain("code");
  });

  it("refuses a code older than 10 minutes", async () => {
    const code = await codeFor("storage");
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 10 * 60 * 1000 + 1000);
      const res = await exchange(form(code));
      expect(res.status).toBe(400);
      expect(res.json.message).toContain("expired");
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses a redirect_uri that differs from the first leg's", async () => {
    const code = await codeFor("storage");
    const res = await exchange(form(code, { redirect_uri: "http://localhost:3000/other" }));
    expect(res.status).toBe(400);
    expect(res.json.message).toContain("redirect_uri");
  });

  it("refuses a client_secret that is not an API key of the application", async () => {
    const code = await codeFor("storage");
    const res = await exchange(form(code, { client_secret: "not-a-key" }));
    expect(res.status).toBe(401);
    expect(res.json.error_code).toBe("unauthorized");
  });

  it("refuses a token request that is not form-encoded", async () => {
    const code = await codeFor("storage");
    const res = await exchange(form(code), "application/json");
    expect(res.status).toBe(400);
  });
});

describe("first-leg errors and the implicit grant", () => {
  it("redirects with error=invalid_request for an unknown client_id", async () => {
    const { status, location } = await authorize({
      client_id: "app_unknown",
      response_type: "code",
      redirect_uri: REDIRECT_URI,
      state: "s2",
    });
    expect(status).toBe(302);
    expect(location.searchParams.get("error")).toBe("invalid_request");
    expect(location.searchParams.get("error_description")).toContain("client_id");
    expect(location.searchParams.get("state")).toBe("s2");
    expect(location.searchParams.get("code")).toBeNull();
  });

  it("answers 400 for a redirect_uri that is not an http(s) URL", async () => {
    const res = await fetch(
      `${emu.url}/v1/oauth?${new URLSearchParams({ client_id: emu.appId, response_type: "code", redirect_uri: "not a url" })}`,
      { redirect: "manual" },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).message).toContain("redirect_uri");
  });

  it("returns the token in the URL fragment for response_type=token", async () => {
    const { status, location } = await authorize({
      client_id: emu.appId,
      response_type: "token",
      redirect_uri: REDIRECT_URI,
      scope: "google_calendar",
      state: "s3",
    });
    expect(status).toBe(302);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get("token_type")).toBe("Bearer");
    expect(fragment.get("state")).toBe("s3");
    const info = await verify(fragment.get("access_token") ?? "");
    expect(info.json.account_id).toBe(emu.accounts.find((a) => a.apis.includes("calendar"))?.id);
  });

  it("answers 400 when verifying an unknown token", async () => {
    const { status, json } = await verify("no-such-token");
    expect(status).toBe(400);
    expect(json.error_code).toBeTruthy();
  });
});

describe("the spec", () => {
  it("describes every JSON response of these tests", () => {
    expect(emu.responses.length).toBeGreaterThan(10);
    expect(responseViolations(spec, emu.responses)).toEqual([]);
  });
});
