/**
 * Turns a request body (`json` or `data`) into what fetch sends, without reading streams
 * into memory, and says whether it can be sent again (retries need that). Stream bodies, upload
 * progress and the refusal of anything else are handled by src/core/stream-body.ts, loaded when first
 * needed.
 */
import { InvalidParameter } from "./errors.ts";
import type { PreparedBody } from "./prepared-body.ts";
import type { BodyData, Progress } from "./request-options.ts";

export type { PreparedBody } from "./prepared-body.ts";

const encoder = new TextEncoder();

function fixed(body: BodyInit, length: number, contentType: string | undefined): PreparedBody {
  return { make: () => body, contentType, length, replayable: true, streaming: false };
}

/** Prepares `json` or `data` (not both) for sending. */
export async function prepareBody(
  json: unknown,
  data: BodyData | undefined,
  onProgress?: (progress: Progress) => void,
): Promise<PreparedBody | undefined> {
  if (json !== undefined && data !== undefined) {
    throw new InvalidParameter("pass either json or data, not both", "json");
  }
  if (json !== undefined) {
    const text = JSON.stringify(json);
    return fixed(text, encoder.encode(text).byteLength, "application/json");
  }
  if (data === undefined) return undefined;
  const octets = "application/octet-stream";
  let prepared: PreparedBody | undefined;
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
  }
  if (prepared && !onProgress) return prepared;
  return (await import("./stream-body.ts")).streamBody(data, prepared, onProgress);
}
