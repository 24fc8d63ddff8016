/**
 * Reading the parts of a multipart upload from its source: views of bytes, slices of a Blob,
 * or a stream read into part buffers (reused through a pool, so memory stays at the parts in
 * flight); parts the resumed session holds are skipped, not read into memory.
 */
import { InvalidParameter } from "../../core/errors.ts";
import type { Source } from "../upload-source.ts";
import type { Layout } from "./plan.ts";

/** One part, read. */
export interface Part {
  /** Part number, 1-based. */
  n: number;
  /** What to send; absent for a part the session already holds. */
  body: Uint8Array | Blob | undefined;
  length: number;
  /** Whether no part follows. */
  last: boolean;
  /** Hands the part's buffer back to the pool, once it is sent (or failed). */
  release(): void;
}

const nothing = (): void => undefined;

/** Reads the parts of one upload, in order. */
export class PartReader {
  readonly #pool: Uint8Array[] = [];
  constructor(
    private readonly source: Source,
    private readonly layout: Layout,
    private readonly completed: ReadonlySet<number>,
  ) {}

  /**
   * Part `n`, or `undefined` when a stream of unknown size ended before it. Data shorter or
   * longer than the `size` given is refused with an `InvalidParameter` naming `size`.
   */
  async read(n: number): Promise<Part | undefined> {
    const { source, layout } = this;
    const { count, size, partSize } = layout;
    const want = layout.lengthOf(n);
    const start = (n - 1) * partSize;
    const held = this.completed.has(n);
    const last = count !== undefined && n === count;
    if (source.kind === "bytes") {
      const body = held ? undefined : source.bytes.subarray(start, start + want);
      return { n, body, length: want, last, release: nothing };
    }
    if (source.kind === "blob") {
      return {
        n,
        body: held ? undefined : source.blob.slice(start, start + want),
        length: want,
        last,
        release: nothing,
      };
    }
    const buffer = held ? undefined : (this.#pool.pop() ?? new Uint8Array(partSize));
    const release = buffer ? () => this.#pool.push(buffer) : nothing;
    try {
      const length = buffer ? await source.reader.fill(buffer, want) : await source.reader.skip(want);
      let ends = last;
      if (count === undefined) {
        if (length === 0) {
          release();
          return undefined;
        }
        ends = length < partSize;
      } else if (length < want) {
        throw new InvalidParameter(`data ended after ${start + length} bytes but size is ${size}`, "size");
      }
      if (last && (await source.reader.read())) {
        throw new InvalidParameter(`data holds more than size (${size}) bytes`, "size");
      }
      return { n, body: buffer?.subarray(0, length), length, last: ends, release };
    } catch (error) {
      release();
      throw error;
    }
  }
}
