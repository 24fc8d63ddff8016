/**
 * 429 under injected faults, over real HTTP against the emulator: `Retry-After` in seconds
 * and as an HTTP date is waited out (checked on the server's own clock), a `Retry-After`
 * beyond the cap raises at once, and a rate-limited upload is retried into exactly one file.
 */
import { describe } from "vitest";
import { KloudlessError, RateLimited, ResponseJson } from "../../src/index.ts";
import {
  accountFor,
  debugSink,
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

describe.concurrent("429 Too Many Requests", () => {
  it("waits out Retry-After given in seconds, then a GET succeeds after 1 retry", async ({ h, expect, annotate }) => {
    const { lines, logger } = debugSink();
    const account = accountFor(h, { logger });
    h.emu.faults.add({ match: { method: "GET", path: "storage/quota$" }, kind: "rateLimit", retryAfter: 1, times: 1 });
    const before = seen(h, "GET", QUOTA).length;

    const quota = await account.get("storage/quota");

    expect(quota).toBeInstanceOf(ResponseJson);
    expect(quota.status).toBe(200);
    const served = seen(h, "GET", QUOTA).slice(before);
    expect(served.map((e) => e.status)).toEqual([429, 200]);
    // Server-side clock: the retry reached the server at least Retry-After after the 429 left it.
    expect(served[1]!.at - served[0]!.at).toBeGreaterThanOrEqual(1_000);
    expect(lines.filter((l) => /attempt \d/.test(l)).map((l) => / -> (\S+) .*attempt (\d)/.exec(l)!.slice(1))).toEqual([
      ["429", "1"],
      ["200", "2"],
    ]);
    await annotate(`GET ${trail(served)}: success after 1 retry; server-side gap ${gaps(served)} ms (Retry-After: 1)`);
  });

  it("waits out Retry-After given as an HTTP date, then a GET succeeds after 1 retry", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h);
    // HTTP dates have one-second resolution: 2 s ahead means a wait of 1 to 2 s from now.
    const date = new Date(Date.now() + 2_000).toUTCString();
    const notBefore = Date.parse(date);
    h.emu.faults.add({ match: { path: "storage/quota$" }, kind: "rateLimit", retryAfter: date, times: 1 });
    const before = seen(h, "GET", QUOTA).length;

    const quota = await account.get("storage/quota");

    expect(quota.status).toBe(200);
    const served = seen(h, "GET", QUOTA).slice(before);
    expect(served.map((e) => e.status)).toEqual([429, 200]);
    // The server saw the retry no earlier than the date it gave (allow the clock's rounding).
    expect(served[1]!.wall).toBeGreaterThanOrEqual(notBefore - 5);
    expect(served[1]!.at - served[0]!.at).toBeGreaterThanOrEqual(900);
    await annotate(
      `GET ${trail(served)}: success after 1 retry; server-side gap ${gaps(served)} ms; retry ${served[1]!.wall - notBefore} ms after the date`,
    );
  });

  it("raises RateLimited at once, with retryAfter, when Retry-After exceeds the cap (60 s)", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h, { maxRetries: 3 });
    h.emu.faults.add({ match: { path: "storage/quota$" }, kind: "rateLimit", retryAfter: 120, times: 5 });
    const before = seen(h, "GET", QUOTA).length;
    const started = Date.now();

    const error = await thrown(() => account.get("storage/quota"));

    expect(error).toBeInstanceOf(RateLimited);
    expect(error).toBeInstanceOf(KloudlessError);
    expect((error as RateLimited).retryAfter).toBe(120);
    expect((error as RateLimited).status).toBe(429);
    expect((error as RateLimited).errorCode).toBe("too_many_requests");
    expect(seen(h, "GET", QUOTA).length - before).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_000);
    await annotate(`RateLimited (retryAfter 120) after 1 request, in ${Date.now() - started} ms`);
  });

  it("retries a rate-limited upload (429 means not applied): exactly one file with the right bytes", async ({
    h,
    expect,
    annotate,
  }) => {
    const account = accountFor(h);
    const folder = await freshFolder(account, "r429");
    h.emu.faults.add({ match: { method: "POST", path: "storage/files$" }, kind: "rateLimit", retryAfter: 1, times: 1 });
    const before = seen(h, "POST", UPLOADS).length;

    const file = await upload(account, folder, "report.txt", "rate limited, then stored once");

    expect(file.status).toBe(201);
    expect(
      seen(h, "POST", UPLOADS)
        .slice(before)
        .map((e) => e.status),
    ).toEqual([429, 201]);
    h.emu.faults.clear();
    const files = await listFolder(account, folder);
    expect(files.map((f) => f.name)).toEqual(["report.txt"]);
    expect(await fileBytes(account, files[0]!.id)).toBe("rate limited, then stored once");
    await annotate(
      `POST ${trail(seen(h, "POST", UPLOADS))}: server saw 2 requests; files afterwards: ${files.map((f) => `${f.name} (${f.size} B, bytes match)`).join(", ")}`,
    );
  });
});
