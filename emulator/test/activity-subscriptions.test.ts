/**
 * Activity subscriptions through the SDK against the emulator over real HTTP: a subscription
 * created on an account lists the account's changes made after it, batch by batch with its
 * cursor; `monitored_resources` narrows it to the changes inside those resources.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import { Account, NotFound } from "../../src/index.ts";
import { startEmulator } from "../src/index.ts";
import { responseViolations } from "../src/validate.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely; the spec check covers their shape.
type Json = Record<string, any>;

let emu: Emulator;
let account: Account;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, recordResponses: true });
  account = new Account({ token: String(emu.accounts[0]?.token), baseUrl: emu.url, maxRetries: 0 });
});

afterAll(async () => {
  await emu.close();
});

/** Uploads a small text file into `parentId`; returns its ID. */
async function upload(name: string, parentId = "root"): Promise<string> {
  const file = await account.storage.files.upload({ parentId, name, data: `contents of ${name}` });
  return String(file.data.id);
}

/** The names of the objects of an activity batch. */
const namesOf = (batch: { objects: { data: Json }[] }) => batch.objects.map((e) => e.data.metadata?.name);

describe("activity subscriptions", () => {
  it("lists the changes made after the subscription was created, then continues from its cursor", async () => {
    await upload("before-subscription.txt");
    const created = await account.subscriptions.create();
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ subscription_type: "changes", monitored_resources: [], type: "subscription" });
    const id = String(created.data.id);

    const empty = await account.subscriptions.listActivity(id);
    expect(empty.objects).toEqual([]);

    await upload("first.txt");
    const first = await account.subscriptions.listActivity(id, { params: { cursor: String(empty.data.cursor) } });
    expect(namesOf(first)).toEqual(["first.txt"]);
    expect(first.objects[0]?.data).toMatchObject({ type: "add", subscription: id, api: "activity" });

    await upload("second.txt");
    await upload("third.txt");
    const next = await account.subscriptions.listActivity(id, { params: { cursor: String(first.data.cursor) } });
    expect(namesOf(next)).toEqual(["second.txt", "third.txt"]);
    const none = await account.subscriptions.listActivity(id, { params: { cursor: String(next.data.cursor) } });
    expect(none.objects).toEqual([]);
    expect((await account.subscriptions.retrieve(id)).data.last_cursor).toBe(String(next.data.cursor));
  });

  it("pages a batch by page_size", async () => {
    const id = String((await account.subscriptions.create()).data.id);
    for (const name of ["p1.txt", "p2.txt", "p3.txt"]) await upload(name);
    const one = await account.subscriptions.listActivity(id, { params: { page_size: 2 } });
    expect(namesOf(one)).toEqual(["p1.txt", "p2.txt"]);
    expect(one.data.remaining).toBe(1);
    const two = await account.subscriptions.listActivity(id, { params: { cursor: String(one.data.cursor) } });
    expect(namesOf(two)).toEqual(["p3.txt"]);
  });

  it("lists only the changes inside its monitored resources", async () => {
    const folder = await account.storage.folders.create({ json: { name: "Watched", parent_id: "root" } });
    const folderId = String(folder.data.id);
    const id = String((await account.subscriptions.create({ json: { monitored_resources: [folderId] } })).data.id);
    await upload("outside.txt");
    await upload("inside.txt", folderId);
    expect(namesOf(await account.subscriptions.listActivity(id))).toEqual(["inside.txt"]);
  });

  it("lists the subscriptions, retrieves the default one and answers 404 for an unknown one", async () => {
    const id = String((await account.subscriptions.create()).data.id);
    const list = await account.subscriptions.list({ params: { page_size: 100 } });
    expect(list.objects.map((s) => String(s.data.id))).toContain(id);
    expect((await account.subscriptions.retrieve("default")).data).toMatchObject({ id: "default" });
    // The default subscription starts with the account's first change.
    const all = await account.subscriptions.listActivity("default", { params: { page_size: 1000 } });
    expect(namesOf(all)).toContain("before-subscription.txt");
    await expect(account.subscriptions.retrieve("nope")).rejects.toBeInstanceOf(NotFound);
  });

  it("offers no update or delete of a subscription (not evidenced; see the spec's decision)", async () => {
    const url = `${emu.url}/v1/accounts/${emu.accounts[0]?.id}/subscriptions/default`;
    const headers = { Authorization: `Bearer ${emu.accounts[0]?.token}`, "Content-Type": "application/json" };
    for (const method of ["PATCH", "PUT", "DELETE"]) {
      const res = await fetch(url, { method, headers, body: method === "DELETE" ? undefined : "{}" });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow"), method).toBe("GET");
    }
    expect(["list", "create", "retrieve", "update", "delete"].filter((name) => name in account.subscriptions)).toEqual([
      "list",
      "create",
      "retrieve",
    ]);
  });

  it("answers with responses that match the spec", () => {
    expect(responseViolations(spec, emu.responses)).toEqual([]);
  });
});
