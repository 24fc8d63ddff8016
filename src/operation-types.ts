/**
 * Type-level glue between the generated spec types and the runtime: what each operation
 * takes and returns, the method groups of `Account` and `Client`, and which relative paths the
 * typed verbs accept. The result types read the operation table's result kinds, the same data the
 * runtime wraps answers by. Nothing here exists at run time.
 */

import type { AccountMethods, ClientMethods, Method, PathOperations } from "../generated/methods.ts";
import type { OperationId, operations as operationTable, ResultKind } from "../generated/operations.ts";
import type { operations } from "../generated/schema.ts";
import type { ClientHelper, HelperName, Helpers } from "./helpers.ts";
import type { RequestOptions } from "./request-options.ts";
import type { AnyResult, Resource, ResourceList, Response, ResponseJson } from "./response.ts";

export type { AnyResult };

type SuccessStatus = 200 | 201 | 202;

/** The JSON body of an operation's first success response. */
export type ResponseBody<Id extends OperationId> = operations[Id]["responses"] extends infer R
  ? {
      [S in SuccessStatus & keyof R]: R[S] extends { content: { "application/json": infer T } } ? T : never;
    }[SuccessStatus & keyof R]
  : never;

type ListItem<T> = T extends { objects?: (infer I)[] } ? I : unknown;

/** The result kind of an operation: its operation table entry's `r` (default `Resource`). */
export type ResultKindOf<Id extends OperationId> = (typeof operationTable)[Id] extends {
  /** The entry's result kind, when not the default. */
  readonly r: infer R extends ResultKind;
}
  ? R
  : "Resource";

/** The result kind of every operation, by operationId: the wrapper class its answer becomes. */
export type OperationResults = { [Id in OperationId]: ResultKindOf<Id> };

/** The wrapper class an operation's answer becomes, by result kind, typed by its body. */
interface Wrappers<Body> {
  ResourceList: ResourceList<ListItem<Body>, Body>;
  Resource: Resource<Body>;
  ResponseJson: ResponseJson<Body>;
  Response: Response;
}

/** What an operation resolves to: the wrapper named by the operation table's result kind. */
export type OperationResult<Id extends OperationId> = Wrappers<ResponseBody<Id>>[ResultKindOf<Id>];

type QueryOf<Id extends OperationId> = operations[Id]["parameters"] extends { query?: infer Q } ? Q : never;
type JsonBodyOf<Id extends OperationId> = operations[Id] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

/**
 * Options of one operation call: the request options, typed query parameters (`params`)
 * and, where the operation takes one, a typed JSON body (`json`).
 */
export type OperationOptions<Id extends OperationId> = Omit<RequestOptions, "params" | "json"> & {
  /** Query parameters of the operation. */
  params?: [QueryOf<Id>] extends [never] ? Record<string, never> : NonNullable<QueryOf<Id>>;
  /** JSON request body. */
  json?: JsonBodyOf<Id>;
};

/** A generated method bound to an account: path arguments (account excluded), then options. */
export type AccountCall<Id extends OperationId, Args extends unknown[]> = (
  ...args: [...Args, options?: OperationOptions<Id>]
) => Promise<OperationResult<Id>>;

/** A generated method of a client: every path argument, then options. */
export type ClientCall<Id extends OperationId, Args extends unknown[]> = (
  ...args: [...Args, options?: OperationOptions<Id>]
) => Promise<OperationResult<Id>>;

type AnyMethod = Method<OperationId, unknown[], string | undefined>;

/**
 * The signature of one generated method: the operation call, or the runtime helper serving it
 * (on a `Client`, an account-scoped helper takes the account ID first).
 */
type Signature<M extends AnyMethod> = M["~helper"] extends HelperName
  ? M["~args"] extends []
    ? Helpers[M["~helper"]]
    : ClientHelper<M["~helper"]>
  : AccountCall<M["~operation"], M["~args"]>;

/** A generated method tree (generated/methods.ts) turned into the signatures of its methods. */
export type MethodGroups<Tree> = {
  [K in keyof Tree]: Tree[K] extends AnyMethod ? Signature<Tree[K]> : MethodGroups<Tree[K]>;
};

/** The operations an `Account` offers: every account-scoped operation, its account bound. */
export type AccountOperations = MethodGroups<AccountMethods>;

/** The operations a `Client` offers: every operation; account-scoped ones take the account ID first. */
export type ClientOperations = MethodGroups<ClientMethods>;

/** The HTTP verbs of the typed path calls. */
export type Verb = "get" | "post" | "put" | "patch" | "delete";

type SpecPath = keyof PathOperations & string;
type AccountSpecPath = SpecPath & `/accounts/{account_id}/${string}`;

/** Turns `{name}` placeholders into `${string}` so concrete ids are accepted. */
type Templated<S extends string> = S extends `${infer A}{${string}}${infer B}` ? `${A}${string}${Templated<B>}` : S;
type RelativeToAccount<P extends string> = P extends `/accounts/{account_id}/${infer R}` ? R : never;
type RelativeToClient<P extends string> = P extends `/${infer R}` ? R : never;

type WithQuery<S extends string> = S | `${S}?${string}`;

/** Paths (relative to an account's URL) that have an operation for `M`. */
export type AccountPath<M extends Verb> = {
  [P in AccountSpecPath]: M extends keyof PathOperations[P] ? WithQuery<Templated<RelativeToAccount<P>>> : never;
}[AccountSpecPath];

/** Paths (relative to the API version root) that have an operation for `M`. */
export type ClientPath<M extends Verb> = {
  [P in SpecPath]: M extends keyof PathOperations[P] ? WithQuery<Templated<RelativeToClient<P>>> : never;
}[SpecPath];

type StripQuery<S extends string> = S extends `${infer P}?${string}` ? P : S;
type Split<S extends string> = S extends `${infer H}/${infer T}` ? [H, ...Split<T>] : [S];
/** Segment-wise match, so that `{id}` matches exactly one non-empty segment. */
type SegmentsMatch<T extends string[], L extends string[]> = T extends [
  infer TH extends string,
  ...infer TR extends string[],
]
  ? L extends [infer LH extends string, ...infer LR extends string[]]
    ? TH extends `{${string}}`
      ? LH extends ""
        ? false
        : SegmentsMatch<TR, LR>
      : LH extends TH
        ? SegmentsMatch<TR, LR>
        : false
    : false
  : L extends []
    ? true
    : false;

/** The operation a relative account path and verb resolve to. */
export type AccountPathOperation<L extends string, M extends Verb> = {
  [P in AccountSpecPath]: M extends keyof PathOperations[P]
    ? SegmentsMatch<Split<RelativeToAccount<P>>, Split<StripQuery<L>>> extends true
      ? PathOperations[P][M]
      : never
    : never;
}[AccountSpecPath];

/** The operation a client-relative path and verb resolve to. */
export type ClientPathOperation<L extends string, M extends Verb> = {
  [P in SpecPath]: M extends keyof PathOperations[P]
    ? SegmentsMatch<Split<RelativeToClient<P>>, Split<StripQuery<L>>> extends true
      ? PathOperations[P][M]
      : never
    : never;
}[SpecPath];

/** The result of a typed path call; the most specific operation wins, else a generic result. */
export type PathResult<Id> = [Id] extends [never]
  ? AnyResult
  : Id extends OperationId
    ? OperationResult<Id>
    : AnyResult;

/** Options of a typed path call: typed `json` when the operation takes a JSON body. */
export type PathOptions<Id> = Id extends OperationId
  ? Omit<RequestOptions, "json"> & { json?: JsonBodyOf<Id> }
  : RequestOptions;
