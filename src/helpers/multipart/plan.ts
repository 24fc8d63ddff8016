/**
 * Planning a multipart upload: its settings checked, the session opened (or the resumed one
 * read), and the parts laid out: how many, how long, and how many in flight at once.
 */
import type { components } from "../../../generated/schema.ts";
import { InvalidParameter } from "../../core/errors.ts";
import type { ResponseJson } from "../../operations/response.ts";
import { wholeNumber } from "../arguments.ts";
import {
  DEFAULT_MAX_BUFFERED_BYTES,
  DEFAULT_UPLOAD_CONCURRENCY,
  type MultipartOptions,
  type MultipartResume,
} from "../transfers.ts";
import type { UploadContext } from "../upload-single.ts";
import type { Source } from "../upload-source.ts";

/** The settings that bound the parts' requests and memory. */
export interface PartLimits {
  concurrency: number;
  maxBufferedBytes: number;
  /** The parts' `maxRetries`; absent, the upload's (or the client's). */
  partRetries: number | undefined;
}

/** `multipart`'s limits, each refused naming it when it is not a whole number in range. */
export function partLimits(settings: MultipartOptions): PartLimits {
  return {
    concurrency: wholeNumber(settings.concurrency, DEFAULT_UPLOAD_CONCURRENCY, "multipart.concurrency", 1),
    maxBufferedBytes: wholeNumber(
      settings.maxBufferedBytes,
      DEFAULT_MAX_BUFFERED_BYTES,
      "multipart.maxBufferedBytes",
      1,
    ),
    partRetries:
      settings.partRetries === undefined ? undefined : wholeNumber(settings.partRetries, 0, "multipart.partRetries"),
  };
}

/** What a resumed upload starts from, and who is told of its progress. */
export interface ResumeState {
  /** Parts the session holds; grows as parts are stored. */
  completed: Set<number>;
  onCheckpoint: ((resume: MultipartResume) => void | Promise<void>) | undefined;
}

/** `multipart.completedParts` and `multipart.onCheckpoint`, checked. */
export function resumeState(settings: MultipartOptions): ResumeState {
  const completed = new Set<number>();
  for (const n of settings.completedParts ?? []) {
    if (!(Number.isSafeInteger(n) && n >= 1)) {
      throw new InvalidParameter("multipart.completedParts must hold part numbers >= 1", "multipart.completedParts");
    }
    completed.add(n);
  }
  const onCheckpoint = settings.onCheckpoint;
  if (onCheckpoint !== undefined && typeof onCheckpoint !== "function") {
    throw new InvalidParameter("multipart.onCheckpoint must be a function", "multipart.onCheckpoint");
  }
  return { completed, onCheckpoint };
}

/** The session as the upload uses it. */
export interface Session {
  id: string | number;
  /** The session's `part_size` (0 when it gave none). */
  partSize: number;
  parallel: boolean;
}

/** The query of the session's init and complete (`overwrite`, when given). */
export function sessionParams(upload: UploadContext): { overwrite?: boolean } {
  return upload.overwrite !== undefined ? { overwrite: upload.overwrite } : {};
}

/**
 * Opens a session for the upload, or reads `sessionId`'s to resume it. A failure releases a
 * stream source: no session holds anything yet that could be resumed.
 */
export async function openSession(
  upload: UploadContext,
  source: Source,
  sessionId: string | number | undefined,
): Promise<Session> {
  const { host, shared } = upload;
  let reply: ResponseJson<components["schemas"]["MultipartSession"]>;
  try {
    reply = (
      sessionId !== undefined
        ? await host.call("storage.multipart.retrieve", [sessionId, shared])
        : await host.call("storage.multipart.init", [
            {
              ...shared,
              json: {
                name: upload.name,
                parent_id: upload.parentId,
                ...(source.size !== undefined ? { size: source.size } : {}),
              },
              params: sessionParams(upload),
            },
          ])
    ) as ResponseJson<components["schemas"]["MultipartSession"]>;
  } catch (error) {
    if (source.kind === "stream") await source.reader.cancel(error);
    throw error;
  }
  const data = reply.data;
  return {
    id: data.id,
    partSize: typeof data.part_size === "number" ? data.part_size : 0,
    parallel: data.parallel_uploads === true,
  };
}

/** How the data splits into parts. */
export interface Layout {
  partSize: number;
  /** Parts in flight at once. */
  concurrency: number;
  /** Number of parts; unknown for a stream of unknown size. */
  count: number | undefined;
  /** The data's size, when known. */
  size: number | undefined;
  /** Length of part `n` (1-based); `partSize` for every part of data of unknown size. */
  lengthOf(n: number): number;
}

/**
 * The parts of `size` bytes in `session`: `undefined` when the session gave no usable
 * `part_size`. Parts go one at a time unless the session allows parallel uploads; then up to
 * `concurrency`, but never more than `maxBufferedBytes` of parts (and at least one).
 */
export function layOut(session: Session, size: number | undefined, limits: PartLimits): Layout | undefined {
  const partSize = session.partSize;
  if (!(Number.isSafeInteger(partSize) && partSize > 0)) return undefined;
  const concurrency = session.parallel
    ? Math.max(1, Math.min(limits.concurrency, Math.floor(limits.maxBufferedBytes / partSize)))
    : 1;
  const count = size !== undefined ? Math.max(1, Math.ceil(size / partSize)) : undefined;
  return {
    partSize,
    concurrency,
    count,
    size,
    lengthOf: (n) =>
      count === undefined || size === undefined || n < count ? partSize : size - (count - 1) * partSize,
  };
}
