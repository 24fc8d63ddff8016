/**
 * Follow-up calls of generic CRM objects against the emulator: `crm.objects.*` require the
 * `raw_type` query parameter, so the verbs (`get`, `patch`, `delete`), `refresh()` and the
 * runtime's `retrieve()` of an object returned by `crm.objects.list`, `retrieve` or `create`
 * send the `raw_type` of the request that returned it (src/operations/follow-ups.ts
 * `inheritedQuery`), and succeed as their operations.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../emulator/src/index.ts";
import { Account, NotFound, Resource } from "../../src/index.ts";

let emu: RunningEmulator;
let crm: Account;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  const seeded = emu.accounts.find((a) => a.service === "salesforce");
  if (!seeded) throw new Error("the demo seed must have a Salesforce account");
  crm = new Account({ token: seeded.token, baseUrl: emu.url, maxRetries: 0 });
});
afterAll(() => emu.close());

/** The operation and query of each request the emulator saw from request `from` on. */
const requestsSince = (from: number) => emu.requests.slice(from).map((r) => `${r.operationId} ${r.query}`);

describe("a generic CRM object's follow-up calls", () => {
  it("an object of a list gets, patches and refreshes itself with the list's raw_type", async () => {
    const list = await crm.crm.objects.list({ params: { raw_type: "Account", page_size: 2 } });
    const acme = list.objects[0] as Resource<{ id: string; name: string; description?: string | null }>;
    expect(acme.data.name).toBe("Acme Corporation");
    const from = emu.requests.length;

    const again = (await acme.get()) as Resource<{ id: string }>;
    expect(again).toBeInstanceOf(Resource);
    expect(again.data.id).toBe(acme.data.id);
    const patched = (await acme.patch({ json: { description: "Key account" } })) as Resource<{ description: string }>;
    expect(patched.data.description).toBe("Key account");
    await acme.refresh();
    expect(acme.data.description).toBe("Key account");

    expect(requestsSince(from)).toEqual([
      "crm.objects.retrieve ?raw_type=Account",
      "crm.objects.update ?raw_type=Account",
      "crm.objects.retrieve ?raw_type=Account",
    ]);
  });

  it("a created object retrieves, updates and deletes itself; the caller's own raw_type still wins", async () => {
    const params = { raw_type: "Account" };
    const created = await crm.crm.objects.create({ params, json: { name: "Follow-up Inc" } });
    const id = String((created.data as { id: string }).id);
    const from = emu.requests.length;

    const retrieve = (created as unknown as { retrieve(): Promise<Resource> }).retrieve;
    expect(((await retrieve.call(created)).data as { name: string }).name).toBe("Follow-up Inc");
    await created.patch({ json: { name: "Follow-up LLC" } });
    await created.refresh();
    expect((created.data as unknown as { name: string }).name).toBe("Follow-up LLC");
    const wrongType = await created.get({ params: { raw_type: "Lead" } }).catch((error: unknown) => error);
    expect(wrongType).toBeInstanceOf(NotFound);
    expect((await created.delete()).status).toBe(204);
    await expect(crm.crm.objects.retrieve(id, { params })).rejects.toBeInstanceOf(NotFound);

    expect(requestsSince(from)).toEqual([
      "crm.objects.retrieve ?raw_type=Account",
      "crm.objects.update ?raw_type=Account",
      "crm.objects.retrieve ?raw_type=Account",
      "crm.objects.retrieve ?raw_type=Lead",
      "crm.objects.delete ?raw_type=Account",
      "crm.objects.retrieve ?raw_type=Account",
    ]);
  });

  it("a retrieved object keeps its raw_type; other resources get none added", async () => {
    const first = (await crm.crm.objects.list({ params: { raw_type: "Contact" } })).objects[0] as Resource;
    const id = String((first.data as { id: string }).id);
    const contact = await crm.crm.objects.retrieve(id, { params: { raw_type: "Contact" } });
    const typed = await crm.crm.contacts.retrieve(id);
    const from = emu.requests.length;
    await contact.get();
    await typed.get();
    expect(requestsSince(from)).toEqual(["crm.objects.retrieve ?raw_type=Contact", "crm.contacts.retrieve "]);
  });
});
