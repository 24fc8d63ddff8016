/**
 * Authentication of API requests: which credentials an operation takes and which accounts
 * they grant (see §2 of the API notes).
 *
 * - Missing credentials: 401 `authentication_required`; unknown token, key or scheme: 401
 *   `unauthorized`. Valid credentials of the wrong kind for the operation (a Bearer token on
 *   `accounts.import`, an API key on `/meta`): 403 `forbidden`.
 * - A Bearer token may name several comma-separated tokens; it grants exactly their accounts.
 *   Another account's ID in the path: 403 `permission_denied` (whether or not it exists, so that
 *   tokens cannot probe for accounts).
 * - `me` stands for the Bearer token's account; with an API key it is 400 `invalid_parameters`
 *   (the key is not bound to an account). With an API key, an unknown account ID is 404.
 * - `/meta/...` takes the meta token as Bearer (or the deprecated `DeveloperKey` scheme).
 * - OAuth operations, and any whose spec security allows anonymous calls, are not rejected here:
 *   their handlers check the credentials they need (`oauth.verifyToken` answers 400 for an
 *   unknown token, as the notes say), and see `auth` resolved when it is valid.
 */
import { EmuError } from "./errors.ts";
import type { Operation } from "./router.ts";
import type { EmulatorState } from "./state.ts";
import type { AccountRecord, Auth } from "./types.ts";

/** List operations that accept several comma-separated account IDs (§1 of the API notes). */
const MULTI_ACCOUNT_OPERATIONS = new Set([
  "storage.links.list",
  "storage.search",
  "storage.recent",
  "calendar.findAvailability",
]);

/** Resolves the `Authorization` header for `operation`; throws the 401/403 of §2. */
export function authenticate(
  state: EmulatorState,
  operation: Operation,
  header: string | undefined,
): { auth: Auth; tokenAccounts: AccountRecord[] } {
  // OAuth operations check credentials themselves (verifyToken answers 400 for a bad token).
  const anonymousOk =
    operation.tag === "oauth" ||
    operation.security.length === 0 ||
    operation.security.some((r) => Object.keys(r).length === 0);
  const allows = (scheme: string) => operation.security.length === 0 || operation.security.some((r) => scheme in r);
  const isMeta = operation.template.startsWith("/meta");
  const none = { auth: { kind: "none" } as Auth, tokenAccounts: [] };
  const reject = (status: number, code: string, message: string) => {
    if (anonymousOk) return none;
    throw new EmuError(status, code, message);
  };

  const m = /^\s*(\S+)\s+(.+?)\s*$/.exec(header ?? "");
  if (!header || !m) {
    return reject(
      401,
      "authentication_required",
      "Authentication credentials were not provided: send Authorization: Bearer <token> or APIKey <key>.",
    );
  }
  const scheme = (m[1] as string).toLowerCase();
  const credentials = m[2] as string;
  if (scheme === "apikey") {
    const key = state.apiKeys.get(credentials);
    if (!key) return reject(401, "unauthorized", "Invalid API key.");
    if (!allows("apiKey"))
      return reject(
        403,
        "forbidden",
        isMeta
          ? "The Meta API takes a meta token as Bearer token, not an API key."
          : "This endpoint does not accept the API key.",
      );
    return { auth: { kind: "apiKey", key: key.key, appId: key.applicationId }, tokenAccounts: [] };
  }
  if (scheme === "developerkey" || (scheme === "bearer" && isMeta)) {
    if (!isMeta) return reject(403, "forbidden", "Developer keys only grant the Meta API.");
    if (!state.metaTokens.has(credentials)) return reject(401, "unauthorized", "Invalid meta token.");
    return { auth: { kind: "meta", token: credentials }, tokenAccounts: [] };
  }
  if (scheme !== "bearer")
    return reject(401, "unauthorized", `Unsupported Authorization scheme '${m[1]}'; use Bearer or APIKey.`);
  const tokens = credentials
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const accounts = tokens.map((t) => state.accountForToken(t));
  if (!accounts.length || accounts.some((a) => !a))
    return reject(401, "unauthorized", "Invalid or expired Bearer token.");
  if (!allows("bearer"))
    return reject(403, "forbidden", "This endpoint takes the application's API key (Authorization: APIKey <key>).");
  const found = accounts as AccountRecord[];
  const first = found[0] as AccountRecord;
  return { auth: { kind: "bearer", token: tokens[0] as string, accountId: first.id }, tokenAccounts: found };
}

/** The accounts a `{account_id}` path segment names, checked against the credentials. */
export function resolveAccounts(
  state: EmulatorState,
  operation: Operation,
  raw: string,
  auth: Auth,
  tokenAccounts: AccountRecord[],
): AccountRecord[] {
  const ids = raw.split(",").map((id) => id.trim());
  if (ids.length > 1 && !MULTI_ACCOUNT_OPERATIONS.has(operation.operationId)) {
    throw new EmuError(
      400,
      "invalid_parameters",
      "account_id: several account IDs are only accepted by the links, search and recent lists.",
    );
  }
  return ids.map((id) => {
    if (id === "me") {
      if (auth.kind !== "bearer") {
        throw new EmuError(
          400,
          "invalid_parameters",
          "account_id: 'me' stands for the Bearer token's account; with an API key, use the numeric account ID.",
        );
      }
      if (tokenAccounts.length !== 1)
        throw new EmuError(400, "invalid_parameters", "account_id: 'me' is ambiguous with several Bearer tokens.");
      return tokenAccounts[0] as AccountRecord;
    }
    if (auth.kind === "bearer") {
      const account = tokenAccounts.find((a) => String(a.id) === id);
      if (!account)
        throw new EmuError(403, "permission_denied", `The Bearer token does not grant access to account ${id}.`);
      return account;
    }
    const account = /^\d+$/.test(id) ? state.accounts.get(Number(id)) : undefined;
    if (!account) throw new EmuError(404, "not_found", `Account not found: ${id}`);
    return account;
  });
}
