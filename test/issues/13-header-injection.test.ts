/**
 * Issue 13: a CR/LF or a character above U+00FF in a header value (`headers`,
 * `impersonateUserId`, the raw URI, a token) threw fetch's raw `TypeError`. It is an
 * `InvalidParameter` naming the option, and nothing is sent.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { Account, InvalidParameter } from "../../src/index.ts";
import { json, type Loopback, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;
beforeAll(async () => {
  lb = await startLoopback();
  lb.on("GET", /.*/, json({ id: "x" }));
  lb.on("POST", /.*/, json({ id: "x" }));
});
afterAll(() => lb.close());

function account(): Account {
  return new Account({ token: "good-token", baseUrl: lb.url, maxRetries: 0 });
}

async function refusal(call: () => Promise<unknown>): Promise<InvalidParameter> {
  const error = await call().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvalidParameter);
  return error as InvalidParameter;
}

const BAD = ["a\r\nX-Injected: 1", "line\nbreak", "nul\u0000", "snow\u2603man"];

it.each(BAD)("a request's headers option holding %j is refused naming `headers`", async (value) => {
  const error = await refusal(() => account().get("storage/quota", { headers: { "X-Custom": value } }));
  expect(error.parameter).toBe("headers");
  expect(lb.requests).toHaveLength(0);
});

it.each(BAD)("impersonateUserId %j is refused naming it", async (value) => {
  const error = await refusal(() => account().storage.quota({ impersonateUserId: value }));
  expect(error.parameter).toBe("impersonateUserId");
  expect(lb.requests).toHaveLength(0);
});

it.each(BAD)("a raw URI %j is refused naming `rawUri`", async (value) => {
  const error = await refusal(() => account().raw("GET", `/drive/v2/files${value}`));
  expect(error.parameter).toBe("rawUri");
  expect(lb.requests).toHaveLength(0);
});

it.each(BAD)("a token %j is refused when the client is made, naming `token`", (value) => {
  expect(() => new Account({ token: value, baseUrl: lb.url })).toThrow(InvalidParameter);
  try {
    new Account({ token: value, baseUrl: lb.url });
  } catch (error) {
    expect((error as InvalidParameter).parameter).toBe("token");
  }
});

it("a default header edited later to hold a line break is refused at the next request", async () => {
  const client = account();
  client.headers["X-Later"] = "a\r\nb";
  const error = await refusal(() => client.storage.quota({ getRawData: true }));
  expect(error.parameter).toBe("headers");
  expect(lb.requests).toHaveLength(0);
});

it("an invalid header name is refused naming `headers`", async () => {
  const error = await refusal(() => account().get("storage/quota", { headers: { "Bad Name": "v" } }));
  expect(error.parameter).toBe("headers");
});

it("Latin-1 values (as fetch allows) still go through", async () => {
  await account().get("storage/quota", { headers: { "X-Name": "caf\u00e9" } });
  expect(lb.last().headers["x-name"]).toBeDefined();
});
