/**
 * The emulator's HTTP server (plain `node:http`): it routes every request to an operation of the
 * bundled spec, applies faults, authenticates it, validates its parameters and body against the
 * spec, runs the area handler and writes the reply with Kloudless' conventions (`X-Request-Id`,
 * JSON errors, CORS), logging each request.
 *
 * Authentication decisions (see §2 of the API notes):
 * - Missing credentials: 401 `authentication_required`; unknown token, key or scheme: 401
 *   `unauthorized`. Valid credentials of the wrong kind for the operation (a Bearer token on
 *   `accounts.import`, an API key on `/meta`): 403 `forbidden`.
 * - A Bearer token may name several comma-separated tokens; it grants exactly their accounts.
 *   Another account's ID in the path: 403 `permission_denied` (whether or not it exists, so that
 *   tokens cannot probe for accounts).
 * - `me` stands for the Bearer token's account; with an API key it is 400 `invalid_parameters`
 *   (the key is not bound to an account). With an API key, an unknown account ID is 404.
 * - `/meta/...` takes the meta token as Bearer (or the deprecated `DeveloperKey` scheme).
 * - OAuth operations, and any whose spec security allows anonymous calls, are not rejected here:
 *   their handlers check the credentials they need (`oauth.verifyToken` answers 400 for an
 *   unknown token, as the notes say), and see `auth` resolved when it is valid.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo, isIP } from "node:net";
import { Readable } from "node:stream";
import { createAccountsHandlers } from "./accounts.ts";
import { createActivityHandlers, recordActivity } from "./activity.ts";
import type { BlobRef, BlobWriter } from "./blob-store.ts";
import { createCalendarHandlers } from "./calendar.ts";
import { createCoreHandlers, stopTasks } from "./core.ts";
import { createCrmHandlers } from "./crm.ts";
import { EmuError, errorCodeFor, errorReply, replyForError } from "./errors.ts";
import { type FaultController, type FaultKind, type FaultRule, parseFaultRule } from "./faults.ts";
import { type EmulatorMode, LENIENT_HEADER, type LeniencyRuleName, Relaxer } from "./leniency.ts";
import { createMetaHandlers } from "./meta.ts";
import { createOauthHandlers } from "./oauth.ts";
import { API_PREFIX, type Operation, Router } from "./router.ts";
import type { EmulatorState } from "./state.ts";
import {
  acceptDirectUpload,
  createStorageHandlers,
  isPendingUpload,
  type StorageOptions,
  serveLink,
} from "./storage.ts";
import { createTeamHandlers } from "./team.ts";
import type { AccountRecord, Auth, EmuContext, EmuReply, EmuRequest, HandlerTable } from "./types.ts";
import {
  coerceParam,
  describeViolation,
  responseChecker,
  type Schema,
  SchemaValidator,
  type Violation,
} from "./validate.ts";
import { deliveriesAdmin } from "./webhooks.ts";
import { WIDGET_CONFIG_PATH, widgetConfig } from "./widgets.ts";

/** One request as the emulator saw it (`emu.requests`). */
export interface RequestLogEntry {
  /** HTTP method. */
  method: string;
  /** URL path without the query. */
  path: string;
  /** The matched spec operation, when there is one. */
  operationId?: string;
  /** Status sent; 0 when the connection was reset before any answer. */
  status: number;
  /** The query string (`?a=1`, or empty) with credential values (`key`, `sig`, `token`, `code`, ...) redacted. */
  query: string;
  /** Request headers, lower-case, with `Authorization`, `Cookie` and other credential headers redacted. */
  headers: Record<string, string>;
  /** Size of the request body in bytes. */
  bodyBytes: number;
  /** Time to answer, in milliseconds. */
  ms: number;
  /** `X-Request-Id` sent back. */
  requestId: string;
  /** The fault applied to the request, if any. */
  fault?: FaultKind;
  /** The leniency rules the request was accepted by (lenient mode), as in `X-Kloudless-Emulator-Lenient`. */
  lenient?: LeniencyRuleName[];
}

