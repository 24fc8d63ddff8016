/**
 * Turns the operation table into method groups (`account.storage.files.retrieve`) lazily: a
 * group object is built the first time an instance touches it, so constructing a client costs
 * nothing per operation. The groups come from the operationIds alone (generated/operation-ids.ts);
 * the table itself (generated/operations.ts, most of its bytes) is loaded on the first call, so
 * that an app's bundler splits it off the initial load. Also matches a URL back to its
 * operation, so that typed path calls and follow-up calls wrap the answer by the operation's
 * result kind (and leave a download unparsed) as the generated method would.
 * An operation whose table entry names a `helper` (`x-kloudless-helper` in the spec) is served
 * by that runtime helper (src/operations/runtime-helpers.ts) instead of the plain operation call.
 */
import { accountOperations, clientOperations } from "../../generated/operation-ids.ts";
import type { OperationEntry, OperationId, ResultKind } from "../../generated/operations.ts";

type Table = Readonly<Record<OperationId, OperationEntry>>;

let table: Table | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the operation table, once per process; every call waits for it the first time. A
 * failed load (a chunk the network lost) rejects that call and is tried again by the next one.
 */
export function loadOperations(): Promise<void> {
  if (table) return Promise.resolve();
  loading ??= import("../../generated/operations.ts").then(
    (module) => {
      table = module.operations;
    },
    (error: unknown) => {
      loading = undefined;
      throw new KloudlessError("could not load the operation table", { cause: error });
    },
  );
  return loading;
}

/** Whether the operation table is loaded (then `operationSpec` and `matchOperation` answer at once). */
export function operationsLoaded(): boolean {
  return table !== undefined;
}

/** One operation of the table, its defaults filled in, as the runtime uses it. */
export interface OperationSpec {
  /** The operationId (`storage.files.retrieve`). */
  id: OperationId;
  /** HTTP method. */
  method: OperationEntry["m"];
  /** Path template relative to the API version root, e.g. `/accounts/{account_id}/storage/files/{file_id}`. */
  path: string;
  /** Path parameters in path order, `account_id` included. */
  params: readonly string[];
  /** The path arguments of the generated method on an `Account`: `params` without `account_id`. */
  boundParams: readonly string[];
  /** Query parameter names. */
  query: readonly string[];
  /** Request body kinds the operation accepts. */
  body: NonNullable<OperationEntry["b"]>;
  /** The wrapper class its success response becomes; `Response` is never parsed. */
  result: ResultKind;
  /** `account`: bound to an account by `Account`; `client`: application level. */
  scope: "account" | "client";
  /** Paging style of the list it returns. */
  paging: "page" | "token" | "cursor" | "none";
  /** Runtime helper serving the generated method, when there is one. */
  helper: string | undefined;
}

const specs = new Map<OperationId, OperationSpec>();
const NONE: readonly never[] = [];

/** The entry of operation `id` with its defaults filled in (built once per operation). */
export function operationSpec(id: OperationId): OperationSpec {
  let spec = specs.get(id);
  if (!spec) {
    if (!table) throw new KloudlessError(`${id}: the operation table is not loaded (await loadOperations())`);
    const entry: OperationEntry = table[id];
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

import { KloudlessError } from "../core/errors.ts";
import { type HelperHost, type HelperName, helperImplementations } from "./runtime-helpers.ts";

interface Caller {
  _operation(id: OperationId, args: unknown[]): Promise<unknown>;
}

interface GroupNode {
  methods: Map<string, OperationId>;
  groups: Map<string, GroupNode>;
}

function newNode(): GroupNode {
  return { methods: new Map(), groups: new Map() };
}

const trees = new Map<"account" | "client", GroupNode>();

/** The operationIds of a scope's generated methods: an account's, or a client's (all of them). */
function operationIds(scope: "account" | "client"): OperationId[] {
  const ids: string[] = [];
  for (const groups of scope === "account" ? [accountOperations] : [accountOperations, clientOperations]) {
    for (const group in groups) for (const name of (groups[group] as string).split(" ")) ids.push(`${group}.${name}`);
  }
  return ids as OperationId[];
}

/** The group tree of one scope, built once per process from the table. */
function treeFor(scope: "account" | "client"): GroupNode {
  let root = trees.get(scope);
  if (root) return root;
  root = newNode();
  for (const id of operationIds(scope)) {
    const parts = id.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) {
      let child = node.groups.get(part);
      if (!child) {
        child = newNode();
        node.groups.set(part, child);
      }
      node = child;
    }
    node.methods.set(parts[parts.length - 1] as string, id);
  }
  trees.set(scope, root);
  return root;
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
function dispatch(owner: Caller, scope: "account" | "client", id: OperationId, args: unknown[]): Promise<unknown> {
  return operationSpec(id).helper ? callHelper(owner, scope, id, args) : owner._operation(id, args);
}

/** Builds the object of one group for one client: methods plus lazily built subgroups. */
function buildGroup(owner: Caller, node: GroupNode, scope: "account" | "client"): object {
  const group: Record<string, unknown> = {};
  for (const [name, id] of node.methods) {
    group[name] = (...args: unknown[]) =>
      table ? dispatch(owner, scope, id, args) : loadOperations().then(() => dispatch(owner, scope, id, args));
  }
  for (const [name, child] of node.groups) {
    defineLazy(group, name, () => buildGroup(owner, child, scope));
  }
  return group;
}

function defineLazy(target: object, name: string, build: () => object): void {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = build();
      Object.defineProperty(this, name, { value, enumerable: true });
      return value;
    },
  });
}

/** Defines the top-level groups on a class prototype as lazy per-instance getters. */
export function installOperationGroups(prototype: object, scope: "account" | "client"): void {
  const root = treeFor(scope);
  for (const [name, child] of root.groups) {
    Object.defineProperty(prototype, name, {
      configurable: true,
      get(this: Caller) {
        const value = buildGroup(this, child, scope);
        Object.defineProperty(this, name, { value, enumerable: false });
        return value;
      },
    });
  }
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
