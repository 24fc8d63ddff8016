/**
 * Node helpers for files: read a file from disk as upload input, and write a download to disk.
 * The only runtime code besides the emulator that uses Node built-ins; published as
 * `kloudless-ts/node`.
 *
 * ```ts
 * import { fileSource, saveToFile } from "kloudless-ts/node";
 * const file = await account.storage.files.upload({ parentId: "root", ...fileSource("big.iso") });
 * await saveToFile(await account.storage.files.download(file.data.id), "copy.iso");
 * ```
 */
import { createReadStream, createWriteStream, statSync } from "node:fs";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { InvalidParameter } from "../core/errors.ts";
import type { Response } from "../operations/response.ts";

/** A file on disk as upload input: spread it into `upload({ parentId, ...fileSource(path) })`. */
export interface FileSource {
  /** The file's bytes, read as the upload sends them. */
  data: Readable;
  /** Size in bytes (from `stat`), so that large files go through a multipart session. */
  size: number;
  /** The file's base name, the default name of the uploaded file. */
  name: string;
}

/** Options of `fileSource`. */
export interface FileSourceOptions {
  /** Bytes per chunk read from disk (default: Node's, 64 KiB). */
  highWaterMark?: number;
}

/**
 * Opens `path` for an upload: a stream of its bytes, its size and its name. The stream is read
 * once; to resume an interrupted upload, call `fileSource(path)` again.
 */
export function fileSource(path: string, options: FileSourceOptions = {}): FileSource {
  const stats = statSync(path);
  if (!stats.isFile()) throw new InvalidParameter(`${path} is not a file`, "path");
  return {
    data: createReadStream(path, options.highWaterMark ? { highWaterMark: options.highWaterMark } : {}),
    size: stats.size,
    name: basename(path),
  };
}

/** Options of `saveToFile`. */
export interface SaveToFileOptions {
  /** Stops writing (the partial file is left as written). */
  signal?: AbortSignal;
}

/**
 * Writes a download's body stream to `path` (created or truncated) with back-pressure: the
 * network is read only as fast as the disk takes the bytes. Resolves to the number of bytes
 * written once the file is closed.
 */
export async function saveToFile(
  response: Response | globalThis.Response,
  path: string,
  options: SaveToFileOptions = {},
): Promise<number> {
  const raw = response instanceof globalThis.Response ? response : response.response;
  if (raw.bodyUsed) throw new InvalidParameter("the response body was already read", "response");
  const out = createWriteStream(path);
  const source = raw.body
    ? Readable.fromWeb(raw.body as unknown as NodeWebStream<Uint8Array>)
    : Readable.from([] as Uint8Array[]);
  await pipeline(source, out, options.signal ? { signal: options.signal } : {});
  return out.bytesWritten;
}
