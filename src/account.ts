/**
 * `Account`, one connected account: the HTTP verbs with typed paths relative to the account,
 * the generated account-level methods (`account.storage.files.retrieve(id)`) and `raw()`.
 */
import type { OperationId } from "../generated/operations.ts";
import { BaseClient } from "./base-client.ts";
import type { AccountOptions } from "./client-options.ts";
import { InvalidParameter } from "./core/errors.ts";
import { assertHeaderValue } from "./core/headers.ts";
import type { RequestOptions } from "./core/request-options.ts";
import { encodeSegment } from "./core/url.ts";
import type {
  AccountOperations,
  AccountPath,
  AccountPathArgs,
  AccountPathOperation,
  PathResult,
} from "./operations/operation-types.ts";
import { installOperationGroups } from "./operations/operations.ts";
import { pathAndOptions } from "./operations/response.ts";

/** One connected account: `new Account({ token })` or `new Account({ apiKey, accountId })`. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the generated groups are installed on the prototype below.
export class Account extends BaseClient {
  /** The account ID in URLs (`me` for a token without an explicit ID). */
  readonly accountId: string;

  constructor(options: AccountOptions) {
    if (options && typeof options === "object" && options.apiKey && options.accountId == null) {
      throw new InvalidParameter(
        "An accountId must be provided if you want to use apiKey to create an account instance",
        "accountId",
      );
    }
    const id = options?.accountId ?? "me";
    // One encoded segment, never `.` or `..`: the account id must not climb out of `accounts/`.
    super(options, `/accounts/${encodeSegment(id, "accountId")}`);
    this.accountId = String(id);
  }

  /**
   * GET a path template relative to the account, typed by the spec:
   * `account.get("storage/files/{file_id}", { path: { file_id } })`. No path (or `""`) is the
   * account itself: `get("", { apiVersion: 2 })` as Python's `get(api_version=2)`.
   */
  get<P extends AccountPath<"get"> = "">(
    path?: P,
    ...options: AccountPathArgs<P, "get">
  ): Promise<PathResult<AccountPathOperation<P, "get">>> {
    // Options alone (`get({ timeout })`) still work at run time, for JavaScript callers.
    const [p, o] = pathAndOptions(
      path as string | RequestOptions | undefined,
      options[0] as RequestOptions | undefined,
    );
    return this.sendPath("GET", p, o) as never;
  }

  /** POST to a path template relative to the account, typed by the spec. */
  post<P extends AccountPath<"post">>(
    path: P,
    ...options: AccountPathArgs<P, "post">
  ): Promise<PathResult<AccountPathOperation<P, "post">>> {
    return this.sendPath("POST", path, options[0] as RequestOptions | undefined) as never;
  }

  /** PUT to a path template relative to the account, typed by the spec. */
  put<P extends AccountPath<"put">>(
    path: P,
    ...options: AccountPathArgs<P, "put">
  ): Promise<PathResult<AccountPathOperation<P, "put">>> {
    return this.sendPath("PUT", path, options[0] as RequestOptions | undefined) as never;
  }

  /** PATCH a path template relative to the account (`""`: the account itself), typed by the spec. */
  patch<P extends AccountPath<"patch">>(
    path: P,
    ...options: AccountPathArgs<P, "patch">
  ): Promise<PathResult<AccountPathOperation<P, "patch">>> {
    return this.sendPath("PATCH", path, options[0] as RequestOptions | undefined) as never;
  }

  /** DELETE a path template relative to the account (`""`: the account itself), typed by the spec. */
  delete<P extends AccountPath<"delete">>(
    path: P,
    ...options: AccountPathArgs<P, "delete">
  ): Promise<PathResult<AccountPathOperation<P, "delete">>> {
    return this.sendPath("DELETE", path, options[0] as RequestOptions | undefined) as never;
  }

  /**
   * A pass-through request to the upstream service: POSTs to `raw` with
   * `X-Kloudless-Raw-Method` and `X-Kloudless-Raw-URI`; resolves to the fetch `Response`.
   */
  raw(rawMethod: string, rawUri: string, options: RequestOptions = {}): Promise<globalThis.Response> {
    if (typeof rawMethod !== "string" || !/^[A-Za-z]+$/.test(rawMethod))
      return Promise.reject(new InvalidParameter("rawMethod must be an HTTP method", "rawMethod"));
    if (typeof rawUri !== "string" || !rawUri)
      return Promise.reject(new InvalidParameter("rawUri must be an upstream path or URL", "rawUri"));
    try {
      assertHeaderValue(rawUri, "rawUri");
    } catch (error) {
      return Promise.reject(error);
    }
    return this.sendPath("POST", "raw", {
      ...options,
      headers: { ...options.headers, "X-Kloudless-Raw-Method": rawMethod.toUpperCase(), "X-Kloudless-Raw-URI": rawUri },
      getRawResponse: true,
    }) as Promise<globalThis.Response>;
  }

  /** @internal Called by the generated method groups. */
  _operation(id: OperationId, args: unknown[]): Promise<unknown> {
    return this.callOperation(id, args, this.accountId);
  }

  protected override pathDefaults(): Record<string, string> {
    return { account_id: this.accountId };
  }
}

/** The generated operation groups of an account (`account.storage.files.retrieve(id)`). */
export interface Account extends AccountOperations {}

installOperationGroups(Account.prototype, "account");
