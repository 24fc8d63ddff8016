/**
 * `kloudless-ts/webhooks`: receive Kloudless' webhook notifications on any fetch runtime (Node,
 * Deno, Bun, Cloudflare Workers, edge functions), with Web Crypto only.
 *
 * Kloudless POSTs `account=<account id>` (form-encoded) to the application's webhook URL when an
 * account has new activity, signed in `X-Kloudless-Signature` (the base64 HMAC-SHA256 of the raw
 * body, keyed by the application's API key). The receiver verifies the signature, answers 200
 * with the application ID as its body, and reads the account's new events through the events
 * API from the cursor it stored last time.
 *
 * ```ts
 * import { Client } from "kloudless-ts";
 * import { createWebhookHandler } from "kloudless-ts/webhooks";
 *
 * const client = new Client({ apiKey });
 * const handler = createWebhookHandler({ apiKey, appId, client, onEvents: async (events) => {} });
 * export default { fetch: handler }; // (request: Request) => Promise<Response>
 * ```
 *
 * Decisions (see `meta.webhooks.create` in the spec): every accepted request is answered 200
 * with the application ID as text (`appId`; an empty body without it); a signed request with an
 * empty body is the test request sent before a URL is saved and is only answered.
 */
import type { components } from "../../generated/schema.ts";

/** One activity event of an account, as `events.list` returns it. */
export type WebhookEvent = components["schemas"]["Event"];

/** A raw request body as received: text, or its bytes. */
export type RawBody = string | Uint8Array | ArrayBuffer;

/**
 * Where the receiver keeps each account's events cursor between notifications. Both methods
 * may be async. A store must survive restarts for the "nothing read twice" guarantee to hold
 * across them; the default `MemoryCursorStore` does not.
 *
 * - Redis: `get: (id) => redis.get(\`kloudless:cursor:${id}\`)`, `set: (id, c) => redis.set(\`kloudless:cursor:${id}\`, c)`.
 * - SQL: a table `kloudless_cursors(account_id text primary key, cursor text not null)`;
 *   `get` selects the row, `set` upserts it (`insert ... on conflict (account_id) do update`).
 *
 * `get` answers `undefined` (or `null`) for an account it has never seen.
 */
export interface CursorStore {
  /** The cursor stored for `accountId`, or `undefined`/`null` when there is none. */
  get(accountId: string): Promise<string | null | undefined> | string | null | undefined;
  /** Stores `cursor` for `accountId`; called only after `onEvents` has resolved for the events before it. */
  set(accountId: string, cursor: string): Promise<void> | void;
}

/** A `CursorStore` in memory: lost when the process exits (give a persistent store in production). */
export class MemoryCursorStore implements CursorStore {
  readonly #cursors = new Map<string, string>();

  /** The stored cursor of `accountId`. */
  get(accountId: string): string | undefined {
    return this.#cursors.get(accountId);
  }

  /** Stores the cursor of `accountId`. */
  set(accountId: string, cursor: string): void {
    this.#cursors.set(accountId, cursor);
  }
}

/** A page of `events.list`, as the SDK's `ResourceList` gives it. */
export interface WebhookEventsPage {
  /** The events of the page, each with its JSON in `data`. */
  readonly objects: ReadonlyArray<{
    /** The event's JSON. */
    readonly data: WebhookEvent;
  }>;
  /** The cursor after this page. */
  readonly cursor?: string | number | null | undefined;
  /** Whether more events are waiting after this page. */
  hasNextPage(): boolean;
  /** The next page (same query, the new cursor). */
  getNextPage(): Promise<WebhookEventsPage>;
}

/** The options the receiver passes to `events.list`: the cursor and page size as query. */
export interface WebhookEventsListOptions {
  /** The query of the request. */
  params: {
    /** The stored cursor, or `startCursor`. */
    cursor: string;
    /** `pageSize`, when given. */
    page_size?: number;
  };
}

/** An application-level client that can list any account's events (`new Client({ apiKey })`). */
export interface WebhookEventsClient {
  /** `client.events`, from `kloudless-ts`. */
  readonly events: {
    /** `GET /accounts/{accountId}/events` with the cursor. */
    list(accountId: string, options: WebhookEventsListOptions): Promise<WebhookEventsPage>;
  };
}

/** One account's client (`new Account({ apiKey, accountId })`, or one with the account's token). */
export interface WebhookEventsAccount {
  /** `account.events`, from `kloudless-ts`. */
  readonly events: {
    /** `GET /accounts/{id}/events` of this account with the cursor. */
    list(options: WebhookEventsListOptions): Promise<WebhookEventsPage>;
  };
}

/** Where `onEvents`' events come from. */
export interface WebhookEventsContext {
  /** The account the events belong to. */
  accountId: string;
  /** The cursor after these events: stored once `onEvents` resolves. */
  cursor: string;
}

