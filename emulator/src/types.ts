/**
 * The contract between the emulator's server and its per-area handlers.
 *
 * The server matches a request to an operation of the bundled spec, validates it,
 * authenticates it and resolves its account; a handler then only implements behaviour.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { Readable } from "node:stream";
import type { BlobRef } from "./blob-store.ts";
import type { ErrorReply } from "./replies.ts";

export type { Handler, HandlerTable } from "./replies.ts";

/** A connected account held by the emulator. */
export interface AccountRecord {
  /** Numeric Kloudless account ID. */
  id: number;
  /** Display identifier, usually an e-mail address. */
  account: string;
  /** Service identifier, e.g. `dropbox` or `google_calendar`. */
  service: string;
  /** Friendly service name, e.g. `Dropbox`. */
  serviceName: string;
  /** APIs the account offers, e.g. `["storage"]` or `["calendar"]`. */
  apis: string[];
  /** Bearer tokens that grant this account. */
  tokens: string[];
  /** Whether the account was connected as an admin (enables team APIs and impersonation). */
  admin: boolean;
  active: boolean;
  created: string;
  modified: string;
  customProperties: Record<string, unknown>;
  /** Expiry of the upstream access token (`token_expiry`), null when unknown or none. */
  tokenExpiry?: string | null;
  /** Expiry of the upstream refresh token (`refresh_token_expiry`), null when unknown or none. */
  refreshTokenExpiry?: string | null;
}

/** How the request was authenticated. */
export type Auth =
  | { kind: "bearer"; token: string; accountId: number }
  | { kind: "apiKey"; key: string; appId: string }
  | { kind: "meta"; token: string }
  | { kind: "none" };

/** A validated request, as handlers see it. */
export interface EmuRequest {
  method: string;
  /** Path after the `/v1` prefix, e.g. `/accounts/me/storage/files`. */
  path: string;
  /** operationId of the matched spec operation, e.g. `storage.files.retrieve`. */
  operationId: string;
  /** Path parameters by their spec name (`account_id`, `file_id`, ...), percent-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The raw request body (empty when there is none, and for a streamed upload). */
  body: Buffer;
  /**
   * The body of a binary upload (file upload, new contents, multipart part), streamed to the
   * blob store instead of memory. Held until the handler returns, so a handler keeps it by
   * referencing it from the state.
   */
  upload?: BlobRef;
  /** The parsed body for JSON and form requests. */
  json?: unknown;
  auth: Auth;
  /** The account named by `{account_id}` (`me` resolved), for account-scoped operations. */
  account?: AccountRecord;
  /**
   * Every account named by a comma-separated `{account_id}` (`123,456`), in order, on the list
   * operations that accept several; `account` is the first. Otherwise just `[account]`.
   */
  accounts?: AccountRecord[];
  /**
   * The path, query and header parameters the spec declares, typed by their schema (`"25"` →
   * 25, `"true"` → true) with the spec's defaults filled in, keyed by the spec's parameter name
   * (header names as the spec spells them). Always set by the server.
   */
  args?: Record<string, unknown>;
  /** `X-Kloudless-As-User`, when given. */
  asUser?: string;
  /** Whether `X-Kloudless-Raw-Data: true` was sent. */
  rawData: boolean;
  /** A unique request ID, also sent back in `X-Request-Id` and error bodies. */
  requestId: string;
}

/** A reply as the server writes it, whatever its operation (handlers answer `ReplyOf<Op>`). */
export interface EmuReply {
  status: number;
  /** A JSON body. */
  json?: unknown;
  /** A raw body, for downloads and pass-through echoes. */
  body?: Buffer | Readable;
  headers?: Record<string, string>;
}

/** A change recorded in an account's activity log. */
export interface ActivityInput {
  /** `add`, `delete`, `update`, `rename`, `move`, `copy`, `restore`. */
  type: string;
  /** The object after the change (File, Folder or calendar event JSON). */
  metadata: unknown;
  previousMetadata?: unknown;
  userId?: string | null;
}

/** Services the server offers to handlers. */
export interface EmuContext {
  /** The emulator's base URL, without `/v1` (e.g. `http://127.0.0.1:8002`). */
  baseUrl: string;
  /** Records an activity event for `account`. */
  recordActivity(account: AccountRecord, event: ActivityInput): void;
  /** Builds a Kloudless error reply (`status_code`, `error_code`, `message`, `id`). */
  error(status: number, errorCode: string, message: string, extra?: Record<string, unknown>): ErrorReply;
}