/** One JSON response the emulator sent (`emu.responses`, with `recordResponses`). */
export interface RecordedResponse {
  /** The spec operation the request matched, when there is one. */
  operationId?: string;
  /** HTTP method of the request. */
  method: string;
  /** URL path of the request, without the query. */
  path: string;
  /** Status sent. */
  status: number;
  /** `Content-Type` sent. */
  contentType: string;
  /** The parsed JSON body sent. */
  json: unknown;
}

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

/** The largest request bodies the server reads, in bytes. */
export interface BodyLimits {
  /** Bodies of binary uploads (file uploads, multipart parts, `upload_url` PUTs). */
  upload: number;
  /** Every other body (JSON, forms, admin routes). */
  json: number;
}

/** Body limits by default: 512 MiB for uploads, 1 MiB for JSON. */
export const DEFAULT_BODY_LIMITS: BodyLimits = { upload: 512 * 1024 * 1024, json: 1024 * 1024 };

/** How many request log entries are kept (the oldest are dropped), so a long-running emulator stays small. */
const REQUEST_LOG_LIMIT = 10_000;

/**
 * Operations whose binary bodies stream to the blob store (`req.upload`) instead of memory, so
 * that an upload of any size costs the emulator no more than a few chunks.
 */
const STREAMED_UPLOADS = new Set([
  "storage.files.upload",
  "storage.files.updateContents",
  "storage.multipart.uploadPart",
]);

/** List operations that accept several comma-separated account IDs (§1 of the API notes). */
const MULTI_ACCOUNT_OPERATIONS = new Set([
  "storage.links.list",
  "storage.search",
  "storage.recent",
  "calendar.findAvailability",
]);

/** Headers a browser may send: the standard ones SDKs use and every Kloudless option header. */
const CORS_ALLOW_HEADERS = [
  "Authorization",
  "Content-Type",
  "Accept",
  "X-Request-Id",
  "X-Kloudless-Metadata",
  "X-Kloudless-Async",
  "X-Kloudless-As-User",
  "X-Kloudless-Raw-Data",
  "X-Kloudless-Raw-Headers",
  "X-Kloudless-Raw-Method",
  "X-Kloudless-Raw-URI",
  "X-Kloudless-Source",
];
const CORS_EXPOSE_HEADERS = `X-Request-Id, Retry-After, Content-Length, Content-Type, Content-Disposition, Location, ${LENIENT_HEADER}`;
const CORS_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

/** The page a misbehaving proxy answers with (`nonJsonError` faults). */
const BAD_GATEWAY_HTML =
  "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>\n";

/** Every area's handlers, merged into one table keyed by operationId. */
function createHandlers(state: EmulatorState, storage: StorageOptions): HandlerTable {
  return {
    ...createOauthHandlers(state),
    ...createCoreHandlers(state),
    ...createAccountsHandlers(state),
    ...createStorageHandlers(state, storage),
    ...createActivityHandlers(state),
    ...createCalendarHandlers(state),
    ...createTeamHandlers(state),
    ...createCrmHandlers(state),
    ...createMetaHandlers(state),
  };
}

