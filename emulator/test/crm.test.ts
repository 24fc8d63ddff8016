/**
 * The CRM API through the SDK against the emulator over real HTTP: the seeded Salesforce account,
 * contacts from create to delete, token paging, the `account` filter, generic objects by
 * `raw_type`, search, batch, schemas, typed errors, and the activity each change records. Every
 * JSON response sent is checked against the spec at the end; a restart on a data directory keeps
 * the records and the ID sequence.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import { Account, BadRequest, NotFound, NotImplemented } from "../../src/index.ts";
import { startEmulator } from "../src/index.ts";
import { responseViolations } from "../src/validate.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely; the spec check at the end checks their shape.
type Json = Record<string, any>;

let emu: Emulator;
let crm: Account;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, recordResponses: true });
  const seeded = emu.accounts.find((a) => a.service === "salesforce");
  if (!seeded) throw new Error("the demo seed must have a Salesforce account");
  crm = new Account({ token: seeded.token, baseUrl: emu.url, maxRetries: 0 });
});

afterAll(async () => {
  await emu.close();
});

/** Every page of a list, following `next_page` by hand. */
async function allPages<T>(first: {
  objects: { data: T }[];
  hasNextPage(): boolean;
  getNextPage(): Promise<unknown>;
}): Promise<T[][]> {
  const pages: T[][] = [];
  let page = first;
  for (;;) {
    pages.push(page.objects.map((item) => item.data));
    if (!page.hasNextPage()) return pages;
    page = (await page.getNextPage()) as typeof first;
  }
}

describe("the demo seed", () => {
  it("keeps the storage and calendar accounts first and appends the Salesforce account after them", () => {
    expect(emu.accounts.map((a) => a.service).slice(0, 3)).toEqual(["dropbox", "google_calendar", "salesforce"]);
  });

  it("gives the CRM account records of every type, linked to each other", async () => {
    const accounts = await crm.crm.accounts.list();
    expect(accounts.objects.map((a) => a.data.name)).toEqual(["Acme Corporation", "Globex Inc", "Initech"]);
    const acme = accounts.objects[0]?.data;
    expect(acme).toMatchObject({ type: "account", api: "crm", industry: "Manufacturing", employees: 250 });
    for (const list of [crm.crm.leads, crm.crm.opportunities, crm.crm.campaigns, crm.crm.tasks]) {
      expect((await list.list()).objects.length).toBeGreaterThanOrEqual(2);
    }
    const deals = await crm.crm.opportunities.list();
    expect(deals.objects[0]?.data).toMatchObject({ account: acme?.id, stage_name: "Prospecting" });
  });
});

