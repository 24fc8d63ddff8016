/**
 * Files at scale: the runtime helpers behind `account.storage.files.upload` and `download`
 * (`x-kloudless-helper` in the spec, see spec/README.md), and `toBlob`.
 *
 * Uploads take a string, bytes, a Blob or File, a web `ReadableStream` or an async iterable (a
 * Node stream) and never read a stream whole. Small files go in one request with the
 * `X-Kloudless-Metadata` header built here; large ones (above `multipart.threshold`, default
 * 32 MiB, when the size is known; or on request) go through a multipart session: init, parts of
 * the session's `part_size` uploaded in parallel up to `concurrency` (2; and `maxBufferedBytes`,
 * 32 MiB, of parts held at once) when the session allows `parallel_uploads`, each part retried on
 * its own, complete. A failure that more attempts might
 * cure (connection, timeout, 408, 429, 5xx) keeps the session and throws a resumable
 * `MultipartUploadError` naming the session and the finished parts; any other failure, and the
 * caller's abort, abort the session. Downloads stream, with progress from `Content-Length`.
 *
 * No Node built-in: this runs in any fetch runtime (`src/node/files.ts` adds file paths).
 */
import type { components } from "../../generated/schema.ts";
import { Aborted, APIError, ConnectionError, InvalidParameter, KloudlessError, TimedOut } from "../core/errors.ts";
import { isBrowser } from "../core/platform.ts";
import type { BodyData, Progress, RequestOptions } from "../core/request-options.ts";
import { type AttemptFailure, DEFAULT_RETRY, isRetryable, retryDelay } from "../core/retry.ts";
import { sleep } from "../core/sleep.ts";
import { countingStream, ownStreams } from "../core/stream-body.ts";
import type { HelperHost } from "../operations/helper-host.ts";
import type { Item, Response, ResponseJson } from "../operations/response.ts";
import {
  DEFAULT_MAX_BUFFERED_BYTES,
  DEFAULT_MULTIPART_THRESHOLD,
  DEFAULT_PART_RETRIES,
  DEFAULT_UPLOAD_CONCURRENCY,
  type DownloadOptions,
  type FileData,
  type MultipartOptions,
  MultipartUploadError,
  type TransferRequestOptions,
  type UploadData,
  type UploadOptions,
} from "./transfers.ts";

// ---------------------------------------------------------------------------------------------
// Sources

const encoder = new TextEncoder();

function toBytes(value: unknown): Uint8Array {
  if (typeof value === "string") return encoder.encode(value);
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer as ArrayBuffer, value.byteOffset, value.byteLength);
  throw new InvalidParameter(`data: a stream gave a chunk that is not bytes (${typeof value})`, "data");
}

/** Reads a stream chunk by chunk, with one chunk of push-back (parts rarely end on a chunk edge). */
class ChunkReader {
  #pending: Uint8Array | undefined;
  #ended = false;
  constructor(
    private readonly next: () => Promise<Uint8Array | undefined>,
    private readonly close: (reason: unknown) => Promise<void>,
  ) {}

  static from(data: ReadableStream<unknown> | AsyncIterable<unknown>): ChunkReader {
    if (typeof ReadableStream !== "undefined" && data instanceof ReadableStream) {
      const reader = data.getReader();
      return new ChunkReader(
        async () => {
          const { value, done } = await reader.read();
          return done ? undefined : toBytes(value);
        },
        (reason) => reader.cancel(reason),
      );
    }
    const iterator = (data as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    return new ChunkReader(
      async () => {
        const { value, done } = await iterator.next();
        return done ? undefined : toBytes(value);
      },
      async (reason) => {
        await iterator.return?.(reason);
      },
    );
  }

  /** The next non-empty chunk, or `undefined` at the end. */
  async read(): Promise<Uint8Array | undefined> {
    const pending = this.#pending;
    if (pending) {
      this.#pending = undefined;
      return pending;
    }
    while (!this.#ended) {
      const chunk = await this.next();
      if (chunk === undefined) this.#ended = true;
      else if (chunk.byteLength > 0) return chunk;
    }
    return undefined;
  }

  unread(chunk: Uint8Array): void {
    this.#pending = chunk;
  }

  /** Copies up to `want` bytes into `target`; fewer only at the end of the stream. */
  async fill(target: Uint8Array, want: number): Promise<number> {
    let filled = 0;
    while (filled < want) {
      const chunk = await this.read();
      if (!chunk) break;
      const take = Math.min(chunk.byteLength, want - filled);
      target.set(take === chunk.byteLength ? chunk : chunk.subarray(0, take), filled);
      filled += take;
      if (take < chunk.byteLength) this.unread(chunk.subarray(take));
    }
    return filled;
  }

  /** Reads past up to `want` bytes without keeping them; fewer only at the end of the stream. */
  async skip(want: number): Promise<number> {
    let skipped = 0;
    while (skipped < want) {
      const chunk = await this.read();
      if (!chunk) break;
      const take = Math.min(chunk.byteLength, want - skipped);
      skipped += take;
      if (take < chunk.byteLength) this.unread(chunk.subarray(take));
    }
    return skipped;
  }

  /** Releases the underlying stream (after a failure). */
  async cancel(reason: unknown): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    this.#pending = undefined;
    await this.close(reason).catch(() => undefined);
  }
}

