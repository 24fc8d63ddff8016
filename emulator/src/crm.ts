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
import { type CrmRecord, type RecordView, recordJson, recordsOf } from "./crm-model.ts";
import { bodyOf, createCrmOperations, DEFAULT_PAGE_SIZE, type Result, type Target } from "./crm-operations.ts";
import { likeMatches, parseSoql, SEARCHED_FIELDS, snakeCase } from "./crm-search.ts";
import { CRM_TYPES, type CrmType, schemaJson, typeOf } from "./crm-types.ts";
import type { ErrorReply, Schema } from "./replies.ts";
import type { EmulatorState } from "./state.ts";
import type { EmuContext, EmuRequest, HandlerTable } from "./types.ts";

export { type CrmSeed, type CrmSeedRecord, defaultCrmSeed, seedCrm } from "./crm-seed.ts";
export { CRM_TYPES } from "./crm-types.ts";

/** The reply of an operation's result: its error, or what `reply` makes of its value. */
function answer<T, R>(result: Result<T>, reply: (value: T) => R): R | ErrorReply {
  return "value" in result ? reply(result.value) : result;
}

/**
 * Creates the CRM API handlers. Accounts without the `crm` API get 501 `not_implemented`, as the
 * calendar handlers answer for accounts without a calendar. Each operation has its own handler,
 * typed by it; they share the operations of `crm-operations.ts`.
 */
