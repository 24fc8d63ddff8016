/**
 * Options every request accepts, on every object that can send one (`Client`, `Account`,
 * `Resource`, `ResourceList`) and on every generated method.
 */
import type { Middleware } from "openapi-fetch";

/** A query parameter value; arrays repeat the parameter, `undefined` and `null` omit it. */
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

/**
 * A request body: a string, bytes, a Blob or File, a web `ReadableStream`, or any async
 * iterable of bytes (a Node stream). Streams are sent as they are read, never buffered whole.
 */
export type BodyData =
  | string
  | ArrayBuffer
  | ArrayBufferView
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>;

/** Progress of an upload or a download. */
export interface Progress {
  /** Bytes transferred so far. */
  loaded: number;
  /** Total bytes, when known. */
  total: number | undefined;
}

/** Per-request options. */
export interface RequestOptions {
  /**
   * Values of the path's `{placeholders}` (`{ file_id: "..." }` for `storage/files/{file_id}`),
   * each sent as one percent-encoded segment; a placeholder left unfilled is an `InvalidParameter`.
   */
  path?: Record<string, string | number>;
  /** Query parameters; merged over any query string in the path. */
  params?: Record<string, QueryValue>;
  /** A JSON body (sent as `application/json`). */
  json?: unknown;
  /** A raw body (sent as `application/octet-stream` unless `headers` set a type). */
  data?: BodyData;
  /** Extra headers for this request; they win over the client's default headers. */
  headers?: Record<string, string>;
  /** API version of this request only (e.g. `2` sends to `/v2/...`). */
  apiVersion?: number | string;
  /** Ask for the upstream object under `raw` (`X-Kloudless-Raw-Data`). */
  getRawData?: boolean;
  /** Headers Kloudless forwards upstream (`X-Kloudless-Raw-Headers`, sent as JSON). */
  rawHeaders?: Record<string, string>;
  /** Act as this team user (`X-Kloudless-As-User`); needs an admin account. */
  impersonateUserId?: string | number;
  /** Resolve to the fetch `Response` untouched instead of a wrapper. */
  getRawResponse?: boolean;
  /** Cancels the request (and a download's body stream). */
  signal?: AbortSignal;
  /**
   * openapi-fetch middleware for this call only, run after the client's (`client.api.use(...)`):
   * `onRequest` sees the request (with its `operationId`), `onResponse` the answer.
   */
  middleware?: Middleware[];
  /** Milliseconds before the request fails with `TimedOut`; for downloads, between chunks. */
  timeout?: number;
  /** Retries of this request on retryable failures (see `docs/errors-and-retries.md`). */
  maxRetries?: number;
  /** Called as the request body is sent, when its size can be tracked. */
  onUploadProgress?: (progress: Progress) => void;
}