type Source =
  | { kind: "bytes"; bytes: Uint8Array; size: number }
  | { kind: "blob"; blob: Blob; size: number }
  | { kind: "stream"; reader: ChunkReader; size: number | undefined };

function sourceOf(data: UploadData, size: number | undefined): Source {
  if (size !== undefined && !(Number.isSafeInteger(size) && size >= 0)) {
    throw new InvalidParameter("size must be a whole number of bytes >= 0", "size");
  }
  const sized = <S extends Source>(source: S): S => {
    if (size !== undefined && source.size !== size) {
      throw new InvalidParameter(`size is ${size} but data holds ${source.size} bytes`, "size");
    }
    return source;
  };
  if (typeof data === "string" || data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
    const bytes = toBytes(data);
    return sized({ kind: "bytes", bytes, size: bytes.byteLength });
  }
  if (typeof Blob !== "undefined" && data instanceof Blob) return sized({ kind: "blob", blob: data, size: data.size });
  if (
    (typeof ReadableStream !== "undefined" && data instanceof ReadableStream) ||
    (typeof data === "object" && data !== null && Symbol.asyncIterator in data)
  ) {
    return { kind: "stream", reader: ChunkReader.from(data as ReadableStream<unknown>), size };
  }
  throw new InvalidParameter(
    "data must be a string, bytes, a Blob, a ReadableStream or an async iterable (a Node stream)",
    "data",
  );
}

/** Reports progress that only grows, and always ends with `loaded === total`. */
class ProgressTracker {
  private last = -1;
  constructor(
    private readonly callback: ((progress: Progress) => void) | undefined,
    private total: number | undefined,
  ) {}

  report(loaded: number): void {
    if (!this.callback || loaded <= this.last) return;
    this.last = loaded;
    this.callback({ loaded, total: this.total });
  }

  /** The last report: `{ loaded: total, total }`, unless it was just sent with the same total. */
  finish(total: number): void {
    const known = this.total === total;
    this.total = total;
    if (!this.callback || (this.last === total && known)) return;
    this.last = total;
    this.callback({ loaded: total, total });
  }
}

/**
 * `X-Kloudless-Metadata` for a name and a folder: JSON with every non-ASCII character escaped
 * (`\u00fc`), so the header is plain ASCII whatever the name and any JSON parser reads it back.
 */
