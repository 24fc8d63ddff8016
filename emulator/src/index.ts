/**
 * `kloudless-emulator`: a faithful local emulator of Kloudless API v1, for the SDK's demo and
 * tests and for users' own tests. Clients written for the real API work against it unchanged,
 * given its base URL (`emu.url + "/v1"`).
 *
 * ```ts
 * const emu = await startEmulator({ port: 0 });
 * const res = await fetch(`${emu.url}/v1/accounts/me/storage/folders/root/contents`, {
 *   headers: { Authorization: `Bearer ${emu.accounts[0].token}` },
 * });
 * await emu.close();
 * ```
 */
import { mkdirSync } from "node:fs";
import spec from "../../generated/openapi.json" with { type: "json" };
import { BlobStore } from "./blob-store.ts";
import { FaultController, type FaultRule } from "./faults.ts";
import { type EmulatorMode, isEmulatorMode } from "./leniency.ts";
import { registerRedirectUris } from "./oauth.ts";
import { loadSnapshot, Persistence } from "./persistence.ts";
import { applySeed, builtinSeed, type SeedData } from "./seed.ts";
import { DEFAULT_BODY_LIMITS, EmulatorServer, type RecordedResponse, type RequestLogEntry } from "./server.ts";
import { EmulatorState } from "./state.ts";
import { DEFAULT_STORAGE_OPTIONS } from "./storage.ts";
import { DEFAULT_URL_FETCH_LIMITS, type UrlFetchLimits } from "./url-fetch.ts";
import {
  applicationWebhooks,
  registerWebhook,
  startWebhooks,
  stopWebhooks,
  type WebhookDelivery,
  type WebhookDeliveryOptions,
  webhookDeliveries,
} from "./webhooks.ts";

/** The types of the emulator's options and of what a running emulator exposes. */
export type { FaultController, FaultKind, FaultMatch, FaultRule } from "./faults.ts";
export {
  type EmulatorMode,
  LENIENCY_RULES,
  LENIENT_HEADER,
  type LeniencyRule,
  type LeniencyRuleName,
} from "./leniency.ts";
export type { SeedAccount, SeedData } from "./seed.ts";
export type { RecordedResponse, RequestLogEntry } from "./server.ts";
export { EmulatorState } from "./state.ts";
export type { UrlFetchLimits } from "./url-fetch.ts";
export type { WebhookAttempt, WebhookDelivery, WebhookDeliveryOptions } from "./webhooks.ts";

