/**
 * OAuth 2.0 helpers (the code exchange and token verification are in oauth-server.ts, loaded on
 * first use: browser bundles, which only start flows, do not carry them): the first-leg URL with an unguessable state, the code exchange with a
 * correct form body and a strict state check, and token verification.
 * The OAuth endpoints live under API v1 whatever version the client uses.
 */

import { Account, type ClientOptions } from "../client.ts";
import { configuration } from "../core/config.ts";
import { KloudlessError } from "../core/errors.ts";
import { required } from "./arguments.ts";
import type { OauthClientOptions, TokenFromCodeOptions, TokenInfo, TokenResponse } from "./oauth-types.ts";

/** The code exchange and token verification (oauth-server.ts), loaded on first use. */
const server = () => import("./oauth-server.ts");

export type { OauthClientOptions, TokenFromCodeOptions, TokenInfo, TokenResponse } from "./oauth-types.ts";

/** Arguments of `getAuthorizationUrl`. */
export interface AuthorizationUrlOptions extends Pick<ClientOptions, "baseUrl"> {
  /** Application ID (`client_id`). */
  appId: string;
  /** Where Kloudless sends the user back. */
  redirectUri: string;
  /** Space-delimited scopes (default `all`). */
  scope?: string;
  /** Opaque value echoed back; a fresh random one is made when omitted. */
  state?: string;
  /** Pre-fills the connect forms; an object is sent as JSON. */
  extraData?: string | Record<string, unknown>;
  /** More query parameters (`raw[login_hint]`, `custom_properties`...); the fixed ones win. */
  params?: Record<string, string>;
}

/**
 * A url-safe random state of 128 bits, from Web Crypto (`globalThis.crypto`: Node 20+, Bun, Deno,
 * workers, browsers). Without it, a `KloudlessError` asks for an explicit `state`.
 */
export function randomState(): string {
  const webCrypto = (globalThis as { crypto?: Pick<Crypto, "getRandomValues"> }).crypto;
  if (typeof webCrypto?.getRandomValues !== "function")
    throw new KloudlessError("no Web Crypto (globalThis.crypto) to draw a random OAuth state: pass `state`");
  const bytes = webCrypto.getRandomValues(new Uint8Array(16));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * The URL that starts the authorization code flow, and the state to keep in the user's
 * session for `getTokenFromCode`.
 */
export function getAuthorizationUrl(options: AuthorizationUrlOptions): {
  /** Where to send the user's browser. */
  url: string;
  /** The state to keep in the user's session, for `getTokenFromCode`'s `origState`. */
  state: string;
} {
  const appId = required(options?.appId, "appId");
  const redirectUri = required(options.redirectUri, "redirectUri");
  const state = options.state === undefined ? randomState() : required(options.state, "state");
  const query = new URLSearchParams(options.params);
  query.set("client_id", appId);
  query.set("response_type", "code");
  query.set("redirect_uri", redirectUri);
  query.set("scope", options.scope ?? "all");
  query.set("state", state);
  if (options.extraData !== undefined) {
    query.set(
      "extra_data",
      typeof options.extraData === "string" ? options.extraData : JSON.stringify(options.extraData),
    );
  }
  const base = (options.baseUrl ?? configuration.baseUrl).replace(/\/+$/, "");
  return { url: `${base}/v1/oauth?${query.toString()}`, state };
}

/**
 * Checks the callback of the code flow and exchanges its code for a Bearer token.
 * Throws `OauthFlowFailed` on an `error` parameter, a missing or mismatched state, or a
 * missing code. Resolves to the access token, or to the whole token response with
 * `fullResponse: true`.
 */
export async function getTokenFromCode(options: TokenFromCodeOptions & { fullResponse: true }): Promise<TokenResponse>;
export async function getTokenFromCode(options: TokenFromCodeOptions & { fullResponse?: false }): Promise<string>;
export async function getTokenFromCode(
  options: TokenFromCodeOptions & { fullResponse?: boolean },
): Promise<string | TokenResponse> {
  return (await server()).exchangeCode(options);
}

/**
 * Verifies that `token` was issued to the application `appId` and returns its info.
 * Throws `TokenVerificationFailed` when it was not, or when the token is invalid.
 */
export async function verifyToken(appId: string, token: string, options: OauthClientOptions = {}): Promise<TokenInfo> {
  return (await server()).checkToken(appId, token, options);
}

/** Verifies `token` (see `verifyToken`) and returns an `Account` for it. */
export async function getVerifiedAccount(
  appId: string,
  token: string,
  options: OauthClientOptions = {},
): Promise<Account> {
  await verifyToken(appId, token, options);
  return new Account({ ...options, token });
}
