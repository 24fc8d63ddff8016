/**
 * What an upload reads from: bytes, a Blob, or a caller's stream read chunk by chunk (never
 * whole), checked against the `size` the caller gave.
 */
import { InvalidParameter } from "../core/errors.ts";
import type { ChunkSource } from "../core/stream-body.ts";
import type { UploadData } from "./transfers.ts";

const encoder = new TextEncoder();

function toBytes(value: unknown): Uint8Array {
  if (typeof value === "string") return encoder.encode(value);
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer as ArrayBuffer, value.byteOffset, value.byteLength);
  throw new InvalidParameter(`data: a stream gave a chunk that is not bytes (${typeof value})`, "data");
}

/** Reads a stream chunk by chunk, with one chunk of push-back (parts rarely end on a chunk edge). */
export class ChunkReader implements ChunkSource {
  #pending: Uint8Array | undefined;
  #ended = false;
  constructor(
    private readonly next: () => Promise<Uint8Array | undefined>,
    private readonly close: (reason: unknown) => Promise<void>,
  ) {}

  /** A reader of a web stream or an async iterable. */
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

  /** Puts back the rest of a chunk, to be read first. */
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

/** An upload's data: its bytes or Blob whole, or a reader of its stream (of `size` when given). */
export type Source =
  | { kind: "bytes"; bytes: Uint8Array; size: number }
  | { kind: "blob"; blob: Blob; size: number }
  | { kind: "stream"; reader: ChunkReader; size: number | undefined };

/** The source of `data`; a `size` that is not a byte count, or not the data's, is refused naming `size`. */
export function sourceOf(data: UploadData, size: number | undefined): Source {
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
