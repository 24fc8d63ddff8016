/**
 * `kloudless/openapi-fetch`: an openapi-fetch client for the whole spec, sending through an SDK
 * client. Paths, parameters and bodies are typed by the generated `paths`; every request goes
 * to the client's API origin only, with its credentials and default headers, its retries,
 * timeout and logging. An error status (once retries are spent) answers `{ error, response }`
 * as openapi-fetch does; a connection failure or timeout rejects with the SDK's error.
 *
 * ```ts
 * import { Account } from "kloudless";
 * import { createFetchClient } from "kloudless/openapi-fetch";
 *
 * const api = createFetchClient(new Account({ token }));
 * const { data, error } = await api.GET("/accounts/{account_id}/storage/files/{file_id}", {
 *   params: { path: { account_id: "me", file_id: id } },
 * });
 * ```
 */
import createClient, { type Client as FetchClient, type ClientOptions as FetchClientOptions } from "openapi-fetch";
import type { paths } from "../../generated/schema.ts";
import type { Account, Client } from "../client.ts";

/** The openapi-fetch client `createFetchClient` returns: typed by the spec's `paths`. */
export type KloudlessFetchClient = FetchClient<paths>;

/** openapi-fetch options a caller may set (the base URL, fetch and Request come from the SDK client). */
export type FetchClientSettings = Omit<FetchClientOptions, "baseUrl" | "fetch" | "Request">;

/**
 * An openapi-fetch client of Kloudless API v1 sending through `client` (a `Client` or an
 * `Account`), rooted at its `<baseUrl>/v<apiVersion>`.
 */
export function createFetchClient(client: Client | Account, settings: FetchClientSettings = {}): KloudlessFetchClient {
  return createClient<paths>({
    ...settings,
    baseUrl: `${client.baseUrl}/v${client.apiVersion}`,
    fetch: (request: Request) => client._fetch(request),
  });
}

export type { paths } from "../../generated/schema.ts";
