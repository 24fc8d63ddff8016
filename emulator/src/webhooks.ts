/**
 * Webhooks of the emulator: the registered URLs of each application and the deliveries to them.
 *
 * As the live service does, the emulator notifies every webhook URL of the application after each
 * change to a connected account (each event recorded in the activity log): a POST of
 * `account=<id>` (form-encoded), signed in `X-Kloudless-Signature` with the base64 HMAC-SHA256 of
 * the raw body keyed by the application's API key. The receiver then reads the new events with
 * `events.list` and its cursor.
 *
 * Decisions:
 * - The signing key is the application's oldest API key that still exists.
 * - A delivery is a success on any 2xx answer; anything else (an error status, a refused
 *   connection, no answer within `timeoutMs`) is retried after `retryDelayMs`, doubled after each
 *   failure (at most 60 s), up to `maxAttempts` attempts. Deliveries never delay the request
 *   that caused them, and each is independent (no head-of-line blocking).
 * - Before a URL is saved, the emulator sends it a test request: a signed POST with an empty body.
 *   A URL whose test request is not answered 2xx is refused (400 `invalid_parameters`).
 *   The live service expects the application ID as the answer's body; the emulator records the
 *   body but only requires 2xx.
 * - Every test request and notification is listed at `GET /__emulator/deliveries` (the last
 *   1,000; `DELETE` clears the list).
 */
import { createHmac } from "node:crypto";
import { onActivity } from "./activity.ts";
import { EmuError, errorReply } from "./errors.ts";
import { type EmulatorState, now } from "./state.ts";
import type { AccountRecord, EmuReply } from "./types.ts";

/** A webhook URL of an application (the Meta API's `webhook` object). */
export interface WebhookRecord {
  id: number;
  url: string;
  created: string;
  modified: string;
}

/** How notifications are retried. */
export interface WebhookDeliveryOptions {
  /** Attempts per notification, the first included (default 5). */
  maxAttempts: number;
  /** Wait before the first retry in milliseconds, doubled after each failure up to 60 s (default 1000). */
  retryDelayMs: number;
  /** How long one attempt waits for the receiver's answer in milliseconds (default 5000). */
  timeoutMs: number;
}

/** The default retry policy of deliveries. */
export const DEFAULT_WEBHOOK_DELIVERY: WebhookDeliveryOptions = { maxAttempts: 5, retryDelayMs: 1000, timeoutMs: 5000 };

/** One attempt of a delivery. */
export interface WebhookAttempt {
  /** When it started (ISO 8601). */
  at: string;
  /** The receiver's status; absent when no answer came. */
  status?: number;
  /** Why the attempt failed without an answer (refused, timed out, ...). */
  error?: string;
  /** The start of the receiver's answer body (up to 200 characters). */
  body?: string;
  /** Duration in milliseconds. */
  ms: number;
  /** The wait before the next attempt in milliseconds, when one was scheduled after this one. */
  retryInMs?: number;
}

/** A test request or a notification sent to a webhook URL (`GET /__emulator/deliveries`). */
export interface WebhookDelivery {
  /** Increasing number of the delivery. */
  id: number;
  /** `test`: sent before the URL is saved; `notification`: an account changed. */
  kind: "test" | "notification";
  /** The webhook it goes to (absent for a test request: the webhook does not exist yet). */
  webhookId?: number;
  /** The application whose webhook it is. */
  applicationId: string;
  /** The webhook URL. */
  url: string;
  /** The account that changed (notifications). */
  accountId?: number;
  /** The raw body sent (`account=<id>`, a booking's fields (meeting-webhooks.ts), empty for a test request). */
  body: string;
  /** `X-Kloudless-Signature` sent. */
  signature: string;
  /** `pending` while attempts remain, then `delivered` (2xx), `failed`, or `cancelled` (the webhook was deleted). */
  state: "pending" | "delivered" | "failed" | "cancelled";
  /** Every attempt so far, oldest first. */
  attempts: WebhookAttempt[];
  /** When the next attempt is due, while one is scheduled. */
  nextAttemptAt?: string;
  /** When the change (or the registration) queued it. */
  created: string;
}

/** How many deliveries are kept for `GET /__emulator/deliveries` (the oldest are dropped). */
const DELIVERY_LOG_LIMIT = 1000;
/** The longest wait between two attempts. */
const MAX_RETRY_DELAY_MS = 60_000;

/** The webhooks state slot: registered URLs, deliveries, pending timers. */
interface WebhookArea {
  hooks: Map<string, Map<number, WebhookRecord>>;
  deliveries: WebhookDelivery[];
  options: WebhookDeliveryOptions;
  timers: Set<ReturnType<typeof setTimeout>>;
  inflight: Set<AbortController>;
  counter: number;
  stopped: boolean;
  unsubscribe?: () => void;
}