/** What one exchange carries through the pipeline. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  started: number;
  method: string;
  path: string;
  url: URL;
  operation?: Operation;
  fault?: FaultRule;
  bodyBytes: number;
  /** The leniency rules the request was accepted by. */
  lenient?: LeniencyRuleName[];
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
      const refused = this.adminGuard(ex);
      if (refused) return this.send(ex, refused);
      const limits = this.config.bodyLimits ?? DEFAULT_BODY_LIMITS;
      const uploads = ex.path.startsWith("/__emulator/uploads/");
      // The one-time token is the upload's credential: an unknown one is refused before the body is read.
      if (uploads && !isPendingUpload(this.config.state, ex.path.slice("/__emulator/uploads/".length))) {
        return this.send(ex, { status: 404, json: { error: "unknown or used upload URL" } });
      }
      let body: Buffer = Buffer.alloc(0);
      let upload: BlobRef | undefined;
      try {
        if (uploads) upload = await this.receiveUpload(ex, limits.upload);
        else body = await this.readBody(ex, limits.json);
      } catch (err) {
        if (err instanceof EmuError) return this.send(ex, replyForError(ex.requestId, err));
        throw err;
      }
      try {
        return this.send(ex, this.admin(ex, body, upload));
      } finally {
        if (upload) this.config.state.blobs.release(upload);
      }
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
      const { auth, tokenAccounts } = this.authenticate(operation, ex.req.headers.authorization);
      const limit = this.bodyLimitFor(operation, ex.req.headers);
      let body: Buffer = Buffer.alloc(0);
      if (STREAMED_UPLOADS.has(operation.operationId) && this.isBinaryBody(operation, ex.req.headers)) {
        upload = await this.receiveUpload(ex, limit);
      } else body = await this.readBody(ex, limit);
      const input = this.validateInput(operation, params, ex, body);
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
        const accounts = this.resolveAccounts(operation, String(params.account_id), auth, tokenAccounts);
        request.account = accounts[0];
        request.accounts = accounts;
      } else if (tokenAccounts.length) {
        request.account = tokenAccounts[0];
        request.accounts = tokenAccounts;
      }
      const handler = this.handlers[operation.operationId];
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

  /** Streams the exchange's body into a new blob within `limit` bytes (413 beyond), recording its size. */
  private async receiveUpload(ex: Exchange, limit: number): Promise<BlobRef> {
    const upload = await receiveLimitedBody(ex.req, limit, () => this.config.state.blobs.writer());
    ex.bodyBytes = upload.size;
    return upload;
  }

  /** Reads the exchange's body within `limit` bytes (413 beyond), recording its size. */
  private async readBody(ex: Exchange, limit: number): Promise<Buffer> {
    const body = await readLimitedBody(ex.req, limit);
    ex.bodyBytes = body.length;
    return body;
  }

  /** The body limit of `operation`: the upload one for binary bodies, the JSON one otherwise. */
  private bodyLimitFor(operation: Operation, headers: IncomingMessage["headers"]): number {
    const limits = this.config.bodyLimits ?? DEFAULT_BODY_LIMITS;
    return this.isBinaryBody(operation, headers) ? limits.upload : limits.json;
  }

  /** Whether the request carries a binary body: the operation takes one and it is not sent as JSON or a form. */
  private isBinaryBody(operation: Operation, headers: IncomingMessage["headers"]): boolean {
    const types = Object.keys(operation.requestBody?.content ?? {});
    const structured = (t: string) =>
      t === "application/json" || t.endsWith("+json") || t === "application/x-www-form-urlencoded";
    if (!types.some((t) => !structured(t))) return false;
    const sent = String(headers["content-type"] ?? "")
      .split(";")[0]
      ?.trim()
      .toLowerCase();
    return headers["x-kloudless-metadata"] !== undefined || !structured(sent ?? "");
  }

  /**
   * Refuses cross-site use of the `/__emulator` admin routes, which the CORS headers of the API
   * do not cover: `Host` must name a loopback or IP address (no DNS-rebound name), `Origin`,
   * when sent, must be the emulator's own origin, `Sec-Fetch-Site` must not be `cross-site`,
   * and fault rules are only taken as `application/json` (a form or `text/plain` POST, which
   * a page may send without a preflight, is refused). Answers 403 `forbidden` or 415.
   */
  private adminGuard(ex: Exchange): EmuReply | undefined {
    const headers = ex.req.headers;
    const refuse = (message: string) =>
      errorReply(ex.requestId, 403, "forbidden", message, {}, { Connection: "close" });
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

  /** Resolves the `Authorization` header for `operation`; throws the 401/403 of §2. */
  private authenticate(
    operation: Operation,
    header: string | undefined,
  ): { auth: Auth; tokenAccounts: AccountRecord[] } {
    const state = this.config.state;
    // OAuth operations check credentials themselves (verifyToken answers 400 for a bad token).
    const anonymousOk =
      operation.tag === "oauth" ||
      operation.security.length === 0 ||
      operation.security.some((r) => Object.keys(r).length === 0);
    const allows = (scheme: string) => operation.security.length === 0 || operation.security.some((r) => scheme in r);
    const isMeta = operation.template.startsWith("/meta");
    const none = { auth: { kind: "none" } as Auth, tokenAccounts: [] };
    const reject = (status: number, code: string, message: string) => {
      if (anonymousOk) return none;
      throw new EmuError(status, code, message);
    };

    const m = /^\s*(\S+)\s+(.+?)\s*$/.exec(header ?? "");
    if (!header || !m) {
      return reject(
        401,
        "authentication_required",
        "Authentication credentials were not provided: send Authorization: Bearer <token> or APIKey <key>.",
      );
    }
    const scheme = (m[1] as string).toLowerCase();
    const credentials = m[2] as string;
    if (scheme === "apikey") {
      const key = state.apiKeys.get(credentials);
      if (!key) return reject(401, "unauthorized", "Invalid API key.");
      if (!allows("apiKey"))
        return reject(
          403,
          "forbidden",
          isMeta
            ? "The Meta API takes a meta token as Bearer token, not an API key."
            : "This endpoint does not accept the API key.",
        );
      return { auth: { kind: "apiKey", key: key.key, appId: key.applicationId }, tokenAccounts: [] };
    }
    if (scheme === "developerkey" || (scheme === "bearer" && isMeta)) {
      if (!isMeta) return reject(403, "forbidden", "Developer keys only grant the Meta API.");
      if (!state.metaTokens.has(credentials)) return reject(401, "unauthorized", "Invalid meta token.");
      return { auth: { kind: "meta", token: credentials }, tokenAccounts: [] };
    }
    if (scheme !== "bearer")
      return reject(401, "unauthorized", `Unsupported Authorization scheme '${m[1]}'; use Bearer or APIKey.`);
    const tokens = credentials
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
    const accounts = tokens.map((t) => state.accountForToken(t));
    if (!accounts.length || accounts.some((a) => !a))
      return reject(401, "unauthorized", "Invalid or expired Bearer token.");
    if (!allows("bearer"))
      return reject(403, "forbidden", "This endpoint takes the application's API key (Authorization: APIKey <key>).");
    const found = accounts as AccountRecord[];
    const first = found[0] as AccountRecord;
    return { auth: { kind: "bearer", token: tokens[0] as string, accountId: first.id }, tokenAccounts: found };
  }

  /** The accounts a `{account_id}` path segment names, checked against the credentials. */
  private resolveAccounts(
    operation: Operation,
    raw: string,
    auth: Auth,
    tokenAccounts: AccountRecord[],
  ): AccountRecord[] {
    const ids = raw.split(",").map((id) => id.trim());
    if (ids.length > 1 && !MULTI_ACCOUNT_OPERATIONS.has(operation.operationId)) {
      throw new EmuError(
        400,
        "invalid_parameters",
        "account_id: several account IDs are only accepted by the links, search and recent lists.",
      );
    }
    return ids.map((id) => {
      if (id === "me") {
        if (auth.kind !== "bearer") {
          throw new EmuError(
            400,
            "invalid_parameters",
            "account_id: 'me' stands for the Bearer token's account; with an API key, use the numeric account ID.",
          );
        }
        if (tokenAccounts.length !== 1)
          throw new EmuError(400, "invalid_parameters", "account_id: 'me' is ambiguous with several Bearer tokens.");
        return tokenAccounts[0] as AccountRecord;
      }
      if (auth.kind === "bearer") {
        const account = tokenAccounts.find((a) => String(a.id) === id);
        if (!account)
          throw new EmuError(403, "permission_denied", `The Bearer token does not grant access to account ${id}.`);
        return account;
      }
      const account = /^\d+$/.test(id) ? this.config.state.accounts.get(Number(id)) : undefined;
      if (!account) throw new EmuError(404, "not_found", `Account not found: ${id}`);
      return account;
    });
  }

  /**
   * Types and validates path, query and header parameters and the body; throws 400
   * `invalid_parameters`. In lenient mode a refused query parameter or body is first rewritten
   * by the leniency rules (see leniency.ts) and accepted when the rewritten one is valid; the
   * rules used are returned, and handlers see the rewritten values (`query` included).
   */
  private validateInput(
    operation: Operation,
    params: Record<string, string>,
    ex: Exchange,
    body: Buffer,
  ): { args: Record<string, unknown>; json?: unknown; query: URLSearchParams; lenient: LeniencyRuleName[] } {
    const violations: Violation[] = [];
    const args: Record<string, unknown> = {};
    const relaxer = this.config.mode === "lenient" ? new Relaxer(this.validator) : undefined;
    let query = ex.url.searchParams;
    for (const ref of operation.parameters) {
      const param = this.validator.deref(ref as Schema) as {
        name: string;
        in: string;
        required?: boolean;
        schema?: Schema;
        style?: string;
      };
      const schema = param.schema ?? {};
      const raw = readParam(param, params, ex.url.searchParams, ex.req.headers);
      if (raw === undefined) {
        if (param.required) violations.push({ at: param.name, problem: "is required" });
        const fallback = typeof schema === "object" ? this.validator.deref(schema) : undefined;
        if (typeof fallback === "object" && fallback.default !== undefined) args[param.name] = fallback.default;
        continue;
      }
      let value = typeof raw === "string" ? coerceParam(schema, raw, this.validator) : raw;
      let found = this.validator.validate(schema, value, param.name);
      if (found.length && relaxer && param.in === "query" && typeof raw === "string") {
        const relaxed = relaxer.queryParam(schema, value);
        found = this.validator.validate(schema, relaxed, param.name);
        if (!found.length) {
          value = relaxed;
          if (query === ex.url.searchParams) query = new URLSearchParams(query);
          query.set(param.name, Array.isArray(relaxed) ? relaxed.join(",") : String(relaxed));
        }
      }
      violations.push(...found);
      args[param.name] = value;
    }
    const json = this.parseBody(operation, ex, body, violations, relaxer);
    if (violations.length) {
      throw new EmuError(400, "invalid_parameters", violations.slice(0, 5).map(describeViolation).join("; "));
    }
    const lenient = relaxer ? [...relaxer.applied] : [];
    return json === undefined ? { args, query, lenient } : { args, json, query, lenient };
  }

  /** Parses and validates a JSON or form body when the operation takes one; binary bodies pass. */
  private parseBody(
    operation: Operation,
    ex: Exchange,
    body: Buffer,
    violations: Violation[],
    relaxer: Relaxer | undefined,
  ): unknown {
    const content = operation.requestBody?.content;
    if (!content) return undefined;
    const type =
      String(ex.req.headers["content-type"] ?? "")
        .split(";")[0]
        ?.trim()
        .toLowerCase() ?? "";
    const jsonType = Object.keys(content).find((t) => t === "application/json" || t.endsWith("+json"));
    const formType = content["application/x-www-form-urlencoded"] ? "application/x-www-form-urlencoded" : undefined;
    const takesBinary = Object.keys(content).some((t) => t !== jsonType && t !== formType);
    // A binary upload carries X-Kloudless-Metadata; its bytes stay bytes even when labelled JSON
    // (uploading a .json file as application/json).
    if (takesBinary && ex.req.headers["x-kloudless-metadata"] !== undefined) return undefined;
    const isJson = type === "application/json" || type.endsWith("+json");

    // `application/form-urlencoded` (the Python SDK v2's token exchange) is read as a form too.
    const isForm = type === formType || (formType !== undefined && type === "application/form-urlencoded");
    if (formType && isForm) {
      const schema = content[formType]?.schema as Schema | undefined;
      const form = Object.fromEntries(new URLSearchParams(body.toString("utf8")));
      const props = (schema ? this.validator.deref(schema) : {}) as { properties?: Record<string, Schema> };
      const typed: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(form)) {
        const prop = props.properties?.[key];
        typed[key] = prop ? coerceParam(prop, value, this.validator) : value;
      }
      return schema ? this.checkBody(schema, typed, violations, relaxer) : typed;
    }
    if (jsonType && (isJson || (!takesBinary && !isForm))) {
      if (body.length === 0) {
        if (operation.requestBody?.required) violations.push({ at: "body", problem: "a JSON body is required" });
        return undefined;
      }
      let value: unknown;
      try {
        value = JSON.parse(body.toString("utf8"));
      } catch {
        if (takesBinary) return undefined;
        throw new EmuError(400, "bad_request", "The request body is not valid JSON.");
      }
      const schema = content[jsonType]?.schema as Schema | undefined;
      return schema ? this.checkBody(schema, value, violations, relaxer) : value;
    }
    return undefined;
  }

  /**
   * Validates a parsed body, adding its violations; in lenient mode a refused body is rewritten
   * by the leniency rules and the rewritten one is checked (and returned) instead.
   */
  private checkBody(schema: Schema, value: unknown, violations: Violation[], relaxer: Relaxer | undefined): unknown {
    const found = this.validator.validate(schema, value, "body");
    if (!found.length || !relaxer) {
      violations.push(...found);
      return value;
    }
    const relaxed = relaxer.body(schema, value);
    violations.push(...this.validator.validate(schema, relaxed, "body"));
    return relaxed;
  }

  /** The `/__emulator` admin routes: faults, the request log and direct uploads. Never faulted. */
  private admin(ex: Exchange, body: Buffer, uploaded: BlobRef | undefined): EmuReply {
    const { faults, state, storage } = this.config;
    if (ex.path === "/__emulator/deliveries") return deliveriesAdmin(state, ex.method);
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
      return { status: 200, json: this.config.requests };
    }
    const upload = /^\/__emulator\/uploads\/([^/]+)$/.exec(ex.path);
    if (upload && (ex.method === "PUT" || ex.method === "POST")) {
      const bytes = uploaded ?? state.blobs.putBytes(body);
      try {
        return acceptDirectUpload(state, upload[1] as string, bytes, this.baseUrl, storage);
      } finally {
        if (!uploaded) state.blobs.release(bytes);
      }
    }
    return errorReply(ex.requestId, 404, "not_found", `No emulator route matches ${ex.method} ${ex.path}.`);
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
        this.logRequest(ex, 0);
        destroyHard(ex.res);
        return true;
      case "status": {
        const status = fault.status ?? 500;
        const headers = retryAfterHeader(fault.retryAfter);
        this.send(
          ex,
          errorReply(ex.requestId, status, errorCodeFor(status), `Injected fault: HTTP ${status}.`, {}, headers),
        );
        return true;
      }
      case "rateLimit": {
        const headers = retryAfterHeader(fault.retryAfter ?? 1);
        this.send(
          ex,
          errorReply(
            ex.requestId,
            429,
            "too_many_requests",
            "Rate limit exceeded. Retry after the time given in Retry-After.",
            {},
            headers,
          ),
        );
        return true;
      }
      case "nonJsonError":
        this.send(ex, { status: 502, body: Buffer.from(BAD_GATEWAY_HTML), headers: { "Content-Type": "text/html" } });
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
    this.logRequest(ex, reply.status);
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

  private logRequest(ex: Exchange, status: number): void {
    const ms = Math.round((performance.now() - ex.started) * 10) / 10;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(ex.req.headers)) {
      if (value === undefined) continue;
      headers[name] = SECRET_HEADERS.has(name) ? "[redacted]" : Array.isArray(value) ? value.join(", ") : value;
    }
    const path = redactPath(ex.path);
    const query = redactQuery(ex.url.searchParams);
    this.config.requests.push({
      method: ex.method,
      path,
      query,
      ...(ex.operation ? { operationId: ex.operation.operationId } : {}),
      status,
      headers,
      bodyBytes: ex.bodyBytes,
      ms,
      requestId: ex.requestId,
      ...(ex.fault ? { fault: ex.fault.kind } : {}),
      ...(ex.lenient ? { lenient: [...ex.lenient] } : {}),
    });
    const requests = this.config.requests;
    if (requests.length > REQUEST_LOG_LIMIT * 1.1) requests.splice(0, requests.length - REQUEST_LOG_LIMIT);
    this.config.logLine?.(
      `${ex.method} ${path} ${status || "reset"} ${ms}ms${ex.fault ? ` fault=${ex.fault.kind}` : ""}${
        ex.lenient ? ` lenient=${ex.lenient.join(",")}` : ""
      }`,
    );
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