export function metadataHeader(name: string, parentId: string): string {
  return JSON.stringify({ name, parent_id: parentId }).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Failures and retries of parts

/** The transport's view of a failed request, from the error it threw. */
function failureOf(error: unknown): AttemptFailure | undefined {
  if (error instanceof Aborted) return undefined;
  if (error instanceof TimedOut) return { kind: "timeout" };
  if (error instanceof ConnectionError) return { kind: "connection", refused: false, notSent: false };
  if (error instanceof APIError) {
    return { kind: "status", status: error.status, retryAfter: error.headers.get("retry-after") };
  }
  return undefined;
}

/** Whether more attempts might cure the failure (connection, timeout, 408, 429, 5xx). */
function isTransient(error: unknown): boolean {
  const failure = failureOf(error);
  return !!failure && isRetryable("PUT", failure);
}

function nonNegativeInteger(value: number | undefined, fallback: number, name: string, min = 0): number {
  if (value === undefined) return fallback;
  if (!(Number.isSafeInteger(value) && value >= min)) {
    throw new InvalidParameter(`${name} must be a whole number >= ${min}`, name);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Uploads

/**
 * Whether a request body may be a stream with its own `Content-Length`: everywhere but in
 * browsers (Node, Deno, Bun, workers). Browsers send stream bodies only over HTTP/2 and set
 * `Content-Length` themselves, so there a part is sent as bytes or a Blob.
 */
const streamsBodies = (): boolean => !isBrowser();

interface Plan {
  host: HelperHost;
  shared: TransferRequestOptions & { signal?: AbortSignal };
  name: string;
  parentId: string;
  overwrite: boolean | undefined;
  progress: ProgressTracker;
}

/** `account.storage.files.upload(...)`: see `UploadOptions`. */
export async function uploadFile(host: HelperHost, options: UploadOptions): Promise<Item<FileData>> {
  if (options === null || typeof options !== "object") {
    throw new InvalidParameter("upload takes an options object { parentId, name, data }", "options");
  }
  const { parentId, name, data, overwrite, size, onProgress, signal, multipart } = options;
  if (typeof parentId !== "string" || !parentId)
    throw new InvalidParameter("parentId must be a folder ID or root", "parentId");
  if (typeof name !== "string" || !name) throw new InvalidParameter("name must be a non-empty string", "name");
  if (data === undefined || data === null) throw new InvalidParameter("data is required", "data");
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw new InvalidParameter("onProgress must be a function", "onProgress");
  }
  const settings: MultipartOptions = typeof multipart === "object" && multipart !== null ? multipart : {};
  const threshold = nonNegativeInteger(settings.threshold, DEFAULT_MULTIPART_THRESHOLD, "multipart.threshold");
  nonNegativeInteger(settings.concurrency, DEFAULT_UPLOAD_CONCURRENCY, "multipart.concurrency", 1);
  nonNegativeInteger(settings.maxBufferedBytes, DEFAULT_MAX_BUFFERED_BYTES, "multipart.maxBufferedBytes", 1);
  nonNegativeInteger(settings.partRetries, DEFAULT_PART_RETRIES, "multipart.partRetries");
  const source = sourceOf(data, size);
  const shared = {
    headers: options.headers,
    timeout: options.timeout,
    maxRetries: options.maxRetries,
    impersonateUserId: options.impersonateUserId,
    apiVersion: options.apiVersion,
    signal,
  };
  const plan: Plan = {
    host,
    shared,
    name,
    parentId,
    overwrite,
    progress: new ProgressTracker(onProgress, source.size),
  };
  const useMultipart =
    multipart === true ||
    settings.sessionId !== undefined ||
    (multipart !== false && source.size !== undefined && source.size > threshold);
  if (!useMultipart) return uploadSingle(plan, source);
  return uploadMultipart(plan, source, settings);
}

/** A web stream over a chunk reader that counts the bytes read and checks them against `size`. */
function readerStream(
  reader: ChunkReader,
  size: number | undefined,
  onRead: (loaded: number) => void,
  onMismatch: (error: InvalidParameter) => void,
): ReadableStream<Uint8Array> {
  let loaded = 0;
  const mismatch = (controller: ReadableStreamDefaultController<Uint8Array>, error: InvalidParameter): void => {
    onMismatch(error);
    controller.error(error);
    void reader.cancel(error);
  };
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await reader.read();
      if (!chunk) {
        if (size !== undefined && loaded !== size) {
          mismatch(controller, new InvalidParameter(`data ended after ${loaded} bytes but size is ${size}`, "size"));
        } else controller.close();
        return;
      }
      loaded += chunk.byteLength;
      if (size !== undefined && loaded > size) {
        mismatch(controller, new InvalidParameter(`data holds more than size (${size}) bytes`, "size"));
        return;
      }
      onRead(loaded);
      controller.enqueue(chunk);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  ownStreams.add(stream);
  return stream;
}

async function uploadSingle(plan: Plan, source: Source): Promise<Item<FileData>> {
  const { host, shared, progress } = plan;
  let sizeError: InvalidParameter | undefined;
  let streamed = 0;
  let data: BodyData;
  let onUploadProgress: ((p: Progress) => void) | undefined;
  if (source.kind === "stream") {
    data = readerStream(
      source.reader,
      source.size,
      (loaded) => {
        streamed = loaded;
        progress.report(loaded);
      },
      (error) => {
        sizeError = error;
      },
    );
  } else {
    data = source.kind === "bytes" ? source.bytes : source.blob;
    // Counting turns the body into a stream, which browsers send only over HTTP/2: there, progress
    // is reported once the upload is done.
    if (streamsBodies()) onUploadProgress = (p) => progress.report(p.loaded);
  }
  // Streamed bodies (a stream, or bytes counted for progress) still say their length where the
  // runtime lets the caller set it, so the server is not sent a chunked body of known size.
  const length: Record<string, string> =
    source.size !== undefined && streamsBodies() ? { "Content-Length": String(source.size) } : {};
  const options: RequestOptions = {
    ...shared,
    headers: { ...shared.headers, ...length, "X-Kloudless-Metadata": metadataHeader(plan.name, plan.parentId) },
    data,
    ...(plan.overwrite !== undefined ? { params: { overwrite: plan.overwrite } } : {}),
    ...(onUploadProgress ? { onUploadProgress } : {}),
  };
  let result: Item<FileData>;
  try {
    result = (await host.call("storage.files.upload", [options])) as Item<FileData>;
  } catch (error) {
    if (source.kind === "stream") await source.reader.cancel(error);
    throw sizeError ?? error;
  }
  progress.finish(source.size ?? streamed);
  return result;
}

interface Session {
  id: string | number;
  partSize: number;
  parallel: boolean;
}

/** Size of the pieces a part is handed to fetch in. */
const PART_CHUNK = 1024 * 1024;

/**
 * A part as a stream over its bytes (no copy) or its Blob, reporting the bytes fetch reads.
 * Sent with an explicit `Content-Length`, it spares fetch the copy it makes of a byte body and
 * the one it keeps for a redirect, so a part in flight costs its buffer alone.
 */
function partStream(body: Uint8Array | Blob, onRead: (bytes: number) => void): ReadableStream<Uint8Array> {
  if (body instanceof Uint8Array) {
    let offset = 0;
    return new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (offset >= body.byteLength) {
            controller.close();
            return;
          }
          const end = Math.min(body.byteLength, offset + PART_CHUNK);
          controller.enqueue(body.subarray(offset, end));
          onRead(end - offset);
          offset = end;
        },
      },
      { highWaterMark: 0 },
    );
  }
  const reader = (body.stream() as ReadableStream<Uint8Array>).getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        controller.enqueue(value);
        onRead(value.byteLength);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

