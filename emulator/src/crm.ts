/**
 * The emulator's CRM API: a Salesforce-like CRM with accounts, contacts, leads, opportunities,
 * campaigns and tasks (the unified types), a `Product2` type reachable only as a generic object,
 * search (keywords, or a small subset of SOQL), batch requests and object schemas.
 *
 * Each account's records live in the `crm` state slot by upstream type (`raw_type`). The typed
 * endpoints (`crm/contacts`, ...) and the generic objects endpoint (`crm/objects?raw_type=Contact`)
 * are two views of the same records. Records are stored without `href` and `raw`, which depend on
 * the request and are added per reply.
 */
import { recordActivity } from "./activity.ts";
import { tokenPage } from "./core.ts";
import { type AnyHandler, untypedHandlers } from "./replies.ts";
import { type EmulatorState, now } from "./state.ts";
import type { AccountRecord, EmuContext, EmuReply, EmuRequest, HandlerTable } from "./types.ts";

/** An upstream object type of the emulated CRM. */
interface CrmType {
  /** The upstream (Salesforce) name, as `raw_type` takes it. */
  rawType: string;
  /** Salesforce's three-character ID prefix of the type. */
  prefix: string;
  /** The unified type (`contact`) and its endpoint (`contacts`); absent for generic-only types. */
  unified?: { type: string; key: string };
  /** The fields a client may set, as the spec names them. */
  fields: string[];
  /** The fields a create must set. */
  required: string[];
}

/** The types of the emulated CRM; the unified fields follow spec/schemas/crm.yaml. */
export const CRM_TYPES: CrmType[] = [
  {
    rawType: "Account",
    prefix: "001",
    unified: { type: "account", key: "accounts" },
    fields: [
      "name",
      "owner",
      "industry_code",
      "industry",
      "employees",
      "rating",
      "fax",
      "phone",
      "website",
      "annual_revenue",
      "billing_address",
      "shipping_address",
      "description",
    ],
    required: ["name"],
  },
  {
    rawType: "Contact",
    prefix: "003",
    unified: { type: "contact", key: "contacts" },
    fields: [
      "account",
      "owner",
      "lead",
      "first_name",
      "middle_name",
      "last_name",
      "name",
      "title",
      "department",
      "email",
      "fax",
      "phone",
      "mailing_address",
      "description",
    ],
    required: ["last_name"],
  },
  {
    rawType: "Lead",
    prefix: "00Q",
    unified: { type: "lead", key: "leads" },
    fields: [
      "owner",
      "name",
      "first_name",
      "middle_name",
      "last_name",
      "title",
      "status",
      "address",
      "company",
      "industry",
      "annual_revenue",
      "rating",
      "email",
      "fax",
      "phone",
      "description",
    ],
    required: ["company", "last_name"],
  },
  {
    rawType: "Opportunity",
    prefix: "006",
    unified: { type: "opportunity", key: "opportunities" },
    fields: [
      "account",
      "campaign",
      "owner",
      "name",
      "stage_name",
      "closing_date",
      "close_date",
      "next_step",
      "amount",
      "probability",
      "opportunity_type",
      "description",
    ],
    required: ["name", "stage_name"],
  },
  {
    rawType: "Campaign",
    prefix: "701",
    unified: { type: "campaign", key: "campaigns" },
    fields: [
      "owner",
      "parent",
      "name",
      "campaign_type",
      "start",
      "end",
      "status",
      "expected_revenue",
      "actual_cost",
      "budgeted_cost",
      "description",
    ],
    required: ["name"],
  },
  {
    rawType: "Task",
    prefix: "00T",
    unified: { type: "task", key: "tasks" },
    fields: ["account", "owner", "status", "priority", "subject", "description"],
    required: ["status", "priority"],
  },
  {
    rawType: "Product2",
    prefix: "01t",
    fields: ["name", "product_code", "family", "is_active", "description"],
    required: ["name"],
  },
];

