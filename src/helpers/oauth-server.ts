/**
 * The server side of the OAuth code flow: checking the callback and exchanging its code, and
 * verifying tokens. oauth.ts loads this module on first use.
 */

import { Client } from "../client.ts";
import { APIError, OauthFlowFailed, TokenVerificationFailed } from "../core/errors.ts";
import { required } from "./arguments.ts";
import type { OauthClientOptions, TokenFromCodeOptions, TokenInfo, TokenResponse } from "./oauth-types.ts";

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** `getTokenFromCode`: checks the callback, then exchanges the code (see oauth.ts). */
export async function exchangeCode(
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

/** `verifyToken` (see oauth.ts). */
export async function checkToken(appId: string, token: string, options: OauthClientOptions): Promise<TokenInfo> {
  required(appId, "appId");
  required(token, "token");
  const client = new Client({ ...options, token, apiVersion: 1 });
  let info: TokenInfo;
  try {
    info = (await client.get("oauth/token")).data as TokenInfo;
  } catch (error) {
    if (error instanceof APIError && (error.status === 400 || error.status === 401)) {
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
