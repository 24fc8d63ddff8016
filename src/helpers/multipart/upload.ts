/**
 * A multipart upload, step by step: plan (settings, session, layout), read each part from the
 * source, send parts up to the layout's concurrency (each through the transport, which
 * retries it), then finish (checkpoints, complete; keep or abort the session on failure).
 */
import { Aborted, KloudlessError } from "../../core/errors.ts";
import type { Item } from "../../operations/response.ts";
import { PartsProgress } from "../progress.ts";
import type { FileData, MultipartOptions } from "../transfers.ts";
import { type UploadContext, uploadSingle } from "../upload-single.ts";
import type { Source } from "../upload-source.ts";
import { Checkpoints, completeUpload, failUpload, type MultipartRun } from "./finish.ts";
import { type Layout, layOut, openSession, partLimits, resumeState } from "./plan.ts";
import { PartReader } from "./read.ts";
import { sendPart } from "./send.ts";

/** Uploads `source` through a multipart session (a new one, or `settings.sessionId`'s). */
export async function uploadMultipart(
  upload: UploadContext,
  source: Source,
  settings: MultipartOptions,
): Promise<Item<FileData>> {
  const limits = partLimits(settings);
  const { completed, onCheckpoint } = resumeState(settings);
  // A stream of unknown length may be empty: then there is nothing to split, send one request.
  if (source.kind === "stream" && source.size === undefined && settings.sessionId === undefined) {
    const first = await source.reader.read();
    if (!first) return uploadSingle(upload, { kind: "bytes", bytes: new Uint8Array(0), size: 0 });
    source.reader.unread(first);
  }
  const session = await openSession(upload, source, settings.sessionId);
  const run: MultipartRun = { upload, source, session, completed };
  const layout = layOut(session, source.size, limits);
  if (!layout)
    return failUpload(run, new KloudlessError(`multipart session ${session.id} has no valid part_size`), true);
  const checkpoints = new Checkpoints(run, onCheckpoint);
  try {
    await checkpoints.save();
  } catch (error) {
    return failUpload(run, error, true);
  }
  const progress = new PartsProgress(upload.progress);
  const failure = await sendParts(run, layout, checkpoints, progress, limits.partRetries);
  if (failure) return failUpload(run, failure.error, true);
  return completeUpload(run, layout.size ?? progress.done);
}

/**
 * Reads and sends every part not yet stored, up to `layout.concurrency` at once, a checkpoint
 * after each; stops reading at the first failure and resolves, once the parts in flight
 * ended, to that failure (`undefined` when every part is stored).
 */
async function sendParts(
  run: MultipartRun,
  layout: Layout,
  checkpoints: Checkpoints,
  progress: PartsProgress,
  maxRetries: number | undefined,
): Promise<{ error: unknown } | undefined> {
  const signal = run.upload.shared.signal;
  const reader = new PartReader(run.source, layout, run.completed);
  const inflight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  for (let n = 1; layout.count === undefined || n <= layout.count; n++) {
    while (inflight.size >= layout.concurrency) await Promise.race(inflight);
    if (failure) break;
    if (signal?.aborted) {
      failure = { error: new Aborted(undefined, { cause: signal.reason }) };
      break;
    }
    let part: Awaited<ReturnType<PartReader["read"]>>;
    try {
      part = await reader.read(n);
    } catch (error) {
      failure = { error };
      break;
    }
    if (!part) break;
    const { body, length, last } = part;
    if (body === undefined) progress.finished(n, length);
    else {
      const sent = { ...part, body };
      const task: Promise<void> = sendPart(run.upload, run.session.id, sent, maxRetries, (loaded) =>
        progress.reading(n, loaded),
      )
        .then(() => {
          run.completed.add(n);
          progress.finished(n, length);
          return checkpoints.save();
        })
        .then(
          () => undefined,
          (error: unknown) => {
            progress.dropped(n);
            failure ??= { error };
          },
        )
        .finally(() => {
          sent.release();
          inflight.delete(task);
        });
      inflight.add(task);
    }
    if (last) break;
  }
  await Promise.all(inflight);
  return failure;
}
