/**
 * One measured phase of the files benchmark, in a process of its own (bench/files.ts bundles
 * this file with the SDK into plain JavaScript and runs it with `node`, so the RSS measured is
 * the SDK's and Node's, not a TypeScript loader's).
 *
 *   node client.mjs <phase> <url> <token> <sizeMiB> [fileId]
 *
 * Prints one JSON line: bytes, milliseconds, MiB/s, RSS before the transfer and peak RSS
 * (sampled every 50 ms), and the new file's ID for uploads.
 */
import { Account } from "../src/index.ts";

const MiB = 1024 * 1024;

/** The phases a client can run. */
export type Phase =
  | "raw-upload"
  | "raw-multipart-upload"
  | "sdk-upload"
  | "sdk-upload-single"
  | "raw-download"
  | "sdk-download";

/** What one client process measured. */
export interface PhaseResult {
  phase: Phase;
  bytes: number;
  ms: number;
  mibPerSec: number;
  /** RSS once the SDK and fetch were loaded and warmed up, before the transfer. */
  startRssMiB: number;
  peakRssMiB: number;
  /** CPU time of this client process (user + system) during the transfer, milliseconds. */
  cpuMs: number;
  fileId?: string;
}

/** Size of the generated chunks (as a Node file stream reads them: 64 KiB). */
const CHUNK = Number(process.env.BENCH_FILES_CHUNK_KIB ?? 64) * 1024;

/** `size` bytes as `CHUNK`-byte chunks made on demand (a random block, stamped with the chunk index). */
async function* generated(size: number): AsyncGenerator<Uint8Array> {
  const block = new Uint8Array(CHUNK);
  crypto.getRandomValues(block.subarray(0, Math.min(CHUNK, 65_536)));
  for (let at = 65_536; at < CHUNK; at += 65_536) block.copyWithin(at, 0, 65_536);
  for (let sent = 0, index = 0; sent < size; sent += CHUNK, index++) {
    const chunk = block.slice(0, Math.min(CHUNK, size - sent));
    new DataView(chunk.buffer).setFloat64(0, index);
    yield chunk;
  }
}

function webStreamOf(iterable: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = iterable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
}

async function drain(body: ReadableStream<Uint8Array> | null): Promise<number> {
  let bytes = 0;
  if (!body) return bytes;
  const reader = body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return bytes;
    bytes += value.byteLength;
  }
}

/**
 * The multipart protocol with plain fetch, as a caller would write it without the SDK: init,
 * parts of `part_size` read from the stream into buffers and PUT as bytes, as many in flight as
 * the SDK's default (2), then complete.
 */
async function rawMultipart(url: string, auth: Record<string, string>, name: string, size: number): Promise<string> {
  const base = `${url}/v1/accounts/me/storage/multipart`;
  const init = await fetch(base, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({ name, parent_id: "root", size }),
  });
  const session = (await init.json()) as { id: number; part_size: number };
  const partSize = session.part_size;
  const source = generated(size)[Symbol.asyncIterator]();
  let pending: Uint8Array | undefined;
  const inflight = new Set<Promise<void>>();
  for (let n = 1, offset = 0; offset < size; n++) {
    while (inflight.size >= 2) await Promise.race(inflight);
    const length = Math.min(partSize, size - offset);
    const part = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      const chunk = pending ?? (await source.next()).value!;
      const take = Math.min(chunk.byteLength, length - filled);
      part.set(chunk.subarray(0, take), filled);
      filled += take;
      pending = take < chunk.byteLength ? chunk.subarray(take) : undefined;
    }
    offset += length;
    const task: Promise<void> = fetch(`${base}/${session.id}?part_number=${n}`, {
      method: "PUT",
      headers: { ...auth, "content-type": "application/octet-stream" },
      body: part,
    })
      .then(async (r) => {
        await r.arrayBuffer();
        if (!r.ok) throw new Error(`part ${n}: ${r.status}`);
      })
      .finally(() => inflight.delete(task));
    inflight.add(task);
  }
  await Promise.all(inflight);
  const complete = await fetch(`${base}/${session.id}/complete`, { method: "POST", headers: auth });
  const file = (await complete.json()) as { id: string; size: number };
  if (!complete.ok || file.size !== size) throw new Error(`raw multipart complete failed: ${complete.status}`);
  return file.id;
}

