/**
 * Type-level glue between the generated spec types and the runtime: what each operation
 * takes and returns, the method groups of `Account` and `Client`, and which relative paths the
 * typed verbs accept. The result types read the operation table's result kinds, the same data the
 * runtime wraps answers by. Nothing here exists at run time.
 */

import type { AccountMethods, ClientMethods, Method, PathOperations } from "../../generated/methods.ts";
import type { OperationId, operations as operationTable, ResultKind } from "../../generated/operations.ts";
import type { operations } from "../../generated/schema.ts";
import type { RequestOptions } from "../core/request-options.ts";
import type { ResourceList } from "./resource-list.ts";
import type { AnyResult, Item, Response, ResponseJson } from "./response.ts";
import type { ClientHelper, HelperName, Helpers } from "./runtime-helpers.ts";

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
  Resource: Item<Body>;
  ResponseJson: ResponseJson<Body>;
  Response: Response;
}

/** What an operation resolves to: the wrapper named by the operation table's result kind. */
export type OperationResult<Id extends OperationId> = Wrappers<ResponseBody<Id>>[ResultKindOf<Id>];

type Parameters<Id extends OperationId> = operations[Id]["parameters"];
type QueryOf<Id extends OperationId> = Parameters<Id> extends { query?: infer Q } ? NonNullable<Q> : never;
type PathParamsOf<Id extends OperationId> = Parameters<Id> extends { path?: infer P } ? NonNullable<P> : never;
type JsonBodyOf<Id extends OperationId> = operations[Id] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

/** `params`, required when the operation has a required query parameter. */
type QueryPart<Id extends OperationId> = [QueryOf<Id>] extends [never]
  ? { /** The operation takes no query parameters. */ params?: Record<string, never> }
  : Parameters<Id> extends { query: object }
    ? { /** Query parameters of the operation (some are required). */ params: QueryOf<Id> }
    : { /** Query parameters of the operation. */ params?: QueryOf<Id> };

/** `json`, required when the operation's only body is a required JSON body. */
type BodyPart<Id extends OperationId> = [JsonBodyOf<Id>] extends [never]
  ? unknown
  : operations[Id] extends { requestBody: { content: { "application/json": unknown } } }
    ? keyof operations[Id]["requestBody"]["content"] extends "application/json"
      ? { /** JSON request body (required). */ json: JsonBodyOf<Id> }
      : { /** JSON request body. */ json?: JsonBodyOf<Id> }
    : { /** JSON request body. */ json?: JsonBodyOf<Id> };

/**
 * Options of one operation call: the request options, typed query parameters (`params`)
 * and, where the operation takes one, a typed JSON body (`json`). `params` and `json` are
 * required where the spec requires them.
 */
export type OperationOptions<Id extends OperationId> = Omit<RequestOptions, "params" | "json" | "path"> &
  QueryPart<Id> &
  BodyPart<Id>;

/** Whether an options type has a required key: then the options argument is required too. */
type HasRequired<O> = { [K in keyof O]-?: undefined extends O[K] ? never : K }[keyof O] extends never ? false : true;

/** The options argument of a call: optional unless something in it is required. */
export type OptionsArgument<O> = HasRequired<O> extends true ? [options: O] : [options?: O];

/** A generated method bound to an account: path arguments (account excluded), then options. */
export type AccountCall<Id extends OperationId, Args extends unknown[]> = (
  ...args: [...Args, ...OptionsArgument<OperationOptions<Id>>]
) => Promise<OperationResult<Id>>;

/** A generated method of a client: every path argument, then options. */
export type ClientCall<Id extends OperationId, Args extends unknown[]> = (
  ...args: [...Args, ...OptionsArgument<OperationOptions<Id>>]
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

/**
 * The spec's paths relative to an account's URL (`storage/files/{file_id}`; `""` for the
 * account itself), each with its operation per verb. Built once, so that a typed call is a key
 * lookup, not a match of the path against every template.
 */
type AccountPaths = {
  [P in SpecPath as P extends `/accounts/{account_id}/${infer R}` ? R : never]: PathOperations[P];
} & { "": PathOperations["/accounts/{account_id}"] };

/** The spec's paths relative to the API version root (`accounts/{account_id}`), with their operations. */
type ClientPaths = { [P in SpecPath as P extends `/${infer R}` ? R : never]: PathOperations[P] };

type PathsFor<Paths, M extends Verb> = { [P in keyof Paths]: M extends keyof Paths[P] ? P : never }[keyof Paths] &
  string;

/** Path templates (relative to an account's URL) that have an operation for `M`, `""` for the account. */
export type AccountPath<M extends Verb> = PathsFor<AccountPaths, M>;

/** Path templates (relative to the API version root) that have an operation for `M`. */
export type ClientPath<M extends Verb> = PathsFor<ClientPaths, M>;

/** The operation an account path template and verb name. */
export type AccountPathOperation<P extends string, M extends Verb> = P extends keyof AccountPaths
  ? M extends keyof AccountPaths[P]
    ? AccountPaths[P][M]
    : never
  : never;

/** The operation a client path template and verb name. */
export type ClientPathOperation<P extends string, M extends Verb> = P extends keyof ClientPaths
  ? M extends keyof ClientPaths[P]
    ? ClientPaths[P][M]
    : never
  : never;

/** The result of a typed path call: the operation's. */
export type PathResult<Id> = Id extends OperationId ? OperationResult<Id> : AnyResult;

/** `path`, the values of the template's placeholders (those the object does not bind). */
type PathPart<Id extends OperationId, Bound extends string> = [PathParamsOf<Id>] extends [never]
  ? { /** The path has no placeholder to fill. */ path?: Record<string, never> }
  : [Exclude<keyof PathParamsOf<Id>, Bound>] extends [never]
    ? { /** The path has no placeholder to fill. */ path?: Record<string, never> }
    : { /** Values of the path's `{placeholders}`, each one encoded segment. */ path: Omit<PathParamsOf<Id>, Bound> };

/**
 * Options of a typed path call, as openapi-fetch types them: `path` fills the template's
 * placeholders, `params` and `json` as the operation's; each required where the spec requires.
 * `Bound` names the placeholders the object fills itself (`account_id` on an `Account`).
 */
export type PathOptions<Id, Bound extends string = never> = Id extends OperationId
  ? OperationOptions<Id> & PathPart<Id, Bound>
  : RequestOptions;

/** The options argument of a typed path call on an account: required when something in it is. */
export type AccountPathArgs<P extends string, M extends Verb> =
  // A path that is no template makes TypeScript check the call with P as every path: then the
  // options are left optional, so that the error names the path, not the number of arguments.
  AccountPath<M> extends P
    ? [options?: RequestOptions]
    : OptionsArgument<PathOptions<AccountPathOperation<P, M>, "account_id">>;

/** The options argument of a typed path call on a client: required when something in it is. */
export type ClientPathArgs<P extends string, M extends Verb> =
  ClientPath<M> extends P ? [options?: RequestOptions] : OptionsArgument<PathOptions<ClientPathOperation<P, M>>>;