/**
 * Reads a request body of at most `limit` bytes into one Buffer, chunk by chunk. A larger body
 * (by its `Content-Length`, or once its bytes pass the limit) is refused with 413
 * `request_too_large` without reading further; the connection is then closed after the answer.
 */
function readLimitedBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () =>
    new EmuError(
      413,
      "request_too_large",
      `The request body is larger than the emulator accepts here (${limit} bytes).`,
      {},
      { Connection: "close" },
    );
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  if (declared > limit) return Promise.reject(tooLarge());
  // No body (no Content-Length or 0, not chunked): nothing to wait for, even from a client already gone.
  if (!(declared > 0) && req.headers["transfer-encoding"] === undefined) return Promise.resolve(Buffer.alloc(0));
  if (req.readableEnded) return Promise.resolve(Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const gone = () =>
      new EmuError(400, "request_failed", "The client closed the connection before sending the whole body.");
    if (req.destroyed) return reject(gone());
    req.on("close", () => {
      if (!req.readableEnded) reject(gone());
    });
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on("error", () => reject(gone())); // "aborted": the client reset the connection
  });
}

/**
 * Streams a request body of at most `limit` bytes into a blob (the bytes never gather in
 * memory), with the refusals of `readLimitedBody`: 413 by `Content-Length` or once the bytes
 * pass the limit (the partial blob is dropped and the request left paused), 400 when the client
 * leaves early.
 */
