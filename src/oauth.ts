/**
 * OAuth 2.0 helpers: the first-leg URL with an unguessable state, the code exchange with a
 * correct form body and a strict state check, and token verification.
 * The OAuth endpoints live under API v1 whatever version the client uses.
 */
import { Account, Client, type ClientOptions } from "./client.ts";
import { configuration } from "./config.ts";
import { APIException, InvalidParameter, OauthFlowFailed, TokenVerificationFailed } from "./errors.ts";

/** Transport options the helpers pass on to the client they create. */
export type OauthClientOptions = Omit<ClientOptions, "token" | "apiKey" | "apiVersion">;

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

/** A url-safe random state of 128 bits. */
export function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function required(value: unknown, name: string): string {
  if (typeof value !== "string" || !value) throw new InvalidParameter(`${name} must be a non-empty string`, name);
  return value;
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

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** Arguments of `getTokenFromCode`. */
export interface TokenFromCodeOptions extends OauthClientOptions {
  /** Application ID (`client_id`). */
  appId: string;
  /** An API key of the application (`client_secret`); keep it on the server. */
  apiKey: string;
  /** The state returned by `getAuthorizationUrl`, kept in the user's session. */
  origState: string | undefined;
  /** The redirect URI given to `getAuthorizationUrl`. */
  origRedirectUri: string;
  /** The query parameters of the callback request. */
  params: Record<string, string | undefined> | URLSearchParams;
}

/** The token endpoint's answer. */
export interface TokenResponse {
  /** The Bearer token of the connected account. */
  access_token: string;
  /** `Bearer`. */
  token_type?: string;
  /** ID of the connected account. */
  account_id?: number;
  /** Scopes granted. */
  scope?: string;
  [key: string]: unknown;
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
  const appId = required(options?.appId, "appId");
  const apiKey = required(options.apiKey, "apiKey");
  const redirectUri = required(options.origRedirectUri, "origRedirectUri");
  const params: Record<string, string> = {};
  for (const [key, value] of options.params instanceof URLSearchParams
    ? options.params
    : Object.entries(options.params ?? {})) {
    if (typeof value === "string") params[key] = value;
  }
  if (params.error) {
    throw new OauthFlowFailed(
      params.error_description ? `${params.error}: ${params.error_description}` : params.error,
      params,
    );
  }
  const expected = options.origState;
  const got = params.state;
  if (!expected || !got || !constantTimeEqual(expected, got)) {
    throw new OauthFlowFailed(
      !expected
        ? "no state was stored for this flow"
        : !got
          ? "the callback carries no state"
          : "state values do not match",
      params,
    );
  }
  if (!params.code) throw new OauthFlowFailed("An authorization code is required.", params);
  const {
    appId: _a,
    apiKey: _k,
    origState: _s,
    origRedirectUri: _r,
    params: _p,
    fullResponse,
    ...clientOptions
  } = options;
  const client = new Client({ ...clientOptions, apiKey, apiVersion: 1 });
  const form = new URLSearchParams({
    grant_type: "authorization_code",
    code: params.code,
    redirect_uri: redirectUri,
    client_id: appId,
    client_secret: apiKey,
  });
  const result = await client.post("oauth/token", {
    data: form.toString(),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  const token = (result as { data?: TokenResponse }).data;
  if (!token || typeof token.access_token !== "string")
    throw new OauthFlowFailed("the token response holds no access_token");
  return fullResponse ? token : token.access_token;
}

/** What `GET /oauth/token` says of a token. */
export interface TokenInfo {
  /** Application ID the token was issued to. */
  client_id: string;
  /** ID of the account the token grants. */
  account_id: number;
  /** Scopes granted. */
  scope?: string;
  [key: string]: unknown;
}

/**
 * Verifies that `token` was issued to the application `appId` and returns its info.
 * Throws `TokenVerificationFailed` when it was not, or when the token is invalid.
 */
export async function verifyToken(appId: string, token: string, options: OauthClientOptions = {}): Promise<TokenInfo> {
  required(appId, "appId");
  required(token, "token");
  const client = new Client({ ...options, token, apiVersion: 1 });
  let info: TokenInfo;
  try {
    info = (await client.get("oauth/token")).data as TokenInfo;
  } catch (error) {
    if (error instanceof APIException && (error.status === 400 || error.status === 401)) {
      throw new TokenVerificationFailed(`Token verification failed: the token is not valid (HTTP ${error.status})`, {
        cause: error,
      });
    }
    throw error;
  }
  if (!info || info.client_id !== appId) {
    throw new TokenVerificationFailed(
      `Token verification failed: the token was granted to ${String(info?.client_id)}, not ${appId}`,
    );
  }
  return info;
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
