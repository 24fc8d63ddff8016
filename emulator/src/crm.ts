/**
 * The emulator's CRM API: a Salesforce-like CRM with accounts, contacts, leads, opportunities,
 * campaigns and tasks (the unified types), a `Product2` type reachable only as a generic object,
 * search (keywords, or a small subset of SOQL), batch requests and object schemas.
 *
 * Each account's records live in the `crm` state slot by upstream type (`raw_type`). The typed
 * endpoints (`crm/contacts`, ...) and the generic objects endpoint (`crm/objects?raw_type=Contact`)
 * are two views of the same records (`crm-model.ts`), of the types of `crm-types.ts`; the seeds
 * are in `crm-seed.ts` and the SOQL subset of search in `crm-search.ts`.
 */
import { tokenPage } from "./core.ts";
import {
  applyFields,
  bumpedTime,
  type CrmRecord,
  type CrmStore,
  createRecord,
  recordJson,
  recordsOf,
  storeOf,
  type View,
} from "./crm-model.ts";
import { likeMatches, parseSoql, SEARCHED_FIELDS, snakeCase } from "./crm-search.ts";
import { CRM_TYPES, type CrmType, schemaJson, typeOf } from "./crm-types.ts";
import { type AnyHandler, untypedHandlers } from "./replies.ts";
import type { EmulatorState } from "./state.ts";
import type { AccountRecord, EmuContext, EmuReply, EmuRequest, HandlerTable } from "./types.ts";

export { type CrmSeed, type CrmSeedRecord, defaultCrmSeed, seedCrm } from "./crm-seed.ts";
export { CRM_TYPES } from "./crm-types.ts";

/** The page size of CRM lists when `page_size` is not given (RapidAPI listing: 100). */
const DEFAULT_PAGE_SIZE = 100;

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