function receiveLimitedBody(req: IncomingMessage, limit: number, open: () => BlobWriter): Promise<BlobRef> {
  const tooLarge = () =>
    new EmuError(
      413,
      "request_too_large",
      `The request body is larger than the emulator accepts here (${limit} bytes).`,
      {},
      { Connection: "close" },
    );
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  if (declared > limit) return Promise.reject(tooLarge());
  const writer = open();
  const empty = (!(declared > 0) && req.headers["transfer-encoding"] === undefined) || req.readableEnded;
  if (empty) return writer.finish();
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (err: EmuError | undefined, ref?: BlobRef) => {
      if (settled) return;
      settled = true;
      if (err) {
        writer.abort();
        reject(err);
      } else resolve(ref as BlobRef);
    };
    const gone = () =>
      new EmuError(400, "request_failed", "The client closed the connection before sending the whole body.");
    if (req.destroyed) return settle(gone());
    req.on("close", () => {
      if (!req.readableEnded) settle(gone());
    });
    const onData = (chunk: Buffer) => {
      if (writer.size + chunk.length > limit) {
        req.off("data", onData);
        req.pause();
        settle(tooLarge());
        return;
      }
      if (!writer.write(chunk)) {
        req.pause();
        writer.drain().then(
          () => req.resume(),
          () => settle(new EmuError(507, "insufficient_storage", "The emulator could not store the upload.")),
        );
      }
    };
    req.on("data", onData);
    req.on("end", () => {
      if (settled) return;
      writer.finish().then(
        (ref) => settle(undefined, ref),
        () => settle(new EmuError(507, "insufficient_storage", "The emulator could not store the upload.")),
      );
    });
    req.on("error", () => settle(gone())); // "aborted": the client reset the connection
  });
}

