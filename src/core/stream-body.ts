/**
 * Stream request bodies: a caller's ReadableStream or async iterable sent without reading it
 * into memory, and upload progress counted as fetch reads the body. Loaded on the first such
 * body (src/core/body.ts), so that apps sending only JSON do not carry it.
 */

import { InvalidParameter } from "./errors.ts";
import type { PreparedBody } from "./prepared-body.ts";
import type { BodyData, Progress } from "./request-options.ts";

const encoder = new TextEncoder();

/**
 * Streams the SDK made itself over a caller's source (src/helpers/upload-single.ts), whose
 * source their maker cancels on failure: sent as they are, without the pass-through that
 * `release` needs for a caller's own stream (one layer less for every chunk of a large upload).
 */
export const ownStreams = new WeakSet<ReadableStream<Uint8Array>>();

export function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array | string> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/**
 * Where a counting stream reads from: the next chunk, `undefined` at the end (the upload
 * helpers' reader of a caller's source has this shape, and `bytesSource` makes one over bytes).
 */
export interface ChunkSource {
  read(): Promise<Uint8Array | undefined>;
  cancel(reason: unknown): Promise<void>;
}

/** Size of the pieces a byte body is handed to fetch in. */
const BYTES_CHUNK = 1024 * 1024;

/**
 * The chunks of `bytes`, as views of it (no copy): fetch copies a byte body it is given whole
 * (and keeps that copy for a redirect), a stream of views costs the bytes alone.
 */
export function bytesSource(bytes: Uint8Array): ChunkSource {
  let offset = 0;
  return {
    read: async () => {
      if (offset >= bytes.byteLength) return undefined;
      const end = Math.min(bytes.byteLength, offset + BYTES_CHUNK);
      const chunk = bytes.subarray(offset, end);
      offset = end;
      return chunk;
    },
    cancel: async () => undefined,
  };
}

function readerSource(stream: ReadableStream<Uint8Array>): ChunkSource {
  const reader = stream.getReader();
  return {
    read: async () => {
      const { value, done } = await reader.read();
      return done ? undefined : value;
    },
    cancel: (reason) => reader.cancel(reason),
  };
}

/**
 * The SDK's one progress-counting stream: `onRead` sees the count of bytes read after each
 * chunk (before it is passed on), and `onEnd` the total once the source ends. Upload progress
 * here, download progress and size checks in src/helpers/. A callback that throws errors the
 * stream with its error and cancels the source. It reads only when its reader asks
 * (`highWaterMark: 0`), so the count is what fetch (or the caller) has taken.
 */
export function countingStream(
  source: ReadableStream<Uint8Array> | ChunkSource,
  onRead: (loaded: number) => void,
  onEnd?: (loaded: number) => void,
): ReadableStream<Uint8Array> {
  const chunks = source instanceof ReadableStream ? readerSource(source) : source;
  let loaded = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = await chunks.read();
        try {
          if (chunk === undefined) {
            onEnd?.(loaded);
            controller.close();
            return;
          }
          loaded += chunk.byteLength;
          onRead(loaded);
        } catch (error) {
          chunks.cancel(error).catch(() => undefined);
          throw error;
        }
        controller.enqueue(chunk);
      },
      cancel: (reason) => chunks.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}

/** A pass-through of `source` whose reader this module keeps, so that `release` can cancel it. */
function releasableStream(source: ReadableStream<Uint8Array>): Pick<PreparedBody, "make" | "release"> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return {
    make: () => {
      if (source.locked) throw new InvalidParameter("data: the stream is locked (already being read)", "data");
      const taken = source.getReader();
      reader = taken;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { value, done } = await taken.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
        cancel: (reason) => taken.cancel(reason),
      });
    },
    release: (reason) => {
      reader?.cancel(reason).catch(() => undefined);
    },
  };
}

/** A stream reading `iterable`, whose iterator `release` ends (destroying a Node stream). */
function releasableIterable(iterable: AsyncIterable<Uint8Array | string>): Pick<PreparedBody, "make" | "release"> {
  let iterator: AsyncIterator<Uint8Array | string> | undefined;
  return {
    make: () => {
      const taken = iterable[Symbol.asyncIterator]();
      iterator = taken;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { value, done } = await taken.next();
          if (done) controller.close();
          else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
        },
        async cancel(reason) {
          await taken.return?.(reason);
        },
      });
    },
    release: (reason) => {
      Promise.resolve(iterator?.return?.(reason)).catch(() => undefined);
    },
  };
}

/**
 * Prepares a stream or async iterable `data` (`prepared` undefined), or adds progress counting
 * to an already prepared body.
 */
export function streamBody(
  data: BodyData,
  prepared: PreparedBody | undefined,
  onProgress: ((progress: Progress) => void) | undefined,
): PreparedBody {
  const octets = "application/octet-stream";
  if (!prepared) {
    let source: Pick<PreparedBody, "make" | "release">;
    if (typeof ReadableStream !== "undefined" && data instanceof ReadableStream) {
      source = ownStreams.has(data) ? { make: () => data } : releasableStream(data);
    } else if (isAsyncIterable(data)) {
      source = releasableIterable(data);
    } else {
      throw new InvalidParameter("data must be a string, bytes, a Blob, a ReadableStream or an async iterable", "data");
    }
    prepared = { ...source, contentType: octets, length: undefined, replayable: false, streaming: true };
  }
  if (!onProgress) return prepared;
  if (typeof Blob !== "undefined" && data instanceof Blob && prepared.replayable) {
    // A Blob can be read again, so it stays replayable even when counted.
    return {
      ...prepared,
      make: () => countingStream(data.stream(), (loaded) => onProgress({ loaded, total: data.size })),
      streaming: true,
    };
  }
  const inner = prepared.make;
  const length = prepared.length;
  const count = (loaded: number): void => onProgress({ loaded, total: length });
  return {
    ...prepared,
    streaming: true,
    make: () => {
      const body = inner();
      if (body instanceof Uint8Array) return countingStream(bytesSource(body), count);
      const stream = body instanceof ReadableStream ? body : new Response(body).body;
      return stream ? countingStream(stream, count) : body;
    },
  };
}
