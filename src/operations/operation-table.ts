/**
 * The operation table as the runtime reads it, loaded with the table (generated/operations.ts)
 * on a client's first call: each operation's entry with its defaults filled in, the call of a
 * generated method (its runtime helper, when the table names one), and the operation a request
 * URL belongs to.
 */
import { type OperationEntry, type OperationId, operations } from "../../generated/operations.ts";
import { KloudlessError } from "../core/errors.ts";
import type { Caller, OperationSpec } from "./operations.ts";
import { type HelperHost, type HelperName, helperImplementations } from "./runtime-helpers.ts";
import { operationIds } from "./scopes.ts";

const specs = new Map<OperationId, OperationSpec>();
const NONE: readonly never[] = [];

/** The entry of operation `id` with its defaults filled in (built once per operation). */
export function operationSpec(id: OperationId): OperationSpec {
  let spec = specs.get(id);
  if (!spec) {
    const entry: OperationEntry = operations[id];
    const params = entry.a ?? NONE;
    spec = {
      id,
      method: entry.m,
      path: entry.p,
      params,
      boundParams: params.filter((name) => name !== "account_id"),
      query: entry.q ?? NONE,
      body: entry.b ?? NONE,
      result: entry.r ?? "Resource",
      scope: entry.s ?? "account",
      paging: entry.g ?? "none",
      helper: entry.h,
    };
    specs.set(id, spec);
  }
  return spec;
}

/** Matchers of the table's operations by method and number of path segments. */
let matchers: Map<string, { pattern: RegExp; op: OperationSpec }[]> | undefined;

function buildMatchers(): Map<string, { pattern: RegExp; op: OperationSpec }[]> {
  const byKey = new Map<string, { literal: number; pattern: RegExp; op: OperationSpec }[]>();
  for (const id of operationIds("client")) {
    const op = operationSpec(id);
    const segments = op.path.split("/").filter(Boolean);
    const key = `${op.method} ${segments.length}`;
    const list = byKey.get(key) ?? [];
    list.push({
      // Literal segments first: `files/upload_url` is not `files/{file_id}`.
      literal: segments.filter((s) => !s.startsWith("{")).length,
      pattern: new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`),
      op,
    });
    byKey.set(key, list);
  }
  return new Map([...byKey].map(([key, list]) => [key, list.sort((a, b) => b.literal - a.literal)]));
}

const prefixes = new Map<string, string>();
/** Recent answers of `matchOperation`: the pages of a list all ask about the same URL. */
const recent = new Map<string, OperationSpec | undefined>();
const RECENT_MAX = 256;

/**
 * The operation a request URL (on `origin`, without its query) belongs to, or `undefined`; the
 * table must be loaded (`loadOperations`).
 * `{param}` matches one non-empty segment; the API version segment may be any version.
 */
export function matchOperation(
  method: string,
  url: string,
  origin: string,
  baseUrl: string,
): OperationSpec | undefined {
  const key = `${method} ${baseUrl} ${url}`;
  if (recent.has(key)) return recent.get(key);
  const op = findOperation(method, url, origin, baseUrl);
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(key, op);
  return op;
}

function findOperation(method: string, url: string, origin: string, baseUrl: string): OperationSpec | undefined {
  let prefix = prefixes.get(baseUrl);
  if (prefix === undefined) {
    prefix = new URL(baseUrl).pathname.replace(/\/+$/, "");
    prefixes.set(baseUrl, prefix);
  }
  const path = url.startsWith(origin) ? url.slice(origin.length) : new URL(url).pathname;
  if (!path.startsWith(`${prefix}/v`)) return undefined;
  const rest = path
    .slice(prefix.length)
    .replace(/^\/v[^/]+/, "")
    .replace(/\/+$/, "");
  matchers ??= buildMatchers();
  const candidates = matchers.get(`${method} ${rest.split("/").length - 1}`);
  return candidates?.find((m) => m.pattern.test(rest))?.op;
}

/**
 * Calls the helper serving operation `id`. On an `Account` the helper's calls are bound to the
 * account; on a `Client`, an account-scoped operation takes the account ID as first argument and
 * the helper's calls are bound to it.
 */
function callHelper(owner: Caller, scope: "account" | "client", id: OperationId, args: unknown[]): Promise<unknown> {
  const op = operationSpec(id);
  const implementation = helperImplementations[op.helper as HelperName] as
    | ((host: HelperHost, ...rest: unknown[]) => Promise<unknown>)
    | undefined;
  if (!implementation) {
    return Promise.reject(new KloudlessError(`${id}: the runtime has no helper ${String(op.helper)}`));
  }
  if (scope === "client" && op.scope === "account") {
    const [accountId, ...rest] = args;
    return implementation(
      { call: (target, targetArgs) => owner._operation(target, [accountId, ...targetArgs]) },
      ...rest,
    );
  }
  return implementation({ call: (target, targetArgs) => owner._operation(target, targetArgs) }, ...args);
}

/** Calls a generated method: its helper when the table names one, else the plain operation. */
export function dispatch(
  owner: Caller,
  scope: "account" | "client",
  id: OperationId,
  args: unknown[],
): Promise<unknown> {
  return operationSpec(id).helper ? callHelper(owner, scope, id, args) : owner._operation(id, args);
}
