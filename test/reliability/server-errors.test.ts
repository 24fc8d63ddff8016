/**
 * Error statuses under injected faults, over real HTTP: 5xx on reads are retried into a
 * success; on uploads only a 503 with `Retry-After` is (the server says it did nothing), so a
 * 500 leaves no file and a 503 + `Retry-After` leaves exactly one; stream bodies are never sent
 * twice; an HTML error page becomes a ServerError with a short, redacted excerpt; an empty
 * 204 is a Response; `maxRetries: 0` turns retries off.
 */
import { Readable } from "node:stream";
import { describe } from "vitest";
import { Account, InvalidParameter, KloudlessError, Response, ResponseJson, ServerError } from "../../src/index.ts";
import { startLoopback } from "../helpers/loopback.ts";
import {
  accountFor,
  fileBytes,
  freshFolder,
  gaps,
  it,
  listFolder,
  QUOTA,
  seen,
  thrown,
  trail,
  UPLOADS,
  upload,
} from "./harness.ts";

describe.concurrent("5xx on a GET", () => {
  it.for([500, 502])("retries a %i and succeeds after 1 retry", async (status, { h, expect, annotate }) => {
    const account = accountFor(h);
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "status", status, times: 1 });
    const before = seen(h, "GET", QUOTA).length;

    const quota = await account.get("storage/quota");

    expect(quota).toBeInstanceOf(ResponseJson);
    expect(
      seen(h, "GET", QUOTA)
        .slice(before)
        .map((e) => e.status),
    ).toEqual([status, 200]);
    await annotate(
      `GET ${trail(seen(h, "GET", QUOTA))}: success after 1 retry (backoff ${gaps(seen(h, "GET", QUOTA))} ms)`,
    );
  });

  it("retries a 503 twice (backoff, no Retry-After) and succeeds on the third attempt", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h);
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "status", status: 503, times: 2 });
    const before = seen(h, "GET", QUOTA).length;
    const started = performance.now();

    const quota = await account.get("storage/quota");

    expect(quota.status).toBe(200);
    const served = seen(h, "GET", QUOTA).slice(before);
    expect(served.map((e) => e.status)).toEqual([503, 503, 200]);
    // Backoff 0.5 s then 1 s, each with up to 25% jitter taken off.
    expect(served[1]!.at - served[0]!.at).toBeGreaterThanOrEqual(375);
    expect(served[2]!.at - served[1]!.at).toBeGreaterThanOrEqual(750);
    expect(performance.now() - started).toBeLessThan(3_000);
    await annotate(`GET ${trail(served)}: success after 2 retries (backoff ${gaps(served).join(" ms, ")} ms)`);
  });

  it("raises ServerError after maxRetries + 1 attempts when the 5xx persists", async ({ h, expect, annotate }) => {
    const account = accountFor(h, { maxRetries: 1 });
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "status", status: 500 });
    const before = seen(h, "GET", QUOTA).length;

    const error = await thrown(() => account.get("storage/quota"));

    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(500);
    expect(seen(h, "GET", QUOTA).length - before).toBe(2);
    await annotate(`GET ${trail(seen(h, "GET", QUOTA))}: ServerError after 2 attempts (maxRetries: 1)`);
  });

  it("does not retry at all with maxRetries: 0", async ({ h, expect, annotate }) => {
    const account = accountFor(h, { maxRetries: 0 });
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "status", status: 503, times: 1 });
    const before = seen(h, "GET", QUOTA).length;

    const error = await thrown(() => account.get("storage/quota"));

    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(503);
    expect(seen(h, "GET", QUOTA).length - before).toBe(1);
    await annotate(`GET ${trail(seen(h, "GET", QUOTA))}: ServerError after 1 attempt (maxRetries: 0)`);
  });
});

