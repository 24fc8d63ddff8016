/**
 * `kloudless-ts/emulator`: a faithful local emulator of Kloudless API v1, for the SDK's demo and
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
import spec from "../../generated/openapi.json" with { type: "json" };
import { FaultController, type FaultRule } from "./faults.ts";
import { registerRedirectUris } from "./oauth.ts";
import { applySeed, builtinSeed, type SeedData } from "./seed.ts";
import { DEFAULT_BODY_LIMITS, EmulatorServer, type RecordedResponse, type RequestLogEntry } from "./server.ts";
import { EmulatorState } from "./state.ts";
import { DEFAULT_STORAGE_OPTIONS } from "./storage.ts";
import { DEFAULT_URL_FETCH_LIMITS, type UrlFetchLimits } from "./url-fetch.ts";
import {
  registerWebhook,
  startWebhooks,
  stopWebhooks,
  type WebhookDelivery,
  type WebhookDeliveryOptions,
  webhookDeliveries,
} from "./webhooks.ts";

/** The types of the emulator's options and of what a running emulator exposes. */
export type { FaultController, FaultKind, FaultMatch, FaultRule } from "./faults.ts";
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
  /** The seeded accounts, in seed order (the demo seed: a Dropbox storage account, then a Google Calendar account). */
  accounts: EmulatorAccount[];
  /** The emulator's state, for tests that look behind the API. */
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
  const seed = typeof options.seed === "object" ? options.seed : builtinSeed(options.seed ?? "demo");
  const state = new EmulatorState(seed.appId);
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
    ...(options.recordResponses ? { responses } : {}),
    ...(log ? { logLine: typeof log === "function" ? log : (line: string) => process.stderr.write(`${line}\n`) } : {}),
  });
  const url = await server.listen(options.port ?? 0, options.host ?? "127.0.0.1");
  const { apiKey, metaToken } = applySeed(state, seed, url);
  startWebhooks(state, options.webhookDelivery);
  const close = () => {
    stopWebhooks(state);
    return server.close();
  };
  for (const hook of options.webhooks ?? []) {
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
