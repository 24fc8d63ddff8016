/**
 * Issue 13: a 401 body that echoed the raw token (without the word Bearer) put it verbatim in
 * `err.message`, `JSON.stringify(err)` and `util.inspect(err)`. The client's own credentials are
 * redacted wherever they appear; debug logs and `err.response.url` redact sensitive query values
 * generally (`key`, `sig`, `signature`, `token`, `secret`, `password`, `code`).
 */
import { inspect } from "node:util";
import { afterEach, beforeEach, expect, it } from "vitest";
import { Account, Client, Logger, NotFound, Unauthorized } from "../../src/index.ts";
import { type Loopback, startLoopback } from "../helpers/loopback.ts";

const TOKEN = "Zk81bW9vc2UtdG9rZW4tdmFsdWU";
const API_KEY = "ak_live_4f9a2c7e1b";

let lb: Loopback;
beforeEach(async () => {
  lb = await startLoopback();
});
afterEach(() => lb.close());

function everyFormOf(error: unknown): string {
  return [String(error), (error as Error).message, JSON.stringify(error), inspect(error, { depth: 8 })].join("\n");
}

it("a 401 echoing the token keeps it out of the message, JSON and inspect output", async () => {
  lb.on("GET", /.*/, {
    status: 401,
    json: { error_code: "invalid_token", message: `The token ${TOKEN} is not valid`, token: TOKEN },
  });
  const account = new Account({ token: TOKEN, baseUrl: lb.url, maxRetries: 0 });
  const error = await account.storage.quota().catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(Unauthorized);
  const text = everyFormOf(error);
  expect(text).not.toContain(TOKEN);
  expect(text).toContain("[redacted]");
  expect((error as Unauthorized).errorData.token).toBe("[redacted]");
});

it("an API key echoed in a non-JSON error page is redacted too", async () => {
  lb.on("GET", /.*/, {
    status: 404,
    body: `<html>no such key ${API_KEY}</html>`,
    headers: { "content-type": "text/html" },
  });
  const client = new Client({ apiKey: API_KEY, baseUrl: lb.url, maxRetries: 0 });
  const error = await client
    .get("meta/applications/{application_id}", { path: { application_id: "app_1" } })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(NotFound);
  expect(everyFormOf(error)).not.toContain(API_KEY);
});

it("err.response.url and debug lines redact key, sig, signature, token, secret, password and code", async () => {
  lb.on("GET", /.*/, { status: 404, json: { error_code: "not_found", message: "nope" } });
  const lines: string[] = [];
  const sink = { debug: (line: string) => lines.push(line), info() {}, warn() {}, error() {} };
  const account = new Account({ token: TOKEN, baseUrl: lb.url, maxRetries: 0, logger: new Logger(sink, "debug") });
  const secrets = {
    key: "k-1111",
    sig: "s-2222",
    signature: "g-3333",
    token: "t-4444",
    secret: "c-5555",
    password: "p-6666",
    code: "o-7777",
  };
  const error = await account.request("GET", "storage/quota", { params: secrets }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(NotFound);
  const url = (error as NotFound).response.url;
  expect(url).toContain("/storage/quota");
  for (const value of Object.values(secrets)) {
    expect(url).not.toContain(value);
    expect(lines.join("\n")).not.toContain(value);
    expect(everyFormOf(error)).not.toContain(value);
  }
  expect(lines.length).toBeGreaterThan(0);
});
