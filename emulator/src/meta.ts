/**
 * The emulator's Management (Meta) API: applications, their API keys and webhooks, the
 * developers of the developer account, and license downloads.
 *
 * Applications and API keys live in `EmulatorState.applications` and `EmulatorState.apiKeys`,
 * which the server's API-key authentication reads, so creating or deleting a key takes effect on
 * the next request. Developers live in the `meta` state slot; webhooks and their deliveries in
 * webhooks.ts (a URL is saved only once its test request is answered 2xx).
 */
import { pageNumberList } from "./core.ts";
import type { ErrorReply, Schema } from "./replies.ts";
import { type ApplicationRecord, type EmulatorState, now, randomToken } from "./state.ts";
import type { EmuContext, EmuRequest, HandlerTable } from "./types.ts";
import { applicationWebhooks, forgetWebhooks, registerWebhook, type WebhookRecord } from "./webhooks.ts";

/** A developer (user) of the developer account. */
interface DeveloperRecord {
  id: number;
  email: string;
  first_name: string | null;
  last_name: string | null;
  created: string;
  modified: string;
}

/** The feature switches of an application (`implicit_grant_enabled`, ...). */
type ApplicationFlags = Record<(typeof FLAGS)[number], boolean>;

/** The Application attributes that switch features on, false unless set. */
const FLAGS = ["implicit_grant_enabled", "recent_enabled", "events_enabled"] as const;

/** The Meta API's own state: developers, application templates and feature switches. */
interface MetaStore {
  developers: Map<number, DeveloperRecord>;
  /** The `source` (template application) each application was created from. */
  sources: Map<string, string>;
  /** The feature switches each application has set; the emulator's own application has all on. */
  flags: Map<string, ApplicationFlags>;
}

/** The page size of Meta lists when `page_size` is not given (as for the account list). */
const DEFAULT_PAGE_SIZE = 10;

/** The Meta state slot, created with the one developer of the emulated developer account. */
function metaStore(state: EmulatorState): MetaStore {
  return state.area("meta", () => {
    const created = now();
    const developer: DeveloperRecord = {
      id: 1,
      email: "developer@example.com",
      first_name: "Emulator",
      last_name: "Developer",
      created,
      modified: created,
    };
    // The emulator serves the implicit grant, recent files and events to its own application.
    const own: ApplicationFlags = { implicit_grant_enabled: true, recent_enabled: true, events_enabled: true };
    return {
      developers: new Map([[developer.id, developer]]),
      sources: new Map(),
      flags: new Map([[state.appId, own]]),
    };
  });
}

/** One page of `items` as a Meta list (page-number paging; a page past the end is 404). */
function listPage<T>(req: EmuRequest, items: T[]) {
  const page = Number(req.query.get("page") ?? 1);
  const size = Number(req.query.get("page_size") ?? DEFAULT_PAGE_SIZE);
  return pageNumberList(items, page, size, "meta");
}

/** The JSON body of a request as an object (the server has validated it against the spec). */
function body(req: EmuRequest): Record<string, unknown> {
  return typeof req.json === "object" && req.json !== null ? (req.json as Record<string, unknown>) : {};
}

