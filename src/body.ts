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
  /**
   * For stream bodies: ends the caller's source (cancels its ReadableStream, or `return()`s its
   * iterator, which destroys a Node stream and closes its file) when the request failed before
   * fetch read it to the end. Fetch does not do it, and a file stream would stay open.
   */
  release?(reason?: unknown): void;
}

const encoder = new TextEncoder();

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array | string> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
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
    prepared = {
      ...releasableStream(data),
      contentType: octets,
      length: undefined,
      replayable: false,
      streaming: true,
    };
  } else if (isAsyncIterable(data)) {
    prepared = {
      ...releasableIterable(data),
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
