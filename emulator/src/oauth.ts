/**
 * The emulator's OAuth 2.0 endpoints. There is no user to ask, so the first leg consents at once:
 * it picks one of the emulator's accounts by the requested scope and redirects back with a code
 * (authorization-code grant) or a new token (implicit grant). The code exchange and token
 * verification then behave as Kloudless' did.
 *
 * Codes and the grants behind issued tokens live in the `oauth` state slot.
 */

import { type EmulatorState, randomToken } from "./state.ts";
import type { AccountRecord, EmuRequest, HandlerTable } from "./types.ts";

/** An authorization code waiting to be exchanged. */
interface CodeGrant {
  clientId: string;
  redirectUri: string;
  accountId: number;
  scope: string;
  expiresAt: number;
}

/** The application and scope a token was issued to through OAuth. */
interface TokenGrant {
  clientId: string;
  scope: string;
}

/** The OAuth state slot: pending codes, the grants of issued tokens and the registered redirect URIs. */
interface OauthStore {
  codes: Map<string, CodeGrant>;
  tokens: Map<string, TokenGrant>;
  /** Redirect URIs registered for the application beyond the loopback ones (`--redirect-uri`). */
  redirectUris: Set<string>;
}

function oauthStore(state: EmulatorState): OauthStore {
  return state.area<OauthStore>("oauth", () => ({ codes: new Map(), tokens: new Map(), redirectUris: new Set() }));
}

/** The form of a redirect URI that registration compares: the URL without its query and fragment. */
function redirectKey(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/**
 * Registers redirect URIs of the emulator's application (`redirectUris`, `--redirect-uri`),
 * beside the loopback ones every application has. Throws on a URI that is not absolute http(s).
 */
export function registerRedirectUris(state: EmulatorState, uris: string[]): void {
  const store = oauthStore(state);
  for (const uri of uris) {
    let url: URL;
    try {
      url = new URL(uri);
    } catch {
      throw new Error(`redirect URI ${uri}: not an absolute URL`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`redirect URI ${uri}: not http(s)`);
    store.redirectUris.add(redirectKey(url));
  }
}

/**
 * Whether `url` is a registered redirect URI: any http URL of a loopback host (`localhost`,
 * 127.0.0.0/8, `[::1]`; any port and path), as a developer's local URIs, or one registered
 * with `registerRedirectUris`, compared without query and fragment.
 */
function isRegisteredRedirect(store: OauthStore, url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const loopback = host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
  if (loopback && (url.protocol === "http:" || url.protocol === "https:")) return true;
  return store.redirectUris.has(redirectKey(url));
}

/**
 * Content types the token exchange reads as a form: `application/x-www-form-urlencoded` and
 * `application/form-urlencoded`, which the Python SDK v2 sends (a typo the live API accepted).
 */
export const FORM_CONTENT_TYPES = new Set(["application/x-www-form-urlencoded", "application/form-urlencoded"]);

/** How long an authorization code can be exchanged. */
const CODE_LIFETIME_MS = 10 * 60 * 1000;

/** Services of the calendar API, which a scope may name instead of `calendar`. */
const CALENDAR_SERVICES = new Set(["google_calendar", "outlook_calendar", "caldav", "exchange", "icloud_calendar"]);

/** The API a scope term names, if it names an API category or a calendar service. */
function apiOfTerm(name: string, api: string | undefined): string | undefined {
  if (CALENDAR_SERVICES.has(name)) return "calendar";
  if (["storage", "calendar", "email", "crm", "messaging", "itsm", "helpdesk"].includes(name)) return name;
  return api;
}

/**
 * The account a scope connects. Each space-separated term `<service|api|all|any>[:admin|:normal][.<api>]...`
 * is tried in turn: a service ID picks an account of that service, an API category or calendar
 * service an account offering that API; `all`, `any` and unmatched scopes fall back to the
 * storage account. Admin scopes (`:admin`) prefer admin accounts.
 */
function accountForScope(state: EmulatorState, scope: string): AccountRecord | undefined {
  const accounts = [...state.accounts.values()].filter((a) => a.active);
  const wantsAdmin = /:admin\b/i.test(scope);
  const best = (candidates: AccountRecord[]) => candidates.find((a) => a.admin === wantsAdmin) ?? candidates[0];
  for (const term of scope.toLowerCase().split(/\s+/).filter(Boolean)) {
    const [head = "", api] = term.split(".");
    const name = head.split(":")[0] ?? "";
    const byService = accounts.filter((a) => a.service === name);
    if (byService.length > 0) return best(byService);
    const wanted = apiOfTerm(name, api);
    const byApi = accounts.filter((a) => wanted !== undefined && a.apis.includes(wanted));
    if (byApi.length > 0) return best(byApi);
  }
  return best(accounts.filter((a) => a.apis.includes("storage"))) ?? best(accounts);
}

/** The scope Kloudless echoes for an account, e.g. `google_calendar:normal.calendar`. */
function grantedScope(account: AccountRecord): string {
  const level = account.admin ? "admin" : "normal";
  return account.apis.map((api) => `${account.service}:${level}.${api}`).join(" ");
}

/** The form fields of a request body (the server parses form bodies into `json`). */
function formFields(req: EmuRequest): Record<string, string> {
  if (typeof req.json === "object" && req.json !== null) {
    return Object.fromEntries(Object.entries(req.json).map(([k, v]) => [k, String(v)]));
  }
  return Object.fromEntries(new URLSearchParams(req.body.toString("utf8")));
}

/** The Bearer token of the `Authorization` header, if any. */
function bearerToken(req: EmuRequest): string | undefined {
  if (req.auth.kind === "bearer") return req.auth.token;
  const m = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ""));
  return m?.[1];
}

