/**
 * The answers and cuts of injected faults (rules and matching are in faults.ts): the error
 * replies that stand in for a handler's, and the truncated bodies and TCP resets that a
 * flaky network or proxy produces, so clients' retry paths meet the real thing.
 */
import type { ServerResponse } from "node:http";
import type { Readable } from "node:stream";
import { errorCodeFor, errorReply } from "./errors.ts";
import type { FaultRule } from "./faults.ts";
import type { EmuReply } from "./types.ts";

/** The page a misbehaving proxy answers with (`nonJsonError` faults). */
const BAD_GATEWAY_HTML =
  "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>\n";

/**
 * The reply a `status`, `rateLimit` or `nonJsonError` fault sends in the handler's place;
 * undefined for the other kinds, which wait, reset or cut instead.
 */
export function injectedReply(fault: FaultRule, requestId: string): EmuReply | undefined {
  switch (fault.kind) {
    case "status": {
      const status = fault.status ?? 500;
      const headers = retryAfterHeader(fault.retryAfter);
      return errorReply(requestId, status, errorCodeFor(status), `Injected fault: HTTP ${status}.`, {}, headers);
    }
    case "rateLimit": {
      const headers = retryAfterHeader(fault.retryAfter ?? 1);
      return errorReply(
        requestId,
        429,
        "too_many_requests",
        "Rate limit exceeded. Retry after the time given in Retry-After.",
        {},
        headers,
      );
    }
    case "nonJsonError":
      return { status: 502, body: Buffer.from(BAD_GATEWAY_HTML), headers: { "Content-Type": "text/html" } };
    default:
      return undefined;
  }
}

function retryAfterHeader(value: number | string | undefined): Record<string, string> {
  return value === undefined ? {} : { "Retry-After": String(value) };
}

/** Sends the first `limit` bytes of a streamed body (a download), then resets the connection. */
export function cutStream(body: Readable, res: ServerResponse, limit: number): void {
  let left = limit;
  const cut = () => {
    body.destroy();
    destroyHard(res);
  };
  if (left <= 0) {
    cut();
    return;
  }
  body.on("data", (chunk: Buffer) => {
    const piece = chunk.subarray(0, left);
    left -= piece.length;
    if (left <= 0) {
      body.pause();
      res.write(piece, cut);
    } else if (!res.write(piece)) {
      body.pause();
      res.once("drain", () => body.resume());
    }
  });
  body.on("end", cut);
  body.on("error", cut);
  res.on("close", () => body.destroy());
}

/** Drops a connection with a TCP reset, so the client sees ECONNRESET rather than a clean close. */
export function destroyHard(res: ServerResponse): void {
  const socket = res.socket;
  if (socket && typeof socket.resetAndDestroy === "function") socket.resetAndDestroy();
  else socket?.destroy();
}
