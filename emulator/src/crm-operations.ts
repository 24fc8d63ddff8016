/**
 * The CRM operations the handlers of `crm.ts` share: list, create, retrieve, update and delete
 * over one object type, for a typed endpoint (`crm/contacts`), the generic objects endpoint
 * (`crm/objects?raw_type=Contact`) and a batch request alike. Each answers its result wrapped
 * as `{ value }` (a record view may have a `status` field of its own) or an `ErrorReply`, and
 * the handler turns the value into the reply its operation declares.
 */
import { tokenPage } from "./core.ts";
import {
  applyFields,
  bumpedTime,
  type CrmRecord,
  type CrmStore,
  createRecord,
  type RecordView,
  recordJson,
  recordsOf,
  storeOf,
  type View,
} from "./crm-model.ts";
import { type CrmType, typeOf } from "./crm-types.ts";
import type { ErrorReply } from "./replies.ts";
import type { EmulatorState } from "./state.ts";
import type { AccountRecord, EmuContext, EmuRequest } from "./types.ts";

/** The page size of CRM lists when `page_size` is not given (RapidAPI listing: 100). */
export const DEFAULT_PAGE_SIZE = 100;

/** What one CRM request works on, whether it came over HTTP or inside a batch. */
export interface Target {
  req: EmuRequest;
  ctx: EmuContext;
  account: AccountRecord;
  store: CrmStore;
  type: CrmType;
  view: View;
}

/** A result of an operation, or the error reply that ends it. */
export type Result<T> = { value: T } | ErrorReply;

/** A page of record views. */
export interface RecordPage {
  objects: RecordView[];
  count: number;
  page: string;
  next_page: string | null;
  type: "object_list";
  api: "crm";
}

/** The JSON body of a request as an object (the server has validated it against the spec). */
export function bodyOf(req: EmuRequest): Record<string, unknown> {
  return typeof req.json === "object" && req.json !== null ? (req.json as Record<string, unknown>) : {};
}

/** The CRM operations over `state`'s stores. */
export function createCrmOperations(state: EmulatorState) {
  /** The CRM store of the request's account, or the error reply. */
  function storeFor(req: EmuRequest, ctx: EmuContext): { account: AccountRecord; store: CrmStore } | ErrorReply {
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
  function rawTypeFor(ctx: EmuContext, rawType: string | null | undefined): CrmType | ErrorReply {
    const type = rawType ? typeOf(rawType) : undefined;
    return (
      type ?? ctx.error(400, "invalid_parameters", `raw_type: '${rawType ?? ""}' is not an object type of this CRM`)
    );
  }

  /** The target of a typed endpoint's request, or the error reply. */
  function typedTarget(req: EmuRequest, ctx: EmuContext, rawType: string): Target | ErrorReply {
    const found = storeFor(req, ctx);
    if ("status" in found) return found;
    return { req, ctx, ...found, type: typeOf(rawType) as CrmType, view: "typed" };
  }

  /** The target of a generic objects request (`raw_type` in the query), or the error reply. */
  function objectTarget(req: EmuRequest, ctx: EmuContext): Target | ErrorReply {
    const found = storeFor(req, ctx);
    if ("status" in found) return found;
    const type = rawTypeFor(ctx, req.query.get("raw_type"));
    if ("status" in type) return type;
    return { req, ctx, ...found, type, view: "object" };
  }

  function view(t: Target, record: CrmRecord): RecordView {
    return recordJson(t.ctx.baseUrl, t.account, t.type, record, t.view, t.req.rawData);
  }

  function find(t: Target, id: string): CrmRecord | ErrorReply {
    return (
      recordsOf(t.store, t.type.rawType).get(id) ?? t.ctx.error(404, "not_found", `${t.type.rawType} not found: ${id}`)
    );
  }

  /** Records a change in the activity log (the object as its typed endpoint shows it, without `raw`). */
  function record(t: Target, kind: string, stored: CrmRecord, previous?: RecordView): void {
    t.ctx.recordActivity(t.account, {
      type: kind,
      metadata: recordJson(t.ctx.baseUrl, t.account, t.type, stored, "typed"),
      ...(previous ? { previousMetadata: previous } : {}),
      userId: t.req.asUser ?? null,
    });
  }

  function list(t: Target | ErrorReply, query: URLSearchParams): Result<RecordPage> {
    if ("status" in t) return t;
    let records = [...recordsOf(t.store, t.type.rawType).values()];
    const owner = query.get("account");
    if (owner !== null && t.type.fields.includes("account"))
      records = records.filter((r) => r.fields.account === owner);
    const page = tokenPage(records, query, DEFAULT_PAGE_SIZE);
    if (typeof page === "string") return t.ctx.error(400, "invalid_parameters", page);
    const objects = page.objects.map((r) => view(t, r));
    return { value: { ...page, objects, type: "object_list", api: "crm" } };
  }

  function create(t: Target | ErrorReply, input: Record<string, unknown>): Result<RecordView> {
    if ("status" in t) return t;
    const created = createRecord(t.store, t.type, input);
    if (typeof created === "string") return t.ctx.error(400, "invalid_parameters", created);
    record(t, "add", created);
    return { value: view(t, created) };
  }

  function retrieve(t: Target | ErrorReply, id: string): Result<RecordView> {
    if ("status" in t) return t;
    const found = find(t, id);
    return "status" in found ? found : { value: view(t, found) };
  }

  function update(t: Target | ErrorReply, id: string, input: Record<string, unknown>): Result<RecordView> {
    if ("status" in t) return t;
    const found = find(t, id);
    if ("status" in found) return found;
    const previous = recordJson(t.ctx.baseUrl, t.account, t.type, found, "typed");
    const fields = { ...found.fields };
    const problem = applyFields(t.store, t.type, fields, input);
    if (problem) return t.ctx.error(400, "invalid_parameters", problem);
    found.fields = fields;
    found.modified = bumpedTime(found.modified);
    record(t, "update", found, previous);
    return { value: view(t, found) };
  }

  function remove(t: Target | ErrorReply, id: string): Result<null> {
    if ("status" in t) return t;
    const found = find(t, id);
    if ("status" in found) return found;
    recordsOf(t.store, t.type.rawType).delete(id);
    record(t, "delete", found);
    return { value: null };
  }

  return { storeFor, rawTypeFor, typedTarget, objectTarget, list, create, retrieve, update, remove };
}
