/**
 * The openapi-fetch client every `Client` and `Account` owns (`client.api`): typed by the spec's
 * `paths`, rooted at the client's `<baseUrl>/v<version>`, and sending through the client's own
 * fetch (credentials, API origin only, retries, timeouts, concurrency, logging). The SDK's
 * generated methods, typed verbs, pages and uploads go through it too, so its middleware
 * (`client.api.use(...)`) sees every request the client makes.
 */
import createClient, { type Client as FetchClient, type Middleware } from "openapi-fetch";
import type { paths } from "../../generated/schema.ts";
import { ApiRequest } from "./api-request.ts";
import { encodeSegment } from "./url.ts";

/** A client's openapi-fetch client: `GET("/accounts/{account_id}/storage/files/{file_id}", ...)` and `use()`. */
export type ApiClient = FetchClient<paths>;

/** openapi-fetch middleware, as `client.api.use()` and the per-call `middleware` option take it. */
export type ApiMiddleware = Middleware;

/** A query value as the API takes it: repeated keys for arrays, nothing for `null`/`undefined`. */
export type QueryInput = Record<string, unknown>;

/** The query string of `query`: `key=value` pairs, arrays as repeated keys, empty values left out. */
export function serializeQuery(query: QueryInput): string {
  const search = new URLSearchParams();
  for (const key in query) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.append(key, String(value));
  }
  return search.toString();
}

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * Fills the `{name}` placeholders of a URL with encoded path parameters: each value one encoded
 * segment, never empty, `.` or `..`, never missing (an `InvalidParameter` names it otherwise).
 * `defaults` fill what the call leaves out (an `Account` supplies `account_id`).
 */
export function pathSerializer(defaults: Record<string, string> | undefined) {
  return (url: string, params: Record<string, unknown> | undefined): string =>
    url.replace(PLACEHOLDER, (_match, name: string) => encodeSegment(params?.[name] ?? defaults?.[name], name));
}

/** The openapi-fetch client of an SDK client: its root, its fetch, and the SDK's serializers. */
export function createApiClient(
  root: string,
  fetch: (request: Request) => Promise<Response>,
  defaults?: Record<string, string>,
): ApiClient {
  return createClient<paths>({
    baseUrl: root,
    fetch,
    Request: ApiRequest as unknown as typeof Request,
    querySerializer: serializeQuery as (query: unknown) => string,
    pathSerializer: pathSerializer(defaults),
  });
}
