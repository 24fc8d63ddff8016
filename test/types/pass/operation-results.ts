/**
 * Every generated method of `Account` and `Client` resolves to the wrapper class its operation's
 * result kind (the operation table's `r`) names, and every list method's result is
 * `AsyncIterable` of typed resources, as are the pages of its `.pages()`, so `for await`
 * compiles on both. Derived from the generated method trees: a new
 * operation is checked with no change here. test/runtime/operation-table.test.ts checks the same
 * classes at run time.
 */
import type { AccountMethods, ClientMethods, Method } from "../../../generated/methods.ts";
import type { OperationId } from "../../../generated/operations.ts";
import type { Account, Client, Resource, ResourceList, Response, ResponseJson } from "../../../src/index.ts";
import type { ResultKindOf } from "../../../src/operations/operation-types.ts";

type AnyMethod = Method<OperationId, unknown[], string | undefined>;

/** The wrapper class of each result kind. */
interface Classes {
  ResourceList: ResourceList<unknown, unknown>;
  Resource: Resource<unknown>;
  ResponseJson: ResponseJson<unknown>;
  Response: Response;
}

/**
 * Whether `R` is the wrapper of `Kind` (as far as structure tells: `Resource` and `ResponseJson`
 * have the same members): it extends that class, is iterable exactly when it is a list, and has
 * `data` unless it is an unparsed `Response`.
 */
type IsWrapperOf<R, Kind extends keyof Classes> = R extends Classes[Kind]
  ? (R extends AsyncIterable<unknown> ? true : false) extends (Kind extends "ResourceList" ? true : false)
    ? ("data" extends keyof R ? true : false) extends (Kind extends "Response" ? false : true)
      ? true
      : false
    : false
  : false;

/**
 * For a list: its `for await` items and the items of its `.pages()` are resources of one typed
 * data (not `unknown`).
 */
type HasTypedItems<R> =
  R extends AsyncIterable<infer Item>
    ? R extends { pages(): AsyncIterable<{ objects: readonly (infer PageItem)[] }> }
      ? [Item] extends [Resource<infer Data>]
        ? unknown extends Data
          ? false
          : [PageItem] extends [Item]
            ? true
            : false
        : false
      : false
    : true;

/** The operationIds whose method on `T` is missing or resolves to another wrapper; `never` when none. */
type Mismatches<T, Tree> = {
  [K in keyof Tree]: Tree[K] extends AnyMethod
    ? K extends keyof T
      ? T[K] extends (...args: never[]) => Promise<infer R>
        ? IsWrapperOf<R, ResultKindOf<Tree[K]["~operation"]>> extends true
          ? HasTypedItems<R> extends true
            ? never
            : Tree[K]["~operation"]
          : Tree[K]["~operation"]
        : Tree[K]["~operation"]
      : Tree[K]["~operation"]
    : K extends keyof T
      ? Mismatches<T[K], Tree[K]>
      : K;
}[keyof Tree];

const accountMethods: [Mismatches<Account, AccountMethods>] extends [never]
  ? "every Account method"
  : Mismatches<Account, AccountMethods> = "every Account method";
const clientMethods: [Mismatches<Client, ClientMethods>] extends [never]
  ? "every Client method"
  : Mismatches<Client, ClientMethods> = "every Client method";

/** The list operations (a bare `{ objects }` envelope included). */
type ListOperation = { [Id in OperationId]: ResultKindOf<Id> extends "ResourceList" ? Id : never }[OperationId];
const lists: ListOperation[] = ["storage.files.listServiceLinks", "storage.folders.listContents", "events.list"];

/** `for await` over a list method's result compiles, its items being resources. */
async function linkUrls(account: Account): Promise<unknown[]> {
  const urls: unknown[] = [];
  for await (const link of await account.storage.files.listServiceLinks("f1")) urls.push(link.data);
  return urls;
}

export { accountMethods, clientMethods, linkUrls, lists };
