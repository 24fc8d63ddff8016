/**
 * The emulator's HTTP server (plain `node:http`): it routes every request to an operation of the
 * bundled spec, applies faults, authenticates it (auth.ts), reads its body under a cap
 * (request-body.ts), validates its parameters and body against the spec (request-input.ts),
 * runs the operation's handler (the table is in handlers.ts) and writes the reply with Kloudless' conventions (`X-Request-Id`,
 * JSON errors, CORS), logging each request (request-log.ts). The `/__emulator` routes are in
 * admin.ts.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { recordActivity } from "./activity.ts";
import { handleAdmin } from "./admin.ts";
import { authenticate, resolveAccounts } from "./auth.ts";
import type { BlobRef } from "./blob-store.ts";
import { stopTasks } from "./core.ts";
import { corsHeaders, preflightHeaders } from "./cors.ts";
import { EmuError, errorReply, replyForError } from "./errors.ts";
import type { Exchange } from "./exchange.ts";
import { cutStream, destroyHard, injectedReply } from "./fault-injection.ts";
import type { FaultController, FaultRule } from "./faults.ts";
import { createHandlers } from "./handlers.ts";
import { type EmulatorMode, LENIENT_HEADER } from "./leniency.ts";
import { handlerOf } from "./replies.ts";
import {
  type BodyLimits,
  bodyLimitFor,
  DEFAULT_BODY_LIMITS,
  discardBody,
  isBinaryBody,
  readBody,
  receiveUpload,
  STREAMED_UPLOADS,
} from "./request-body.ts";
import { validateInput } from "./request-input.ts";
import { logRequest, type RecordedResponse, type RequestLogEntry } from "./request-log.ts";
import { API_PREFIX, type Operation, Router } from "./router.ts";
import type { EmulatorState } from "./state.ts";
import { type StorageOptions, serveLink } from "./storage.ts";
import type { EmuContext, EmuReply, EmuRequest, HandlerTable } from "./types.ts";
import { responseChecker, SchemaValidator } from "./validate.ts";
import { WIDGET_CONFIG_PATH, widgetConfig } from "./widgets.ts";

export { type BodyLimits, DEFAULT_BODY_LIMITS } from "./request-body.ts";
export type { RecordedResponse, RequestLogEntry } from "./request-log.ts";

/** What the server is built from. */
export interface ServerConfig {
  state: EmulatorState;
  /** The bundled OpenAPI document. */
  spec: unknown;
  faults: FaultController;
  storage: StorageOptions;
  /** Log the server appends every request to. */
  requests: RequestLogEntry[];
  /** Log of JSON responses, when they are recorded. */
  responses?: RecordedResponse[];
  /** Receives one line per request (method, path, status, ms). */
  logLine?: (line: string) => void;
  /**
   * Check every JSON response against the spec before sending it; a response that breaks the
   * spec is replaced by a 500 `internal_error` naming the violation, so no test can pass on it.
   */
  strictResponses?: boolean;
  /** The largest request bodies read (see `BodyLimits`); larger ones are answered 413. */
  bodyLimits?: BodyLimits;
  /**
   * Runs before each reply is written (`persistence.ts`: saves the state when it changed and
   * reclaims unreferenced blobs), so that whatever a reply acknowledges is on disk first. A
   * throw turns the reply into a 500.
   */
  checkpoint?: (method: string) => void;
  /** `strict` (default) refuses requests that break the spec; `lenient` applies the leniency rules first. */
  mode?: EmulatorMode;
}

/** The node:http server of one emulator. */
export class EmulatorServer {
  /** Base URL once listening, e.g. `http://127.0.0.1:8002`. */
  baseUrl = "";
  private readonly server: Server;
  private readonly router: Router;
  private readonly validator: SchemaValidator;
  private readonly handlers: HandlerTable;

  /** Checks a JSON response against the spec (with `strictResponses`). */
  private readonly checkResponse:
    | ((sample: { operationId: string; status: number; json: unknown }) => string[])
    | undefined;

