/**
 * What `onProgress` of an upload or a download is told: counts that only grow and end at the
 * total, however many requests (parts, attempts of a part) carry the bytes.
 */
import type { Progress } from "../core/request-options.ts";

/** Reports progress that only grows, and always ends with `loaded === total`. */
export class ProgressTracker {
  private last = -1;
  constructor(
    private readonly callback: ((progress: Progress) => void) | undefined,
    private total: number | undefined,
  ) {}

  /** Reports `loaded` if it is more than was reported so far. */
  report(loaded: number): void {
    if (!this.callback || loaded <= this.last) return;
    this.last = loaded;
    this.callback({ loaded, total: this.total });
  }

  /** The last report: `{ loaded: total, total }`, unless it was just sent with the same total. */
  finish(total: number): void {
    const known = this.total === total;
    this.total = total;
    if (!this.callback || (this.last === total && known)) return;
    this.last = total;
    this.callback({ loaded: total, total });
  }
}

/**
 * The progress of a multipart upload: the bytes of parts done (stored, or skipped on resume)
 * plus what fetch has read of each part in flight. An attempt of a part counts from zero and
 * its count replaces the part's, so a retried part never counts its bytes twice.
 */
export class PartsProgress {
  /** Bytes of parts done. */
  done = 0;
  readonly #reading = new Map<number, number>();
  constructor(private readonly tracker: ProgressTracker) {}

  /** Part `n`'s current attempt has had `loaded` of its bytes read. */
  reading(n: number, loaded: number): void {
    this.#reading.set(n, loaded);
    this.#report();
  }

  /** Part `n` (`length` bytes) is done: stored, or already held by the resumed session. */
  finished(n: number, length: number): void {
    this.#reading.delete(n);
    this.done += length;
    this.#report();
  }

  /** Part `n` failed: what its attempts read no longer counts. */
  dropped(n: number): void {
    this.#reading.delete(n);
  }

  #report(): void {
    let total = this.done;
    for (const bytes of this.#reading.values()) total += bytes;
    this.tracker.report(total);
  }
}