/** Options of `createWebhookHandler`, `handleWebhook` and `processWebhook`. */
export interface WebhookHandlerOptions {
  /** The application's API key: the key of the signature. */
  apiKey: string;
  /** The application ID, sent back as the body of every accepted request, as Kloudless expects. */
  appId?: string;
  /** An application client (`new Client({ apiKey })`) to read events with; or give `account`. */
  client?: WebhookEventsClient;
  /** Makes the client of one account (e.g. `(id) => new Account({ apiKey, accountId: id })`); wins over `client`. */
  account?: (accountId: string) => WebhookEventsAccount | Promise<WebhookEventsAccount>;
  /**
   * Receives the new events of an account, one page at a time, oldest first. The cursor after them is
   * stored only once it resolves; when it throws, the receiver answers 500 and the same events
   * come again with the next notification (Kloudless retries failed deliveries).
   */
  onEvents(events: WebhookEvent[], context: WebhookEventsContext): unknown;
  /** Keeps each account's cursor (default: a `MemoryCursorStore` of the handler). */
  cursorStore?: CursorStore;
  /** The cursor of an account the store has never seen (default `after-auth`: every event since it connected). */
  startCursor?: string;
  /** `page_size` of each events request (the API's default when absent). */
  pageSize?: number;
  /** Called with an error that made the receiver answer 500 (reading events, `onEvents`, the store). */
  onError?(error: unknown, accountId: string): void;
}

/** The answer the receiver gives: status, text body, content type. */
export interface WebhookReply {
  /** 200 accepted, 400 no account, 401 bad or missing signature, 405 not a POST, 500 failed to read or handle events. */
  status: number;
  /** Text body: the application ID on 200 (empty without `appId`), the reason otherwise. */
  body: string;
  /** Headers of the answer (`Content-Type`). */
  headers: Record<string, string>;
}

/** A webhook receiver for any fetch runtime: a signed `Request` in, the `Response` Kloudless expects out. */
export type WebhookHandler = (request: Request) => Promise<Response>;

/** Name of the signature header. */
export const SIGNATURE_HEADER = "X-Kloudless-Signature";

const encoder = new TextEncoder();

function bytesOf(body: RawBody): Uint8Array {
  if (typeof body === "string") return encoder.encode(body);
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) throw new Error("kloudless-ts/webhooks needs Web Crypto (globalThis.crypto.subtle)");
  return api;
}

let cachedKey: { apiKey: string; key: Promise<CryptoKey> } | undefined;

