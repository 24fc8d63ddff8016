/**
 * Files at scale: the runtime helpers behind `account.storage.files.upload` and `download`
 * (`x-kloudless-helper` in the spec, see spec/README.md).
 *
 * Uploads take a string, bytes, a Blob or File, a web `ReadableStream` or an async iterable (a
 * Node stream) and never read a stream whole. Small files go in one request
 * (upload-single.ts); large ones (above `multipart.threshold`, default 32 MiB, when the size is
 * known; or on request) go through a multipart session (multipart/: plan, read, send, finish),
 * whose parts are requests of the transport like any other, retried by its rules. Downloads
 * stream, with progress from `Content-Length`.
 *
 * No Node built-in: this runs in any fetch runtime (`src/node/files.ts` adds file paths).
 */
import { InvalidParameter } from "../core/errors.ts";
import { countingStream } from "../core/stream-body.ts";
import type { HelperHost } from "../operations/helper-host.ts";
import type { Item, Response } from "../operations/response.ts";
import { wholeNumber } from "./arguments.ts";
import { partLimits } from "./multipart/plan.ts";
import { uploadMultipart } from "./multipart/upload.ts";
import { ProgressTracker } from "./progress.ts";
import {
  DEFAULT_MULTIPART_THRESHOLD,
  type DownloadOptions,
  type FileData,
  type MultipartOptions,
  type UploadOptions,
} from "./transfers.ts";
import { type UploadContext, uploadSingle } from "./upload-single.ts";
import { sourceOf } from "./upload-source.ts";

/** `account.storage.files.upload(...)`: see `UploadOptions`. */
export async function uploadFile(host: HelperHost, options: UploadOptions): Promise<Item<FileData>> {
  if (options === null || typeof options !== "object") {
    throw new InvalidParameter("upload takes an options object { parentId, name, data }", "options");
  }
  const { parentId, name, data, overwrite, size, onProgress, signal, multipart } = options;
  if (typeof parentId !== "string" || !parentId)
    throw new InvalidParameter("parentId must be a folder ID or root", "parentId");
  if (typeof name !== "string" || !name) throw new InvalidParameter("name must be a non-empty string", "name");
  if (data === undefined || data === null) throw new InvalidParameter("data is required", "data");
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw new InvalidParameter("onProgress must be a function", "onProgress");
  }
  const settings: MultipartOptions = typeof multipart === "object" && multipart !== null ? multipart : {};
  const threshold = wholeNumber(settings.threshold, DEFAULT_MULTIPART_THRESHOLD, "multipart.threshold");
  partLimits(settings);
  const source = sourceOf(data, size);
  const shared = {
    headers: options.headers,
    timeout: options.timeout,
    maxRetries: options.maxRetries,
    impersonateUserId: options.impersonateUserId,
    apiVersion: options.apiVersion,
    signal,
  };
  const upload: UploadContext = {
    host,
    shared,
    name,
    parentId,
    overwrite,
    progress: new ProgressTracker(onProgress, source.size),
  };
  const useMultipart =
    multipart === true ||
    settings.sessionId !== undefined ||
    (multipart !== false && source.size !== undefined && source.size > threshold);
  if (!useMultipart) return uploadSingle(upload, source);
  return uploadMultipart(upload, source, settings);
}

// ---------------------------------------------------------------------------------------------
// Downloads

/** `account.storage.files.download(id, ...)`: see `DownloadOptions`. */
export async function downloadFile(host: HelperHost, fileId: string, options: DownloadOptions = {}): Promise<Response> {
  if (options === null || typeof options !== "object") {
    throw new InvalidParameter("the last argument of download must be an options object", "options");
  }
  const { onProgress, ...request } = options;
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw new InvalidParameter("onProgress must be a function", "onProgress");
  }
  const result = (await host.call("storage.files.download", [
    fileId,
    { ...request, getRawResponse: false },
  ])) as Response;
  const raw = result.response;
  if (onProgress && raw.body) {
    const length = raw.headers.get("content-length");
    const total = length !== null && /^\d+$/.test(length) ? Number(length) : undefined;
    const tracker = new ProgressTracker(onProgress, total);
    const body = countingStream(
      raw.body,
      (loaded) => tracker.report(loaded),
      (loaded) => tracker.finish(loaded),
    );
    result.response = new globalThis.Response(body, {
      status: raw.status,
      statusText: raw.statusText,
      headers: raw.headers,
    });
  }
  return result;
}
