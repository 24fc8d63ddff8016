/**
 * The options of `new Client(...)` and `new Account(...)`, and their checks: a bad option throws
 * `InvalidParameter` naming it, from the constructor.
 */
import { configuration } from "./core/config.ts";
import { InvalidParameter } from "./core/errors.ts";
import { assertHeaders, assertHeaderValue } from "./core/headers.ts";
import { logger as defaultLogger, Logger, type LogSink } from "./core/logger.ts";
import { isBrowser, platformFetch } from "./core/platform.ts";
import { DEFAULT_RETRY } from "./core/retry-policy.ts";
import type { FetchFunction } from "./core/transport.ts";
import { VERSION } from "./core/version.ts";

/** Options of `new Client(...)` and `new Account(...)`. */
export interface ClientOptions {
  /** Bearer token (an account's, or a Meta token for the management API). Wins over `apiKey`. */
  token?: string;
  /** API key of the application (server side only). */
  apiKey?: string;
  /** Server root; defaults to `configuration.baseUrl`. */
  baseUrl?: string;
  /** API version; defaults to `configuration.apiVersion`. */
  apiVersion?: number | string;
  /** Default headers sent with every request (also editable later through `.headers`). */
  headers?: Record<string, string>;
  /** A fetch implementation, called as `fetch(url, init)` (defaults to the global `fetch`). */
  fetch?: typeof fetch;
  /** A logger or a sink for this client's lines (defaults to the package `logger`). */
  logger?: Logger | LogSink;
  /** Milliseconds per attempt before `TimedOut` (default 60,000). */
  timeout?: number;
  /** Retries on retryable failures (default 2). */
  maxRetries?: number;
  /** Largest number of requests in flight at once (default: no limit). */
  maxConcurrency?: number;
  /** Allow an API key in a browser, where anyone can read it (default false). */
  dangerouslyAllowBrowser?: boolean;
}

/** Options of `new Account(...)`. */
export interface AccountOptions extends ClientOptions {
  /** The account ID; required with `apiKey`, defaults to `me` with a token. */
  accountId?: string | number;
}

/** A client's options, checked, with their defaults filled in. */
export interface ClientSettings {
  baseUrl: string;
  origin: string;
  apiVersion: number | string;
  headers: Record<string, string>;
  timeout: number;
  maxRetries: number;
  maxConcurrency: number;
  /** The `Authorization` header value. */
  authorization: string;
  /** The credential, cut out of error bodies that echo it. */
  secret: string;
  logger: Logger;
  fetch: FetchFunction;
  /** `User-Agent` sent outside browsers (which forbid setting it). */
  userAgent: string | undefined;
}

/** Checks a client's options (throwing `InvalidParameter` naming the bad one) and fills in defaults. */
export function clientSettings(options: ClientOptions): ClientSettings {
  if (options === null || typeof options !== "object") {
    throw new InvalidParameter("options must be an object such as { token } or { apiKey }", "options");
  }
  const { token, apiKey } = options;
  if (token !== undefined && (typeof token !== "string" || !token)) {
    throw new InvalidParameter("token must be a non-empty string", "token");
  }
  if (apiKey !== undefined && (typeof apiKey !== "string" || !apiKey)) {
    throw new InvalidParameter("apiKey must be a non-empty string", "apiKey");
  }
  if (!token && !apiKey) {
    throw new InvalidParameter(
      "An API Key or Bearer Token must be provided. Please check apiKey and token parameters.",
      "token",
    );
  }
  if (!token && apiKey && isBrowser() && !options.dangerouslyAllowBrowser) {
    throw new InvalidParameter(
      "An API key grants every account of the application and must not be used in a browser; use a Bearer token, or pass dangerouslyAllowBrowser: true",
      "apiKey",
    );
  }
  const baseUrl = (options.baseUrl ?? configuration.baseUrl).replace(/\/+$/, "");
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    throw new InvalidParameter(`baseUrl is not a valid URL: ${baseUrl}`, "baseUrl");
  }
  if (token) assertHeaderValue(token, "token");
  else if (apiKey) assertHeaderValue(apiKey, "apiKey");
  if (options.headers !== undefined) assertHeaders(options.headers, "headers");
  const timeout = options.timeout ?? 60_000;
  const maxRetries = options.maxRetries ?? DEFAULT_RETRY.maxRetries;
  for (const [name, value] of [
    ["timeout", timeout],
    ["maxRetries", maxRetries],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) throw new InvalidParameter(`${name} must be a number >= 0`, name);
  }
  const custom = options.fetch;
  if (custom !== undefined && typeof custom !== "function") {
    throw new InvalidParameter("fetch must be a function such as globalThis.fetch", "fetch");
  }
  return {
    baseUrl,
    origin,
    apiVersion: options.apiVersion ?? configuration.apiVersion,
    headers: { ...options.headers },
    timeout,
    maxRetries,
    maxConcurrency: options.maxConcurrency ?? Number.POSITIVE_INFINITY,
    authorization: token ? `Bearer ${token}` : `APIKey ${apiKey}`,
    secret: (token ?? apiKey) as string,
    logger:
      options.logger instanceof Logger ? options.logger : options.logger ? new Logger(options.logger) : defaultLogger,
    fetch: custom ? (url, init) => custom(url, init) : platformFetch,
    userAgent: isBrowser() ? undefined : `kloudless-ts/${VERSION}`,
  };
}
