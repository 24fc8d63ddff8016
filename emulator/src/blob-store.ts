/**
 * Where the emulator keeps file bytes: one file per blob under a directory, never in memory.
 *
 * A blob is written to `tmp/<id>.part` and renamed to `blobs/<id>` once its last byte is
 * written, so a crash mid-write leaves only a `.part` file, which the next `open` removes. Blobs
 * are immutable: changing a file's contents makes a new blob, and copying a file shares its
 * blob, so copies read no bytes at all. A blob is deleted by `collect` once nothing references
 * it and no request holds it (an upload between its last byte and the handler that keeps it).
 */
import { createHash, randomBytes } from "node:crypto";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  type WriteStream,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";

/** A stored blob: its ID (a file name under `blobs/`), size and SHA-256 (hex). */
export interface BlobRef {
  id: string;
  size: number;
  sha256: string;
}

/** A blob being written: `write` chunks (respecting backpressure), then `finish` or `abort`. */
export interface BlobWriter {
  /** Bytes written so far. */
  readonly size: number;
  /** Writes a chunk; false means wait for `drain` before the next one. */
  write(chunk: Buffer): boolean;
  /** Resolves once the writer can take more bytes. */
  drain(): Promise<void>;
  /** Flushes, renames the blob into place and resolves with it, held (see `BlobStore.release`). */
  finish(): Promise<BlobRef>;
  /** Drops the partial blob. */
  abort(): void;
}

/** A stream's bytes were more than the limit given to `put`. */
export class BlobTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
    this.name = "BlobTooLargeError";
  }
}

/** The blob files of one emulator. */
export class BlobStore {
  private readonly blobsDir: string;
  private readonly tmpDir: string;
  /** IDs of the blobs on disk. */
  private readonly known = new Set<string>();
  /** Blobs finished but not yet referenced by the state, with their hold counts. */
  private readonly holds = new Map<string, number>();

  private constructor(
    /** The directory holding `blobs/` and `tmp/`. */
    readonly dir: string,
    private readonly temporary: boolean,
  ) {
    this.blobsDir = join(dir, "blobs");
    this.tmpDir = join(dir, "tmp");
    mkdirSync(this.blobsDir, { recursive: true });
    // Partial writes of a process that died mid-upload: never acknowledged, so dropped.
    rmSync(this.tmpDir, { recursive: true, force: true });
    mkdirSync(this.tmpDir, { recursive: true });
    for (const name of readdirSync(this.blobsDir)) this.known.add(name);
  }

  /** A store in `dir` (created if missing), keeping the blobs already there. */
  static open(dir: string): BlobStore {
    return new BlobStore(dir, false);
  }