/** Options of `startEmulator`. */
export interface EmulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Initial data: `"demo"` (default), `"empty"` (the demo accounts, no files or events) or a seed. */
  seed?: SeedData | "demo" | "empty";
  /** Fault rules active from the start. */
  faults?: FaultRule[];
  /** `true` logs one line per request to stderr; a function receives the lines instead. */
  logRequests?: boolean | ((line: string) => void);
  /** Keep every JSON response in `emu.responses` (for checking responses against the spec). */
  recordResponses?: boolean;
  /**
   * Check every JSON response against the spec before sending it, answering 500
   * `internal_error` for one that breaks it (default: on when `KLOUDLESS_EMULATOR_STRICT=1`,
   * which the SDK's own test suite sets).
   */
  strictResponses?: boolean;
  /** `part_size` of multipart upload sessions (default 5 MiB). */
  multipartPartSize?: number;
  /** `parallel_uploads` of multipart upload sessions (default true); `false` asks clients for one part at a time. */
  multipartParallelUploads?: boolean;
  /** Storage quota of every account in bytes (default 2 GiB). */
  quotaBytes?: number;
  /**
   * Webhook URLs of the application, registered at start as `meta.webhooks.create` does: each gets
   * the test request first, and the start fails when one is not answered 2xx.
   */
  webhooks?: string[];
  /** Retry policy of webhook notifications: `maxAttempts` (5), `retryDelayMs` (1000, doubled), `timeoutMs` (5000). */
  webhookDelivery?: Partial<WebhookDeliveryOptions>;
  /** Largest binary upload body in bytes (default 512 MiB); a larger one is answered 413. */
  maxUploadBytes?: number;
  /** Largest JSON or form body in bytes (default 1 MiB); a larger one is answered 413. */
  maxJsonBodyBytes?: number;
  /**
   * Limits of upload-from-URL downloads: `connectTimeoutMs` (default 5 s), `totalTimeoutMs`
   * (default 30 s), `maxBytes` (default `maxUploadBytes`), `maxRedirects` (default 5).
   */
  uploadFromUrl?: Partial<UrlFetchLimits>;
  /** Redirect URIs registered for the application besides the loopback ones (any `http://localhost...`). */
  redirectUris?: string[];
  /**
   * `"strict"` (default) refuses every request the spec forbids; `"lenient"` first reads a
   * refused request by the leniency rules (`LENIENCY_RULES`), and an answer accepted thanks to
   * one carries `X-Kloudless-Emulator-Lenient` naming them.
   */
  mode?: EmulatorMode;
  /**
   * Directory that keeps the state across restarts (created if missing): accounts, files,
   * folders, links, multipart sessions, calendars, events and cursors in `state.json`, file
   * bytes under `blobs/`. A directory with a saved state is loaded, and `seed` is then ignored.
   * Without it, metadata stays in memory and file bytes go to a private temporary directory
   * removed by `close()`.
   */
  dataDir?: string;
}

/** A connected account of the emulator, with a Bearer token for it. */
export interface EmulatorAccount {
  /** Account ID (`/v1/accounts/{id}`). */
  id: number;
  /** Service identifier, e.g. `dropbox`, `google_calendar`. */
  service: string;
  /** APIs the account serves, e.g. `["storage"]`. */
  apis: string[];
  /** A Bearer token of the account (`new Account({ token })`). */
  token: string;
}

/** A running emulator. */
export interface RunningEmulator {
  /** Base URL without `/v1`, e.g. `http://127.0.0.1:8002`. */
  url: string;
  /** ID of the application the accounts are connected to (`client_id` in OAuth). */
  appId: string;
  /** An API key of the application (`Authorization: APIKey <key>`). */
  apiKey: string;
  /** A meta token for the Meta API (`Authorization: Bearer <token>` on `/v1/meta/...`). */
  metaToken: string;
  /** `"strict"` or `"lenient"` (see `EmulatorOptions.mode`). */
  mode: EmulatorMode;
  /** The seeded accounts, in seed order (the demo seed: a Dropbox storage account, then a Google Calendar account). */
  accounts: EmulatorAccount[];
  /** The emulator's state, for tests that look behind the API (file bytes are in `state.blobs`, on disk). */
  state: EmulatorState;
  /** Fault rules: `add(rule)`, `clear()`, `list()`. */
  faults: FaultController;
  /** The requests received, oldest first (the last 10,000 are kept). */
  requests: RequestLogEntry[];
  /** Every JSON response sent, when `recordResponses` is set (else stays empty). */
  responses: RecordedResponse[];
  /** Webhook test requests and notifications sent, oldest first (also at `GET /__emulator/deliveries`). */
  deliveries: WebhookDelivery[];
  /** Stops the server and closes every connection, so the process can exit. */
  close(): Promise<void>;
}