export function createCrmHandlers(state: EmulatorState): HandlerTable {
  const { storeFor, rawTypeFor, typedTarget, objectTarget, list, create, retrieve, update, remove } =
    createCrmOperations(state);
  const account = (req: EmuRequest, ctx: EmuContext) => typedTarget(req, ctx, "Account");
  const contact = (req: EmuRequest, ctx: EmuContext) => typedTarget(req, ctx, "Contact");
  const lead = (req: EmuRequest, ctx: EmuContext) => typedTarget(req, ctx, "Lead");
  const opportunity = (req: EmuRequest, ctx: EmuContext) => typedTarget(req, ctx, "Opportunity");
  const campaign = (req: EmuRequest, ctx: EmuContext) => typedTarget(req, ctx, "Campaign");
  const task = (req: EmuRequest, ctx: EmuContext) => typedTarget(req, ctx, "Task");
  const id = (req: EmuRequest, param: string) => req.params[param] ?? "";

  const handlers: HandlerTable = {
    "crm.accounts.list": (req, ctx, reply) => answer(list(account(req, ctx), req.query), (page) => reply(200, page)),
    "crm.accounts.create": (req, ctx, reply) =>
      answer(create(account(req, ctx), bodyOf(req)), (view) => reply(201, view)),
    "crm.accounts.retrieve": (req, ctx, reply) =>
      answer(retrieve(account(req, ctx), id(req, "crm_account_id")), (view) => reply(200, view)),
    "crm.accounts.update": (req, ctx, reply) =>
      answer(update(account(req, ctx), id(req, "crm_account_id"), bodyOf(req)), (view) => reply(200, view)),
    "crm.accounts.delete": (req, ctx, reply) =>
      answer(remove(account(req, ctx), id(req, "crm_account_id")), () => reply.empty(204)),
    "crm.contacts.list": (req, ctx, reply) => answer(list(contact(req, ctx), req.query), (page) => reply(200, page)),
    "crm.contacts.create": (req, ctx, reply) =>
      answer(create(contact(req, ctx), bodyOf(req)), (view) => reply(201, view)),
    "crm.contacts.retrieve": (req, ctx, reply) =>
      answer(retrieve(contact(req, ctx), id(req, "contact_id")), (view) => reply(200, view)),
    "crm.contacts.update": (req, ctx, reply) =>
      answer(update(contact(req, ctx), id(req, "contact_id"), bodyOf(req)), (view) => reply(200, view)),
    "crm.contacts.delete": (req, ctx, reply) =>
      answer(remove(contact(req, ctx), id(req, "contact_id")), () => reply.empty(204)),
    "crm.leads.list": (req, ctx, reply) => answer(list(lead(req, ctx), req.query), (page) => reply(200, page)),
    "crm.leads.create": (req, ctx, reply) => answer(create(lead(req, ctx), bodyOf(req)), (view) => reply(201, view)),
    "crm.leads.retrieve": (req, ctx, reply) =>
      answer(retrieve(lead(req, ctx), id(req, "lead_id")), (view) => reply(200, view)),
    "crm.leads.update": (req, ctx, reply) =>
      answer(update(lead(req, ctx), id(req, "lead_id"), bodyOf(req)), (view) => reply(200, view)),
    "crm.leads.delete": (req, ctx, reply) => answer(remove(lead(req, ctx), id(req, "lead_id")), () => reply.empty(204)),
    "crm.opportunities.list": (req, ctx, reply) =>
      answer(list(opportunity(req, ctx), req.query), (page) => reply(200, page)),
    "crm.opportunities.create": (req, ctx, reply) =>
      answer(create(opportunity(req, ctx), bodyOf(req)), (view) => reply(201, view)),
    "crm.opportunities.retrieve": (req, ctx, reply) =>
      answer(retrieve(opportunity(req, ctx), id(req, "opportunity_id")), (view) => reply(200, view)),
    "crm.opportunities.update": (req, ctx, reply) =>
      answer(update(opportunity(req, ctx), id(req, "opportunity_id"), bodyOf(req)), (view) => reply(200, view)),
    "crm.opportunities.delete": (req, ctx, reply) =>
      answer(remove(opportunity(req, ctx), id(req, "opportunity_id")), () => reply.empty(204)),
    "crm.campaigns.list": (req, ctx, reply) => answer(list(campaign(req, ctx), req.query), (page) => reply(200, page)),
    "crm.campaigns.create": (req, ctx, reply) =>
      answer(create(campaign(req, ctx), bodyOf(req)), (view) => reply(201, view)),
    "crm.campaigns.retrieve": (req, ctx, reply) =>
      answer(retrieve(campaign(req, ctx), id(req, "campaign_id")), (view) => reply(200, view)),
    "crm.campaigns.update": (req, ctx, reply) =>
      answer(update(campaign(req, ctx), id(req, "campaign_id"), bodyOf(req)), (view) => reply(200, view)),
    "crm.campaigns.delete": (req, ctx, reply) =>
      answer(remove(campaign(req, ctx), id(req, "campaign_id")), () => reply.empty(204)),
    "crm.tasks.list": (req, ctx, reply) => answer(list(task(req, ctx), req.query), (page) => reply(200, page)),
    "crm.tasks.create": (req, ctx, reply) => answer(create(task(req, ctx), bodyOf(req)), (view) => reply(201, view)),
    "crm.tasks.retrieve": (req, ctx, reply) =>
      answer(retrieve(task(req, ctx), id(req, "task_id")), (view) => reply(200, view)),
    "crm.tasks.update": (req, ctx, reply) =>
      answer(update(task(req, ctx), id(req, "task_id"), bodyOf(req)), (view) => reply(200, view)),
    "crm.tasks.delete": (req, ctx, reply) => answer(remove(task(req, ctx), id(req, "task_id")), () => reply.empty(204)),
    "crm.objects.list": (req, ctx, reply) =>
      answer(list(objectTarget(req, ctx), req.query), (page) => reply(200, page)),
    "crm.objects.create": (req, ctx, reply) =>
      answer(create(objectTarget(req, ctx), bodyOf(req)), (view) => reply(201, view)),
    "crm.objects.retrieve": (req, ctx, reply) =>
      answer(retrieve(objectTarget(req, ctx), id(req, "object_id")), (view) => reply(200, view)),
    "crm.objects.update": (req, ctx, reply) =>
      answer(update(objectTarget(req, ctx), id(req, "object_id"), bodyOf(req)), (view) => reply(200, view)),
    "crm.objects.delete": (req, ctx, reply) =>
      answer(remove(objectTarget(req, ctx), id(req, "object_id")), () => reply.empty(204)),
    "crm.search": (req, ctx, reply) => {
      const found = storeFor(req, ctx);
      if ("status" in found) return found;
      const q = req.query.get("q") ?? "";
      const lang = req.query.get("lang") ?? "KEYWORD";
      const hits: RecordView[] = [];
      const show = (type: CrmType, r: CrmRecord) =>
        recordJson(ctx.baseUrl, found.account, type, r, "typed", req.rawData);
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
      return reply(200, { ...page, type: "object_list", api: "crm" });
    },

    "crm.batch": (req, ctx, reply) => {
      const found = storeFor(req, ctx);
      if ("status" in found) return found;
      const { requests } = bodyOf(req) as Schema<"CrmBatchRequest">;
      const responses: Schema<"CrmBatchResponse">[] = [];
      const errors: Schema<"CrmBatchError">[] = [];
      for (const item of requests) {
        const result = batchItem(req, ctx, found, item);
        if ("value" in result) responses.push({ id: item.id, ...result.value });
        else errors.push({ id: item.id, status: result.status, error: result.json });
      }
      return reply(200, { responses, errors });
    },

    "crm.schemas.list": (req, ctx, reply) => {
      const found = storeFor(req, ctx);
      if ("status" in found) return found;
      const page = tokenPage(CRM_TYPES.map(schemaJson), req.query, DEFAULT_PAGE_SIZE);
      if (typeof page === "string") return ctx.error(400, "invalid_parameters", page);
      return reply(200, { ...page, type: "object_list", api: "crm" });
    },

    "crm.schemas.retrieve": (req, ctx, reply) => {
      const found = storeFor(req, ctx);
      if ("status" in found) return found;
      const type = typeOf(req.params.schema_id ?? "");
      return type
        ? reply(200, schemaJson(type))
        : ctx.error(404, "not_found", `No object type '${req.params.schema_id}' in this CRM`);
    },
  };

  /** One request of a batch, as a generic objects request: its status and data, or its error. */
  function batchItem(
    req: EmuRequest,
    ctx: EmuContext,
    found: Exclude<ReturnType<typeof storeFor>, ErrorReply>,
    item: Schema<"CrmBatchRequestItem">,
  ): Result<{ status: number; data: unknown }> {
    const type = rawTypeFor(ctx, item.url_data.raw_type);
    if ("status" in type) return type;
    const t: Target = { req, ctx, ...found, type, view: "object" };
    const id = item.url_data.id;
    const data = item.data ?? {};
    const ok = (status: number) => (data: unknown) => ({ value: { status, data } });
    if (item.method === "POST") return answer(create(t, data), ok(201));
    if (id === undefined) {
      if (item.method !== "GET")
        return ctx.error(400, "invalid_parameters", `url_data.id: required for ${item.method}`);
      const query = new URLSearchParams(Object.entries(item.params ?? {}).map(([k, v]) => [k, String(v)]));
      return answer(list(t, query), ok(200));
    }
    if (item.method === "GET") return answer(retrieve(t, id), ok(200));
    if (item.method === "PATCH") return answer(update(t, id, data), ok(200));
    return answer(remove(t, id), ok(204));
  }

  return handlers;
}