function area(state: EmulatorState): WebhookArea {
  return state.area<WebhookArea>("webhooks", () => ({
    hooks: new Map(),
    deliveries: [],
    options: { ...DEFAULT_WEBHOOK_DELIVERY },
    timers: new Set(),
    inflight: new Set(),
    counter: 0,
    stopped: false,
  }));
}

/**
 * Starts notifying webhooks of the changes recorded from now on, with `options` as retry policy.
 * `startEmulator` calls it once the seed is applied, so seeded files notify nobody.
 */
export function startWebhooks(state: EmulatorState, options: Partial<WebhookDeliveryOptions> = {}): void {
  const slot = area(state);
  slot.options = { ...DEFAULT_WEBHOOK_DELIVERY, ...options };
  slot.unsubscribe ??= onActivity(state, (account) => notifyAccount(state, account));
}

/** Stops deliveries: pending retries are dropped and attempts in flight are aborted (on `close()`). */
export function stopWebhooks(state: EmulatorState): void {
  const slot = area(state);
  slot.stopped = true;
  slot.unsubscribe?.();
  slot.unsubscribe = undefined;
  for (const timer of slot.timers) clearTimeout(timer);
  slot.timers.clear();
  for (const controller of slot.inflight) controller.abort();
  slot.inflight.clear();
}

/** The webhooks of an application by ID (created empty on first use). */
export function applicationWebhooks(state: EmulatorState, applicationId: string): Map<number, WebhookRecord> {
  const hooks = area(state).hooks;
  let forApp = hooks.get(applicationId);
  if (!forApp) {
    forApp = new Map();
    hooks.set(applicationId, forApp);
  }
  return forApp;
}

/** Forgets the webhooks of a deleted application. */
export function forgetWebhooks(state: EmulatorState, applicationId: string): void {
  area(state).hooks.delete(applicationId);
}

/** Every delivery kept, oldest first (the live array). */
export function webhookDeliveries(state: EmulatorState): WebhookDelivery[] {
  return area(state).deliveries;
}

/** The base64 HMAC-SHA256 of `body` keyed by `key`: the `X-Kloudless-Signature` of a delivery. */
export function signWebhookBody(body: string, key: string): string {
  return createHmac("sha256", key).update(body).digest("base64");
}

/** The API key that signs the application's deliveries: its oldest one. */
function signingKey(state: EmulatorState, applicationId: string): string | undefined {
  for (const record of state.apiKeys.values()) if (record.applicationId === applicationId) return record.key;
  return undefined;
}

/**
 * Sends `url` the test request and saves it as a webhook of the application when the receiver
 * answers 2xx. Throws 400 `invalid_parameters` naming the receiver's answer otherwise.
 */
export async function registerWebhook(
  state: EmulatorState,
  applicationId: string,
  url: string,
): Promise<WebhookRecord> {
  const key = signingKey(state, applicationId);
  if (key === undefined) {
    throw new EmuError(400, "invalid_parameters", "url: the application has no API key to sign webhook requests with");
  }
  const delivery = newDelivery(state, { kind: "test", applicationId, url, body: "", key });
  const attempt = await attemptDelivery(state, delivery);
  if (!isSuccess(attempt)) {
    const answer = attempt.status === undefined ? `failed (${attempt.error})` : `was answered HTTP ${attempt.status}`;
    throw new EmuError(
      400,
      "invalid_parameters",
      `url: the test request to ${url} ${answer}; a webhook receiver must answer 2xx (with the application ID as its body)`,
    );
  }
  const created = now();
  const hook: WebhookRecord = { id: state.nextId(), url, created, modified: created };
  applicationWebhooks(state, applicationId).set(hook.id, hook);
  return hook;
}

/** Queues a notification of `account` to every webhook of the application; returns at once. */
export function notifyAccount(state: EmulatorState, account: AccountRecord): void {
  notifyWebhooks(state, account.id, new URLSearchParams({ account: String(account.id) }).toString());
}

/** Queues `body` (form-encoded, about account `accountId`) to every webhook of the application, signed; returns at once. */
export function notifyWebhooks(state: EmulatorState, accountId: number, body: string): void {
  const slot = area(state);
  if (slot.stopped) return;
  const applicationId = state.appId;
  const hooks = slot.hooks.get(applicationId);
  if (!hooks?.size) return;
  const key = signingKey(state, applicationId);
  for (const hook of hooks.values()) {
    const delivery = newDelivery(state, {
      kind: "notification",
      applicationId,
      url: hook.url,
      body,
      key: key ?? "",
      webhookId: hook.id,
      accountId,
    });
    if (key === undefined) {
      delivery.state = "failed";
      delivery.attempts.push({ at: now(), error: "the application has no API key to sign with", ms: 0 });
      continue;
    }
    schedule(state, delivery, 0);
  }
}

