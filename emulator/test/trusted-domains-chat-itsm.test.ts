/**
 * Trusted domains (Meta API), chat conversations and ITSM incidents through the SDK against the
 * emulator over real HTTP: domains added, listed and removed with the meta token; the demo
 * seed's Slack and ServiceNow accounts list their conversations and incidents by page token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import { Account, BadRequest, Client, NotFound } from "../../src/index.ts";
import { startEmulator } from "../src/index.ts";
import { responseViolations } from "../src/validate.ts";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

let emu: Emulator;
let meta: Client;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, recordResponses: true });
  meta = new Client({ token: emu.metaToken, baseUrl: emu.url, maxRetries: 0 });
});

afterAll(async () => {
  await emu.close();
});

/** An Account of the first seeded account that offers `api`. */
function accountWith(api: string): Account {
  const seeded = emu.accounts.find((a) => a.apis.includes(api));
  if (!seeded) throw new Error(`the demo seed has no ${api} account`);
  return new Account({ token: seeded.token, baseUrl: emu.url, maxRetries: 0 });
}

describe("trusted domains", () => {
  it("adds, lists and removes the trusted domains of an application", async () => {
    const created = await meta.meta.trustedDomains.create(emu.appId, { json: { domain: "app.example.com" } });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ domain: "app.example.com", api: "meta", type: "trusted_domain" });
    await meta.meta.trustedDomains.create(emu.appId, { json: { domain: "localhost:3000" } });

    const list = await meta.meta.trustedDomains.list(emu.appId);
    expect(list.objects.map((d) => d.data.domain)).toEqual(["app.example.com", "localhost:3000"]);

    await meta.meta.trustedDomains.delete(emu.appId, String(created.data.id));
    const after = await meta.meta.trustedDomains.list(emu.appId);
    expect(after.objects.map((d) => d.data.domain)).toEqual(["localhost:3000"]);
    await expect(meta.meta.trustedDomains.delete(emu.appId, String(created.data.id))).rejects.toBeInstanceOf(NotFound);
  });

  it("refuses a domain already trusted and an unknown application", async () => {
    await meta.meta.trustedDomains.create(emu.appId, { json: { domain: "twice.example.com" } });
    await expect(
      meta.meta.trustedDomains.create(emu.appId, { json: { domain: "TWICE.example.com" } }),
    ).rejects.toBeInstanceOf(BadRequest);
    await expect(meta.meta.trustedDomains.list("app_nope")).rejects.toBeInstanceOf(NotFound);
  });

  it("takes the meta token, not an account token", async () => {
    const account = new Client({ token: String(emu.accounts[0]?.token), baseUrl: emu.url, maxRetries: 0 });
    await expect(account.meta.trustedDomains.list(emu.appId)).rejects.toMatchObject({ status: 401 });
  });
});

describe("chat conversations", () => {
  it("lists the Slack account's conversations by page token, all five on the default page of ten", async () => {
    const chat = accountWith("messaging");
    const first = await chat.chat.conversations.list({ params: { page_size: 3 } });
    expect(first.data).toMatchObject({ api: "messaging", next_page: "2" });
    const names: unknown[] = [];
    for await (const conversation of first) names.push(conversation.data.name);
    expect(names).toEqual(["general", "random", "engineering", "team-leads", null]);
    expect(first.objects[0]?.data).toMatchObject({ type: "conversation", private: false, api: "messaging" });
    expect((await chat.chat.conversations.list()).objects).toHaveLength(5);
  });

  it("answers 501 for an account without the chat API", async () => {
    const storage = new Account({ token: String(emu.accounts[0]?.token), baseUrl: emu.url, maxRetries: 0 });
    await expect(storage.chat.conversations.list()).rejects.toMatchObject({ status: 501 });
  });
});

describe("ITSM incidents", () => {
  it("lists the ServiceNow account's incidents", async () => {
    const itsm = accountWith("itsm");
    const list = await itsm.itsm.incidents.list();
    expect(list.data).toMatchObject({ api: "itsm", next_page: null });
    expect(list.objects.map((i) => i.data.id)).toEqual(["INC0010001", "INC0010002", "INC0010003"]);
    expect(list.objects[1]?.data).toMatchObject({ type: "incident", priority: "high", active: true });
  });
});

describe("responses", () => {
  it("match the spec", () => {
    expect(responseViolations(spec, emu.responses)).toEqual([]);
  });
});