  /** A store in a new private temporary directory, removed by `close` (or when the process exits). */
  static temporary(): BlobStore {
    const dir = mkdtempSync(join(tmpdir(), "kloudless-emulator-"));
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.once("exit", removeTemporaryDirs);
    }
    temporaryDirs.add(dir);
    return new BlobStore(dir, true);
  }

  private newId(): string {
    return randomBytes(12).toString("base64url");
  }

  private finished(id: string, size: number, sha256: string): BlobRef {
    this.known.add(id);
    this.holds.set(id, (this.holds.get(id) ?? 0) + 1);
    return { id, size, sha256 };
  }

  /** Stores bytes already in memory (seeds, generated content), synchronously; the blob is held. */
  putBytes(bytes: Buffer): BlobRef {
    const id = this.newId();
    const part = join(this.tmpDir, `${id}.part`);
    writeFileSync(part, bytes);
    renameSync(part, join(this.blobsDir, id));
    return this.finished(id, bytes.length, createHash("sha256").update(bytes).digest("hex"));
  }

  /** Starts writing a blob chunk by chunk. */
  writer(): BlobWriter {
    const id = this.newId();
    const part = join(this.tmpDir, `${id}.part`);
    const out: WriteStream = createWriteStream(part);
    const hash = createHash("sha256");
    let size = 0;
    let failure: Error | undefined;
    out.on("error", (err) => {
      failure ??= err;
    });
    return {
      get size() {
        return size;
      },
      write(chunk) {
        size += chunk.length;
        hash.update(chunk);
        return out.write(chunk);
      },
      drain: () =>
        new Promise<void>((resolve, reject) => {
          if (failure) return reject(failure);
          if (!out.writableNeedDrain) return resolve();
          const onError = (err: Error) => reject(err);
          out.once("error", onError);
          out.once("drain", () => {
            out.off("error", onError);
            resolve();
          });
        }),
      finish: () =>
        new Promise<BlobRef>((resolve, reject) => {
          if (failure) {
            rmSync(part, { force: true });
            return reject(failure);
          }
          out.end((err?: Error | null) => {
            failure ??= err ?? undefined;
            if (failure) {
              rmSync(part, { force: true });
              return reject(failure);
            }
            try {
              renameSync(part, join(this.blobsDir, id));
              resolve(this.finished(id, size, hash.digest("hex")));
            } catch (err) {
              rmSync(part, { force: true });
              reject(err);
            }
          });
        }),
      abort() {
        out.destroy();
        rmSync(part, { force: true });
      },
    };
  }

  /** Stores a stream's bytes, at most `limit` of them (`BlobTooLargeError` beyond); the blob is held. */
  async put(source: Readable, limit = Number.POSITIVE_INFINITY): Promise<BlobRef> {
    const writer = this.writer();
    try {
      for await (const chunk of source) {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        if (writer.size + bytes.length > limit) throw new BlobTooLargeError(limit);
        if (!writer.write(bytes)) await writer.drain();
      }
      return await writer.finish();
    } catch (err) {
      writer.abort();
      throw err;
    }
  }

  /**
   * The blob's bytes, or those from `start` to `end` inclusive, as a stream read from its file.
   * The blob is held until the file is open (an open file outlives its unlinking), so that a
   * request replacing the blob meanwhile cannot reclaim it under the reader.
   */
  read(ref: BlobRef, range?: { start: number; end: number }): Readable {
    const path = join(this.blobsDir, ref.id);
    const stream = range ? createReadStream(path, range) : createReadStream(path);
    this.hold(ref);
    let held = true;
    const letGo = (): void => {
      if (!held) return;
      held = false;
      this.release(ref);
    };
    stream.once("open", letGo).once("close", letGo).once("error", letGo);
    return stream;
  }

  /** Takes a hold on a blob: `collect` keeps it until as many `release` calls. */
  hold(ref: BlobRef): void {
    this.holds.set(ref.id, (this.holds.get(ref.id) ?? 0) + 1);
  }

  /** Drops a hold taken by `put`, `putBytes` or `finish`, once the state references the blob (or never will). */
  release(ref: BlobRef): void {
    const count = (this.holds.get(ref.id) ?? 0) - 1;
    if (count > 0) this.holds.set(ref.id, count);
    else this.holds.delete(ref.id);
  }

  /** Deletes every blob that is neither in `referenced` nor held. */
  collect(referenced: ReadonlySet<string>): void {
    for (const id of this.known) {
      if (referenced.has(id) || this.holds.has(id)) continue;
      try {
        unlinkSync(join(this.blobsDir, id));
      } catch {
        // Already gone: nothing to reclaim.
      }
      this.known.delete(id);
    }
  }

  /** Whether the blob's file is there (a snapshot is checked against it on load). */
  has(id: string): boolean {
    return this.known.has(id) && existsSync(join(this.blobsDir, id));
  }

  /** Removes the directory of a temporary store; a store opened on a directory keeps its blobs. */
  close(): void {
    if (!this.temporary) return;
    rmSync(this.dir, { recursive: true, force: true });
    temporaryDirs.delete(this.dir);
  }
}

/** Temporary stores not closed yet: a test that forgets `close()` still leaves no directory behind. */
const temporaryDirs = new Set<string>();
let exitHookInstalled = false;

function removeTemporaryDirs(): void {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
  temporaryDirs.clear();
}