describe("contacts", () => {
  it("are created, retrieved, updated and deleted", async () => {
    const created = await crm.crm.contacts.create({
      json: { first_name: "Test First Name", last_name: "Test Last Name" },
    });
    expect(created.status).toBe(201);
    const id = created.data.id;
    expect(id).toMatch(/^003[0-9A-Za-z]{12}$/);
    expect(created.data).toMatchObject({
      type: "contact",
      api: "crm",
      name: "Test First Name Test Last Name",
      email: null,
      href: `${emu.url}/v1/accounts/${emu.accounts[2]?.id}/crm/contacts/${id}`,
    });

    const read = await crm.crm.contacts.retrieve(id);
    expect(read.data).toEqual(created.data);

    const updated = await crm.crm.contacts.update(id, { json: { description: "test contact description" } });
    expect(updated.data.description).toBe("test contact description");
    expect(updated.data.first_name).toBe("Test First Name");
    expect(Date.parse(updated.data.modified ?? "")).toBeGreaterThan(Date.parse(created.data.modified ?? ""));
    expect((await crm.crm.contacts.retrieve(id)).data.description).toBe("test contact description");

    const deleted = await crm.crm.contacts.delete(id);
    expect(deleted.status).toBe(204);
    await expect(crm.crm.contacts.retrieve(id)).rejects.toBeInstanceOf(NotFound);
  });

  it("page by token with page_size 2, every contact once", async () => {
    const everything = (await crm.crm.contacts.list()).objects.map((c) => c.data.id);
    expect(everything.length).toBe(5);
    const first = await crm.crm.contacts.list({ params: { page_size: 2 } });
    expect(first.page).toBe("1");
    expect(first.nextPage).toBe("2");
    const pages = await allPages(first);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((c) => c.id)).toEqual(everything);

    const iterated: string[] = [];
    for await (const contact of await crm.crm.contacts.list({ params: { page_size: 2 } }))
      iterated.push(contact.data.id);
    expect(iterated).toEqual(everything);
  });

  it("are filtered by their CRM account", async () => {
    const acme = (await crm.crm.accounts.list()).objects[0]?.data.id as string;
    const contacts = await crm.crm.contacts.list({ params: { account: acme } });
    expect(contacts.objects.map((c) => c.data.name)).toEqual(["Ada Lovelace", "Grace Hopper"]);
  });

  it("refuse a create without last_name (the spec's required field) with a typed 400", async () => {
    // The SDK's types require last_name too; the cast sends the body anyway, as JavaScript could.
    const body = { first_name: "Only" } as unknown as { last_name: string };
    const error = await crm.crm.contacts.create({ json: body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequest);
    expect((error as BadRequest).errorCode).toBe("invalid_parameters");
  });

  it("refuse a reference to a CRM account that does not exist", async () => {
    const error = await crm.crm.contacts
      .create({ json: { last_name: "Orphan", account: "001000000009999" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequest);
    expect((error as BadRequest).message).toMatch(/no Account with ID '001000000009999'/);
  });

  it("answer an unknown ID with a typed 404", async () => {
    const error = await crm.crm.contacts.retrieve("003000000000999").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFound);
    expect((error as NotFound).status).toBe(404);
    expect((error as NotFound).errorCode).toBe("not_found");
  });
});

describe("the other typed records", () => {
  it("are created from the Python SDK tests' minimal bodies", async () => {
    const lead = await crm.crm.leads.create({
      json: { company: "API Test Company Name", last_name: "API Test Lead Last Name" },
    });
    expect(lead.data).toMatchObject({ type: "lead", name: "API Test Lead Last Name" });
    const deal = await crm.crm.opportunities.create({
      json: { name: "API Test Opportunity Name", stage_name: "open", close_date: "2016-08-01T00:00:00Z" },
    });
    expect(deal.data).toMatchObject({ closing_date: "2016-08-01T00:00:00Z", close_date: "2016-08-01T00:00:00Z" });
    const campaign = await crm.crm.campaigns.create({ json: { name: "API Test Campaign Name" } });
    expect(campaign.data.type).toBe("campaign");
    const task = await crm.crm.tasks.create({ json: { status: "API Test Task Name", priority: "High" } });
    expect(task.data).toMatchObject({ type: "task", priority: "High" });
    const account = await crm.crm.accounts.create({ json: { name: "Test API Account Name" } });
    expect(account.data.id).toMatch(/^001/);
    for (const done of [
      crm.crm.leads.delete(lead.data.id),
      crm.crm.opportunities.delete(deal.data.id),
      crm.crm.campaigns.delete(campaign.data.id),
      crm.crm.tasks.delete(task.data.id),
      crm.crm.accounts.delete(account.data.id),
    ]) {
      expect((await done).status).toBe(204);
    }
  });

  it("filter opportunities by CRM account", async () => {
    const globex = (await crm.crm.accounts.list()).objects[1]?.data.id as string;
    const deals = await crm.crm.opportunities.list({ params: { account: globex } });
    expect(deals.objects.map((d) => d.data.name)).toEqual(["Globex - platform licence"]);
  });
});

describe("generic objects", () => {
  it("need raw_type, and show the typed records under their upstream type", async () => {
    const accounts = await crm.crm.objects.list({ params: { raw_type: "Account" } });
    expect(accounts.objects[0]?.data).toMatchObject({ type: "Account", name: "Acme Corporation" });
    // The types require raw_type; the cast sends the request without it.
    const missing = await crm.get("crm/objects", {} as never).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(BadRequest);
  });

  it("are created, read, updated and deleted with raw_type, and carry the upstream object with raw data", async () => {
    const params = { raw_type: "Account" };
    const created = await crm.crm.objects.create({ params, json: { name: "Test API Account Name" } });
    expect(created.status).toBe(201);
    const id = created.data.id;
    const read = await crm.crm.objects.retrieve(id, { params, headers: { "X-Kloudless-Raw-Data": "true" } });
    expect(read.data.raw?.object).toMatchObject({
      attributes: { type: "Account" },
      Id: id,
      Name: "Test API Account Name",
    });
    const updated = await crm.crm.objects.update(id, { params, json: { description: "test description" } });
    expect(updated.data.description).toBe("test description");
    expect((await crm.crm.accounts.retrieve(id)).data.description).toBe("test description");
    expect((await crm.crm.objects.delete(id, { params })).status).toBe(204);
    await expect(crm.crm.accounts.retrieve(id)).rejects.toBeInstanceOf(NotFound);
  });

  it("reach types that have no typed endpoint, and refuse unknown types", async () => {
    const products = await crm.crm.objects.list({ params: { raw_type: "Product2" } });
    expect(products.objects.map((p) => p.data.name)).toEqual(["Widget", "Support plan"]);
    const error = await crm.crm.objects.list({ params: { raw_type: "Spaceship" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequest);
    expect((error as BadRequest).message).toMatch(/raw_type: 'Spaceship'/);
  });
});

describe("search", () => {
  it("finds records of any type by name or email words", async () => {
    const byName = await crm.crm.search({ params: { q: "acme" } });
    expect(byName.objects.map((o) => `${o.data.type}:${o.data.name}`)).toEqual([
      "account:Acme Corporation",
      "contact:Ada Lovelace",
      "contact:Grace Hopper",
      "opportunity:Acme - 500 widgets",
    ]);
    const byEmail = await crm.crm.search({ params: { q: "grace@acme.example.com" } });
    expect(byEmail.objects.map((o) => o.data.name)).toEqual(["Grace Hopper"]);
  });

  it("runs a SOQL query with a LIKE condition on a Salesforce account", async () => {
    const result = await crm.crm.search({
      params: { lang: "SOQL", q: "SELECT Id, Name FROM Contact WHERE LastName LIKE 'T%'" },
    });
    expect(result.objects.map((o) => o.data.name)).toEqual(["Alan Turing"]);
    const bad = await crm.crm.search({ params: { lang: "SOQL", q: "DROP TABLE Contact" } }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(BadRequest);
  });

  it("requires q", async () => {
    await expect(crm.get("crm/search", {} as never)).rejects.toBeInstanceOf(BadRequest);
  });
});

describe("batch", () => {
  it("runs each request and reports it under its id, successes and failures apart", async () => {
    const acme = (await crm.crm.accounts.list()).objects[0]?.data.id as string;
    const result = await crm.crm.batch({
      json: {
        requests: [
          { id: "12345", method: "GET", url_data: { raw_type: "Account" } },
          { id: "read", method: "GET", url_data: { raw_type: "Account", id: acme } },
          {
            id: "new",
            method: "POST",
            url_data: { raw_type: "Lead" },
            data: { company: "Batch Co", last_name: "Batch" },
          },
          { id: "gone", method: "DELETE", url_data: { raw_type: "Contact", id: "003000000000999" } },
          { id: "invalid", method: "POST", url_data: { raw_type: "Lead" }, data: { company: "No Name Co" } },
        ],
      },
    });
    const data = result.data as Json;
    expect(data.responses.map((r: Json) => [r.id, r.status])).toEqual([
      ["12345", 200],
      ["read", 200],
      ["new", 201],
    ]);
    expect(data.responses[0].data.objects.length).toBeGreaterThanOrEqual(3);
    expect(data.responses[1].data).toMatchObject({ id: acme, name: "Acme Corporation" });
    expect(data.errors.map((e: Json) => [e.id, e.status, e.error.error_code])).toEqual([
      ["gone", 404, "not_found"],
      ["invalid", 400, "invalid_parameters"],
    ]);
    const created = data.responses[2].data.id as string;
    expect((await crm.crm.leads.retrieve(created)).data.company).toBe("Batch Co");
  });
});

describe("schemas", () => {
  it("list the object types with their fields, and describe one", async () => {
    const list = await crm.crm.schemas.list();
    expect(list.objects.map((s) => s.data.id)).toEqual([
      "Account",
      "Contact",
      "Lead",
      "Opportunity",
      "Campaign",
      "Task",
      "Product2",
    ]);
    const contact = await crm.crm.schemas.retrieve("Contact");
    expect(contact.data.fields.find((f) => f.name === "last_name")).toMatchObject({ required: true, read_only: false });
    await expect(crm.crm.schemas.retrieve("Spaceship")).rejects.toBeInstanceOf(NotFound);
  });
});

describe("CRM changes", () => {
  it("append add, update and delete events to the account's activity stream", async () => {
    const latest = (await crm.events.latestCursor()).data.cursor;
    const created = await crm.crm.tasks.create({
      json: { status: "Not Started", priority: "Low", subject: "Follow up" },
    });
    await crm.crm.tasks.update(created.data.id, { json: { status: "Completed" } });
    await crm.crm.tasks.delete(created.data.id);
    const events = await crm.events.list({ params: { cursor: String(latest) } });
    expect(
      events.objects.map((e) => [e.data.type, (e.data.metadata as Json).type, (e.data.metadata as Json).id]),
    ).toEqual([
      ["add", "task", created.data.id],
      ["update", "task", created.data.id],
      ["delete", "task", created.data.id],
    ]);
  });

  it("are refused with a typed 501 on an account without the CRM API", async () => {
    const storage = emu.accounts[0];
    const other = new Account({ token: storage?.token ?? "", baseUrl: emu.url, maxRetries: 0 });
    await expect(other.crm.contacts.list()).rejects.toBeInstanceOf(NotImplemented);
  });
});

describe("an emulator restarted on its data directory", () => {
  it("serves the CRM records created before and goes on with their IDs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-crm-test-"));
    try {
      const first = await startEmulator({ port: 0, dataDir: dir });
      const token = first.accounts[2]?.token ?? "";
      const before = new Account({ token, baseUrl: first.url, maxRetries: 0 });
      const kept = await before.crm.contacts.create({ json: { last_name: "Kept", email: "kept@example.com" } });
      await first.close();

      const second = await startEmulator({ port: 0, dataDir: dir });
      try {
        const after = new Account({ token, baseUrl: second.url, maxRetries: 0 });
        expect((await after.crm.contacts.retrieve(kept.data.id)).data.email).toBe("kept@example.com");
        const next = await after.crm.contacts.create({ json: { last_name: "Next" } });
        expect(next.data.id > kept.data.id).toBe(true);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("every CRM response", () => {
  it("validates against the spec", () => {
    const crmResponses = emu.responses.filter((r) => r.operationId?.startsWith("crm."));
    expect(crmResponses.length).toBeGreaterThan(30);
    expect(responseViolations(spec, emu.responses)).toEqual([]);
  });
});
