/**
 * Reading request bodies under a cap: small bodies into one Buffer, binary uploads streamed
 * into the blob store, so that neither a huge JSON body nor a huge upload costs the emulator
 * more memory than a few chunks. A body past its cap is answered 413 without reading further.
 */
import type { IncomingMessage } from "node:http";
import type { BlobRef, BlobStore, BlobWriter } from "./blob-store.ts";
import { EmuError } from "./errors.ts";
import type { Exchange } from "./exchange.ts";
import type { Operation } from "./router.ts";

/** The largest request bodies the server reads, in bytes. */
export interface BodyLimits {
  /** Bodies of binary uploads (file uploads, multipart parts, `upload_url` PUTs). */
  upload: number;
  /** Every other body (JSON, forms, admin routes). */
  json: number;
}

/** Body limits by default: 512 MiB for uploads, 1 MiB for JSON. */
export const DEFAULT_BODY_LIMITS: BodyLimits = { upload: 512 * 1024 * 1024, json: 1024 * 1024 };

/**
 * Operations whose binary bodies stream to the blob store (`req.upload`) instead of memory, so
 * that an upload of any size costs the emulator no more than a few chunks.
 */
export const STREAMED_UPLOADS = new Set([
  "storage.files.upload",
  "storage.files.updateContents",
  "storage.multipart.uploadPart",
]);

/** The body limit of `operation`: the upload one for binary bodies, the JSON one otherwise. */
export function bodyLimitFor(limits: BodyLimits, operation: Operation, headers: IncomingMessage["headers"]): number {
  return isBinaryBody(operation, headers) ? limits.upload : limits.json;
}

/** Whether the request carries a binary body: the operation takes one and it is not sent as JSON or a form. */
export function isBinaryBody(operation: Operation, headers: IncomingMessage["headers"]): boolean {
  const types = Object.keys(operation.requestBody?.content ?? {});
  const structured = (t: string) =>
    t === "application/json" || t.endsWith("+json") || t === "application/x-www-form-urlencoded";
  if (!types.some((t) => !structured(t))) return false;
  const sent = String(headers["content-type"] ?? "")
    .split(";")[0]
    ?.trim()
    .toLowerCase();
  return headers["x-kloudless-metadata"] !== undefined || !structured(sent ?? "");
}

/** Streams the exchange's body into a new blob of `blobs` within `limit` bytes (413 beyond), recording its size. */
export async function receiveUpload(ex: Exchange, limit: number, blobs: BlobStore): Promise<BlobRef> {
  const upload = await receiveLimitedBody(ex.req, limit, () => blobs.writer());
  ex.bodyBytes = upload.size;
  return upload;
}

/** Reads the exchange's body within `limit` bytes (413 beyond), recording its size. */
export async function readBody(ex: Exchange, limit: number): Promise<Buffer> {
  const body = await readLimitedBody(ex.req, limit);
  ex.bodyBytes = body.length;
  return body;
}

/** The 400 of a client that left before sending its whole body. */
function clientGone(): EmuError {
  return new EmuError(400, "request_failed", "The client closed the connection before sending the whole body.");
}

/** The 413 of a body past `limit`; the connection is closed after it, the rest left unread. */
function tooLargeError(limit: number): EmuError {
  return new EmuError(
    413,
    "request_too_large",
    `The request body is larger than the emulator accepts here (${limit} bytes).`,
    {},
    { Connection: "close" },
  );
}

/**
 * Reads a request body of at most `limit` bytes into one Buffer, chunk by chunk. A larger body
 * (by its `Content-Length`, or once its bytes pass the limit) is refused with 413
 * `request_too_large` without reading further; the connection is then closed after the answer.
 */
export function readLimitedBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () => tooLargeError(limit);
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  if (declared > limit) return Promise.reject(tooLarge());
  // No body (no Content-Length or 0, not chunked): nothing to wait for, even from a client already gone.
  if (!(declared > 0) && req.headers["transfer-encoding"] === undefined) return Promise.resolve(Buffer.alloc(0));
  if (req.readableEnded) return Promise.resolve(Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    if (req.destroyed) return reject(clientGone());
    req.on("close", () => {
      if (!req.readableEnded) reject(clientGone());
    });
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on("error", () => reject(clientGone())); // "aborted": the client reset the connection
  });
}

/**
 * Streams a request body of at most `limit` bytes into a blob (the bytes never gather in
 * memory), with the refusals of `readLimitedBody`: 413 by `Content-Length` or once the bytes
 * pass the limit (the partial blob is dropped and the request left paused), 400 when the client
 * leaves early.
 */
export function receiveLimitedBody(req: IncomingMessage, limit: number, open: () => BlobWriter): Promise<BlobRef> {
  const tooLarge = () => tooLargeError(limit);
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  if (declared > limit) return Promise.reject(tooLarge());
  const writer = open();
  const empty = (!(declared > 0) && req.headers["transfer-encoding"] === undefined) || req.readableEnded;
  if (empty) return writer.finish();
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (err: EmuError | undefined, ref?: BlobRef) => {
      if (settled) return;
      settled = true;
      if (err) {
        writer.abort();
        reject(err);
      } else resolve(ref as BlobRef);
    };
    if (req.destroyed) return settle(clientGone());
    req.on("close", () => {
      if (!req.readableEnded) settle(clientGone());
    });
    const onData = (chunk: Buffer) => {
      if (writer.size + chunk.length > limit) {
        req.off("data", onData);
        req.pause();
        settle(tooLarge());
        return;
      }
      if (!writer.write(chunk)) {
        req.pause();
        writer.drain().then(
          () => req.resume(),
          () => settle(new EmuError(507, "insufficient_storage", "The emulator could not store the upload.")),
        );
      }
    };
    req.on("data", onData);
    req.on("end", () => {
      if (settled) return;
      writer.finish().then(
        (ref) => settle(undefined, ref),
        () => settle(new EmuError(507, "insufficient_storage", "The emulator could not store the upload.")),
      );
    });
    req.on("error", () => settle(clientGone())); // "aborted": the client reset the connection
  });
}

/** Reads a request body to its end without keeping it; resolves with its size in bytes. */
export function discardBody(req: IncomingMessage): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    if (req.destroyed) return resolve(0);
    req.on("close", () => resolve(size)); // the client left before the end
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
    });
    req.on("end", () => resolve(size));
    req.on("error", reject);
  });
}
