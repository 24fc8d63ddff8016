/**
 * Sending one part: a request of the transport like any other, so its retries are the
 * client's (`maxRetries`, backoff, `Retry-After`, the retryable statuses) and middleware sees
 * it. The part's bytes or Blob are a replayable body: each attempt reads them afresh, through
 * a new progress-counting stream where request bodies can stream.
 */
import { streamsBodies } from "../../core/platform.ts";
import type { RequestOptions } from "../../core/request-options.ts";
import type { UploadContext } from "../upload-single.ts";
import type { Part } from "./read.ts";

/**
 * Sends `part` to session `sessionId`. `onRead` gets the bytes the current attempt has sent
 * (from zero again when an attempt restarts); `maxRetries`, when given, replaces the upload's.
 */
export async function sendPart(
  upload: UploadContext,
  sessionId: string | number,
  part: Part & { body: Uint8Array | Blob },
  maxRetries: number | undefined,
  onRead: (loaded: number) => void,
): Promise<void> {
  const { shared } = upload;
  const options: RequestOptions = { ...shared, data: part.body, params: { part_number: part.n } };
  if (maxRetries !== undefined) options.maxRetries = maxRetries;
  if (streamsBodies()) {
    // Sent as a stream of views of the part (fetch copies a byte body it is given whole) that
    // says its length, so the server gets no chunked body. Browsers would send a stream only
    // over HTTP/2: there the part goes as it is, and counts once stored.
    options.headers = { ...shared.headers, "Content-Length": String(part.length) };
    options.onUploadProgress = (progress) => onRead(progress.loaded);
  }
  await upload.host.call("storage.multipart.uploadPart", [sessionId, options]);
}
