/**
 * The `/__emulator/*` admin routes: fault rules, the request log, webhook deliveries and the
 * one-time `upload_url` targets. They are never faulted and carry no CORS headers; a guard
 * refuses cross-site use, since a page the developer visits could otherwise reach them.
 */
import { isIP } from "node:net";
import type { BlobRef } from "./blob-store.ts";
import { EmuError, errorReply, replyForError } from "./errors.ts";
import type { Exchange } from "./exchange.ts";
import { type FaultController, type FaultRule, parseFaultRule } from "./faults.ts";
import { type BodyLimits, readBody, receiveUpload } from "./request-body.ts";
import type { RequestLogEntry } from "./request-log.ts";
import type { EmulatorState } from "./state.ts";
import { acceptDirectUpload, isPendingUpload, type StorageOptions } from "./storage.ts";
import type { EmuReply } from "./types.ts";
import { deliveriesAdmin } from "./webhooks.ts";

/** What the admin routes act on. */
export interface AdminContext {
  state: EmulatorState;
  faults: FaultController;
  storage: StorageOptions;
  requests: RequestLogEntry[];
  limits: BodyLimits;
  /** The emulator's base URL, for the objects an upload answers. */
  baseUrl: string;
}

/**
 * Answers an admin request through `send`: guards it, reads its body (an upload's streamed
 * to a blob, held until the answer is sent) and runs the route.
 */
export async function handleAdmin(ex: Exchange, admin: AdminContext, send: (reply: EmuReply) => void): Promise<void> {
  const refused = adminGuard(ex);
  if (refused) return send(refused);
  const { limits, state } = admin;
  const uploads = ex.path.startsWith("/__emulator/uploads/");
  // The one-time token is the upload's credential: an unknown one is refused before the body is read.
  if (uploads && !isPendingUpload(state, ex.path.slice("/__emulator/uploads/".length))) {
    return send(errorReply(ex.requestId, 404, "not_found", "The upload URL is unknown or already used."));
  }
  let body: Buffer = Buffer.alloc(0);
  let upload: BlobRef | undefined;
  try {
    if (uploads) upload = await receiveUpload(ex, limits.upload, state.blobs);
    else body = await readBody(ex, limits.json);
  } catch (err) {
    if (err instanceof EmuError) return send(replyForError(ex.requestId, err));
    throw err;
  }
  try {
    return send(routeReply(ex, body, upload, admin));
  } finally {
    if (upload) state.blobs.release(upload);
  }
}

/** The route's reply; an `EmuError` it throws (an upload past the quota) becomes the API's error reply. */
function routeReply(ex: Exchange, body: Buffer, uploaded: BlobRef | undefined, admin: AdminContext): EmuReply {
  try {
    return adminRoute(ex, body, uploaded, admin);
  } catch (err) {
    if (err instanceof EmuError) return replyForError(ex.requestId, err);
    throw err;
  }
}

/**
 * Refuses cross-site use of the `/__emulator` admin routes, which the CORS headers of the API
 * do not cover: `Host` must name a loopback or IP address (no DNS-rebound name), `Origin`,
 * when sent, must be the emulator's own origin, `Sec-Fetch-Site` must not be `cross-site`,
 * and fault rules are only taken as `application/json` (a form or `text/plain` POST, which
 * a page may send without a preflight, is refused). Answers 403 `forbidden` or 415.
 */
function adminGuard(ex: Exchange): EmuReply | undefined {
  const headers = ex.req.headers;
  const refuse = (message: string) => errorReply(ex.requestId, 403, "forbidden", message, {}, { Connection: "close" });
  const host = String(headers.host ?? "");
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return refuse("The admin routes need a Host header naming the emulator's address.");
  }
  if (!isAddressOrLocalhost(hostname)) {
    return refuse(`The admin routes only answer requests to a loopback or IP address, not ${host}.`);
  }
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return refuse(`The admin routes refuse cross-site requests (Origin: ${origin}).`);
  }
  if (String(headers["sec-fetch-site"] ?? "").toLowerCase() === "cross-site") {
    return refuse("The admin routes refuse cross-site requests (Sec-Fetch-Site: cross-site).");
  }
  const type = String(headers["content-type"] ?? "")
    .split(";")[0]
    ?.trim()
    .toLowerCase();
  if (ex.path === "/__emulator/faults" && ex.method !== "GET" && ex.method !== "HEAD" && ex.method !== "DELETE") {
    if (type !== "application/json") {
      return errorReply(
        ex.requestId,
        415,
        "unsupported_media_type",
        "Fault rules must be sent as Content-Type: application/json.",
        {},
        { Connection: "close" },
      );
    }
  }
  return undefined;
}

/** The `/__emulator` admin routes: faults, the request log and direct uploads. Never faulted. */
function adminRoute(ex: Exchange, body: Buffer, uploaded: BlobRef | undefined, admin: AdminContext): EmuReply {
  const { faults, state, storage } = admin;
  if (ex.path === "/__emulator/deliveries") return deliveriesAdmin(state, ex.method, ex.requestId);
  if (ex.path === "/__emulator/faults") {
    if (ex.method === "GET") return { status: 200, json: faults.list().map(serializableRule) };
    if (ex.method === "DELETE") {
      faults.clear();
      return { status: 204 };
    }
    if (ex.method === "POST") {
      try {
        const value: unknown = JSON.parse(body.toString("utf8") || "null");
        const rules = Array.isArray(value) ? value.map(parseFaultRule) : [parseFaultRule(value)];
        if (Array.isArray(value)) faults.clear();
        for (const rule of rules) faults.add(rule);
        return { status: 200, json: faults.list().map(serializableRule) };
      } catch (err) {
        return errorReply(ex.requestId, 400, "invalid_parameters", `fault rule: ${(err as Error).message}`);
      }
    }
    return errorReply(
      ex.requestId,
      405,
      "method_not_allowed",
      `Method ${ex.method} is not allowed on ${ex.path}.`,
      {},
      { Allow: "GET, POST, DELETE" },
    );
  }
  if (ex.path === "/__emulator/requests" && ex.method === "GET") {
    return { status: 200, json: admin.requests };
  }
  const upload = /^\/__emulator\/uploads\/([^/]+)$/.exec(ex.path);
  if (upload && (ex.method === "PUT" || ex.method === "POST")) {
    const bytes = uploaded ?? state.blobs.putBytes(body);
    try {
      return acceptDirectUpload(state, upload[1] as string, bytes, admin.baseUrl, storage);
    } finally {
      if (!uploaded) state.blobs.release(bytes);
    }
  }
  return errorReply(ex.requestId, 404, "not_found", `No emulator route matches ${ex.method} ${ex.path}.`);
}

/** Whether `host` (a `Host` header's name, or a URL hostname) is loopback, `localhost` or an IP literal. */
function isAddressOrLocalhost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h.endsWith(".localhost") || isIP(h) !== 0;
}

/** Rules as JSON (a RegExp path becomes its source). */
function serializableRule(rule: FaultRule): Record<string, unknown> {
  const path = rule.match?.path;
  return path instanceof RegExp ? { ...rule, match: { ...rule.match, path: path.source } } : { ...rule };
}
