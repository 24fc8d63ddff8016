/** The CRM's seeds: the demo CRM and how a seed's records are created. */
import { recordActivity } from "./activity.ts";
import { createRecord, recordJson, storeOf } from "./crm-model.ts";
import { typeOf } from "./crm-types.ts";
import type { EmulatorState } from "./state.ts";
import type { AccountRecord } from "./types.ts";

/** A seed record: the fields of one record of `rawType`; `ref` names it for later seed records. */
export interface CrmSeedRecord {
  rawType: string;
  ref?: string;
  fields: Record<string, unknown>;
}

/** The records of a CRM account; reference fields may hold `@<ref>` to name an earlier seed record. */
export interface CrmSeed {
  records: CrmSeedRecord[];
}

/** The demo CRM: three companies with their contacts, a few leads, deals, campaigns, tasks and products. */
export function defaultCrmSeed(): CrmSeed {
  const account = (ref: string, fields: Record<string, unknown>) => ({ rawType: "Account", ref, fields });
  const contact = (first: string, last: string, company: string, email: string, title: string) => ({
    rawType: "Contact",
    fields: { first_name: first, last_name: last, account: `@${company}`, email, title },
  });
  return {
    records: [
      account("acme", {
        name: "Acme Corporation",
        industry: "Manufacturing",
        employees: 250,
        phone: "+1 415 555 0100",
        website: "https://acme.example.com",
        rating: "Hot",
      }),
      account("globex", {
        name: "Globex Inc",
        industry: "Technology",
        employees: 1200,
        website: "https://globex.example.com",
      }),
      account("initech", { name: "Initech", industry: "Software", employees: 80 }),
      contact("Ada", "Lovelace", "acme", "ada@acme.example.com", "CTO"),
      contact("Grace", "Hopper", "acme", "grace@acme.example.com", "VP Engineering"),
      contact("Alan", "Turing", "globex", "alan@globex.example.com", "Research Lead"),
      contact("Katherine", "Johnson", "globex", "katherine@globex.example.com", "Analyst"),
      contact("Peter", "Gibbons", "initech", "peter@initech.example.com", "Engineer"),
      {
        rawType: "Lead",
        fields: { first_name: "Hank", last_name: "Scorpio", company: "Globex Labs", status: "Open - Not Contacted" },
      },
      {
        rawType: "Lead",
        fields: {
          first_name: "Milton",
          last_name: "Waddams",
          company: "Initech Storage",
          status: "Working - Contacted",
        },
      },
      {
        rawType: "Campaign",
        ref: "spring",
        fields: {
          name: "Spring Webinar",
          campaign_type: "Webinar",
          status: "Planned",
          start: "2026-03-01",
          end: "2026-03-31",
        },
      },
      { rawType: "Campaign", fields: { name: "Trade Show 2026", campaign_type: "Conference", status: "In Progress" } },
      {
        rawType: "Opportunity",
        fields: {
          name: "Acme - 500 widgets",
          account: "@acme",
          campaign: "@spring",
          stage_name: "Prospecting",
          closing_date: "2026-06-30",
          amount: 50000,
          probability: 10,
        },
      },
      {
        rawType: "Opportunity",
        fields: {
          name: "Globex - platform licence",
          account: "@globex",
          stage_name: "Negotiation/Review",
          amount: 120000,
        },
      },
      { rawType: "Task", fields: { account: "@acme", subject: "Call Ada", status: "Not Started", priority: "High" } },
      {
        rawType: "Task",
        fields: { account: "@globex", subject: "Send the proposal", status: "In Progress", priority: "Normal" },
      },
      { rawType: "Product2", fields: { name: "Widget", product_code: "W-100", family: "Hardware", is_active: true } },
      {
        rawType: "Product2",
        fields: { name: "Support plan", product_code: "S-1", family: "Services", is_active: true },
      },
    ],
  };
}

/** Gives a CRM account the records of `seed` (the demo CRM by default), each recorded as an `add` event. */
export function seedCrm(
  state: EmulatorState,
  account: AccountRecord,
  seed: CrmSeed = defaultCrmSeed(),
  baseUrl = "",
): void {
  const store = storeOf(state, account);
  const refs = new Map<string, string>();
  for (const entry of seed.records) {
    const type = typeOf(entry.rawType);
    if (!type) throw new Error(`crm seed: unknown raw type ${entry.rawType}`);
    const input = Object.fromEntries(
      Object.entries(entry.fields).map(([k, v]) => [
        k,
        typeof v === "string" && v.startsWith("@") ? (refs.get(v.slice(1)) ?? v) : v,
      ]),
    );
    const record = createRecord(store, type, input);
    if (typeof record === "string") throw new Error(`crm seed: ${record}`);
    if (entry.ref) refs.set(entry.ref, record.id);
    recordActivity(state, account, { type: "add", metadata: recordJson(baseUrl, account, type, record, "typed") });
  }
}
