/**
 * A resumed multipart upload failed at completion with a 500 (ENOENT): a part the killed process
 * had sent arrived late and replaced the part the resumed run sent, and the request's checkpoint
 * reclaimed the replaced blob while `storage.multipart.complete` was still joining the parts.
 * A blob being read is held until its file is open, and the parts being joined are held.
 */
import { expect, it } from "vitest";
import { BlobStore } from "../../src/blob-store.ts";

async function text(stream: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

it("a blob read is not reclaimed before its file is open", async () => {
  const store = BlobStore.temporary();
  const ref = store.putBytes(Buffer.from("part one"));
  store.release(ref); // nothing references it any more...
  const reading = store.read(ref); // ...but a reader has started
  store.collect(new Set()); // a checkpoint of another request
  expect(await text(reading)).toBe("part one");
  // Once read, it is reclaimed by the next checkpoint.
  store.collect(new Set());
  await expect(text(store.read(ref))).rejects.toThrow(/ENOENT/);
});

it("a held blob survives checkpoints until released", async () => {
  const store = BlobStore.temporary();
  const ref = store.putBytes(Buffer.from("part two"));
  store.release(ref);
  store.hold(ref);
  store.collect(new Set());
  expect(await text(store.read(ref))).toBe("part two");
  store.release(ref);
  store.collect(new Set());
  await expect(text(store.read(ref))).rejects.toThrow(/ENOENT/);
});