/** Whether `url` is an absolute http(s) URL, as webhook receivers must be. */
function isHttpUrl(url: unknown): boolean {
  if (typeof url !== "string") return false;
  try {
    return ["http:", "https:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A timestamp later than `previous`, so that `modified` always moves forward. */
function bumpedTime(previous: string): string {
  const current = Date.now();
  const last = Date.parse(previous);
  return new Date(current > last ? current : last + 1).toISOString();
}

/**
 * Creates the Meta API handlers. Deleting an application also deletes its API keys and webhooks
 * and, for the emulator's own application, its connected accounts.
 */
export function createMetaHandlers(state: EmulatorState): HandlerTable {
  const store = metaStore(state);

  const webhookJson = (hook: WebhookRecord): Schema<"MetaWebhook"> => ({ ...hook, api: "meta", type: "webhook" });
  const developerJson = (developer: DeveloperRecord): Schema<"Developer"> => ({
    ...developer,
    api: "meta",
    type: "developer",
  });

  /** The reply JSON of an application. */
  function applicationReply(app: ApplicationRecord): Schema<"Application"> {
    return {
      id: app.id,
      name: app.name,
      description: app.description,
      logo_url: app.logoUrl,
      active: app.active,
      ...flagsOf(app.id),
      created: app.created,
      modified: app.modified,
      source: store.sources.get(app.id) ?? null,
      api: "meta",
      type: "application",
    };
  }

  /** The feature switches of an application (recorded and returned; they gate nothing here). */
  function flagsOf(id: string): ApplicationFlags {
    return store.flags.get(id) ?? { implicit_grant_enabled: false, recent_enabled: false, events_enabled: false };
  }

  /** Sets the switches that `input` names (the server has validated them as booleans). */
  function setFlags(id: string, input: Record<string, unknown>, base = flagsOf(id)): void {
    const flags = { ...base };
    for (const flag of FLAGS) if (typeof input[flag] === "boolean") flags[flag] = input[flag] as boolean;
    store.flags.set(id, flags);
  }

  /** Creates an API key of an application in the state the server authenticates against. */
  function addApiKey(applicationId: string): Schema<"ApiKey"> {
    const created = now();
    const record = { key: randomToken(), applicationId, created, modified: created };
    state.apiKeys.set(record.key, record);
    return apiKeyReply(record);
  }

  /** The reply JSON of an API key. */
  function apiKeyReply(record: { key: string; created: string; modified: string }): Schema<"ApiKey"> {
    return { key: record.key, created: record.created, modified: record.modified, api: "meta", type: "apikey" };
  }

  /** The application named by the path, or a 404 reply. */
  function applicationFor(req: EmuRequest, ctx: EmuContext): ApplicationRecord | ErrorReply {
    const id = req.params.application_id ?? "";
    return state.applications.get(id) ?? ctx.error(404, "not_found", `Application not found: ${id}`);
  }

  /** The webhooks of the application named by the path, or a 404 reply. */
  function webhooksFor(req: EmuRequest, ctx: EmuContext): Map<number, WebhookRecord> | ErrorReply {
    const app = applicationFor(req, ctx);
    if ("status" in app) return app;
    return applicationWebhooks(state, app.id);
  }

  return {
    "meta.applications.list": (req, _ctx, reply) => {
      const active = req.query.get("active");
      const apps = [...state.applications.values()].filter((a) => active === null || String(a.active) === active);
      return reply(200, listPage(req, apps.map(applicationReply)));
    },

    "meta.applications.create": (req, ctx, reply) => {
      const input = body(req);
      if (typeof input.name !== "string" || input.name === "")
        return ctx.error(400, "invalid_parameters", "name: required");
      const source = typeof input.source === "string" ? state.applications.get(input.source) : undefined;
      if (input.source !== undefined && !source)
        return ctx.error(400, "invalid_parameters", `source: unknown application '${String(input.source)}'`);
      const created = now();
      const app: ApplicationRecord = {
        id: `app_${randomToken(9)}`,
        name: input.name,
        description: (input.description as string | undefined) ?? source?.description ?? null,
        logoUrl: (input.logo_url as string | undefined) ?? source?.logoUrl ?? null,
        active: true,
        created,
        modified: created,
      };
      state.applications.set(app.id, app);
      if (source) store.sources.set(app.id, source.id);
      setFlags(app.id, input, source ? flagsOf(source.id) : undefined);
      addApiKey(app.id);
      return reply(201, applicationReply(app));
    },

    "meta.applications.retrieve": (req, ctx, reply) => {
      const app = applicationFor(req, ctx);
      if ("status" in app) return app;
      return reply(200, applicationReply(app));
    },

    "meta.applications.update": (req, ctx, reply) => {
      const app = applicationFor(req, ctx);
      if ("status" in app) return app;
      const input = body(req);
      if ("name" in input) {
        if (typeof input.name !== "string" || input.name === "")
          return ctx.error(400, "invalid_parameters", "name: must be a non-empty string");
        app.name = input.name;
      }
      if ("description" in input) app.description = (input.description as string | null) ?? null;
      if ("logo_url" in input) app.logoUrl = (input.logo_url as string | null) ?? null;
      if ("active" in input) app.active = input.active === true;
      setFlags(app.id, input);
      app.modified = bumpedTime(app.modified);
      return reply(200, applicationReply(app));
    },

    "meta.applications.delete": (req, ctx, reply) => {
      const app = applicationFor(req, ctx);
      if ("status" in app) return app;
      state.applications.delete(app.id);
      for (const [key, record] of state.apiKeys) if (record.applicationId === app.id) state.apiKeys.delete(key);
      forgetWebhooks(state, app.id);
      store.sources.delete(app.id);
      store.flags.delete(app.id);
      if (app.id === state.appId) state.accounts.clear();
      return reply.empty(200);
    },

    "meta.apiKeys.list": (req, ctx, reply) => {
      const app = applicationFor(req, ctx);
      if ("status" in app) return app;
      const keys = [...state.apiKeys.values()].filter((k) => k.applicationId === app.id);
      return reply(200, listPage(req, keys.map(apiKeyReply)));
    },

    "meta.apiKeys.create": (req, ctx, reply) => {
      const app = applicationFor(req, ctx);
      if ("status" in app) return app;
      return reply(201, addApiKey(app.id));
    },

    "meta.apiKeys.delete": (req, ctx, reply) => {
      const app = applicationFor(req, ctx);
      if ("status" in app) return app;
      const key = req.params.api_key ?? "";
      if (state.apiKeys.get(key)?.applicationId !== app.id)
        return ctx.error(404, "not_found", "API key not found for this application.");
      state.apiKeys.delete(key);
      return reply.empty(200);
    },

    "meta.webhooks.list": (req, ctx, reply) => {
      const hooks = webhooksFor(req, ctx);
      if ("status" in hooks) return hooks;
      return reply(200, listPage(req, [...hooks.values()].map(webhookJson)));
    },

    "meta.webhooks.create": async (req, ctx, reply) => {
      const app = applicationFor(req, ctx);
      if ("status" in app) return app;
      const { url } = body(req);
      if (!isHttpUrl(url))
        return ctx.error(400, "invalid_parameters", `url: '${String(url)}' is not an absolute http(s) URL`);
      const hook = await registerWebhook(state, app.id, url as string);
      return reply(201, webhookJson(hook));
    },

    "meta.webhooks.retrieve": (req, ctx, reply) => {
      const hooks = webhooksFor(req, ctx);
      if ("status" in hooks) return hooks;
      const hook = hooks.get(Number(req.params.webhook_id));
      if (!hook) return ctx.error(404, "not_found", `Webhook not found: ${req.params.webhook_id}`);
      return reply(200, webhookJson(hook));
    },

    "meta.webhooks.delete": (req, ctx, reply) => {
      const hooks = webhooksFor(req, ctx);
      if ("status" in hooks) return hooks;
      if (!hooks.delete(Number(req.params.webhook_id)))
        return ctx.error(404, "not_found", `Webhook not found: ${req.params.webhook_id}`);
      return reply.empty(200);
    },

    "meta.developers.list": (req, _ctx, reply) =>
      reply(200, listPage(req, [...store.developers.values()].map(developerJson))),

    "meta.developers.retrieve": (req, ctx, reply) => {
      const developer = store.developers.get(Number(req.params.developer_id));
      if (!developer) return ctx.error(404, "not_found", `Developer not found: ${req.params.developer_id}`);
      return reply(200, developerJson(developer));
    },

    "meta.developers.update": (req, ctx, reply) => {
      const developer = store.developers.get(Number(req.params.developer_id));
      if (!developer) return ctx.error(404, "not_found", `Developer not found: ${req.params.developer_id}`);
      const input = body(req);
      for (const field of ["first_name", "last_name"] as const) {
        if (field in input) developer[field] = (input[field] as string | null) ?? null;
      }
      developer.modified = bumpedTime(developer.modified);
      return reply(200, developerJson(developer));
    },

    "meta.licenses.download": (req, _ctx, reply) => {
      const id = req.params.license_id ?? "";
      const license = {
        license_id: id,
        licensee: "developer@example.com",
        issued: now(),
        issuer: "Kloudless emulator",
      };
      const text = `-----BEGIN KLOUDLESS LICENSE-----\n${Buffer.from(JSON.stringify(license)).toString("base64")}\n-----END KLOUDLESS LICENSE-----\n`;
      return reply.binary(200, Buffer.from(text), {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": `attachment; filename="${id}.lic"`,
      });
    },
  };
}