/** Fields that name another record, and the upstream type they must name. */
const REFERENCES: Record<string, string> = { account: "Account", campaign: "Campaign", parent: "Campaign" };

/** The page size of CRM lists when `page_size` is not given (RapidAPI listing: 100). */
const DEFAULT_PAGE_SIZE = 100;

/** A stored record: the unified fields plus ID and timestamps (no `href`, no `raw`). */
interface CrmRecord {
  id: string;
  created: string;
  modified: string;
  fields: Record<string, unknown>;
}

/** One account's CRM: records by upstream type (in creation order), and each type's ID counter. */
interface CrmStore {
  records: Record<string, Map<string, CrmRecord>>;
  counters: Record<string, number>;
}

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

function typeOf(rawType: string): CrmType | undefined {
  return CRM_TYPES.find((t) => t.rawType === rawType);
}

function stores(state: EmulatorState): Map<number, CrmStore> {
  return state.area("crm", () => new Map<number, CrmStore>());
}

function storeOf(state: EmulatorState, account: AccountRecord): CrmStore {
  let store = stores(state).get(account.id);
  if (!store) {
    store = { records: {}, counters: {} };
    stores(state).set(account.id, store);
  }
  return store;
}

function recordsOf(store: CrmStore, rawType: string): Map<string, CrmRecord> {
  store.records[rawType] ??= new Map();
  return store.records[rawType];
}

/** A Salesforce-shaped 15-character ID: the type's prefix and a per-type sequence number. */
function nextRecordId(store: CrmStore, type: CrmType): string {
  const n = (store.counters[type.rawType] ?? 0) + 1;
  store.counters[type.rawType] = n;
  return `${type.prefix}${String(n).padStart(12, "0")}`;
}

/** How a record is shown: through its typed endpoint, or as a generic object. */
type View = "typed" | "object";

/** The reply JSON of a record: every field of its type (`null` when unset), with `href` and, when asked, `raw`. */
function recordJson(
  baseUrl: string,
  account: AccountRecord,
  type: CrmType,
  record: CrmRecord,
  view: View,
  rawData = false,
): Record<string, unknown> {
  const fields = Object.fromEntries(type.fields.map((f) => [f, record.fields[f] ?? null]));
  const typed = view === "typed" && type.unified;
  const base = `${baseUrl}/v1/accounts/${account.id}/crm`;
  const href = typed
    ? `${base}/${type.unified?.key}/${record.id}`
    : `${base}/objects/${record.id}?raw_type=${encodeURIComponent(type.rawType)}`;
  return {
    id: record.id,
    ...fields,
    created: record.created,
    modified: record.modified,
    type: typed ? type.unified?.type : type.rawType,
    api: "crm",
    href,
    ...(rawData ? { raw: { object: upstreamObject(type, record) } } : {}),
  };
}

/** The record as Salesforce names its fields (`last_name` → `LastName`), for `raw.object`. */
function upstreamObject(type: CrmType, record: CrmRecord): Record<string, unknown> {
  const pascal = (name: string) => name.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
  return {
    attributes: { type: type.rawType },
    Id: record.id,
    ...Object.fromEntries(Object.entries(record.fields).map(([k, v]) => [pascal(k), v])),
    CreatedDate: record.created,
    LastModifiedDate: record.modified,
  };
}

/** The full name of a person record, from its name parts. */
function fullName(fields: Record<string, unknown>): string | null {
  const parts = [fields.first_name, fields.middle_name, fields.last_name].filter((p) => typeof p === "string" && p);
  return parts.length ? parts.join(" ") : null;
}

/**
 * Applies `input` to `fields`: known fields only (others are ignored, as Kloudless ignores
 * fields a service lacks). Returns a problem for a reference to a missing record.
 */