describe.concurrent("5xx on an upload (POST)", () => {
  it("raises ServerError on a 500 without retrying: the server saw 1 request, no file exists", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h, { maxRetries: 3 });
    const folder = await freshFolder(account, "r500");
    h.emu.faults.add({ match: { method: "POST", path: "storage/files$" }, kind: "status", status: 500, times: 5 });
    const before = seen(h, "POST", UPLOADS).length;

    const error = await thrown(() => upload(account, folder, "a.txt", "never stored"));

    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(500);
    expect((error as ServerError).errorCode).toBe("internal_error");
    expect(seen(h, "POST", UPLOADS).length - before).toBe(1);
    h.emu.faults.clear();
    expect(await listFolder(account, folder)).toEqual([]);
    await annotate(
      `POST ${trail(seen(h, "POST", UPLOADS))}: ServerError; server saw 1 request; files afterwards: none`,
    );
  });

  it("raises ServerError on a 503 without Retry-After (the server may have acted): 1 request", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h, { maxRetries: 3 });
    const folder = await freshFolder(account, "r503bare");
    h.emu.faults.add({ match: { method: "POST", path: "storage/files$" }, kind: "status", status: 503, times: 5 });
    const before = seen(h, "POST", UPLOADS).length;

    const error = await thrown(() => upload(account, folder, "a.txt", "never stored"));

    expect(error).toBeInstanceOf(ServerError);
    expect(seen(h, "POST", UPLOADS).length - before).toBe(1);
    h.emu.faults.clear();
    expect(await listFolder(account, folder)).toEqual([]);
    await annotate(
      `POST ${trail(seen(h, "POST", UPLOADS))}: ServerError; server saw 1 request; files afterwards: none`,
    );
  });

  it("retries a 503 with Retry-After: exactly one file exists, with the right bytes", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h);
    const folder = await freshFolder(account, "r503");
    h.emu.faults.add({
      match: { method: "POST", path: "storage/files$" },
      kind: "status",
      status: 503,
      retryAfter: 1,
      times: 1,
    });
    const before = seen(h, "POST", UPLOADS).length;

    const file = await upload(account, folder, "notes.txt", "stored exactly once");

    expect(file.status).toBe(201);
    const served = seen(h, "POST", UPLOADS).slice(before);
    expect(served.map((e) => e.status)).toEqual([503, 201]);
    expect(served[1]!.at - served[0]!.at).toBeGreaterThanOrEqual(1_000);
    h.emu.faults.clear();
    const files = await listFolder(account, folder);
    expect(files.map((f) => f.name)).toEqual(["notes.txt"]);
    expect(await fileBytes(account, files[0]!.id)).toBe("stored exactly once");
    await annotate(
      `POST ${trail(served)}: success after 1 retry (gap ${gaps(served)} ms); server saw 2 requests; files afterwards: ${files.map((f) => `${f.name} (${f.size} B, bytes match)`).join(", ")}`,
    );
  });
});

describe.concurrent("stream bodies are never retried", () => {
  const bodies = {
    "a ReadableStream": () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("streamed "));
          controller.enqueue(new TextEncoder().encode("once"));
          controller.close();
        },
      }),
    "an async iterable (Node stream)": () => Readable.from([Buffer.from("streamed "), Buffer.from("once")]),
  };

  it.for(Object.entries(bodies))(
    "sends %s once on a 503 with Retry-After: ServerError, 1 request, no file",
    async ([name, make], { h, expect, annotate }) => {
      const account = accountFor(h, { maxRetries: 3 });
      const folder = await freshFolder(account, "rstream");
      h.emu.faults.add({
        match: { method: "POST", path: "storage/files$" },
        kind: "status",
        status: 503,
        retryAfter: 0,
        times: 1,
      });
      const before = seen(h, "POST", UPLOADS).length;

      const error = await thrown(() => upload(account, folder, "s.bin", make()));

      expect(error).toBeInstanceOf(ServerError);
      expect((error as ServerError).status).toBe(503);
      expect(seen(h, "POST", UPLOADS).length - before).toBe(1);
      h.emu.faults.clear();
      expect(await listFolder(account, folder)).toEqual([]);
      await annotate(
        `POST (${name}) ${trail(seen(h, "POST", UPLOADS))}: ServerError, not retried; files afterwards: none`,
      );
    },
  );
});

