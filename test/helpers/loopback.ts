/**
 * A tiny programmable HTTP server on 127.0.0.1 for runtime tests: register routes, let the SDK
 * talk to it over real HTTP, then read what the server saw. Every request is captured (method,
 * path, query, headers, body) whether a route answered it or not.
 *
 *   const lb = await startLoopback();
 *   lb.on("GET", "/v1/accounts/me", json({ id: 1 }));
 *   const account = new Account({ token: "t", baseUrl: lb.url, maxRetries: 0 });
 *   await account.get();
 *   expect(lb.last().headers.authorization).toBe("Bearer t");
 */
import { Buffer } from "node:buffer";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the server received it. */
export interface Captured {
  method: string;
  /** Path and query as sent (`/v1/accounts/me?x=1`), still percent-encoded. */
  rawUrl: string;
  /** Path without the query, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The body as UTF-8 text. */
  text: string;
}

/** What a route answers. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** A JSON body (sets `Content-Type: application/json` unless `headers` name one). */
  json?: unknown;
  /** A raw body. */
  body?: string | Uint8Array;
  /** `false` leaves out the automatic `X-Request-Id` header. */
  requestId?: string | false;
}

/** A route's answer: a fixed reply or a function of the request (and of the call count). */
export type Handler = Reply | ((req: Captured, call: number) => Reply | Promise<Reply>);

interface Route {
  method: string;
  path: string | RegExp;
  handler: Handler;
  calls: number;
}

/** A running loopback server. */
export interface Loopback {
  /** `http://127.0.0.1:<port>`, to use as `baseUrl`. */
  url: string;
  /** Every request received, oldest first. */
  requests: Captured[];
  /** Adds a route; a later route for the same method and path wins. `path` excludes the query. */
  on(method: string, path: string | RegExp, handler: Handler): Loopback;
  /** The last request received (throws when there is none). */
  last(): Captured;
  /** Requests whose path matches, oldest first. */
  seen(path: string | RegExp): Captured[];
  /** Forgets the routes and the captured requests. */
  reset(): void;
  close(): Promise<void>;
}

/** A JSON reply. */
export function json(data: unknown, init: Omit<Reply, "json" | "body"> = {}): Reply {
  return { ...init, json: data };
}

/** A raw reply with a content type (default `application/octet-stream`). */
export function bytes(body: string | Uint8Array, contentType = "application/octet-stream", init: Reply = {}): Reply {
  return { ...init, body, headers: { "content-type": contentType, ...init.headers } };
}

/** A Kloudless error reply: `{status_code, error_code, message, id}`. */
export function apiError(status: number, errorCode: string, message: string, init: Reply = {}): Reply {
  const id = typeof init.requestId === "string" ? init.requestId : `err-${status}`;
  return { ...init, status, requestId: id, json: { status_code: status, error_code: errorCode, message, id } };
}

/** A reply with a status and no body (`204` by default). */
export function empty(status = 204, headers: Record<string, string> = {}): Reply {
  return { status, headers };
}

function matches(route: Route, method: string, path: string): boolean {
  if (route.method !== "*" && route.method !== method) return false;
  return typeof route.path === "string" ? route.path === path : route.path.test(path);
}

/** Starts a loopback server on a free port. */
export async function startLoopback(): Promise<Loopback> {
  let routes: Route[] = [];
  const requests: Captured[] = [];
  let counter = 0;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const rawUrl = req.url ?? "/";
      const queryAt = rawUrl.indexOf("?");
      const body = Buffer.concat(chunks);
      const captured: Captured = {
        method: req.method ?? "GET",
        rawUrl,
        path: queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt),
        query: new URLSearchParams(queryAt < 0 ? "" : rawUrl.slice(queryAt + 1)),
        headers: req.headers,
        body,
        text: body.toString("utf8"),
      };
      requests.push(captured);
      const route = [...routes].reverse().find((r) => matches(r, captured.method, captured.path));
      let reply: Reply;
      try {
        if (!route) {
          reply = apiError(404, "not_found", `no loopback route for ${captured.method} ${captured.path}`);
        } else {
          route.calls += 1;
          reply = typeof route.handler === "function" ? await route.handler(captured, route.calls) : route.handler;
        }
      } catch (error) {
        reply = { status: 500, body: `loopback handler failed: ${String(error)}` };
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(reply.headers ?? {})) headers[name.toLowerCase()] = value;
      counter += 1;
      if (reply.requestId !== false && !headers["x-request-id"]) {
        headers["x-request-id"] = reply.requestId ?? `req-${counter}`;
      }
      let payload: Buffer | undefined;
      if (reply.json !== undefined) {
        headers["content-type"] ??= "application/json";
        payload = Buffer.from(JSON.stringify(reply.json));
      } else if (reply.body !== undefined) {
        payload = Buffer.from(reply.body);
      }
      res.writeHead(reply.status ?? 200, headers);
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const loopback: Loopback = {
    url: `http://127.0.0.1:${port}`,
    requests,
    on(method, path, handler) {
      routes.push({ method: method.toUpperCase(), path, handler, calls: 0 });
      return loopback;
    },
    last() {
      const req = requests[requests.length - 1];
      if (!req) throw new Error("the loopback server has received no request");
      return req;
    },
    seen(path) {
      return requests.filter((r) => (typeof path === "string" ? r.path === path : path.test(r.path)));
    },
    reset() {
      routes = [];
      requests.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return loopback;
}