function applyFields(
  store: CrmStore,
  type: CrmType,
  fields: Record<string, unknown>,
  input: Record<string, unknown>,
): string | undefined {
  for (const [key, value] of Object.entries(input)) {
    if (!type.fields.includes(key)) continue;
    const target = REFERENCES[key];
    if (target && value !== null && value !== undefined && !recordsOf(store, target).has(String(value))) {
      return `${key}: no ${target} with ID '${String(value)}'`;
    }
    fields[key] = value;
  }
  // The SDKs disagree on the close date's name; both names read the same value.
  if ("close_date" in input && !("closing_date" in input)) fields.closing_date = fields.close_date;
  if ("closing_date" in input && type.fields.includes("close_date")) fields.close_date = fields.closing_date;
  const person = type.rawType === "Contact" || type.rawType === "Lead";
  if (person && !("name" in input) && ["first_name", "middle_name", "last_name"].some((k) => k in input)) {
    fields.name = fullName(fields);
  }
  return undefined;
}

/** Creates a record of `type` (required fields checked: batch requests are not validated by the spec). */
function createRecord(store: CrmStore, type: CrmType, input: Record<string, unknown>): CrmRecord | string {
  const missing = type.required.filter((f) => input[f] === undefined || input[f] === null || input[f] === "");
  if (missing.length) return `${missing.join(", ")}: required to create a ${type.rawType}`;
  const fields: Record<string, unknown> = {};
  const problem = applyFields(store, type, fields, input);
  if (problem) return problem;
  const created = now();
  const record: CrmRecord = { id: nextRecordId(store, type), created, modified: created, fields };
  recordsOf(store, type.rawType).set(record.id, record);
  return record;
}

/** A later timestamp than `previous`, so that an update always changes `modified`. */
function bumpedTime(previous: string): string {
  const current = now();
  return Date.parse(current) > Date.parse(previous) ? current : new Date(Date.parse(previous) + 1).toISOString();
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

/** A parsed SOQL query of the subset the emulator understands. */
interface SoqlQuery {
  rawType: string;
  where?: { field: string; op: "=" | "LIKE"; value: string };
}

/** Parses `SELECT ... FROM <Type> [WHERE <Field> = | LIKE '<value>']`, or returns undefined. */
function parseSoql(q: string): SoqlQuery | undefined {
  const m = /^\s*SELECT\s+.+?\s+FROM\s+(\w+)(?:\s+WHERE\s+(\w+)\s*(=|LIKE)\s*'([^']*)')?\s*$/i.exec(q);
  if (!m) return undefined;
  const [, rawType = "", field, op, value] = m;
  return {
    rawType,
    ...(field && op && value !== undefined ? { where: { field, op: op.toUpperCase() as "=" | "LIKE", value } } : {}),
  };
}

/** `LastName` or `last_name` → `last_name`; `Id` → `id`. */
function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** Whether `value` matches a SOQL `LIKE` pattern (`%` any run, `_` one character, case-insensitive). */
function likeMatches(value: string, pattern: string): boolean {
  const regex = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/%/g, ".*")
    .replace(/_/g, ".");
  return new RegExp(`^${regex}$`, "is").test(value);
}

/** Fields a keyword search looks at. */
const SEARCHED_FIELDS = ["name", "first_name", "last_name", "email", "company", "subject", "product_code"];

/**
 * Creates the CRM API handlers. Accounts without the `crm` API get 501 `not_implemented`, as the
 * calendar handlers answer for accounts without a calendar.
 */
