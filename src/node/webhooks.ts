/**
 * The webhook receiver for Node's `http` servers and Express, on the same core as
 * `kloudless-ts/webhooks` (`processWebhook`): it reads the raw body itself, so mount it before any
 * body parser (or behind `express.raw({ type: "*\/*" })`, whose Buffer it uses).
 *
 * ```ts
 * import { createServer } from "node:http";
 * import { createWebhookListener } from "kloudless-ts/node";
 *
 * createServer(createWebhookListener({ apiKey, appId, client, onEvents })).listen(8080);
 * app.post("/kloudless/webhook", createWebhookListener({ apiKey, appId, client, onEvents })); // Express
 * ```
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  checkedOptions,
  processWebhook,
  SIGNATURE_HEADER,
  type WebhookHandlerOptions,
  type WebhookReply,
} from "../helpers/webhooks.ts";

/** The most a notification body may weigh (they are `account=<id>`); larger ones are answered 413. */
const MAX_BODY_BYTES = 64 * 1024;

/** A Node request, with the `body` a framework may have read already (a Buffer or text). */
export type WebhookIncomingMessage = IncomingMessage & {
  /** The body a framework read already (`express.raw()` leaves a Buffer). */
  body?: unknown;
};

/** A `(req, res, next?)` listener: for `http.createServer`, and an Express route or middleware. */
export type WebhookListener = (
  req: WebhookIncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

class BodyTooLarge extends Error {}

/** The raw body: the Buffer or text a framework left in `req.body`, else read from the stream. */
async function rawBody(req: WebhookIncomingMessage): Promise<Uint8Array | string> {
  if (Buffer.isBuffer(req.body) || typeof req.body === "string") return req.body;
  if (req.body !== undefined && req.readableEnded) {
    throw new Error(
      "the request body was parsed before the webhook listener: mount it before body parsers or behind express.raw()",
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, answer: WebhookReply, extra: Record<string, string> = {}): void {
  res.writeHead(answer.status, { ...answer.headers, ...extra, "Content-Length": Buffer.byteLength(answer.body) });
  res.end(answer.body);
}

/**
 * A webhook receiver for `node:http` and Express: verifies the signature (401), answers 400 for a
 * body without an account, reads the account's new events into `onEvents` by cursor and answers
 * 200 with the application ID. Non-POST requests get 405; bodies over 64 KiB get 413.
 */
export function createWebhookListener(options: WebhookHandlerOptions): WebhookListener {
  const bound = checkedOptions(options);
  const text = (status: number, body: string): WebhookReply => ({
    status,
    body,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
  return async (req, res, next) => {
    if ((req.method ?? "GET").toUpperCase() !== "POST") {
      send(res, text(405, "webhooks are POSTed"), { Allow: "POST" });
      return;
    }
    let body: Uint8Array | string;
    try {
      body = await rawBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        send(res, text(413, "the body is too large for a webhook notification"), { Connection: "close" });
        req.resume();
        return;
      }
      if (next) next(error);
      else send(res, text(500, (error as Error).message));
      return;
    }
    const signature = req.headers[SIGNATURE_HEADER.toLowerCase()];
    send(res, await processWebhook(body, Array.isArray(signature) ? signature[0] : signature, bound));
  };
}
