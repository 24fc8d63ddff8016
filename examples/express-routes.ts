/**
 * Express routes for the authorization code flow, the counterpart of the Python SDK's
 * Django sample: one route starts the flow, the other is the redirect URI.
 *
 * Mount them on your app with your own session middleware:
 *
 *   app.use(kloudlessRoutes({ appId, apiKey, redirectUri, sessions, saveToken }));
 */
import { type Response as ExpressResponse, type Request, Router } from "express";
import { getAuthorizationUrl, getTokenFromCode, isKloudlessError } from "../src/index.ts";

/** Where the routes keep the OAuth state between the two legs (e.g. a cookie session). */
export interface StateStore {
  get(req: Request): string | undefined;
  set(req: Request, res: ExpressResponse, state: string | undefined): void;
}

/** Settings of the routes. */
export interface KloudlessRoutesOptions {
  appId: string;
  apiKey: string;
  /** The absolute URL of the `/kloudless/callback` route, as registered with the application. */
  redirectUri: string;
  /** Kloudless API server root (default `https://api.kloudless.com`). */
  baseUrl?: string;
  /** Scopes to request (default `storage`). */
  scope?: string;
  sessions: StateStore;
  /** Stores the connected account's Bearer token for the current user. */
  saveToken(req: Request, token: string): Promise<void> | void;
}

/** `GET /kloudless/connect` starts the flow; `GET /kloudless/callback` finishes it. */
export function kloudlessRoutes(options: KloudlessRoutesOptions): Router {
  const router = Router();

  router.get("/kloudless/connect", (req, res) => {
    const { url, state } = getAuthorizationUrl({
      appId: options.appId,
      redirectUri: options.redirectUri,
      scope: options.scope ?? "storage",
      baseUrl: options.baseUrl,
    });
    options.sessions.set(req, res, state);
    res.redirect(url);
  });

  router.get("/kloudless/callback", async (req, res) => {
    try {
      const token = await getTokenFromCode({
        appId: options.appId,
        apiKey: options.apiKey,
        origState: options.sessions.get(req),
        origRedirectUri: options.redirectUri,
        params: req.query as Record<string, string>,
        baseUrl: options.baseUrl,
      });
      options.sessions.set(req, res, undefined);
      await options.saveToken(req, token);
      res.send("Account connects successfully.");
    } catch (error) {
      if (!isKloudlessError(error)) throw error;
      res.status(400).send(`Could not connect the account: ${error.message}`);
    }
  });

  return router;
}