export function createCrmHandlers(state: EmulatorState): HandlerTable {
  /** The CRM store of the request's account, or the error reply. */
  function storeFor(req: EmuRequest, ctx: EmuContext): { account: AccountRecord; store: CrmStore } | EmuReply {
    const account = req.account;
    if (!account) return ctx.error(404, "not_found", "Account not found.");
    if (!account.apis.includes("crm")) {
      return ctx.error(
        501,
        "not_implemented",
        `Account ${account.id} (${account.serviceName}) does not offer the CRM API.`,
      );
    }
    return { account, store: storeOf(state, account) };
  }

  /** The type named by `raw_type`, or a 400 reply. */
  function rawTypeFor(ctx: EmuContext, rawType: string | null | undefined): CrmType | EmuReply {
    const type = rawType ? typeOf(rawType) : undefined;
    return (
      type ?? ctx.error(400, "invalid_parameters", `raw_type: '${rawType ?? ""}' is not an object type of this CRM`)
    );
  }

  /** What one CRM request works on, whether it came over HTTP or inside a batch. */
  interface Target {
    req: EmuRequest;
    ctx: EmuContext;
    account: AccountRecord;
    store: CrmStore;
    type: CrmType;
    view: View;
  }

  function list(t: Target, query: URLSearchParams): EmuReply {
    let records = [...recordsOf(t.store, t.type.rawType).values()];
    const owner = query.get("account");
    if (owner !== null && t.type.fields.includes("account"))
      records = records.filter((r) => r.fields.account === owner);
    const page = tokenPage(records, query, DEFAULT_PAGE_SIZE);
    if (typeof page === "string") return t.ctx.error(400, "invalid_parameters", page);
    const objects = page.objects.map((r) => recordJson(t.ctx.baseUrl, t.account, t.type, r, t.view, t.req.rawData));
    return { status: 200, json: { ...page, objects, type: "object_list", api: "crm" } };
  }

  function find(t: Target, id: string): CrmRecord | EmuReply {
    return (
      recordsOf(t.store, t.type.rawType).get(id) ?? t.ctx.error(404, "not_found", `${t.type.rawType} not found: ${id}`)
    );
  }

  function json(t: Target, record: CrmRecord): Record<string, unknown> {
    return recordJson(t.ctx.baseUrl, t.account, t.type, record, t.view, t.req.rawData);
  }

  /** Records a change in the activity log (the object as its typed endpoint shows it, without `raw`). */
  function record(t: Target, kind: string, stored: CrmRecord, previous?: Record<string, unknown>): void {
    t.ctx.recordActivity(t.account, {
      type: kind,
      metadata: recordJson(t.ctx.baseUrl, t.account, t.type, stored, "typed"),
      ...(previous ? { previousMetadata: previous } : {}),
      userId: t.req.asUser ?? null,
    });
  }

  function create(t: Target, input: Record<string, unknown>): EmuReply {
    const created = createRecord(t.store, t.type, input);
    if (typeof created === "string") return t.ctx.error(400, "invalid_parameters", created);
    record(t, "add", created);
    return { status: 201, json: json(t, created) };
  }

  function retrieve(t: Target, id: string): EmuReply {
    const found = find(t, id);
    return "status" in found ? found : { status: 200, json: json(t, found) };
  }

  function update(t: Target, id: string, input: Record<string, unknown>): EmuReply {
    const found = find(t, id);
    if ("status" in found) return found;
    const previous = recordJson(t.ctx.baseUrl, t.account, t.type, found, "typed");
    const fields = { ...found.fields };
    const problem = applyFields(t.store, t.type, fields, input);
    if (problem) return t.ctx.error(400, "invalid_parameters", problem);
    found.fields = fields;
    found.modified = bumpedTime(found.modified);
    record(t, "update", found, previous);
    return { status: 200, json: json(t, found) };
  }

  function remove(t: Target, id: string): EmuReply {
    const found = find(t, id);
    if ("status" in found) return found;
    recordsOf(t.store, t.type.rawType).delete(id);
    record(t, "delete", found);
    return { status: 204 };
  }

  /** The target of a typed endpoint's request, or the error reply. */
  function typedTarget(req: EmuRequest, ctx: EmuContext, rawType: string): Target | EmuReply {
    const found = storeFor(req, ctx);
    if ("status" in found) return found;
    return { req, ctx, ...found, type: typeOf(rawType) as CrmType, view: "typed" };
  }

  /** The target of a generic objects request (`raw_type` in the query), or the error reply. */
  function objectTarget(req: EmuRequest, ctx: EmuContext): Target | EmuReply {
    const found = storeFor(req, ctx);
    if ("status" in found) return found;
    const type = rawTypeFor(ctx, req.query.get("raw_type"));
    if ("status" in type) return type;
    return { req, ctx, ...found, type, view: "object" };
  }

  const body = (req: EmuRequest): Record<string, unknown> =>
    typeof req.json === "object" && req.json !== null ? (req.json as Record<string, unknown>) : {};

  const handlers: Record<string, AnyHandler> = {};
  const typed: [string, string, string][] = [
    ["accounts", "Account", "crm_account_id"],
    ["contacts", "Contact", "contact_id"],
    ["leads", "Lead", "lead_id"],
    ["opportunities", "Opportunity", "opportunity_id"],
    ["campaigns", "Campaign", "campaign_id"],
    ["tasks", "Task", "task_id"],
  ];
  for (const [key, rawType, idParam] of typed) {
    const target = (req: EmuRequest, ctx: EmuContext) => typedTarget(req, ctx, rawType);
    const id = (req: EmuRequest) => req.params[idParam] ?? "";
    handlers[`crm.${key}.list`] = (req, ctx) => {
      const t = target(req, ctx);
      return "status" in t ? t : list(t, req.query);
    };
    handlers[`crm.${key}.create`] = (req, ctx) => {
      const t = target(req, ctx);
      return "status" in t ? t : create(t, body(req));
    };
    handlers[`crm.${key}.retrieve`] = (req, ctx) => {
      const t = target(req, ctx);
      return "status" in t ? t : retrieve(t, id(req));
    };
    handlers[`crm.${key}.update`] = (req, ctx) => {
      const t = target(req, ctx);
      return "status" in t ? t : update(t, id(req), body(req));
    };
    handlers[`crm.${key}.delete`] = (req, ctx) => {
      const t = target(req, ctx);
      return "status" in t ? t : remove(t, id(req));
    };
  }

  const objectId = (req: EmuRequest) => req.params.object_id ?? "";
  handlers["crm.objects.list"] = (req, ctx) => {
    const t = objectTarget(req, ctx);
    return "status" in t ? t : list(t, req.query);
  };
  handlers["crm.objects.create"] = (req, ctx) => {
    const t = objectTarget(req, ctx);
    return "status" in t ? t : create(t, body(req));
  };
  handlers["crm.objects.retrieve"] = (req, ctx) => {
    const t = objectTarget(req, ctx);
    return "status" in t ? t : retrieve(t, objectId(req));
  };
  handlers["crm.objects.update"] = (req, ctx) => {
    const t = objectTarget(req, ctx);
    return "status" in t ? t : update(t, objectId(req), body(req));
  };
  handlers["crm.objects.delete"] = (req, ctx) => {
    const t = objectTarget(req, ctx);
    return "status" in t ? t : remove(t, objectId(req));
  };

  handlers["crm.search"] = (req, ctx) => {
    const found = storeFor(req, ctx);
    if ("status" in found) return found;
    const q = req.query.get("q") ?? "";
    const lang = req.query.get("lang") ?? "KEYWORD";
    const hits: Record<string, unknown>[] = [];
    const show = (type: CrmType, r: CrmRecord) => recordJson(ctx.baseUrl, found.account, type, r, "typed", req.rawData);
    if (lang === "SOQL") {
      if (found.account.service !== "salesforce")
        return ctx.error(400, "invalid_parameters", "lang: SOQL is supported by Salesforce only");
      const query = parseSoql(q);
      if (!query)
        return ctx.error(
          400,
          "invalid_parameters",
          "q: not a SOQL query (SELECT ... FROM <Type> [WHERE <Field> = | LIKE '...'])",
        );
      const type = rawTypeFor(ctx, query.rawType);
      if ("status" in type) return type;
      for (const r of recordsOf(found.store, type.rawType).values()) {
        const where = query.where;
        if (where) {
          const field = snakeCase(where.field);
          const value = field === "id" ? r.id : r.fields[field];
          if (value === null || value === undefined) continue;
          const text = String(value);
          if (where.op === "=" ? text !== where.value : !likeMatches(text, where.value)) continue;
        }
        hits.push(show(type, r));
      }
    } else {
      const words = q.toLowerCase().split(/\s+/).filter(Boolean);
      for (const type of CRM_TYPES) {
        for (const r of recordsOf(found.store, type.rawType).values()) {
          const text = SEARCHED_FIELDS.map((f) => r.fields[f])
            .filter((v) => typeof v === "string")
            .join(" ")
            .toLowerCase();
          if (words.every((w) => text.includes(w))) hits.push(show(type, r));
        }
      }
    }
    const page = tokenPage(hits, req.query, DEFAULT_PAGE_SIZE);
    if (typeof page === "string") return ctx.error(400, "invalid_parameters", page);
    return { status: 200, json: { ...page, type: "object_list", api: "crm" } };
  };

  handlers["crm.batch"] = (req, ctx) => {
    const found = storeFor(req, ctx);
    if ("status" in found) return found;
    const requests = (body(req).requests ?? []) as {
      id: string;
      method: string;
      url_data: { raw_type: string; id?: string };
      params?: Record<string, unknown>;
      data?: Record<string, unknown>;
    }[];
    const responses: unknown[] = [];
    const errors: unknown[] = [];
    for (const item of requests) {
      const type = rawTypeFor(ctx, item.url_data.raw_type);
      let reply: EmuReply;
      if ("status" in type) reply = type;
      else {
        const t: Target = { req, ctx, ...found, type, view: "object" };
        const id = item.url_data.id;
        const data = item.data ?? {};
        if (item.method === "POST") reply = create(t, data);
        else if (id === undefined) {
          const query = new URLSearchParams(Object.entries(item.params ?? {}).map(([k, v]) => [k, String(v)]));
          reply =
            item.method === "GET"
              ? list(t, query)
              : ctx.error(400, "invalid_parameters", `url_data.id: required for ${item.method}`);
        } else if (item.method === "GET") reply = retrieve(t, id);
        else if (item.method === "PATCH") reply = update(t, id, data);
        else reply = remove(t, id);
      }
      if (reply.status < 400) responses.push({ id: item.id, status: reply.status, data: reply.json ?? null });
      else errors.push({ id: item.id, status: reply.status, error: reply.json });
    }
    return { status: 200, json: { responses, errors } };
  };

  /** The schema of a type: its fields (read-only ones included) as the unified objects name them. */
  function schemaJson(type: CrmType): Record<string, unknown> {
    const field = (name: string, readOnly: boolean) => ({
      name,
      label: name.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()),
      type: REFERENCES[name] ? "reference" : "string",
      required: type.required.includes(name),
      read_only: readOnly,
    });
    return {
      id: type.rawType,
      label: type.rawType.replace(/\d+$/, ""),
      fields: [
        field("id", true),
        ...type.fields.map((f) => field(f, false)),
        field("created", true),
        field("modified", true),
      ],
      api: "crm",
      type: "schema",
    };
  }

  handlers["crm.schemas.list"] = (req, ctx) => {
    const found = storeFor(req, ctx);
    if ("status" in found) return found;
    const page = tokenPage(CRM_TYPES.map(schemaJson), req.query, DEFAULT_PAGE_SIZE);
    if (typeof page === "string") return ctx.error(400, "invalid_parameters", page);
    return { status: 200, json: { ...page, type: "object_list", api: "crm" } };
  };

  handlers["crm.schemas.retrieve"] = (req, ctx) => {
    const found = storeFor(req, ctx);
    if ("status" in found) return found;
    const type = typeOf(req.params.schema_id ?? "");
    return type
      ? { status: 200, json: schemaJson(type) }
      : ctx.error(404, "not_found", `No object type '${req.params.schema_id}' in this CRM`);
  };

  return untypedHandlers(handlers);
}