function newDelivery(
  state: EmulatorState,
  input: Pick<WebhookDelivery, "kind" | "applicationId" | "url" | "body" | "webhookId" | "accountId"> & { key: string },
): WebhookDelivery {
  const slot = area(state);
  slot.counter += 1;
  const { key, ...fields } = input;
  const delivery: WebhookDelivery = {
    id: slot.counter,
    ...fields,
    signature: signWebhookBody(input.body, key),
    state: "pending",
    attempts: [],
    created: now(),
  };
  if (delivery.webhookId === undefined) delete delivery.webhookId;
  if (delivery.accountId === undefined) delete delivery.accountId;
  slot.deliveries.push(delivery);
  if (slot.deliveries.length > DELIVERY_LOG_LIMIT)
    slot.deliveries.splice(0, slot.deliveries.length - DELIVERY_LOG_LIMIT);
  return delivery;
}

function isSuccess(attempt: WebhookAttempt): boolean {
  return attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300;
}

/** Runs the next attempt of `delivery` after `delayMs`, on a timer that does not keep the process alive. */
function schedule(state: EmulatorState, delivery: WebhookDelivery, delayMs: number): void {
  const slot = area(state);
  if (delayMs > 0) delivery.nextAttemptAt = new Date(Date.now() + delayMs).toISOString();
  const timer = setTimeout(() => {
    slot.timers.delete(timer);
    delete delivery.nextAttemptAt;
    if (delivery.webhookId !== undefined && !slot.hooks.get(delivery.applicationId)?.has(delivery.webhookId)) {
      delivery.state = "cancelled";
      return;
    }
    void attemptDelivery(state, delivery).then((attempt) => {
      if (slot.stopped || isSuccess(attempt)) return;
      if (delivery.attempts.length >= slot.options.maxAttempts) {
        delivery.state = "failed";
        return;
      }
      const wait = Math.min(slot.options.retryDelayMs * 2 ** (delivery.attempts.length - 1), MAX_RETRY_DELAY_MS);
      attempt.retryInMs = wait;
      delivery.state = "pending";
      schedule(state, delivery, wait);
    });
  }, delayMs);
  timer.unref?.();
  slot.timers.add(timer);
}

/** POSTs the delivery once and records the attempt; never throws. */
async function attemptDelivery(state: EmulatorState, delivery: WebhookDelivery): Promise<WebhookAttempt> {
  const slot = area(state);
  const started = performance.now();
  const attempt: WebhookAttempt = { at: now(), ms: 0 };
  const controller = new AbortController();
  slot.inflight.add(controller);
  const timer = setTimeout(
    () => controller.abort(new Error(`no answer within ${slot.options.timeoutMs} ms`)),
    slot.options.timeoutMs,
  );
  try {
    const res = await fetch(delivery.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Kloudless-Signature": delivery.signature,
        "User-Agent": "kloudless-emulator-webhooks",
      },
      body: delivery.body,
      redirect: "manual",
      signal: controller.signal,
    });
    attempt.status = res.status;
    attempt.body = (await res.text()).slice(0, 200);
  } catch (error) {
    const reason = controller.signal.aborted ? controller.signal.reason : error;
    const cause = (reason as { cause?: { code?: string; message?: string } })?.cause;
    attempt.error = cause?.code ?? cause?.message ?? (reason as Error)?.message ?? String(reason);
  } finally {
    clearTimeout(timer);
    slot.inflight.delete(controller);
  }
  attempt.ms = Math.round((performance.now() - started) * 10) / 10;
  delivery.attempts.push(attempt);
  if (isSuccess(attempt)) delivery.state = "delivered";
  else if (delivery.kind === "test") delivery.state = "failed";
  return attempt;
}

/** The `/__emulator/deliveries` admin route: `GET` lists the deliveries, `DELETE` clears them. */
export function deliveriesAdmin(state: EmulatorState, method: string, requestId: string): EmuReply {
  const slot = area(state);
  if (method === "GET") return { status: 200, json: slot.deliveries };
  if (method === "DELETE") {
    slot.deliveries.length = 0;
    return { status: 204 };
  }
  return errorReply(
    requestId,
    405,
    "method_not_allowed",
    `Method ${method} is not allowed on /__emulator/deliveries.`,
    {},
    { Allow: "GET, DELETE" },
  );
}
