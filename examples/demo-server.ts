/**
 * The three-legged OAuth demo server: connect a storage or calendar account, then see the
 * account with its root folder or its primary calendar's events.
 *
 *   npx tsx examples/demo-server.ts          # against a bundled emulator, on port 8020
 *   KLOUDLESS_APP_ID=... KLOUDLESS_API_KEY=... KLOUDLESS_BASE_URL=https://api.kloudless.com npx tsx examples/demo-server.ts
 *
 * Then open http://localhost:8020.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Account, getAuthorizationUrl, getTokenFromCode, isKloudlessError } from "../src/index.ts";

/** What the demo server needs to know. */
export interface DemoConfig {
  appId: string;
  apiKey: string;
  /** Kloudless API server root. */
  baseUrl: string;
  /** Port to listen on (0 for any free port). */
  port: number;
}

/** One browser session: the OAuth state while connecting, then the connected token. */
interface Session {
  state?: string;
  token?: string;
  api?: "storage" | "calendar";
}

const html = (text: unknown): string => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><title>Kloudless demo</title><body>${body}</body>`);
}

function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(302, { location, ...headers });
  res.end();
}

/** Starts the demo server; resolves once it listens. */
export async function startDemoServer(config: DemoConfig): Promise<{ url: string; server: Server }> {
  const sessions = new Map<string, Session>();
  let origin = "";

  const sessionOf = (req: IncomingMessage, res: ServerResponse): Session => {
    const id = /(?:^|;\s*)demo_session=([\w-]+)/.exec(req.headers.cookie ?? "")?.[1];
    const existing = id ? sessions.get(id) : undefined;
    if (existing) return existing;
    const fresh = randomBytes(16).toString("base64url");
    const session: Session = {};
    sessions.set(fresh, session);
    res.setHeader("set-cookie", `demo_session=${fresh}; HttpOnly; SameSite=Lax; Path=/`);
    return session;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", origin);
    const session = sessionOf(req, res);
    const redirectUri = `${origin}/callback`;

    if (url.pathname === "/") {
      return page(
        res,
        200,
        `<h1>Kloudless OAuth demo</h1><p><a href="/connect?api=storage">Connect a storage account</a></p>
         <p><a href="/connect?api=calendar">Connect a calendar account</a></p>`,
      );
    }
    if (url.pathname === "/connect") {
      const api = url.searchParams.get("api") === "calendar" ? "calendar" : "storage";
      const { url: authorizeUrl, state } = getAuthorizationUrl({
        appId: config.appId,
        redirectUri,
        scope: api,
        baseUrl: config.baseUrl,
      });
      session.state = state;
      session.api = api;
      return redirect(res, authorizeUrl);
    }
    if (url.pathname === "/callback") {
      const token = await getTokenFromCode({
        appId: config.appId,
        apiKey: config.apiKey,
        origState: session.state,
        origRedirectUri: redirectUri,
        params: url.searchParams,
        baseUrl: config.baseUrl,
      });
      session.state = undefined;
      session.token = token;
      return redirect(res, "/account");
    }
    if (url.pathname === "/account") {
      if (!session.token) return redirect(res, "/");
      const account = new Account({ token: session.token, baseUrl: config.baseUrl });
      const me = await account.get();
      const rows: string[] = [];
      if (session.api === "calendar") {
        const events = await account.get("cal/calendars/{calendar_id}/events", {
          path: { calendar_id: "primary" },
          params: { page_size: 20, start: "2000-01-01T00:00:00Z", end: "2100-01-01T00:00:00Z" },
        });
        for (const event of events)
          rows.push(`${html(event.data.name)}: ${html(event.data.start)} ~ ${html(event.data.end)}`);
      } else {
        const contents = await account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
        for await (const item of contents) rows.push(`${html(item.data.type)}: ${html(item.data.name)}`);
      }
      return page(
        res,
        200,
        `<h1>Connected: ${html(me.data.account)} (${html(me.data.service)})</h1>
         <h2>${session.api === "calendar" ? "Primary calendar events" : "Root folder"}</h2>
         <ul>${rows.map((row) => `<li>${row}</li>`).join("")}</ul><p><a href="/">Connect another</a></p>`,
      );
    }
    return page(res, 404, "<h1>Not found</h1>");
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Kloudless errors are safe to show: their messages never hold credentials.
      const message = isKloudlessError(error) ? error.message : "internal error";
      if (!res.headersSent) page(res, 400, `<h1>Connection failed</h1><p>${html(message)}</p>`);
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(config.port, "127.0.0.1", resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return { url: origin, server };
}

const entry = process.argv[1];
if (entry && import.meta.url === new URL(`file://${entry}`).href) {
  const env = process.env;
  let config: DemoConfig;
  if (env.KLOUDLESS_APP_ID && env.KLOUDLESS_API_KEY) {
    config = {
      appId: env.KLOUDLESS_APP_ID,
      apiKey: env.KLOUDLESS_API_KEY,
      baseUrl: env.KLOUDLESS_BASE_URL ?? "https://api.kloudless.com",
      port: 8020,
    };
  } else {
    const { startEmulator } = await import("../emulator/src/index.ts");
    const emu = await startEmulator({ port: 0 });
    console.log(`No KLOUDLESS_APP_ID/KLOUDLESS_API_KEY: using a local Kloudless emulator at ${emu.url}`);
    config = { appId: emu.appId, apiKey: emu.apiKey, baseUrl: emu.url, port: 8020 };
  }
  const { url } = await startDemoServer(config);
  console.log(`Kloudless OAuth demo at ${url}`);
}