/** A 302 redirect to `location`. */
/**
 * Creates the OAuth handlers. `oauth.authorize` consents automatically; `oauth.getToken` exchanges
 * a single-use code (valid 10 minutes, bound to its client and redirect URI) for a new Bearer token
 * of the connected account; `oauth.verifyToken` describes a token, or answers 400 for an unknown one.
 */
export function createOauthHandlers(state: EmulatorState): HandlerTable {
  const store = oauthStore(state);

  /** Issues a new Bearer token for `account`, remembering the client and scope it was granted to. */
  function issueToken(account: AccountRecord, clientId: string, scope: string): string {
    const token = randomToken();
    account.tokens.push(token);
    store.tokens.set(token, { clientId, scope });
    return token;
  }

  return {
    "oauth.authorize": (req, ctx, reply) => {
      const q = req.query;
      const redirectUri = q.get("redirect_uri") ?? "";
      let target: URL;
      try {
        target = new URL(redirectUri);
      } catch {
        return ctx.error(400, "invalid_parameters", "redirect_uri: must be an absolute http(s) URL");
      }
      if (target.protocol !== "http:" && target.protocol !== "https:") {
        return ctx.error(
          400,
          "invalid_parameters",
          "redirect_uri: must be an http(s) URL (the out-of-band flow is not emulated)",
        );
      }
      if (!isRegisteredRedirect(store, target)) {
        // Never redirected to: an unregistered URI would receive the code.
        return ctx.error(
          400,
          "invalid_parameters",
          `redirect_uri: ${redirectUri} is not a redirect URI registered for the application`,
        );
      }
      const implicit = q.get("response_type") === "token";
      const clientState = q.get("state");
      /** Sends the browser back with `params`: in the query (code grant) or the fragment (implicit grant). */
      const back = (params: Record<string, string>) => {
        const result = new URLSearchParams(params);
        if (clientState !== null) result.set("state", clientState);
        if (implicit) target.hash = result.toString();
        else for (const [k, v] of result) target.searchParams.set(k, v);
        return reply.empty(302, { Location: target.toString() });
      };
      const clientId = q.get("client_id") ?? "";
      if (!state.applications.get(clientId)?.active) {
        return back({ error: "invalid_request", error_description: `Unknown or inactive client_id: ${clientId}` });
      }
      let customProperties: unknown = {};
      try {
        customProperties = JSON.parse(q.get("custom_properties") ?? "{}");
      } catch {
        customProperties = undefined;
      }
      if (typeof customProperties !== "object" || customProperties === null || Array.isArray(customProperties)) {
        return back({ error: "invalid_request", error_description: "custom_properties must be a JSON object" });
      }
      const account = accountForScope(state, q.get("scope") ?? "any");
      if (!account)
        return back({ error: "server_error", error_description: "The emulator has no account to connect." });
      Object.assign(account.customProperties, customProperties);
      const scope = grantedScope(account);
      if (implicit) return back({ access_token: issueToken(account, clientId, scope), token_type: "Bearer", scope });
      const code = randomToken(18);
      store.codes.set(code, {
        clientId,
        redirectUri,
        accountId: account.id,
        scope,
        expiresAt: Date.now() + CODE_LIFETIME_MS,
      });
      return back({ code });
    },

    "oauth.getToken": (req, ctx, reply) => {
      const contentType = String(req.headers["content-type"] ?? "")
        .split(";")[0]
        ?.trim()
        .toLowerCase();
      if (!FORM_CONTENT_TYPES.has(contentType ?? "")) {
        return ctx.error(400, "bad_request", "The token request must be sent as application/x-www-form-urlencoded.");
      }
      const form = formFields(req);
      if (form.grant_type !== "authorization_code") {
        return ctx.error(
          400,
          "invalid_parameters",
          `grant_type: '${form.grant_type ?? ""}' is not supported; use authorization_code`,
        );
      }
      const clientId = form.client_id ?? "";
      const secretOk = state.apiKeys.get(form.client_secret ?? "")?.applicationId === clientId;
      const headerOk = req.auth.kind === "apiKey" && req.auth.appId === clientId;
      if (!state.applications.has(clientId) || !(secretOk || headerOk)) {
        return ctx.error(
          401,
          "unauthorized",
          "Invalid client credentials: client_secret must be an API key of the application client_id.",
        );
      }
      const code = form.code ?? "";
      const grant = store.codes.get(code);
      if (!grant || grant.expiresAt < Date.now() || grant.clientId !== clientId) {
        return ctx.error(400, "invalid_parameters", "code: invalid, expired or already used.");
      }
      if (form.redirect_uri !== grant.redirectUri) {
        return ctx.error(
          400,
          "invalid_parameters",
          "redirect_uri: must equal the redirect_uri of the authorization request.",
        );
      }
      const account = state.accounts.get(grant.accountId);
      if (!account)
        return ctx.error(400, "invalid_parameters", "code: the account it was issued for no longer exists.");
      store.codes.delete(code);
      const accessToken = issueToken(account, clientId, grant.scope);
      return reply(200, {
        access_token: accessToken,
        token_type: "Bearer",
        account_id: account.id,
        scope: grant.scope,
      });
    },

    "oauth.verifyToken": (req, ctx, reply) => {
      const token = bearerToken(req);
      const account = token === undefined ? undefined : state.accountForToken(token);
      if (token === undefined || !account)
        return ctx.error(400, "invalid_token", "The access token is invalid, revoked or unknown.");
      const grant = store.tokens.get(token) ?? { clientId: state.appId, scope: grantedScope(account) };
      return reply(200, {
        client_id: grant.clientId,
        account_id: account.id,
        scope: grant.scope,
        token_type: "Bearer",
        expires_in: null,
      });
    },
  };
}