async function uploadMultipart(plan: Plan, source: Source, settings: MultipartOptions): Promise<Item<FileData>> {
  const { host, shared, progress } = plan;
  const signal = shared.signal;
  const concurrencyWanted = nonNegativeInteger(
    settings.concurrency,
    DEFAULT_UPLOAD_CONCURRENCY,
    "multipart.concurrency",
    1,
  );
  const partRetries = nonNegativeInteger(settings.partRetries, DEFAULT_PART_RETRIES, "multipart.partRetries");
  const maxBuffered = nonNegativeInteger(
    settings.maxBufferedBytes,
    DEFAULT_MAX_BUFFERED_BYTES,
    "multipart.maxBufferedBytes",
    1,
  );
  const completed = new Set<number>();
  for (const n of settings.completedParts ?? []) {
    if (!(Number.isSafeInteger(n) && n >= 1)) {
      throw new InvalidParameter("multipart.completedParts must hold part numbers >= 1", "multipart.completedParts");
    }
    completed.add(n);
  }
  const onCheckpoint = settings.onCheckpoint;
  if (onCheckpoint !== undefined && typeof onCheckpoint !== "function") {
    throw new InvalidParameter("multipart.onCheckpoint must be a function", "multipart.onCheckpoint");
  }
  const params = plan.overwrite !== undefined ? { overwrite: plan.overwrite } : {};

  // A stream of unknown length may be empty: then there is nothing to split, send one request.
  if (source.kind === "stream" && source.size === undefined && settings.sessionId === undefined) {
    const first = await source.reader.read();
    if (!first) return uploadSingle(plan, { kind: "bytes", bytes: new Uint8Array(0), size: 0 });
    source.reader.unread(first);
  }

  let sessionReply: ResponseJson<components["schemas"]["MultipartSession"]>;
  try {
    sessionReply = (
      settings.sessionId !== undefined
        ? await host.call("storage.multipart.retrieve", [settings.sessionId, shared])
        : await host.call("storage.multipart.init", [
            {
              ...shared,
              json: {
                name: plan.name,
                parent_id: plan.parentId,
                ...(source.size !== undefined ? { size: source.size } : {}),
              },
              params,
            },
          ])
    ) as ResponseJson<components["schemas"]["MultipartSession"]>;
  } catch (error) {
    if (source.kind === "stream") await source.reader.cancel(error);
    throw error;
  }
  const data = sessionReply.data;
  const session: Session = {
    id: data.id,
    partSize: typeof data.part_size === "number" ? data.part_size : 0,
    parallel: data.parallel_uploads === true,
  };

  /** Request options of the session's own calls: no body, no caller signal for the abort. */
  const abortSession = async (): Promise<boolean> => {
    try {
      await host.call("storage.multipart.abort", [session.id, { ...shared, signal: undefined }]);
      return true;
    } catch (error) {
      // Already gone counts as aborted.
      return error instanceof APIError && error.status === 404;
    }
  };

  const fail = async (error: unknown, partial: boolean): Promise<never> => {
    const aborted = signal?.aborted || error instanceof Aborted;
    const resumable = !aborted && isTransient(error);
    if (source.kind === "stream") await source.reader.cancel(error);
    const sessionAborted = resumable ? false : await abortSession();
    if (aborted) {
      throw error instanceof Aborted ? error : new Aborted(undefined, { cause: signal?.reason });
    }
    const parts = [...completed].sort((a, b) => a - b);
    const what = partial ? `after ${parts.length} part(s)` : "at completion";
    throw new MultipartUploadError(
      resumable
        ? `the multipart upload of ${plan.name} was interrupted ${what}; resume it with multipart: error.resume (session ${session.id})`
        : `the multipart upload of ${plan.name} failed ${what}; session ${session.id} ${sessionAborted ? "was aborted" : "could not be aborted"}`,
      { sessionId: session.id, completedParts: parts, partSize: session.partSize, resumable, sessionAborted },
      { cause: error },
    );
  };

  if (!(Number.isSafeInteger(session.partSize) && session.partSize > 0)) {
    return fail(new KloudlessError(`multipart session ${session.id} has no valid part_size`), true);
  }
  /**
   * Reports what resuming needs now. Calls are chained, never overlapping, so that a callback
   * writing a file is never raced by the next part's; one that throws ends the upload.
   */
  let checkpoints: Promise<void> = Promise.resolve();
  const checkpoint = (): Promise<void> => {
    if (!onCheckpoint) return checkpoints;
    checkpoints = checkpoints.then(() =>
      onCheckpoint({ sessionId: session.id, completedParts: [...completed].sort((a, b) => a - b) }),
    );
    return checkpoints;
  };
  try {
    await checkpoint();
  } catch (error) {
    return fail(error, true);
  }
  const partSize = session.partSize;
  const concurrency = session.parallel
    ? Math.max(1, Math.min(concurrencyWanted, Math.floor(maxBuffered / partSize)))
    : 1;
  const size = source.size;
  const count = size !== undefined ? Math.max(1, Math.ceil(size / partSize)) : undefined;
  const lengthOf = (n: number): number =>
    count === undefined || size === undefined || n < count ? partSize : size - (count - 1) * partSize;
  const sizeError = (message: string): InvalidParameter => new InvalidParameter(message, "size");

  /** Bytes of finished (or skipped) parts; `reading` holds what fetch read of parts in flight. */
  let loaded = 0;
  const reading = new Map<number, number>();
  const report = (): void => {
    let total = loaded;
    for (const bytes of reading.values()) total += bytes;
    progress.report(total);
  };
  let failure: unknown;
  let failed = false;
  const inflight = new Set<Promise<void>>();
  const pool: Uint8Array[] = [];
  const streaming = streamsBodies();

  const sendPart = async (n: number, body: Uint8Array | Blob, length: number): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      reading.set(n, 0);
      const data = streaming
        ? partStream(body, (bytes) => {
            reading.set(n, (reading.get(n) ?? 0) + bytes);
            report();
          })
        : body;
      try {
        await host.call("storage.multipart.uploadPart", [
          session.id,
          {
            ...shared,
            data,
            params: { part_number: n },
            maxRetries: 0,
            ...(streaming ? { headers: { ...shared.headers, "Content-Length": String(length) } } : {}),
          },
        ]);
        return;
      } catch (error) {
        if (failed || attempt > partRetries || signal?.aborted) throw error;
        const failure = failureOf(error);
        const delay =
          failure && isRetryable("PUT", failure)
            ? retryDelay(DEFAULT_RETRY, attempt, failure.kind === "status" ? failure.retryAfter : null)
            : undefined;
        if (delay === undefined) throw error;
        await sleep(delay, signal);
      }
    }
  };

  for (let n = 1; !failed; n++) {
    if (count !== undefined && n > count) break;
    while (inflight.size >= concurrency) await Promise.race(inflight);
    if (failed) break;
    if (signal?.aborted) {
      failure = new Aborted(undefined, { cause: signal.reason });
      failed = true;
      break;
    }
    const want = lengthOf(n);
    const start = (n - 1) * partSize;
    let body: Uint8Array | Blob | undefined;
    let length: number;
    let buffer: Uint8Array | undefined;
    let last = count !== undefined && n === count;
    try {
      if (source.kind === "bytes") {
        body = source.bytes.subarray(start, start + want);
        length = body.byteLength;
      } else if (source.kind === "blob") {
        body = source.blob.slice(start, start + want);
        length = want;
      } else if (completed.has(n)) {
        length = await source.reader.skip(want);
        if (count === undefined) {
          if (length === 0) break;
          last = length < partSize;
        } else if (length < want) throw sizeError(`data ended after ${start + length} bytes but size is ${size}`);
      } else {
        buffer = pool.pop() ?? new Uint8Array(partSize);
        length = await source.reader.fill(buffer, want);
        if (count === undefined) {
          if (length === 0) {
            pool.push(buffer);
            break;
          }
          last = length < partSize;
        } else if (length < want) throw sizeError(`data ended after ${start + length} bytes but size is ${size}`);
        body = buffer.subarray(0, length);
      }
      if (last && count !== undefined && source.kind === "stream" && (await source.reader.read())) {
        throw sizeError(`data holds more than size (${size}) bytes`);
      }
    } catch (error) {
      if (buffer) pool.push(buffer);
      failure = error;
      failed = true;
      break;
    }
    if (completed.has(n) || body === undefined) {
      if (buffer) pool.push(buffer);
      loaded += length;
      report();
    } else {
      const partLength = length;
      const held = buffer;
      const task: Promise<void> = sendPart(n, body, partLength)
        .then(() => {
          completed.add(n);
          loaded += partLength;
          reading.delete(n);
          report();
          return checkpoint();
        })
        .then(
          () => undefined,
          (error: unknown) => {
            reading.delete(n);
            if (!failed) failure = error;
            failed = true;
          },
        )
        .finally(() => {
          if (held) pool.push(held);
          inflight.delete(task);
        });
      inflight.add(task);
    }
    if (last) break;
  }
  await Promise.all(inflight);
  if (failed) return fail(failure, true);

  let result: Item<FileData>;
  try {
    result = (await host.call("storage.multipart.complete", [session.id, { ...shared, params }])) as Item<FileData>;
  } catch (error) {
    return fail(error, false);
  }
  progress.finish(size ?? loaded);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Downloads

/** `account.storage.files.download(id, ...)`: see `DownloadOptions`. */
export async function downloadFile(host: HelperHost, fileId: string, options: DownloadOptions = {}): Promise<Response> {
  if (options === null || typeof options !== "object") {
    throw new InvalidParameter("the last argument of download must be an options object", "options");
  }
  const { onProgress, ...request } = options;
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw new InvalidParameter("onProgress must be a function", "onProgress");
  }
  const result = (await host.call("storage.files.download", [
    fileId,
    { ...request, getRawResponse: false },
  ])) as Response;
  const raw = result.response;
  if (onProgress && raw.body) {
    const length = raw.headers.get("content-length");
    const total = length !== null && /^\d+$/.test(length) ? Number(length) : undefined;
    const tracker = new ProgressTracker(onProgress, total);
    const body = countingStream(
      raw.body,
      (loaded) => tracker.report(loaded),
      (loaded) => tracker.finish(loaded),
    );
    result.response = new globalThis.Response(body, {
      status: raw.status,
      statusText: raw.statusText,
      headers: raw.headers,
    });
  }
  return result;
}
