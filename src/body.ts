/**
 * Turns a request body (`json` or `data`) into what fetch sends, without reading streams
 * into memory, and says whether it can be sent again (retries need that).
 */
import { InvalidParameter } from "./errors.ts";
import type { BodyData, Progress } from "./request-options.ts";

/** A body ready for fetch. */
export interface PreparedBody {
  /** Builds the body for one attempt; replayable bodies build a fresh one each time. */
  make(): BodyInit | undefined;
  /** Default `Content-Type`. */
  contentType: string | undefined;
  /** Length in bytes, when known before sending. */
  length: number | undefined;
  /** Whether the body can be sent more than once (false for streams). */
  replayable: boolean;
  /** Whether fetch needs `duplex: "half"` (stream bodies). */
  streaming: boolean;
}

const encoder = new TextEncoder();

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array | string> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/** A web stream reading an async iterable (a Node stream) chunk by chunk, on demand. */
export function iterableToStream(iterable: AsyncIterable<Uint8Array | string>): ReadableStream<Uint8Array> {
  const iterator = iterable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

/** Wraps a stream so that `onProgress` sees the bytes as they are read. */
export function countingStream(
  source: ReadableStream<Uint8Array>,
  total: number | undefined,
  onProgress: (progress: Progress) => void,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let loaded = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      loaded += value.byteLength;
      onProgress({ loaded, total });
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

function fixed(body: BodyInit, length: number, contentType: string | undefined): PreparedBody {
  return { make: () => body, contentType, length, replayable: true, streaming: false };
}

/** Prepares `json` or `data` (not both) for sending. */
export function prepareBody(
  json: unknown,
  data: BodyData | undefined,
  onProgress?: (progress: Progress) => void,
): PreparedBody | undefined {
  if (json !== undefined && data !== undefined) {
    throw new InvalidParameter("pass either json or data, not both", "json");
  }
  if (json !== undefined) {
    const text = JSON.stringify(json);
    return fixed(text, encoder.encode(text).byteLength, "application/json");
  }
  if (data === undefined) return undefined;
  const octets = "application/octet-stream";
  let prepared: PreparedBody;
  if (typeof data === "string") {
    const bytes = encoder.encode(data);
    prepared = fixed(bytes, bytes.byteLength, octets);
  } else if (data instanceof ArrayBuffer) {
    prepared = fixed(new Uint8Array(data), data.byteLength, octets);
  } else if (ArrayBuffer.isView(data)) {
    const view = new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);
    prepared = fixed(view, view.byteLength, octets);
  } else if (typeof Blob !== "undefined" && data instanceof Blob) {
    prepared = fixed(data, data.size, data.type || octets);
    if (onProgress) {
      // A Blob can be read again, so it stays replayable even when counted.
      return { ...prepared, make: () => countingStream(data.stream(), data.size, onProgress), streaming: true };
    }
  } else if (typeof ReadableStream !== "undefined" && data instanceof ReadableStream) {
    prepared = { make: () => data, contentType: octets, length: undefined, replayable: false, streaming: true };
  } else if (isAsyncIterable(data)) {
    prepared = {
      make: () => iterableToStream(data),
      contentType: octets,
      length: undefined,
      replayable: false,
      streaming: true,
    };
  } else {
    throw new InvalidParameter("data must be a string, bytes, a Blob, a ReadableStream or an async iterable", "data");
  }
  if (!onProgress) return prepared;
  const inner = prepared.make;
  const length = prepared.length;
  return {
    ...prepared,
    streaming: true,
    make: () => {
      const body = inner();
      const stream = body instanceof ReadableStream ? body : new Response(body).body;
      return stream ? countingStream(stream, length, onProgress) : body;
    },
  };
}
