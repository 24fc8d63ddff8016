/**
 * `Client`, the application-level client: the HTTP verbs with typed paths relative to
 * `/v<version>` and the generated application-level methods (`client.meta.applications.list()`).
 * `Account` (account.ts) is exported from here too, as are the options of both.
 */
import type { OperationId } from "../generated/operations.ts";
import { BaseClient } from "./base-client.ts";
import type { ClientOptions } from "./client-options.ts";
import type { RequestOptions } from "./core/request-options.ts";
import type {
  ClientOperations,
  ClientPath,
  ClientPathArgs,
  ClientPathOperation,
  PathResult,
} from "./operations/operation-types.ts";
import { installOperationGroups } from "./operations/operations.ts";

export { Account } from "./account.ts";
export type { AccountOptions, ClientOptions } from "./client-options.ts";

/** Application-level client: `new Client({ apiKey })` or `new Client({ token: metaToken })`. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the generated groups are installed on the prototype below.
export class Client extends BaseClient {
  constructor(options: ClientOptions) {
    super(options, "");
  }

  /**
   * GET a path template of the API (relative to `/v<version>`), typed by the spec:
   * `client.get("meta/applications/{application_id}", { path: { application_id } })`.
   */
  get<P extends ClientPath<"get">>(
    path: P,
    ...options: ClientPathArgs<P, "get">
  ): Promise<PathResult<ClientPathOperation<P, "get">>> {
    return this.sendPath("GET", path, options[0] as RequestOptions | undefined) as never;
  }

  /** POST to a path template of the API, typed by the spec. */
  post<P extends ClientPath<"post">>(
    path: P,
    ...options: ClientPathArgs<P, "post">
  ): Promise<PathResult<ClientPathOperation<P, "post">>> {
    return this.sendPath("POST", path, options[0] as RequestOptions | undefined) as never;
  }

  /** PUT to a path template of the API, typed by the spec. */
  put<P extends ClientPath<"put">>(
    path: P,
    ...options: ClientPathArgs<P, "put">
  ): Promise<PathResult<ClientPathOperation<P, "put">>> {
    return this.sendPath("PUT", path, options[0] as RequestOptions | undefined) as never;
  }

  /** PATCH a path template of the API, typed by the spec. */
  patch<P extends ClientPath<"patch">>(
    path: P,
    ...options: ClientPathArgs<P, "patch">
  ): Promise<PathResult<ClientPathOperation<P, "patch">>> {
    return this.sendPath("PATCH", path, options[0] as RequestOptions | undefined) as never;
  }

  /** DELETE a path template of the API, typed by the spec. */
  delete<P extends ClientPath<"delete">>(
    path: P,
    ...options: ClientPathArgs<P, "delete">
  ): Promise<PathResult<ClientPathOperation<P, "delete">>> {
    return this.sendPath("DELETE", path, options[0] as RequestOptions | undefined) as never;
  }

  /** @internal Called by the generated method groups. */
  _operation(id: OperationId, args: unknown[]): Promise<unknown> {
    return this.callOperation(id, args, undefined);
  }
}

/** The generated operation groups of a client (`client.meta.applications.list()`). */
export interface Client extends ClientOperations {}

installOperationGroups(Client.prototype, "client");
