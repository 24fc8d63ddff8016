/**
 * The idle timeout of a download: a body handed back unread (downloads, raw responses) errors
 * when no chunk arrives for the attempt's timeout. Loaded by src/core/transport.ts with the first
 * such body, so that apps reading only JSON do not carry it.
 */
import { Aborted, ConnectionError, TimedOut, timeoutReason } from "./errors.ts";

const ignore = (): void => undefined;

/**
 * A stream that errors with `TimedOut` when no chunk arrives for `ms` milliseconds (the
 * source is cancelled, which closes the connection). Any other failure of the source (a reset,
 * a body shorter than its `Content-Length`) errors it with `ConnectionError`, and a caller
 * abort with `Aborted`, so a cut download never looks complete.
 */
export function idleTimeoutStream(
  source: ReadableStream<Uint8Array>,
  ms: number,
  userSignal: AbortSignal | undefined,
  cleanup: () => void,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let idle: Error | undefined;
  // One timer per `ms` rather than one per chunk (a fast download reads thousands of chunks a
  // second): it measures only the time spent waiting for a chunk, never a slow consumer.
  let waitingSince: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    timer = undefined;
    if (waitingSince === undefined) return;
    const waited = Date.now() - waitingSince;
    if (waited >= ms) {
      idle = timeoutReason(`no data received for ${ms} ms`);
      reader.cancel(idle).catch(ignore);
    } else timer = setTimeout(check, ms - waited);
  };
  const stopTimer = (): void => {
    waitingSince = undefined;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, error: unknown): void => {
    stopTimer();
    cleanup();
    controller.error(
      userSignal?.aborted
        ? new Aborted(undefined, { cause: userSignal.reason ?? error })
        : idle
          ? new TimedOut(idle.message, { cause: idle })
          : new ConnectionError("the download was interrupted", { cause: error }),
    );
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      waitingSince = Date.now();
      timer ??= setTimeout(check, ms);
      try {
        const { value, done } = await reader.read();
        waitingSince = undefined;
        // A cancelled source ends as if complete: the reason decides.
        if (done && idle) fail(controller, idle);
        else if (done) {
          stopTimer();
          cleanup();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        fail(controller, error);
      }
    },
    cancel(reason) {
      stopTimer();
      cleanup();
      return reader.cancel(reason);
    },
  });
}