/** The HMAC-SHA256 key of `apiKey` (the last one is kept: a receiver uses one key). */
function hmacKey(apiKey: string): Promise<CryptoKey> {
  if (cachedKey?.apiKey !== apiKey) {
    const key = subtle().importKey("raw", encoder.encode(apiKey), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    cachedKey = { apiKey, key };
  }
  return cachedKey.key;
}

/** Standard base64 (with or without padding) to bytes; `undefined` when it is not base64. */
function decodeBase64(text: string): Uint8Array | undefined {
  const bare = text.replace(/={1,2}$/, "");
  if (!/^[A-Za-z0-9+/]+$/.test(bare) || bare.length % 4 === 1) return undefined;
  try {
    const binary = atob(bare + "=".repeat((4 - (bare.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The `X-Kloudless-Signature` of `rawBody`: base64 of its HMAC-SHA256 keyed by `apiKey` (for tests and tools). */
export async function signWebhook(rawBody: RawBody, apiKey: string): Promise<string> {
  const mac = await subtle().sign("HMAC", await hmacKey(apiKey), bytesOf(rawBody) as BufferSource);
  return encodeBase64(new Uint8Array(mac));
}

/**
 * Whether `signature` (the `X-Kloudless-Signature` header) is Kloudless' signature of exactly
 * `rawBody` with `apiKey`. The comparison is Web Crypto's `verify`, in constant time. A missing,
 * malformed or non-base64 signature is `false`, never an exception.
 */
export async function verifyWebhook(
  rawBody: RawBody,
  signature: string | null | undefined,
  apiKey: string,
): Promise<boolean> {
  if (typeof signature !== "string" || typeof apiKey !== "string" || apiKey === "") return false;
  const mac = decodeBase64(signature.trim());
  if (mac?.length !== 32) return false;
  return subtle().verify("HMAC", await hmacKey(apiKey), mac as BufferSource, bytesOf(rawBody) as BufferSource);
}

/** The reads of one account: the one running, and the one waiting for it (shared by every notification meanwhile). */
interface AccountReads {
  running?: Promise<void>;
  queued?: Promise<void>;
}

/** What one handler keeps between requests: its cursor store and the reads in progress per account. */
interface HandlerState {
  store: CursorStore;
  /** The reads of each account, so that reads of one account never overlap. */
  reads: Map<string, AccountReads>;
}

const states = new WeakMap<WebhookHandlerOptions, HandlerState>();

function stateOf(options: WebhookHandlerOptions): HandlerState {
  let state = states.get(options);
  if (!state) {
    state = { store: options.cursorStore ?? new MemoryCursorStore(), reads: new Map() };
    states.set(options, state);
  }
  return state;
}

function reply(status: number, body: string): WebhookReply {
  return { status, body, headers: { "Content-Type": "text/plain; charset=utf-8" } };
}

/** A cursor the API means to be continued from (not absent, empty or the end marker `-1`). */
function usableCursor(cursor: unknown): cursor is string | number {
  return (typeof cursor === "string" && cursor !== "" && cursor !== "-1") || typeof cursor === "number";
}

/** Reads the account's events from its stored cursor, handing each page to `onEvents` before storing the next cursor. */
async function readEvents(options: WebhookHandlerOptions, state: HandlerState, accountId: string): Promise<void> {
  const stored = await state.store.get(accountId);
  let cursor = usableCursor(stored) ? String(stored) : (options.startCursor ?? "after-auth");
  const query: WebhookEventsListOptions = {
    params: options.pageSize === undefined ? { cursor } : { cursor, page_size: options.pageSize },
  };
  let page: WebhookEventsPage;
  if (options.account) page = await (await options.account(accountId)).events.list(query);
  else if (options.client) page = await options.client.events.list(accountId, query);
  else throw new Error("handleWebhook needs a client or an account factory to read events with");
  for (;;) {
    const next = usableCursor(page.cursor) ? String(page.cursor) : cursor;
    const events = page.objects.map((object) => object.data);
    if (events.length) await options.onEvents(events, { accountId, cursor: next });
    if (next !== cursor || events.length) await state.store.set(accountId, next);
    if (!page.hasNextPage() || (next === cursor && !events.length)) return;
    cursor = next;
    page = await page.getNextPage();
  }
}

/**
 * The runtime-free core of every receiver: checks one notification (its raw body and
 * `X-Kloudless-Signature`), reads the account's new events into `onEvents`, and gives the answer
 * to send. Reads of one account run one after another. Keep one `options` object for the life
 * of the receiver: the default cursor store and the per-account queue belong to it.
 */
export async function processWebhook(
  rawBody: RawBody,
  signature: string | null | undefined,
  options: WebhookHandlerOptions,
): Promise<WebhookReply> {
  if (!signature) return reply(401, `missing ${SIGNATURE_HEADER}`);
  const bytes = bytesOf(rawBody);
  if (!(await verifyWebhook(bytes, signature, options.apiKey))) return reply(401, `invalid ${SIGNATURE_HEADER}`);
  const ok = reply(200, options.appId ?? "");
  if (bytes.length === 0) return ok; // the test request sent before the URL is saved
  const accountId = new URLSearchParams(new TextDecoder().decode(bytes)).get("account")?.trim();
  if (!accountId) return reply(400, "the body names no account");

  try {
    await scheduleRead(options, stateOf(options), accountId);
    return ok;
  } catch (error) {
    options.onError?.(error, accountId);
    return reply(500, "the events of the account could not be read or handled");
  }
}

/**
 * Reads the account's events after the read in progress, if any. Notifications that arrive while
 * one read runs share the single read queued after it: it starts later than all of them, so it
 * sees every event they announce.
 */
function scheduleRead(options: WebhookHandlerOptions, state: HandlerState, accountId: string): Promise<void> {
  let slot = state.reads.get(accountId);
  if (!slot) {
    slot = {};
    state.reads.set(accountId, slot);
  }
  const reads = slot;
  if (reads.queued) return reads.queued;
  const start = (): Promise<void> => {
    const run = readEvents(options, state, accountId).finally(() => {
      if (reads.running === run) reads.running = undefined;
      if (!reads.running && !reads.queued && state.reads.get(accountId) === reads) state.reads.delete(accountId);
    });
    reads.running = run;
    return run;
  };
  if (!reads.running) return start();
  const queued = reads.running
    .catch(() => undefined)
    .then(() => {
      reads.queued = undefined;
      return start();
    });
  reads.queued = queued;
  return queued;
}

/** Handles one webhook `Request` (POST only) and resolves to the `Response` to send. */
export async function handleWebhook(request: Request, options: WebhookHandlerOptions): Promise<Response> {
  const answer =
    request.method.toUpperCase() === "POST"
      ? await processWebhook(await request.arrayBuffer(), request.headers.get(SIGNATURE_HEADER), options)
      : {
          ...reply(405, "webhooks are POSTed"),
          headers: { "Content-Type": "text/plain; charset=utf-8", Allow: "POST" },
        };
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/**
 * A copy of `options`, checked: `apiKey`, `onEvents` and a `client` or `account` factory are
 * required (a receiver without them could only answer 500). Throws a `TypeError` naming the gap.
 * @internal Shared with the Node listener of `kloudless-ts/node`.
 */
export function checkedOptions(options: WebhookHandlerOptions): WebhookHandlerOptions {
  if (typeof options?.apiKey !== "string" || options.apiKey === "") {
    throw new TypeError("webhook receiver: apiKey must be the application's API key");
  }
  if (typeof options.onEvents !== "function") throw new TypeError("webhook receiver: onEvents must be a function");
  if (!options.client && typeof options.account !== "function") {
    throw new TypeError("webhook receiver: give a client (new Client({ apiKey })) or an account factory");
  }
  return { ...options };
}

/** A receiver bound to `options`: `(request) => Promise<Response>`, for `fetch` handlers and routers. */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const bound = checkedOptions(options);
  return (request) => handleWebhook(request, bound);
}
