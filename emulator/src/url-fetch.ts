/**
 * The download behind upload-from-URL (`storage.files.upload` with a JSON `{url, ...}` body):
 * loopback hosts only, every redirect hop resolved and re-checked, with a connect timeout, a
 * total timeout and a size cap, so that a URL pointing at a silent, endless or redirecting
 * server can neither hang the request nor grow the emulator's memory (the body streams to disk).
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { BlobRef, BlobStore, BlobWriter } from "./blob-store.ts";

/** Limits of one upload-from-URL download. */
export interface UrlFetchLimits {
  /** Time to connect to each hop, in milliseconds (default 5 s). */
  connectTimeoutMs: number;
  /** Time for the whole download, redirects included, in milliseconds (default 30 s). */
  totalTimeoutMs: number;
  /** Largest body accepted, in bytes (default 512 MiB, the upload limit). */
  maxBytes: number;
  /** Redirects followed at most (default 5). */
  maxRedirects: number;
}

/** Limits by default. */
export const DEFAULT_URL_FETCH_LIMITS: UrlFetchLimits = {
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 30_000,
  maxBytes: 512 * 1024 * 1024,
  maxRedirects: 5,
};

/** Why a download failed; the message is written for the `url` field of a 400 answer. */
export class UrlFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UrlFetchError";
  }
}

/** Whether an address (IPv4, IPv6 or IPv4-mapped IPv6) is a loopback address. */
export function isLoopbackAddress(address: string): boolean {
  const a = address.toLowerCase().replace(/^\[|\]$/g, "");
  if (a === "::1") return true;
  const v4 = a.startsWith("::ffff:") ? a.slice(7) : a;
  return isIP(v4) === 4 && v4.startsWith("127.");
}

/** Whether a URL hostname may be fetched at all: `localhost` or a loopback address literal. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  return isIP(h) !== 0 && isLoopbackAddress(h);
}

/** Resolves a hostname like `dns.lookup`, failing when any address it yields is not loopback. */
const loopbackLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, "", 0);
    const bad = addresses.find((a) => !isLoopbackAddress(a.address));
    if (bad || addresses.length === 0) {
      const refused = new UrlFetchError(`${hostname} resolves to ${bad?.address ?? "nothing"}, not a loopback address`);
      return callback(refused as NodeJS.ErrnoException, "", 0);
    }
    if ((options as { all?: boolean }).all)
      return (callback as never as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0] as LookupAddress;
    callback(null, first.address, first.family);
  });
};

/** Checks one hop's URL: http(s), a loopback host. */
function checkHop(url: URL): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UrlFetchError(`only http and https URLs are fetched, not ${url.protocol}`);
  }
  if (!isLoopbackHost(url.hostname)) {
    throw new UrlFetchError(
      `the emulator only fetches from loopback hosts (127.0.0.0/8, ::1, localhost), not ${url.hostname}`,
    );
  }
}

/**
 * Downloads `start` within `limits`: each hop (the URL and every redirect `Location`) is checked
 * for a loopback host, and its name resolved and every address re-checked before connecting.
 * Streams the body into a blob of `blobs` and resolves with it, held (the caller releases it);
 * rejects with a `UrlFetchError` naming the problem, leaving no blob behind.
 */
export async function fetchLoopbackUrl(start: URL, limits: UrlFetchLimits, blobs: BlobStore): Promise<BlobRef> {
  const deadline = Date.now() + limits.totalTimeoutMs;
  let url = start;
  for (let hop = 0; ; hop++) {
    checkHop(url);
    const response = await get(url, limits, deadline);
    const status = response.res.statusCode ?? 0;
    const location = response.res.headers.location;
    if (status >= 300 && status < 400 && location !== undefined) {
      response.res.destroy();
      if (hop >= limits.maxRedirects) throw new UrlFetchError(`more than ${limits.maxRedirects} redirects`);
      try {
        url = new URL(location, url);
      } catch {
        throw new UrlFetchError(`the redirect Location is not a URL: ${location}`);
      }
      continue;
    }
    if (status < 200 || status >= 300) {
      response.res.destroy();
      throw new UrlFetchError(`the URL answered ${status}`);
    }
    return response.body(blobs.writer());
  }
}

/** One GET with the connect timeout and the overall deadline; `body()` reads within the size cap. */
function get(
  url: URL,
  limits: UrlFetchLimits,
  deadline: number,
): Promise<{ res: IncomingMessage; body: (writer: BlobWriter) => Promise<BlobRef> }> {
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new UrlFetchError(`no answer within ${limits.totalTimeoutMs} ms`));
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(url, {
      method: "GET",
      lookup: loopbackLookup,
      agent: false,
      headers: { "User-Agent": "kloudless-emulator" },
    });
    let settled = false;
    let failure: UrlFetchError | undefined;
    let bodyReject: ((err: Error) => void) | undefined;
    const fail = (err: Error) => {
      clearTimeout(total);
      clearTimeout(connect);
      req.destroy();
      failure ??= err instanceof UrlFetchError ? err : new UrlFetchError(err.message);
      if (!settled) {
        settled = true;
        reject(failure);
      } else bodyReject?.(failure);
    };
    const total = setTimeout(
      () => fail(new UrlFetchError(`no complete answer within ${limits.totalTimeoutMs} ms`)),
      remaining,
    );
    const connect = setTimeout(
      () => fail(new UrlFetchError(`could not connect within ${limits.connectTimeoutMs} ms`)),
      limits.connectTimeoutMs,
    );
    req.on("socket", (socket) => {
      if (!socket.connecting) clearTimeout(connect);
      else socket.once("connect", () => clearTimeout(connect));
    });
    req.on("error", fail);
    req.on("response", (res) => {
      settled = true;
      const done = () => {
        clearTimeout(total);
        clearTimeout(connect);
      };
      res.on("close", () => {
        if (!res.complete) fail(new UrlFetchError("the connection closed before the whole body arrived"));
      });
      resolve({
        res,
        body: (writer) =>
          new Promise<BlobRef>((resolveBody, rejectBody) => {
            bodyReject = (err) => {
              writer.abort();
              rejectBody(err);
            };
            if (failure) return bodyReject(failure);
            const declared = Number(res.headers["content-length"] ?? Number.NaN);
            if (declared > limits.maxBytes) {
              fail(new UrlFetchError(`the file is larger than ${limits.maxBytes} bytes`));
              return;
            }
            res.on("data", (chunk: Buffer) => {
              if (failure) return;
              if (writer.size + chunk.length > limits.maxBytes) {
                fail(new UrlFetchError(`the file is larger than ${limits.maxBytes} bytes`));
                return;
              }
              // Backpressure: the body goes to disk no faster than the disk takes it.
              if (!writer.write(chunk)) {
                res.pause();
                writer.drain().then(
                  () => res.resume(),
                  (err: Error) => fail(err),
                );
              }
            });
            res.on("end", () => {
              if (failure) return;
              done();
              writer.finish().then(resolveBody, (err: Error) => {
                failure ??= new UrlFetchError(`could not store the file: ${err.message}`);
                rejectBody(failure);
              });
            });
            res.on("error", fail);
          }),
      });
    });
    req.end();
  });
}
