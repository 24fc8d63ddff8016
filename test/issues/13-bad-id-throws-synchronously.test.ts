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

/** Each bad call, and the parameter its `InvalidParameter` names. */
const cases: [string, () => unknown, string][] = [
  ["files.retrieve('')", () => account.storage.files.retrieve(""), "file_id"],
  ["files.retrieve('..')", () => account.storage.files.retrieve(".."), "file_id"],
  ["files.retrieve({} as never)", () => account.storage.files.retrieve({} as never), "file_id"],
  ["files.download('')", () => account.storage.files.download(""), "file_id"],
  [
    "folders.retrieve with too many arguments",
    () => (account.storage.folders.retrieve as (...a: unknown[]) => unknown)("a", "b", {}),
    "storage.folders.retrieve",
  ],
  [
    "get('storage/files/{file_id}') with path.file_id '..'",
    () => account.get("storage/files/{file_id}", { path: { file_id: ".." } }),
    "path.file_id",
  ],
  [
    "get('storage/files/{file_id}') without path.file_id",
    () => (account.get as (path: string) => Promise<unknown>)("storage/files/{file_id}"),
    "path.file_id",
  ],
  [
    "request('GET', 'storage/files//links') (an empty ID)",
    () => account.request("GET", "storage/files//links"),
    "path",
  ],
  ["get('storage/files/..')", () => account.get("storage/files/.." as never), "path"],
  ["request('GET', '//elsewhere.example/x')", () => account.request("GET", "//elsewhere.example/x"), "path"],
  ["raw('', '/x')", () => account.raw("", "/x"), "rawMethod"],
];

it.each(cases)(
  "%s returns a promise that rejects with InvalidParameter naming the parameter",
  async (_name, call, parameter) => {
    const result = returned(call);
    expect(result).toBeInstanceOf(Promise);
    const error = await (result as Promise<unknown>).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidParameter);
    expect((error as InvalidParameter).parameter).toBe(parameter);
    expect(lb.requests).toHaveLength(0);
  },
);

it("the rejection names the parameter", async () => {
  const error = (await account.storage.files.retrieve("").catch((caught: unknown) => caught)) as InvalidParameter;
  expect(error).toBeInstanceOf(InvalidParameter);
  expect(error.parameter).toBe("file_id");
});
