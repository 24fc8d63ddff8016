/**
 * The runtime matrix's smoke scenario (test/runtimes/run.ts), plain JavaScript so that every
 * runtime runs it as it is: Node, Bun, Deno, a Cloudflare Worker (bundled) and Chromium. It is
 * given the SDK module (each runtime imports the package its own way) and an emulator, and runs:
 * a client, a paged folder listing, a retrieve, uploads of bytes (one request, and multipart with
 * progress) and of a stream downloaded back, a typed 404, a timeout and a caller's abort,
 * `getRawData`, the OAuth first-leg URL (Web Crypto) and the logger's level (environment).
 *
 * Resolves to `{ sdkVersion, steps: [{ name, ok, detail? }] }`; never rejects.
 */

/**
 * @param {typeof import("../../src/index.ts")} sdk
 * @param {{ baseUrl: string, token: string, logLevel?: string }} emulator `logLevel`: the level
 *   `logger` must report (what `KLOUDLESS_LOG` says where the runtime lets the SDK read it)
 */
/** The file the matrix's emulator holds for 10 s before answering (run.ts's latency fault). */
export const HANG_ID = "smoke-hang";

export async function smoke(sdk, { baseUrl, token, logLevel = "warn" }) {
  /** @type {{ name: string, ok: boolean, detail?: string }[]} */
  const steps = [];
  const step = async (name, body) => {
    try {
      const detail = await body();
      steps.push(detail === true || detail === undefined ? { name, ok: true } : { name, ok: false, detail });
    } catch (error) {
      steps.push({ name, ok: false, detail: `${error?.name ?? "Error"}: ${error?.message ?? String(error)}` });
    }
  };
  const expect = (ok, detail) => (ok ? true : String(detail));

  let account;
  await step("client", () => {
    account = new sdk.Account({ token, baseUrl, maxRetries: 0 });
    return expect(sdk.logger.getLevel() === logLevel, `logger level ${sdk.logger.getLevel()}, not ${logLevel}`);
  });
  if (!account) return { sdkVersion: sdk.VERSION, steps };

  let fileId;
  await step("paged listing", async () => {
    const first = await account.get("storage/folders/{folder_id}/contents", {
      path: { folder_id: "root" },
      params: { page_size: 2 },
    });
    let pages = 1;
    let count = first.objects.length;
    for (let page = first; page.hasNextPage(); pages++) {
      page = await page.getNextPage();
      count += page.objects.length;
    }
    const names = [];
    for await (const item of first) {
      names.push(item.data.name);
      if (item.data.type === "file" && !fileId) fileId = item.data.id;
    }
    return expect(
      first instanceof sdk.ResourceList && pages > 1 && count === names.length && fileId,
      `${pages} pages, ${count} items, iterated ${names.length}`,
    );
  });

  await step("retrieve", async () => {
    const file = await account.storage.files.retrieve(fileId);
    return expect(file instanceof sdk.Resource && file.data.id === fileId && file.data.raw === undefined, file.data.id);
  });

  await step("upload and download bytes", async () => {
    const bytes = new Uint8Array(70_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
    const uploaded = await account.storage.files.upload({ parentId: "root", name: "smoke.bin", data: bytes });
    const download = await account.storage.files.download(uploaded.data.id);
    const back = new Uint8Array(await download.arrayBuffer());
    const same = back.length === bytes.length && back.every((b, i) => b === bytes[i]);
    return expect(uploaded.data.size === bytes.length && same, `sent ${bytes.length}, got ${back.length}`);
  });

  await step("multipart upload with progress", async () => {
    const bytes = new Uint8Array(70_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + (i >> 9)) & 0xff;
    const events = [];
    const uploaded = await account.storage.files.upload({
      parentId: "root",
      name: "smoke-multipart.bin",
      data: bytes,
      multipart: true,
      onProgress: (p) => events.push(p.loaded),
    });
    const back = new Uint8Array(await (await account.storage.files.download(uploaded.data.id)).arrayBuffer());
    const same = back.length === bytes.length && back.every((b, i) => b === bytes[i]);
    const grows = events.every((loaded, i) => i === 0 || loaded > events[i - 1]);
    return expect(same && grows && events.at(-1) === bytes.length, `got ${back.length}; progress ${events.join(",")}`);
  });

  // Browsers send stream bodies over HTTP/2 only, and the emulator speaks HTTP/1.1.
  const browser = typeof globalThis.document !== "undefined";
  await step(browser ? "upload a ReadableStream (skipped: HTTP/1.1)" : "upload a ReadableStream", async () => {
    if (browser) return true;
    const chunks = ["streamed ", "upload ", "ü ✓"].map((t) => new TextEncoder().encode(t));
    const size = chunks.reduce((n, c) => n + c.length, 0);
    const data = new ReadableStream({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const uploaded = await account.storage.files.upload({ parentId: "root", name: "stream.txt", data, size });
    const back = await (await account.storage.files.download(uploaded.data.id)).text();
    return expect(uploaded.data.size === size && back === "streamed upload ü ✓", `${uploaded.data.size}: ${back}`);
  });

  await step("typed 404", async () => {
    const error = await account.storage.files.retrieve("no-such-file").then(
      () => undefined,
      (e) => e,
    );
    return expect(
      error instanceof sdk.NotFound && error.name === "NotFound" && error.status === 404,
      `${error?.name}: ${error?.message}`,
    );
  });

  // The emulator of the matrix holds `smoke-hang` for 10 s (a latency fault, run.ts).
  await step("a timeout aborts the request", async () => {
    const started = Date.now();
    const error = await account.storage.files.retrieve(HANG_ID, { timeout: 200 }).then(
      () => undefined,
      (e) => e,
    );
    const ms = Date.now() - started;
    return expect(error instanceof sdk.TimedOut && ms < 5_000, `${error?.name}: ${error?.message} after ${ms} ms`);
  });

  await step("a caller's abort stops the request", async () => {
    const controller = new AbortController();
    const reason = new Error("the caller gave up");
    setTimeout(() => controller.abort(reason), 100);
    const error = await account.storage.files.retrieve(HANG_ID, { signal: controller.signal }).then(
      () => undefined,
      (e) => e,
    );
    return expect(error instanceof sdk.Aborted && error.cause === reason, `${error?.name}: ${error?.message}`);
  });

  await step("getRawData", async () => {
    const file = await account.storage.files.retrieve(fileId, { getRawData: true });
    return expect(file.data.raw && typeof file.data.raw === "object", JSON.stringify(file.data.raw));
  });

  await step("oauth url", () => {
    const { url, state } = sdk.getAuthorizationUrl({ appId: "app", redirectUri: "https://example.com/cb", baseUrl });
    return expect(/^[\w-]{22}$/.test(state) && url.includes(`state=${state}`), url);
  });

  return { sdkVersion: sdk.VERSION, steps };
}