/** Starts an emulator and resolves once it listens and is seeded. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  if (options.mode !== undefined && !isEmulatorMode(options.mode)) {
    throw new Error(`mode must be "strict" or "lenient", not ${JSON.stringify(options.mode)}`);
  }
  const seed = typeof options.seed === "object" ? options.seed : builtinSeed(options.seed ?? "demo");
  const dataDir = options.dataDir;
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const saved = dataDir === undefined ? undefined : loadSnapshot(dataDir);
  const blobs = dataDir === undefined ? BlobStore.temporary() : BlobStore.open(dataDir);
  const state = new EmulatorState(saved?.appId ?? seed.appId, blobs);
  if (saved) {
    // The webhooks slot is made first, with its timers, so the saved registrations land in it.
    webhookDeliveries(state);
    saved.restore(state);
  }
  const persistence = new Persistence(state, dataDir);
  registerRedirectUris(state, options.redirectUris ?? []);
  const faults = new FaultController(options.faults);
  const requests: RequestLogEntry[] = [];
  const responses: RecordedResponse[] = [];
  const log = options.logRequests;
  const server = new EmulatorServer({
    state,
    spec,
    faults,
    storage: {
      multipartPartSize: options.multipartPartSize ?? DEFAULT_STORAGE_OPTIONS.multipartPartSize,
      multipartParallelUploads: options.multipartParallelUploads ?? DEFAULT_STORAGE_OPTIONS.multipartParallelUploads,
      quotaBytes: options.quotaBytes ?? DEFAULT_STORAGE_OPTIONS.quotaBytes,
      urlFetch: {
        ...DEFAULT_URL_FETCH_LIMITS,
        maxBytes: options.maxUploadBytes ?? DEFAULT_BODY_LIMITS.upload,
        ...options.uploadFromUrl,
      },
    },
    requests,
    bodyLimits: {
      upload: options.maxUploadBytes ?? DEFAULT_BODY_LIMITS.upload,
      json: options.maxJsonBodyBytes ?? DEFAULT_BODY_LIMITS.json,
    },
    strictResponses: options.strictResponses ?? process.env.KLOUDLESS_EMULATOR_STRICT === "1",
    checkpoint: (method) => persistence.checkpoint(method),
    mode: options.mode ?? "strict",
    ...(options.recordResponses ? { responses } : {}),
    ...(log ? { logLine: typeof log === "function" ? log : (line: string) => process.stderr.write(`${line}\n`) } : {}),
  });
  let url: string;
  try {
    url = await server.listen(options.port ?? 0, options.host ?? "127.0.0.1");
  } catch (error) {
    blobs.close();
    throw error;
  }
  const { apiKey, metaToken } = saved ? savedCredentials(state) : applySeed(state, seed, url);
  // Saves the seeded state (a first start) and drops blobs of uploads a crash cut short.
  persistence.checkpoint();
  startWebhooks(state, options.webhookDelivery);
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      stopWebhooks(state);
      await server.close();
      persistence.checkpoint(); // changes made outside requests (finished tasks)
      blobs.close();
    })();
    return closed;
  };
  // A restored state has the hooks of its first start: registering them again would notify twice.
  const registered = new Set([...applicationWebhooks(state, state.appId).values()].map((h) => h.url));
  for (const hook of options.webhooks ?? []) {
    if (registered.has(hook)) continue;
    try {
      await registerWebhook(state, state.appId, hook);
    } catch (error) {
      await close();
      throw new Error(`webhook ${hook}: ${(error as Error).message}`);
    }
  }
  return {
    url,
    appId: state.appId,
    apiKey,
    metaToken,
    mode: options.mode ?? "strict",
    accounts: [...state.accounts.values()].map((a) => ({
      id: a.id,
      service: a.service,
      apis: [...a.apis],
      token: a.tokens[0] as string,
    })),
    state,
    faults,
    requests,
    responses,
    deliveries: webhookDeliveries(state),
    close,
  };
}

/** The API key and meta token of a restored state: the first ones of its application. */
function savedCredentials(state: EmulatorState): { apiKey: string; metaToken: string } {
  const key = [...state.apiKeys.values()].find((k) => k.applicationId === state.appId);
  const metaToken = [...state.metaTokens][0];
  if (!key || metaToken === undefined) throw new Error("the saved state has no API key or meta token");
  return { apiKey: key.key, metaToken };
}
