/**
 * Issue 13: generated methods given a bad id (`files.retrieve("")`) threw synchronously while
 * `download("")` rejected. Every call returns a promise, which rejects with the typed error.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { Account, InvalidParameter } from "../../src/index.ts";
import { json, type Loopback, startLoopback } from "../helpers/loopback.ts";

let lb: Loopback;
let account: Account;
beforeAll(async () => {
  lb = await startLoopback();
  lb.on("GET", /.*/, json({ id: "x" }));
  account = new Account({ token: "tok", baseUrl: lb.url, maxRetries: 0 });
});
afterAll(() => lb.close());

/** Calls `call` and returns what it returned; a synchronous throw fails the test. */
function returned(call: () => unknown): unknown {
  let result: unknown;
  expect(() => {
    result = call();
  }).not.toThrow();
  return result;
}

const cases: [string, () => unknown][] = [
  ["files.retrieve('')", () => account.storage.files.retrieve("")],
  ["files.retrieve('..')", () => account.storage.files.retrieve("..")],
  ["files.retrieve(42 as never)", () => account.storage.files.retrieve({} as never)],
  ["files.download('')", () => account.storage.files.download("")],
  [
    "folders.retrieve with too many arguments",
    () => (account.storage.folders.retrieve as (...a: unknown[]) => unknown)("a", "b", {}),
  ],
  ["get('storage/files/..')", () => account.get("storage/files/.." as never)],
  ["request('GET', '//elsewhere.example/x')", () => account.request("GET", "//elsewhere.example/x")],
  ["raw('', '/x')", () => account.raw("", "/x")],
];

it.each(cases)("%s returns a promise that rejects with a KloudlessError", async (_name, call) => {
  const result = returned(call);
  expect(result).toBeInstanceOf(Promise);
  await expect(result).rejects.toSatisfy(
    (error: unknown) =>
      error instanceof InvalidParameter ||
      (error as Error).name.endsWith("Exception") ||
      (error as Error).name.endsWith("Error"),
  );
  expect(lb.requests).toHaveLength(0);
});

it("the rejection names the parameter", async () => {
  const error = (await account.storage.files.retrieve("").catch((caught: unknown) => caught)) as InvalidParameter;
  expect(error).toBeInstanceOf(InvalidParameter);
  expect(error.parameter).toBe("file_id");
});
