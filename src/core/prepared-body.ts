/**
 * What a request body becomes before fetch sends it: made by src/core/body.ts (strings, bytes, Blobs,
 * JSON) and src/core/stream-body.ts (streams, async iterables, upload progress), sent by the transport.
 */

/**
 * What fetch takes as a body. Spelled through `RequestInit`, which Node's own types declare too,
 * so the declarations compile without the DOM library.
 */
export type FetchBody = NonNullable<RequestInit["body"]>;

/** A body ready for fetch. */
export interface PreparedBody {
  /** Builds the body for one attempt; replayable bodies build a fresh one each time. */
  make(): FetchBody | undefined;
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