describe.concurrent("a stream body that cannot be sent", () => {
  it("refuses a locked stream with InvalidParameter before sending anything", async ({ h, expect, annotate }) => {
    const account = accountFor(h);
    const stream = new ReadableStream<Uint8Array>();
    stream.getReader(); // someone else is reading it
    const before = seen(h, "POST", UPLOADS).length;

    const error = await thrown(() => upload(account, "root", "locked.bin", stream));

    expect(error).toBeInstanceOf(InvalidParameter);
    expect((error as InvalidParameter).parameter).toBe("data");
    expect(seen(h, "POST", UPLOADS).length - before).toBe(0);
    await annotate(`${(error as Error).constructor.name} (${(error as Error).message}); server saw 0 requests`);
  });
});

describe.concurrent("odd but valid answers", () => {
  it("turns an HTML 502 page into ServerError with errorData {} and a short excerpt (retried first)", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h, { maxRetries: 1 });
    h.emu.faults.add({ match: { path: "storage/quota$" }, kind: "nonJsonError" });
    const before = seen(h, "GET", QUOTA).length;

    const error = (await thrown(() => account.get("storage/quota"))) as ServerError;

    expect(error).toBeInstanceOf(ServerError);
    expect(error).toBeInstanceOf(KloudlessError);
    expect(error.status).toBe(502);
    expect(error.errorData).toEqual({});
    expect(error.errorCode).toBeUndefined();
    expect(error.message).toContain("HTTP 502");
    expect(error.message).toContain("<title>502 Bad Gateway</title>");
    expect(error.message).not.toContain("\n");
    expect(seen(h, "GET", QUOTA).length - before).toBe(2);
    await annotate(`GET ${trail(seen(h, "GET", QUOTA))}: ServerError, errorData {}; message: ${error.message}`);
  });

  it("keeps the excerpt of a non-JSON error body short and free of credentials", async ({ expect, annotate }) => {
    const lb = await startLoopback();
    try {
      const page = `<html>\n  <body>\n    <h1>Bad gateway</h1>\n    <p>upstream said: Authorization: Bearer sk_live_SECRET and ?access_token=tok_SECRET&x=1</p>\n${"    <p>filler</p>\n".repeat(200)}  </body>\n</html>\n`;
      lb.on("GET", "/v1/accounts/me/storage/quota", {
        status: 502,
        body: page,
        headers: { "content-type": "text/html" },
      });
      const account = new Account({ token: "t", baseUrl: lb.url, maxRetries: 0 });

      const error = (await thrown(() => account.get("storage/quota"))) as ServerError;

      expect(error).toBeInstanceOf(ServerError);
      expect(error.errorData).toEqual({});
      expect(error.message).toContain("<html> <body> <h1>Bad gateway</h1> <p>upstream said:");
      expect(error.message).not.toContain("\n");
      expect(error.message).not.toContain("SECRET");
      expect(error.message).toContain("Bearer [redacted]");
      expect(error.message).toContain("access_token=[redacted]");
      expect(error.message).toContain("…)");
      expect(error.message.length).toBeLessThan(400);
      await annotate(`ServerError, ${error.message.length}-character message: ${error.message}`);
    } finally {
      await lb.close();
    }
  });

  it("answers an empty 204 (delete) with a Response of status 204", async ({ h, expect, annotate }) => {
    const account = accountFor(h);
    const folder = await freshFolder(account, "r204");
    const file = await upload(account, folder, "gone.txt", "bye");
    const id = String((file.data as { id: string }).id);

    const deleted = await account.delete("storage/files/{file_id}", { path: { file_id: id } });

    expect(deleted).toBeInstanceOf(Response);
    expect(deleted).not.toBeInstanceOf(ResponseJson);
    expect(deleted.status).toBe(204);
    expect(seen(h, "DELETE", `${UPLOADS}/${id}`).map((e) => e.status)).toEqual([204]);
    expect(await listFolder(account, folder)).toEqual([]);
    await annotate(`DELETE → 204: ${deleted.constructor.name} with status ${deleted.status}; files afterwards: none`);
  });
});
