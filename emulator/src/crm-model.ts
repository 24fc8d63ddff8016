/**
 * The CRM's records: each account's store (records by upstream type, in creation order, and
 * an ID counter per type), their reply JSON in the typed and generic views, and the field rules
 * of creates and updates. Records are stored without `href` and `raw`, which depend on the
 * request and are added per reply.
 */
import { type CrmType, REFERENCES } from "./crm-types.ts";
import type { Schema } from "./replies.ts";
import { type EmulatorState, now } from "./state.ts";
import type { AccountRecord } from "./types.ts";

/** A stored record: the unified fields plus ID and timestamps (no `href`, no `raw`). */
export interface CrmRecord {
  id: string;
  created: string;
  modified: string;
  fields: Record<string, unknown>;
}

/** One account's CRM: records by upstream type (in creation order), and each type's ID counter. */
export interface CrmStore {
  records: Record<string, Map<string, CrmRecord>>;
  counters: Record<string, number>;
}

function stores(state: EmulatorState): Map<number, CrmStore> {
  return state.area("crm", () => new Map<number, CrmStore>());
}

/** The CRM store of `account`, created empty on first use. */
export function storeOf(state: EmulatorState, account: AccountRecord): CrmStore {
  let store = stores(state).get(account.id);
  if (!store) {
    store = { records: {}, counters: {} };
    stores(state).set(account.id, store);
  }
  return store;
}

/** The records of `rawType` in `store` (created empty on first use). */
export function recordsOf(store: CrmStore, rawType: string): Map<string, CrmRecord> {
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
export type View = "typed" | "object";

/** A record as the API answers it: the spec's generic CRM object, which every unified type's view is too. */
export type RecordView = Schema<"CrmObject">;

/** The reply JSON of a record: every field of its type (`null` when unset), with `href` and, when asked, `raw`. */
export function recordJson(
  baseUrl: string,
  account: AccountRecord,
  type: CrmType,
  record: CrmRecord,
  view: View,
  rawData = false,
): RecordView {
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
export function applyFields(
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
export function createRecord(store: CrmStore, type: CrmType, input: Record<string, unknown>): CrmRecord | string {
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
export function bumpedTime(previous: string): string {
  const current = now();
  return Date.parse(current) > Date.parse(previous) ? current : new Date(Date.parse(previous) + 1).toISOString();
}
