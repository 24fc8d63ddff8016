/**
 * Testing your own code against the emulator, as a Vitest test file (Jest is the same with its
 * globals): one emulator per file, started in `beforeAll` and closed in `afterAll`; a seed that
 * gives every test the same fixed accounts and files; fault rules, cleared after each test, that
 * make the API fail the way the network and the service do; and the request log to check what
 * the code sent.
 *
 * `test/examples/testing-with-emulator.test.ts` runs this file in `make test`. Copy it into your
 * project's tests, with `kloudless-ts` and `kloudless-emulator` as the imports.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, type SeedData, startEmulator } from "../emulator/src/index.ts";
import { Account, NotFound, ServerError } from "../src/index.ts";

// ---------------------------------------------------------------------------------------------
// The code under test: your application's.

/** The size in bytes of every file in a folder, subfolders included. */
async function folderSize(account: Account, folderId = "root"): Promise<number> {
  let total = 0;
  const contents = await account.storage.folders.listContents(folderId);
  for await (const item of contents) {
    if (item.data.type === "folder") total += await folderSize(account, item.data.id);
    else total += item.data.size ?? 0;
  }
  return total;
}

/** A file's text, or `undefined` when the file does not exist. */
async function readText(account: Account, fileId: string): Promise<string | undefined> {
  try {
    return await (await account.storage.files.download(fileId)).text();
  } catch (error) {
    if (error instanceof NotFound) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The tests.

const seed: SeedData = {
  apiKey: "test-api-key",
  accounts: [
    {
      account: "alice@example.com",
      service: "box",
      token: "alice-token",
      files: [
        { name: "Reports", children: [{ name: "q1.txt", content: "1234567890" }] },
        { name: "readme.txt", content: "hello" },
      ],
    },
  ],
};

let emu: RunningEmulator;
let account: Account;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed });
  // maxRetries: 0 makes each failure visible; keep the default to test your retries instead.
  account = new Account({ token: "alice-token", baseUrl: emu.url, maxRetries: 0 });
});

afterEach(() => emu.faults.clear());

afterAll(() => emu.close());

describe("folderSize", () => {
  it("adds up the seeded files, subfolders included", async () => {
    expect(await folderSize(account)).toBe(15);
  });

  it("fails with the API's error when a listing fails", async () => {
    emu.faults.add({ kind: "status", status: 503, match: { operationId: "storage.folders.listContents" }, times: 1 });
    await expect(folderSize(account)).rejects.toBeInstanceOf(ServerError);
    expect(await folderSize(account)).toBe(15); // the rule applied once
  });

  it("succeeds through a 503 when the client retries", async () => {
    const retrying = new Account({ token: "alice-token", baseUrl: emu.url, maxRetries: 2 });
    emu.faults.add({ kind: "status", status: 503, match: { operationId: "storage.folders.listContents" }, times: 1 });
    const before = emu.requests.length;
    expect(await folderSize(retrying)).toBe(15);
    const statuses = emu.requests.slice(before).map((r) => r.status);
    expect(statuses).toContain(503);
  });
});

describe("readText", () => {
  it("reads a seeded file, and gives undefined for a missing one", async () => {
    const root = await account.storage.folders.listContents("root");
    const readme = root.objects.find((item) => item.data.name === "readme.txt")!;
    expect(await readText(account, readme.data.id)).toBe("hello");
    expect(await readText(account, "no-such-file")).toBeUndefined();
  });
});
