/**
 * Accounts API (§11): the connected accounts of the application, as the API key sees all of
 * them and a Bearer token sees its own.
 */
import { forgetActivity } from "./activity.ts";
import { pageNumberList, SERVICES, serviceName } from "./core.ts";
import { EmuError } from "./errors.ts";
import type { Schema } from "./replies.ts";
import { type EmulatorState, now, randomToken } from "./state.ts";
import type { AccountRecord, EmuRequest, HandlerTable } from "./types.ts";

/** The Account object of `account`; `full: false` is the lighter object of `retrieve_full=false`. */
function accountJson(account: AccountRecord, full = true): Schema<"Account"> {
  const light: Schema<"Account"> = {
    id: account.id,
    account: account.account,
    service: account.service,
    service_name: account.serviceName,
    admin: account.admin,
    active: account.active,
    token_expiry: account.tokenExpiry ?? null,
    refresh_token_expiry: account.refreshTokenExpiry ?? null,
    api: "core",
    type: "account",
  };
  if (!full) return light;
  return {
    ...light,
    enabled: true,
    internal_use: false,
    created: account.created,
    modified: account.modified,
    apis: account.apis,
    effective_scope: `${account.service}:${account.admin ? "admin" : "normal"}.${account.apis.join(".")}`,
    object_definitions: {},
    custom_properties: account.customProperties,
    proxy_connection: null,
  };
}

/** Fields the import of an account of these services requires (the live API's per-service checks). */
const SERVICE_IMPORT_FIELDS: Record<string, string> = { hubspot: "hub_id", alfresco: "repository_url" };

/** The accounts a list request may see: all of them with the API key, else the Bearer token's. */
function visibleAccounts(state: EmulatorState, req: EmuRequest): AccountRecord[] {
  if (req.auth.kind === "apiKey") return [...state.accounts.values()];
  return req.accounts ?? (req.account ? [req.account] : []);
}

/** Creates the accounts handlers. */
export function createAccountsHandlers(state: EmulatorState): HandlerTable {
  return {
    "accounts.list": (req, _ctx, reply) => {
      const args = req.args ?? {};
      const accounts = visibleAccounts(state, req).filter(
        (a) =>
          (args.active === undefined || a.active === args.active) &&
          (args.admin === undefined || a.admin === args.admin) &&
          (args.enabled === undefined || args.enabled === true),
      );
      const page = pageNumberList(
        accounts.map((a) => accountJson(a)),
        Number(args.page ?? 1),
        Number(args.page_size ?? 10),
        "meta",
      );
      return reply(200, page);
    },

    /** Decision: an imported account offers the APIs its service offers, and gets one fresh Bearer token. */
    /**
     * Decision: importing a HubSpot account needs `hub_id` and an Alfresco account
     * `repository_url` (400 `invalid_parameters` without), as the live API refused them.
     */
    "accounts.import": (req, _ctx, reply) => {
      const body = req.json as {
        account: string;
        service: string;
        custom_properties?: Record<string, unknown>;
        token_expiry?: string | null;
        refresh_token_expiry?: string | null;
        hub_id?: unknown;
        repository_url?: unknown;
      };
      const service = body.service;
      const needed = SERVICE_IMPORT_FIELDS[service];
      if (needed && (body as Record<string, unknown>)[needed] === undefined) {
        throw new EmuError(400, "invalid_parameters", `${needed}: is required to import a ${service} account`);
      }
      const account = state.addAccount({
        tokenExpiry: body.token_expiry ?? null,
        refreshTokenExpiry: body.refresh_token_expiry ?? null,
        account: body.account,
        service,
        serviceName: serviceName(service),
        apis: serviceApis(service),
        tokens: [randomToken()],
        customProperties: body.custom_properties ?? {},
      });
      return reply(201, accountJson(account));
    },

    "accounts.retrieve": (req, _ctx, reply) => {
      const account = req.account as AccountRecord;
      return reply(200, accountJson(account, req.args?.retrieve_full !== false));
    },

    "accounts.update": (req, _ctx, reply) => {
      const account = req.account as AccountRecord;
      const body = req.json as {
        active?: boolean;
        account?: string;
        custom_properties?: Record<string, unknown>;
        token_expiry?: string | null;
        refresh_token_expiry?: string | null;
      };
      if (body.active !== undefined) account.active = body.active;
      if (body.token_expiry !== undefined) account.tokenExpiry = body.token_expiry;
      if (body.refresh_token_expiry !== undefined) account.refreshTokenExpiry = body.refresh_token_expiry;
      if (body.account !== undefined) account.account = body.account;
      if (body.custom_properties !== undefined) account.customProperties = body.custom_properties;
      account.modified = now();
      return reply(200, accountJson(account));
    },

    "accounts.delete": (req, _ctx, reply) => {
      const account = req.account as AccountRecord;
      if (!state.accounts.delete(account.id)) throw new EmuError(404, "not_found", `Account not found: ${account.id}`);
      forgetActivity(state, account.id);
      return reply.empty(204);
    },
  };
}

/** The APIs an account of `service` offers (storage for services the emulator does not know). */
function serviceApis(service: string): string[] {
  return SERVICES.find((s) => s.id === service)?.apis.filter((api) => api !== "team") ?? ["storage"];
}
