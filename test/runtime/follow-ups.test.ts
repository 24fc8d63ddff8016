/**
 * Named follow-up calls on files and folders (src/operations/follow-ups.ts), against the emulator: each goes
 * to the resource's own URL as its operation, and resolves to that operation's wrapper.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../emulator/src/index.ts";
import { Account, NotFound, Resource, ResourceList, Response, ResponseJson } from "../../src/index.ts";

let emu: RunningEmulator;
let account: Account;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "empty" });
  const storage = emu.accounts.find((a) => a.apis.includes("storage"));
  account = new Account({ token: storage?.token ?? "", baseUrl: emu.url, maxRetries: 0 });
});
afterAll(() => emu.close());

/** The operations the emulator saw from request `from` on. */
const operationsSince = (from: number) => emu.requests.slice(from).map((r) => r.operationId);

describe("a file's follow-up calls", () => {
  it("retrieve, update, copy, links, permissions, properties and delete go to the file's URL as their operations", async () => {
    const folder = await account.storage.folders.create({ json: { name: "Follow-ups" } });
    const file = await account.storage.files.upload({ parentId: "root", name: "a.txt", data: "hello" });
    const from = emu.requests.length;

    const again = await file.retrieve();
    expect(again).toBeInstanceOf(Resource);
    expect(again).not.toBe(file);
    expect(again.data.id).toBe(file.data.id);

    const renamed = await file.update({ json: { name: "b.txt" } });
    expect(renamed.data.name).toBe("b.txt");

    const copy = await file.copy({ json: { parent_id: folder.data.id, name: "c.txt" } });
    // The spec's answer is the new file, or a task when asked to run in the background.
    if (!("name" in copy.data)) throw new Error("the copy ran as a task");
    expect(copy.data.name).toBe("c.txt");
    expect(copy.data.id).not.toBe(file.data.id);

    expect(await file.links()).toBeInstanceOf(ResourceList);
    expect(await file.permissions()).toBeInstanceOf(ResponseJson);
    expect(await file.properties()).toBeInstanceOf(ResponseJson);
    expect(await file.delete()).toBeInstanceOf(Response);
    await expect(file.retrieve()).rejects.toBeInstanceOf(NotFound);

    expect(operationsSince(from)).toEqual([
      "storage.files.retrieve",
      "storage.files.update",
      "storage.files.copy",
      "storage.files.listServiceLinks",
      "storage.files.listPermissions",
      "storage.files.listProperties",
      "storage.files.delete",
      "storage.files.retrieve",
    ]);
  });
});

describe("a folder's follow-up calls", () => {
  it("work on folders created and on folders listed (their canonical URL)", async () => {
    const parent = await account.storage.folders.create({ json: { name: "Parent" } });
    await account.storage.folders.create({ json: { name: "Child", parent_id: parent.data.id } });
    const listing = await account.storage.folders.listContents(parent.data.id);
    const child = listing.objects.find((item) => item.data.name === "Child");
    if (!child) throw new Error("the child folder is not listed");
    const from = emu.requests.length;

    const moved = await child.update({ json: { name: "Renamed child" } });
    expect(moved.data.name).toBe("Renamed child");
    expect((await child.retrieve()).data.name).toBe("Renamed child");
    expect(await child.permissions()).toBeInstanceOf(ResponseJson);
    await child.delete({ params: { recursive: true } });
    await expect(child.retrieve()).rejects.toBeInstanceOf(NotFound);

    expect(operationsSince(from)).toEqual([
      "storage.folders.update",
      "storage.folders.retrieve",
      "storage.folders.listPermissions",
      "storage.folders.delete",
      "storage.folders.retrieve",
    ]);
    expect(emu.requests.at(-1)?.path).toMatch(
      new RegExp(`^/v1/accounts/[^/]+/storage/folders/${encodeURIComponent(child.data.id)}$`),
    );
  });
});