async function main(): Promise<void> {
  const [phase, url, token, sizeMiB, fileId] = process.argv.slice(2) as [Phase, string, string, string, string?];
  const size = Number(sizeMiB) * MiB;
  const account = new Account({ token, baseUrl: url, timeout: 600_000 });
  const name = `${phase}-${Date.now()}.bin`;
  const auth = { authorization: `Bearer ${token}` };
  // Warm up the connection pools and the code paths of both.
  await account.get("storage/folders/{folder_id}", { path: { folder_id: "root" } });
  await fetch(`${url}/v1/accounts/me/storage/folders/root`, { headers: auth }).then((r) => r.arrayBuffer());

  const rss = (): number => process.memoryUsage.rss();
  const startRss = rss();
  let peak = startRss;
  let atPeak = process.memoryUsage();
  const sampler = setInterval(() => {
    const now = rss();
    if (now > peak) {
      peak = now;
      if (process.env.BENCH_FILES_DEBUG) atPeak = process.memoryUsage();
    }
  }, 50);

  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  let bytes = size;
  let newId: string | undefined;
  if (phase === "raw-upload") {
    // The best raw fetch can do: `redirect: "error"` keeps undici from teeing (buffering) the body.
    // It states the length, as the SDK does for a source of known size: the same request on the wire.
    const response = await fetch(`${url}/v1/accounts/me/storage/files`, {
      method: "POST",
      headers: {
        ...auth,
        "content-type": "application/octet-stream",
        "content-length": String(size),
        "x-kloudless-metadata": JSON.stringify({ name, parent_id: "root" }),
      },
      body: webStreamOf(generated(size)),
      duplex: "half",
      redirect: "error",
    } as RequestInit);
    const file = (await response.json()) as { id: string; size: number };
    if (!response.ok || file.size !== size) throw new Error(`raw upload failed: ${response.status}`);
    newId = file.id;
  } else if (phase === "raw-multipart-upload") {
    newId = await rawMultipart(url, auth, name, size);
  } else if (phase === "sdk-upload" || phase === "sdk-upload-single") {
    const file = await account.storage.files.upload({
      parentId: "root",
      name,
      data: generated(size),
      size,
      ...(phase === "sdk-upload-single" ? { multipart: false } : {}),
    });
    if (file.data.size !== size) throw new Error(`sdk upload stored ${file.data.size} bytes`);
    newId = file.data.id;
  } else if (phase === "raw-download") {
    const response = await fetch(`${url}/v1/accounts/me/storage/files/${fileId}/contents`, { headers: auth });
    bytes = await drain(response.body);
  } else {
    const download = await account.storage.files.download(fileId!);
    bytes = await drain(download.body);
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuAtStart);
  clearInterval(sampler);
  peak = Math.max(peak, rss());
  if (bytes !== size) throw new Error(`${phase}: ${bytes} bytes transferred, expected ${size}`);
  if (process.env.BENCH_FILES_DEBUG) {
    const mib = (n: number) => (n / MiB).toFixed(1);
    process.stderr.write(
      `${phase} at peak RSS: heapUsed ${mib(atPeak.heapUsed)} MiB, heapTotal ${mib(atPeak.heapTotal)} MiB, external ${mib(atPeak.external)} MiB, arrayBuffers ${mib(atPeak.arrayBuffers)} MiB\n`,
    );
  }
  const result: PhaseResult = {
    phase,
    bytes,
    ms: Math.round(ms),
    mibPerSec: Number((bytes / MiB / (ms / 1000)).toFixed(1)),
    startRssMiB: Number((startRss / MiB).toFixed(1)),
    peakRssMiB: Number((peak / MiB).toFixed(1)),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    ...(newId ? { fileId: newId } : {}),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/files-client.ts: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
