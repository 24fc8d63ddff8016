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
import type { OperationEntry, OperationId, ResultKind } from "../../generated/operations.ts";
import { KloudlessError } from "../core/errors.ts";
import { operationIds } from "./scopes.ts";

type Table = typeof import("./operation-table.ts");

let table: Table | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the operation table, once per process; every call waits for it the first time. A
 * failed load (a chunk the network lost) rejects that call and is tried again by the next one.
 */
export function loadOperations(): Promise<void> {
  if (table) return Promise.resolve();
  // The table's data is asked for beside the module that reads it, not after it: one wait, not two.
  loading ??= Promise.all([import("./operation-table.ts"), import("../../generated/operations.ts")]).then(
    ([module]) => {
      table = module;
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

/** The entry of operation `id` with its defaults filled in; the table must be loaded (`loadOperations`). */
export function operationSpec(id: OperationId): OperationSpec {
  if (!table) throw new KloudlessError(`${id}: the operation table is not loaded (await loadOperations())`);
  return table.operationSpec(id);
}

/**
 * The operation a request URL (on `origin`, without its query) belongs to, or `undefined`; the
 * table must be loaded (`loadOperations`).
 */
export function matchOperation(
  method: string,
  url: string,
  origin: string,
  baseUrl: string,
): OperationSpec | undefined {
  return (table as Table).matchOperation(method, url, origin, baseUrl);
}

/** What a generated method calls: `Client` or `Account`. */
export interface Caller {
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

/** Builds the object of one group for one client: methods plus lazily built subgroups. */
function buildGroup(owner: Caller, node: GroupNode, scope: "account" | "client"): object {
  const group: Record<string, unknown> = {};
  for (const [name, id] of node.methods) {
    group[name] = (...args: unknown[]) =>
      table
        ? table.dispatch(owner, scope, id, args)
        : loadOperations().then(() => (table as Table).dispatch(owner, scope, id, args));
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
