/**
 * The arguments and answers of the OAuth helpers that both oauth.ts (the first leg, the entry
 * points) and oauth-server.ts (the code exchange and token verification) use.
 */
import type { ClientOptions } from "../client.ts";

/** Transport options the helpers pass on to the client they create. */
export type OauthClientOptions = Omit<ClientOptions, "token" | "apiKey" | "apiVersion">;

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
