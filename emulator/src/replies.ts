/**
 * Handler replies typed from the spec. A handler registered for an operation answers through
 * the `reply` it is given, typed by that operation: only a success status the operation
 * declares, with the body the spec gives it (JSON typed by `generated/schema.ts`; a raw body,
 * through `reply.binary`, where the spec declares binary content; none for an empty answer), or
 * an error built by the one error helper (`errorReply`, `ctx.error`). Anything else fails to
 * compile; `validate.ts` still checks every JSON answer at run time with `strictResponses`.
 *
 * Replies are branded by operation, so a handler cannot return a reply object it wrote itself
 * (TypeScript does not check a returned object literal for excess properties against the
 * function's contextual type; it does check a call's arguments, so `reply(200, {...})` does).
 * The types are computed per operation where a handler of it is written (the table is a mapped
 * type over the operationIds), so tsc pays only for the operations the emulator uses.
 */
import type { Readable } from "node:stream";
import type { components, operations } from "../../generated/schema.ts";
import type { EmuContext, EmuReply, EmuRequest } from "./types.ts";

/** An operationId of the spec, e.g. `storage.files.retrieve`. */
export type OperationId = keyof operations & string;

/** A schema of the spec's components by name, as answers carry it (writeOnly fields dropped). */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/** Statuses a handler answers itself; error statuses (429, `4XX`, `5XX`) are the error helper's. */
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 300 | 301 | 302 | 303 | 304 | 307 | 308;

type ResponsesOf<Op extends OperationId> = operations[Op]["responses"];

/** The success statuses operation `Op` declares. */
export type StatusOf<Op extends OperationId> = Extract<keyof ResponsesOf<Op>, SuccessStatus>;

/** The content map of `Op`'s `S` response, `undefined` when it has no body. */
type ContentOf<Op extends OperationId, S extends StatusOf<Op>> = ResponsesOf<Op>[S] extends { content: infer C }
  ? C
  : undefined;

/** The statuses of `Op` whose body is JSON (`json`), binary (`binary`) or absent (`empty`). */
type StatusesWith<Op extends OperationId, Kind extends "json" | "binary" | "empty"> = {
  [S in StatusOf<Op>]: KindOf<ContentOf<Op, S>> extends Kind ? S : never;
}[StatusOf<Op>];

type KindOf<C> = C extends undefined ? "empty" : "application/json" extends keyof C ? "json" : "binary";

/** The JSON body of `Op`'s `S` answer. */
export type JsonOf<Op extends OperationId, S extends StatusOf<Op>> =
  ContentOf<Op, S> extends {
    "application/json": infer J;
  }
    ? J
    : never;

/** Response headers a reply adds. */
type ReplyHeaders = Record<string, string>;

declare const replyBrand: unique symbol;
declare const errorBrand: unique symbol;

/** A success reply of operation `Op`, made by its `reply` only. */
export interface SpecReply<Op extends OperationId> {
  readonly status: number;
  readonly json?: unknown;
  readonly body?: Buffer | Readable;
  readonly headers?: ReplyHeaders;
  readonly [replyBrand]: Op;
}

/**
 * A Kloudless error reply. Only `errorReply` (errors.ts) makes one, so every error body a handler
 * answers has the API's shape; any operation may answer it (all declare `4XX` and `5XX`).
 */
export interface ErrorReply {
  readonly status: number;
  readonly json: Schema<"Error">;
  readonly headers: ReplyHeaders;
  readonly [errorBrand]: true;
}

/** What a handler of `Op` may answer: a response `Op` declares, or an error. */
export type ReplyOf<Op extends OperationId> = SpecReply<Op> | ErrorReply;

/** Makes the replies of operation `Op`: `reply(200, json)`, `reply.empty(204)`, `reply.binary(200, body)`. */
export interface Replier<Op extends OperationId> {
  /** A JSON answer with a status `Op` declares JSON for. */
  <S extends StatusesWith<Op, "json">>(status: S, json: JsonOf<Op, S>, headers?: ReplyHeaders): SpecReply<Op>;
  /** An answer without a body (204, a redirect), for a status `Op` declares without one. */
  empty<S extends StatusesWith<Op, "empty">>(status: S, headers?: ReplyHeaders): SpecReply<Op>;
  /** A raw body (a download, a thumbnail), for a status `Op` declares binary content for. */
  binary<S extends StatusesWith<Op, "binary">>(
    status: S,
    body: Buffer | Readable,
    headers?: ReplyHeaders,
  ): SpecReply<Op>;
}

/** A handler of operation `Op`. */
export type Handler<Op extends OperationId> = (
  req: EmuRequest,
  ctx: EmuContext,
  reply: Replier<Op>,
) => ReplyOf<Op> | Promise<ReplyOf<Op>>;

/** Handlers keyed by operationId: each key's handler is typed by its operation. */
export type HandlerTable = { [Op in OperationId]?: Handler<Op> };

/** A handler as the server calls it, whatever its operation. */
export type AnyHandler = (req: EmuRequest, ctx: EmuContext) => EmuReply | Promise<EmuReply>;

/** The one run-time replier: the types above are what tie it to an operation. */
const replier = Object.assign(
  (status: number, json?: unknown, headers?: ReplyHeaders): EmuReply => ({
    status,
    ...(json === undefined ? {} : { json }),
    ...(headers ? { headers } : {}),
  }),
  {
    empty: (status: number, headers?: ReplyHeaders): EmuReply => ({ status, ...(headers ? { headers } : {}) }),
    binary: (status: number, body: Buffer | Readable, headers?: ReplyHeaders): EmuReply => ({
      status,
      body,
      ...(headers ? { headers } : {}),
    }),
  },
);

/** The handler of `operationId` in `table`, for a dispatch by a run-time operationId. */
export function handlerOf(table: HandlerTable, operationId: string): AnyHandler | undefined {
  const handler = (table as Record<string, Handler<OperationId> | undefined>)[operationId];
  if (!handler) return undefined;
  return (req, ctx) =>
    handler(req, ctx, replier as unknown as Replier<OperationId>) as unknown as EmuReply | Promise<EmuReply>;
}
