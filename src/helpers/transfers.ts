/**
 * The public face of uploads and downloads: their options, defaults and errors, and `toBlob`.
 * The machinery (src/helpers/files.ts) is loaded on the first upload or download, so that it costs
 * nothing in a bundle that never transfers a file.
 */
import type { components } from "../../generated/schema.ts";
import { KloudlessError } from "../core/errors.ts";
import type { BodyData, Progress, RequestOptions } from "../core/request-options.ts";
import type { Response } from "../operations/response.ts";

const MiB = 1024 * 1024;

/** Size above which an upload of known size goes through a multipart session (32 MiB). */
export const DEFAULT_MULTIPART_THRESHOLD = 32 * MiB;
/** Parts in flight at once when the session allows parallel uploads (2). */
export const DEFAULT_UPLOAD_CONCURRENCY = 2;
/** Bytes of parts held in memory at once, whatever `concurrency` says (32 MiB; at least one part). */
export const DEFAULT_MAX_BUFFERED_BYTES = 32 * MiB;
/**
 * What `multipart.partRetries` defaulted to before parts were retried by the transport (3).
 * @deprecated Unused: a part is retried like any request, `maxRetries` times (the upload's,
 * else the client's) unless `multipart.partRetries` says otherwise.
 */
export const DEFAULT_PART_RETRIES = 3;

/** A file as the API describes it. */
export type FileData = components["schemas"]["File"];

/** What an upload can read from: `BodyData` (a string, bytes, a Blob or File, a web stream, an async iterable). */
export type UploadData = BodyData;

/**
 * Request options that apply to every request of an upload or a download: `headers`,
 * `timeout` (per attempt, so per part), `maxRetries` (parts included, unless
 * `multipart.partRetries` is given), `impersonateUserId` and `apiVersion`.
 */
export type TransferRequestOptions = Pick<
  RequestOptions,
  "headers" | "timeout" | "maxRetries" | "impersonateUserId" | "apiVersion"
>;

/**
 * Settings of the multipart path of an upload. Given as an object, the size still decides
 * (`threshold: 0` forces a session for any known size); `multipart: true` always uses one.
 */
export interface MultipartOptions {
  /** Uploads of known size above this many bytes use a session (default 32 MiB). */
  threshold?: number;
  /**
   * Parts in flight at once (default 2). Used only when the session says `parallel_uploads`;
   * otherwise parts go one by one. Each part in flight is held in memory (for its retries).
   */
  concurrency?: number;
  /**
   * Caps the memory of parts in flight: no more than this many bytes of parts at once, however
   * large `concurrency` is, but always at least one part (default 32 MiB).
   */
  maxBufferedBytes?: number;
  /**
   * Retries of a failed part before the upload is interrupted: the part's `maxRetries`. Parts
   * are retried by the client's rules (backoff, `Retry-After`, the retryable statuses);
   * absent, as many times as any request (the upload's `maxRetries`, else the client's).
   */
  partRetries?: number;
  /**
   * Resume this session (from `MultipartUploadError.sessionId`) instead of starting one. Give the
   * same data again, from its beginning.
   */
  sessionId?: string | number;
  /** Parts already stored in the resumed session (`MultipartUploadError.completedParts`); not sent again. */
  completedParts?: readonly number[];
  /**
   * Called when the session is open (before any part is sent) and after each part it stores,
   * with what `multipart` needs to resume. Persist it, and a process that dies mid-upload can
   * resume with `multipart: { ...saved }` and send only the parts missing. Calls never overlap
   * (the next waits for a returned promise) and the upload completes only after the last one; a
   * callback that throws fails the upload (and aborts the session).
   */
  onCheckpoint?: (resume: MultipartResume) => void | Promise<void>;
}

/** Arguments of `account.storage.files.upload`. */
export interface UploadOptions extends TransferRequestOptions {
  /** ID of the destination folder, or `root`. */
  parentId: string;
  /** Name of the new file. */
  name: string;
  /** The file's contents; streams are read as they are sent, never whole. */
  data: UploadData;
  /** `true` replaces a same-named file in the folder; otherwise a clash gets a renamed file. */
  overwrite?: boolean;
  /**
   * Size in bytes. Known anyway for strings, bytes and Blobs; give it for streams, so that the
   * threshold applies and the session can check it (a stream of another length fails).
   */
  size?: number;
  /**
   * Called as bytes are sent: `loaded` only grows and the last call has `loaded === total`. In
   * browsers, bytes and Blobs report per finished part, or once at the end of a single request.
   */
  onProgress?: (progress: Progress) => void;
  /** Cancels the upload; a multipart session is aborted too. */
  signal?: AbortSignal;
  /**
   * `true`: always use a multipart session; `false`: never; an object: the size decides, with
   * these settings (and `sessionId` resumes). Streams of unknown size use one request unless
   * this asks for a session.
   */
  multipart?: boolean | MultipartOptions;
}

/** Arguments of `account.storage.files.download` besides the file ID. */
export interface DownloadOptions extends TransferRequestOptions {
  /** Called as bytes of the body are read; `total` comes from `Content-Length` when sent. */
  onProgress?: (progress: Progress) => void;
  /** Cancels the request and the body stream. */
  signal?: AbortSignal;
  /** Query parameters. */
  params?: RequestOptions["params"];
}

/** Where to resume an interrupted multipart upload: pass it as `multipart`. */
export interface MultipartResume {
  /** The session to resume. */
  sessionId: string | number;
  /** Parts the session already holds, not sent again. */
  completedParts: number[];
}

/**
 * A multipart upload failed after its session was created. With `resumable`, the session was
 * kept: upload the same data again with `multipart: error.resume` (or `{ sessionId,
 * completedParts }`) and only the missing parts are sent. Otherwise the session was aborted
 * (`sessionAborted`). `cause` holds the error of the failed request.
 */
export class MultipartUploadError extends KloudlessError {
  static override defaultMessage = "The multipart upload failed.";
  /** The session's ID. */
  readonly sessionId: string | number;
  /** Numbers of the parts the session holds, ascending. */
  readonly completedParts: number[];
  /** The session's `part_size`. */
  readonly partSize: number;
  /** Whether the session was kept so that the upload can resume. */
  readonly resumable: boolean;
  /** Whether the SDK aborted the session (false when it was kept, or the abort failed). */
  readonly sessionAborted: boolean;

  constructor(
    message: string,
    details: {
      sessionId: string | number;
      completedParts: number[];
      partSize: number;
      resumable: boolean;
      sessionAborted: boolean;
    },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.sessionId = details.sessionId;
    this.completedParts = details.completedParts;
    this.partSize = details.partSize;
    this.resumable = details.resumable;
    this.sessionAborted = details.sessionAborted;
  }

  /** `{ sessionId, completedParts }`, to pass as `multipart` when uploading again. */
  get resume(): MultipartResume {
    return { sessionId: this.sessionId, completedParts: [...this.completedParts] };
  }
}

/**
 * The whole body of a download as a Blob (browsers: for object URLs and saving), typed by the
 * response's `Content-Type`. Reads the body; use the stream (`response.body`) for large files.
 */
export async function toBlob(response: Response | globalThis.Response): Promise<Blob> {
  const raw = response instanceof globalThis.Response ? response : response.response;
  return raw.blob();
}
