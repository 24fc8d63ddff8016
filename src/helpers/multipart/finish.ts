/**
 * How a multipart upload ends: checkpoints as it goes, then the session completed, or, on
 * failure, kept for a resume (a failure more attempts might cure) or aborted (anything else,
 * and the caller's abort).
 */
import { Aborted, APIError, ConnectionError, TimedOut } from "../../core/errors.ts";
import { type AttemptFailure, isRetryable } from "../../core/retry.ts";
import type { Item } from "../../operations/response.ts";
import { type FileData, type MultipartResume, MultipartUploadError } from "../transfers.ts";
import type { UploadContext } from "../upload-single.ts";
import type { Source } from "../upload-source.ts";
import { type Session, sessionParams } from "./plan.ts";

/** One multipart upload under way: what its ending needs. */
export interface MultipartRun {
  upload: UploadContext;
  source: Source;
  session: Session;
  /** Parts the session holds. */
  completed: Set<number>;
}

const sorted = (parts: Set<number>): number[] => [...parts].sort((a, b) => a - b);

/**
 * Reports what resuming needs now, to `multipart.onCheckpoint`. Calls are chained, never
 * overlapping, so that a callback writing a file is never raced by the next part's; one that
 * throws ends the upload.
 */
export class Checkpoints {
  #chain: Promise<void> = Promise.resolve();
  constructor(
    private readonly run: MultipartRun,
    private readonly onCheckpoint: ((resume: MultipartResume) => void | Promise<void>) | undefined,
  ) {}

  /** Queues a checkpoint of the parts stored so far; resolves once it (and those before) ran. */
  save(): Promise<void> {
    const { onCheckpoint, run } = this;
    if (!onCheckpoint) return this.#chain;
    this.#chain = this.#chain.then(() =>
      onCheckpoint({ sessionId: run.session.id, completedParts: sorted(run.completed) }),
    );
    return this.#chain;
  }
}

/** The transport's view of a failed request, from the error it threw. */
function failureOf(error: unknown): AttemptFailure | undefined {
  if (error instanceof Aborted) return undefined;
  if (error instanceof TimedOut) return { kind: "timeout" };
  if (error instanceof ConnectionError) return { kind: "connection", refused: false, notSent: false };
  if (error instanceof APIError) {
    return { kind: "status", status: error.status, retryAfter: error.headers.get("retry-after") };
  }
  return undefined;
}

/** Whether more attempts might cure the failure (connection, timeout, 408, 429, 5xx). */
function isTransient(error: unknown): boolean {
  const failure = failureOf(error);
  return !!failure && isRetryable("PUT", failure);
}

/** Aborts the session (without the caller's signal, which may be what ended the upload). */
async function abortSession({ upload, session }: MultipartRun): Promise<boolean> {
  try {
    await upload.host.call("storage.multipart.abort", [session.id, { ...upload.shared, signal: undefined }]);
    return true;
  } catch (error) {
    // Already gone counts as aborted.
    return error instanceof APIError && error.status === 404;
  }
}

/**
 * Ends a failed upload: a resumable `MultipartUploadError` when more attempts might cure
 * `error` (the session is kept), otherwise the session is aborted and the error says so; the
 * caller's abort rejects with `Aborted`. `partial`: parts were still to send.
 */
export async function failUpload(run: MultipartRun, error: unknown, partial: boolean): Promise<never> {
  const { upload, source, session } = run;
  const signal = upload.shared.signal;
  const aborted = signal?.aborted || error instanceof Aborted;
  const resumable = !aborted && isTransient(error);
  if (source.kind === "stream") await source.reader.cancel(error);
  const sessionAborted = resumable ? false : await abortSession(run);
  if (aborted) {
    throw error instanceof Aborted ? error : new Aborted(undefined, { cause: signal?.reason });
  }
  const parts = sorted(run.completed);
  const what = partial ? `after ${parts.length} part(s)` : "at completion";
  const name = upload.name;
  throw new MultipartUploadError(
    resumable
      ? `the multipart upload of ${name} was interrupted ${what}; resume it with multipart: error.resume (session ${session.id})`
      : `the multipart upload of ${name} failed ${what}; session ${session.id} ${sessionAborted ? "was aborted" : "could not be aborted"}`,
    { sessionId: session.id, completedParts: parts, partSize: session.partSize, resumable, sessionAborted },
    { cause: error },
  );
}

/** Completes the session into the file; a failure ends the upload as `failUpload` says. */
export async function completeUpload(run: MultipartRun, size: number): Promise<Item<FileData>> {
  const { upload, session } = run;
  let result: Item<FileData>;
  try {
    result = (await upload.host.call("storage.multipart.complete", [
      session.id,
      { ...upload.shared, params: sessionParams(upload) },
    ])) as Item<FileData>;
  } catch (error) {
    return failUpload(run, error, false);
  }
  upload.progress.finish(size);
  return result;
}