/** Reads a request body to its end without keeping it; resolves with its size in bytes. */
function discardBody(req: IncomingMessage): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    if (req.destroyed) return resolve(0);
    req.on("close", () => resolve(size)); // the client left before the end
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
    });
    req.on("end", () => resolve(size));
    req.on("error", reject);
  });
}

/** Whether `host` (a `Host` header's name, or a URL hostname) is loopback, `localhost` or an IP literal. */
function isAddressOrLocalhost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h.endsWith(".localhost") || isIP(h) !== 0;
}

/** The query string of a logged request with credential values replaced by `[redacted]`. */
export function redactQuery(search: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const [name, value] of search) out.append(name, SECRET_QUERY.test(name) ? "[redacted]" : value);
  const text = out.toString();
  return text ? `?${text.replace(/%5Bredacted%5D/g, "[redacted]")}` : "";
}

/** Query parameters that carry credentials (API keys, signatures, tokens, OAuth codes and secrets). */
const SECRET_QUERY =
  /^(key|api_key|apikey|sig|signature|token|access_token|refresh_token|code|client_secret|password)$/i;

/** Request headers that carry credentials. */
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "x-api-key"]);

/** A URL path for the log, with API keys in management paths (`/apikeys/<key>`) redacted. */
function redactPath(path: string): string {
  return path.replace(/(\/apikeys\/)[^/]+/gi, "$1[redacted]");
}

