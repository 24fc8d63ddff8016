/**
 * `kloudless-ts/openapi-fetch`: the openapi-fetch client of an SDK client, typed by the spec's
 * `paths`. It is the client's own `api` (`createFetchClient(account) === account.api`): every
 * request goes to the client's API origin only, with its credentials, default headers, retries,
 * timeout and logging, and through its middleware. An error status (once retries are spent)
 * answers `{ error, response }` as openapi-fetch does; a connection failure or timeout rejects
 * with the SDK's error.
 *
 * ```ts
 * import { Account } from "kloudless-ts";
 * import { createFetchClient } from "kloudless-ts/openapi-fetch";
 *
 * const api = createFetchClient(new Account({ token }));
 * const { data, error } = await api.GET("/accounts/{account_id}/storage/files/{file_id}", {
 *   params: { path: { account_id: "me", file_id: id } },
 * });
 * ```
 */

import type { Account, Client } from "../client.ts";
import type { ApiClient } from "../core/api.ts";

/** The openapi-fetch client `createFetchClient` returns: typed by the spec's `paths`. */
export type KloudlessFetchClient = ApiClient;

/** The openapi-fetch client of `client` (a `Client` or an `Account`): the same object as `client.api`. */
export function createFetchClient(client: Client | Account): KloudlessFetchClient {
  return client.api;
}

export type { paths } from "../../generated/schema.ts";
