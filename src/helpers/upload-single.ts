/**
 * An upload in one request (`storage.files.upload`): the body is the caller's data as it is,
 * or a counting stream over their stream that checks it against `size`.
 */
import { InvalidParameter } from "../core/errors.ts";
import { streamsBodies } from "../core/platform.ts";
import type { BodyData, Progress, RequestOptions } from "../core/request-options.ts";
import { countingStream, ownStreams } from "../core/stream-body.ts";
import type { HelperHost } from "../operations/helper-host.ts";
import type { Item } from "../operations/response.ts";
import type { ProgressTracker } from "./progress.ts";
import type { FileData, TransferRequestOptions } from "./transfers.ts";
import type { Source } from "./upload-source.ts";

/** What every request of one upload shares. */
export interface UploadContext {
  host: HelperHost;
  /** Request options of every request of the upload. */
  shared: TransferRequestOptions & { signal?: AbortSignal };
  name: string;
  parentId: string;
  overwrite: boolean | undefined;
  progress: ProgressTracker;
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

/** Uploads `source` in one request. */
export async function uploadSingle(upload: UploadContext, source: Source): Promise<Item<FileData>> {
  const { host, shared, progress } = upload;
  let sizeError: InvalidParameter | undefined;
  let streamed = 0;
  let data: BodyData;
  let onUploadProgress: ((p: Progress) => void) | undefined;
  if (source.kind === "stream") {
    const size = source.size;
    const refuse = (message: string): never => {
      sizeError = new InvalidParameter(message, "size");
      throw sizeError;
    };
    const stream = countingStream(
      source.reader,
      (loaded) => {
        if (size !== undefined && loaded > size) refuse(`data holds more than size (${size}) bytes`);
        streamed = loaded;
        progress.report(loaded);
      },
      (loaded) => {
        if (size !== undefined && loaded !== size) refuse(`data ended after ${loaded} bytes but size is ${size}`);
      },
    );
    ownStreams.add(stream);
    data = stream;
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
    headers: { ...shared.headers, ...length, "X-Kloudless-Metadata": metadataHeader(upload.name, upload.parentId) },
    data,
    ...(upload.overwrite !== undefined ? { params: { overwrite: upload.overwrite } } : {}),
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