/** The raw value of one spec parameter: a string, or an object for `deepObject` query parameters. */
function readParam(
  param: { name: string; in: string; style?: string },
  params: Record<string, string>,
  query: URLSearchParams,
  headers: IncomingMessage["headers"],
): string | Record<string, string> | undefined {
  switch (param.in) {
    case "path":
      return params[param.name];
    case "header": {
      const value = headers[param.name.toLowerCase()];
      return Array.isArray(value) ? value.join(", ") : value;
    }
    case "query": {
      if (param.style === "deepObject") {
        const prefix = `${param.name}[`;
        const entries = [...query].filter(([k]) => k.startsWith(prefix) && k.endsWith("]"));
        return entries.length
          ? Object.fromEntries(entries.map(([k, v]) => [k.slice(prefix.length, -1), v]))
          : undefined;
      }
      const values = query.getAll(param.name);
      return values.length ? values.join(",") : undefined;
    }
    default:
      return undefined;
  }
}

function retryAfterHeader(value: number | string | undefined): Record<string, string> {
  return value === undefined ? {} : { "Retry-After": String(value) };
}

/** CORS headers of every API response: any origin (echoed, so credentials work too). */
function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return {
    "Access-Control-Allow-Origin": origin ?? "*",
    "Access-Control-Expose-Headers": CORS_EXPOSE_HEADERS,
    ...(origin ? { Vary: "Origin" } : {}),
  };
}

/** The answer to a CORS preflight: every method the API uses and every header a client may send. */
function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const requested = String(req.headers["access-control-request-headers"] ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const allowed = [...new Set([...CORS_ALLOW_HEADERS, ...requested.filter((h) => /^x-kloudless-/i.test(h))])];
  return {
    "Access-Control-Allow-Methods": CORS_METHODS,
    "Access-Control-Allow-Headers": allowed.join(", "),
    "Access-Control-Max-Age": "600",
  };
}

/** Rules as JSON (a RegExp path becomes its source). */
function serializableRule(rule: FaultRule): Record<string, unknown> {
  const path = rule.match?.path;
  return path instanceof RegExp ? { ...rule, match: { ...rule.match, path: path.source } } : { ...rule };
}

/** Sends the first `limit` bytes of a streamed body (a download), then resets the connection. */
function cutStream(body: Readable, res: ServerResponse, limit: number): void {
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
function destroyHard(res: ServerResponse): void {
  const socket = res.socket;
  if (socket && typeof socket.resetAndDestroy === "function") socket.resetAndDestroy();
  else socket?.destroy();
}