  constructor(private readonly config: ServerConfig) {
    this.checkResponse = config.strictResponses ? responseChecker(config.spec) : undefined;
    this.router = new Router(config.spec as ConstructorParameters<typeof Router>[0]);
    this.validator = new SchemaValidator(config.spec);
    this.handlers = createHandlers(config.state, config.storage);
    this.server = createServer({ keepAlive: true }, (req, res) => {
      this.handle(req, res).catch((err: unknown) => this.crash(req, res, err));
    });
    this.server.maxConnections = 10_000;
    this.server.keepAliveTimeout = 10_000;
    this.server.headersTimeout = 15_000;
    this.server.requestTimeout = 0; // large uploads may take long; headersTimeout guards slow clients
  }

  /** Starts listening and resolves with the base URL. */
  listen(port: number, host: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen({ port, host, backlog: 2048 }, () => {
        this.server.off("error", reject);
        const { port: actual } = this.server.address() as AddressInfo;
        const shown = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
        this.baseUrl = `http://${shown}:${actual}`;
        resolve(this.baseUrl);
      });
    });
  }

  /** Stops listening and destroys every connection, keep-alive ones included. */
  close(): Promise<void> {
    stopTasks(this.config.state);
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    const ex: Exchange = {
      req,
      res,
      requestId: randomUUID(),
      started: performance.now(),
      method: (req.method ?? "GET").toUpperCase(),
      path: url.pathname,
      url,
      bodyBytes: 0,
    };

    if (ex.path.startsWith("/__emulator/")) {
      const { state, faults, storage, requests } = this.config;
      const limits = this.config.bodyLimits ?? DEFAULT_BODY_LIMITS;
      const admin = { state, faults, storage, requests, limits, baseUrl: this.baseUrl };
      return handleAdmin(ex, admin, (reply) => this.send(ex, reply));
    }

    const isApi = ex.path === API_PREFIX || ex.path.startsWith(`${API_PREFIX}/`);
    const match = isApi && ex.method !== "OPTIONS" ? this.router.match(ex.method, ex.path) : undefined;
    if (match?.kind === "operation") ex.operation = match.operation;
    ex.fault = this.config.faults.take(
      { method: ex.method, path: ex.path, operationId: ex.operation?.operationId },
      !!ex.operation,
    );
    if (ex.fault && !ex.fault.afterHandler && (await this.faultBeforeHandler(ex))) return;

    let reply: EmuReply;
    // CORS preflights are answered on every path, unknown ones too, so a browser can read their 404.
    if (ex.method === "OPTIONS" && (isApi || req.headers["access-control-request-method"] !== undefined)) {
      reply = { status: 204, headers: preflightHeaders(req) };
    } else if (!isApi && ex.method === "GET" && /^\/l\/[^/]+\/?$/.test(ex.path)) {
      reply = serveLink(this.config.state, ex.path.split("/")[2] as string, url.searchParams);
    } else if (!isApi && ex.method === "GET" && WIDGET_CONFIG_PATH.test(ex.path)) {
      reply = widgetConfig(this.config.state, url.searchParams, ex.requestId);
    } else if (!match || match.kind === "notFound") {
      reply = errorReply(ex.requestId, 404, "not_found", `No API endpoint matches ${ex.method} ${ex.path}.`);
    } else if (match.kind === "wrongMethod") {
      reply = errorReply(
        ex.requestId,
        405,
        "method_not_allowed",
        `Method ${ex.method} is not allowed on ${ex.path}.`,
        {},
        {
          Allow: match.allowed.join(", "),
        },
      );
    } else {
      reply = await this.runOperation(ex, match.operation, match.params);
    }

    if (ex.fault?.afterHandler && ex.fault.kind !== "resetMidBody" && ex.fault.kind !== "truncateJson") {
      if (await this.faultBeforeHandler(ex)) return;
    }
    this.send(ex, reply);
  }

  /**
   * Authenticates, reads the body (within its limit), validates and runs one spec operation;
   * errors become Kloudless error replies. Credentials are checked before a byte of the body is
   * read, so a refused upload is answered at once.
   */
  private async runOperation(ex: Exchange, operation: Operation, params: Record<string, string>): Promise<EmuReply> {
    let upload: BlobRef | undefined;
    try {
      const { auth, tokenAccounts } = authenticate(this.config.state, operation, ex.req.headers.authorization);
      const limit = bodyLimitFor(this.config.bodyLimits ?? DEFAULT_BODY_LIMITS, operation, ex.req.headers);
      let body: Buffer = Buffer.alloc(0);
      if (STREAMED_UPLOADS.has(operation.operationId) && isBinaryBody(operation, ex.req.headers)) {
        upload = await receiveUpload(ex, limit, this.config.state.blobs);
      } else body = await readBody(ex, limit);
      const input = validateInput(this.validator, this.config.mode, operation, params, ex, body);
      if (input.lenient.length) ex.lenient = input.lenient;
      const request: EmuRequest = {
        method: ex.method,
        path: ex.path.slice(API_PREFIX.length),
        operationId: operation.operationId,
        params,
        query: input.query,
        headers: ex.req.headers,
        body,
        ...(upload ? { upload } : {}),
        auth,
        rawData: String(ex.req.headers["x-kloudless-raw-data"] ?? "").toLowerCase() === "true",
        requestId: ex.requestId,
        args: input.args,
        ...(input.json !== undefined ? { json: input.json } : {}),
      };
      const asUser = ex.req.headers["x-kloudless-as-user"];
      if (typeof asUser === "string" && asUser !== "") request.asUser = asUser;
      if (operation.scope === "account") {
        const accounts = resolveAccounts(this.config.state, operation, String(params.account_id), auth, tokenAccounts);
        request.account = accounts[0];
        request.accounts = accounts;
      } else if (tokenAccounts.length) {
        request.account = tokenAccounts[0];
        request.accounts = tokenAccounts;
      }
      const handler = handlerOf(this.handlers, operation.operationId);
      if (!handler)
        throw new EmuError(501, "not_implemented", `The emulator does not implement ${operation.operationId}.`);
      return await handler(request, this.context(ex.requestId));
    } catch (err) {
      if (err instanceof EmuError) return replyForError(ex.requestId, err);
      this.reportBug(`${operation.operationId} failed`, err);
      return errorReply(ex.requestId, 500, "internal_error", `The emulator failed to handle ${operation.operationId}.`);
    } finally {
      // Kept by the handler (referenced from the state) or not, the upload is no longer held.
      if (upload) this.config.state.blobs.release(upload);
    }
  }

  /** Reports an unexpected exception (an emulator bug) on the request log, or stderr without one. */
  private reportBug(what: string, err: unknown): void {
    const line = `${what}: ${(err as Error)?.stack ?? String(err)}`;
    if (this.config.logLine) this.config.logLine(line);
    else process.stderr.write(`kloudless emulator: ${line}\n`);
  }

  private context(requestId: string): EmuContext {
    const state = this.config.state;
    return {
      baseUrl: this.baseUrl,
      recordActivity: (account, event) => recordActivity(state, account, event),
      error: (status, errorCode, message, extra) => errorReply(requestId, status, errorCode, message, extra),
    };
  }

  /**
   * Applies a fault that replaces the answer (`status`, `rateLimit`, `reset`, `nonJsonError`;
   * `latency` only waits). Returns whether the exchange is finished.
   */
  private async faultBeforeHandler(ex: Exchange): Promise<boolean> {
    const fault = ex.fault as FaultRule;
    // A fault that answers in the handler's place still receives the whole body first (counted,
    // not kept), as a failing server does, so the client's upload completes before the answer.
    const answers = ["status", "rateLimit", "reset", "nonJsonError"].includes(fault.kind);
    if (answers && !ex.req.readableEnded) ex.bodyBytes = await discardBody(ex.req);
    switch (fault.kind) {
      case "latency":
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 1000));
        return false;
      case "reset":
        logRequest(ex, 0, this.config.requests, this.config.logLine);
        destroyHard(ex.res);
        return true;
      case "status":
      case "rateLimit":
      case "nonJsonError":
        this.send(ex, injectedReply(fault, ex.requestId) as EmuReply);
        return true;
      default:
        return false; // resetMidBody and truncateJson act on the handler's reply
    }
  }

  /** Writes `reply`, applying a body fault (`resetMidBody`, `truncateJson`) when one was taken. */
  private send(ex: Exchange, given: EmuReply): void {
    const { res, req } = ex;
    let reply = given;
    if (this.checkResponse && reply.json !== undefined && ex.operation) {
      const problems = this.checkResponse({
        operationId: ex.operation.operationId,
        status: reply.status,
        json: reply.json,
      });
      if (problems.length) {
        reply = errorReply(
          ex.requestId,
          500,
          "internal_error",
          `Emulator response breaks the spec: ${problems.join("; ")}`,
        );
      }
    }
    const headers: Record<string, string | number> = { "X-Request-Id": ex.requestId };
    if (!ex.path.startsWith("/__emulator/")) Object.assign(headers, corsHeaders(req));
    Object.assign(headers, reply.headers ?? {});
    if (ex.lenient) headers[LENIENT_HEADER] = ex.lenient.join(", ");
    // A body left unread (refused before it was read) is not drained: the connection closes.
    if (!req.complete) headers.Connection = "close";
    let body: Buffer | Readable | undefined = reply.body;
    if (reply.json !== undefined) {
      body = Buffer.from(JSON.stringify(reply.json));
      headers["Content-Type"] = "application/json";
      this.config.responses?.push({
        operationId: ex.operation?.operationId,
        method: ex.method,
        path: ex.path,
        status: reply.status,
        contentType: "application/json",
        json: reply.json,
      });
    }
    if (reply.status === 204 || reply.status === 304) body = undefined;
    if (Buffer.isBuffer(body)) headers["Content-Length"] = body.length;
    else if (body === undefined && reply.status !== 204 && reply.status !== 304) headers["Content-Length"] = 0;

    // truncateJson cuts JSON bodies only: a download or any other binary body is sent whole.
    const bodyFault =
      ex.fault?.kind === "resetMidBody" || (ex.fault?.kind === "truncateJson" && reply.json !== undefined)
        ? ex.fault.kind
        : undefined;
    try {
      this.config.checkpoint?.(ex.method);
    } catch (err) {
      this.reportBug("saving the state failed", err);
      if (body instanceof Readable) body.destroy();
      const failed = errorReply(ex.requestId, 500, "internal_error", "The emulator could not save its state.");
      body = Buffer.from(JSON.stringify(failed.json));
      reply = { ...failed, status: 500 };
      Object.assign(headers, { "Content-Type": "application/json", "Content-Length": body.length });
    }
    logRequest(ex, reply.status, this.config.requests, this.config.logLine);
    if (bodyFault === "truncateJson" && Buffer.isBuffer(body)) {
      const cut = body.subarray(0, Math.floor(body.length / 2));
      res.writeHead(reply.status, { ...headers, "Content-Length": cut.length, Connection: "close" });
      res.end(cut);
      return;
    }
    if (bodyFault === "resetMidBody") {
      res.writeHead(reply.status, headers);
      if (body instanceof Readable) {
        cutStream(body, res, Math.floor(Number(headers["Content-Length"] ?? 0) / 2));
        return;
      }
      const part = Buffer.isBuffer(body) ? body.subarray(0, Math.floor(body.length / 2)) : Buffer.alloc(0);
      res.write(part, () => destroyHard(res));
      return;
    }
    res.writeHead(reply.status, headers);
    if (body instanceof Readable) {
      const stream = body;
      // A file that cannot be read mid-way cuts the response: the client sees a short body, not a hang.
      stream.on("error", () => res.destroy());
      res.on("close", () => stream.destroy());
      stream.pipe(res);
    } else res.end(body);
  }

  /** Last resort when an exchange fails outside an operation (e.g. the client aborted its upload). */
  private crash(req: IncomingMessage, res: ServerResponse, err: unknown): void {
    if (req.destroyed || res.destroyed || res.headersSent) {
      res.destroy();
      return;
    }
    this.reportBug(`${req.method} ${req.url?.split("?")[0]}`, err);
    const requestId = randomUUID();
    const body = JSON.stringify(
      errorReply(requestId, 500, "internal_error", "The emulator failed to handle the request.").json,
    );
    res.writeHead(500, {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body),
      "X-Request-Id": requestId,
    });
    res.end(body);
  }
}
