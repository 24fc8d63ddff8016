/**
 * The concurrency limit of a client (`maxConcurrency`): requests beyond it wait in line.
 * Loaded by src/core/transport.ts when a client with a limit sends its first request.
 */
import { Aborted } from "./errors.ts";

/** Slots for requests in flight; a request without a free slot waits in line. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  /**
   * Takes a slot, waiting in line when none is free. A caller abort while waiting leaves the
   * line at once with `Aborted` (the request is never sent, no slot is taken).
   */
  acquire(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(new Aborted(undefined, { cause: signal.reason }));
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const take = (): void => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = (): void => {
        const index = this.waiting.indexOf(take);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(new Aborted(undefined, { cause: signal?.reason }));
      };
      this.waiting.push(take);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Gives the slot to the next in line, or frees it. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}
