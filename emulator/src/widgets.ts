/**
 * The configuration endpoints of Kloudless' browser widgets, which live outside `/v1`: the File
 * Picker's `GET /file-picker/config/?app_id=...` and the Meeting Scheduler's (File Explorer's)
 * `GET /file-explorer/config?app_id=...&origin=...`. Both answer `{"user_data": {...}}`, which
 * the widgets read before anything else; the server adds the CORS headers.
 */
import { errorReply } from "./errors.ts";
import type { EmulatorState } from "./state.ts";
import type { EmuReply } from "./types.ts";

/** Paths of the widget configuration endpoints (a trailing slash is optional). */
export const WIDGET_CONFIG_PATH = /^\/(file-picker|file-explorer)\/config\/?$/;

/**
 * The widget configuration of the application `app_id`: `user_data.app_id`, and
 * `user_data.trusted`, true when `origin` is a loopback origin (the emulator's stand-in for
 * the application's trusted domains, which decide whether a widget may hand tokens to the
 * page). An unknown or inactive `app_id` is 404 `not_found`; a missing one 400.
 */
export function widgetConfig(state: EmulatorState, query: URLSearchParams, requestId: string): EmuReply {
  const appId = query.get("app_id");
  if (!appId) return errorReply(requestId, 400, "invalid_parameters", "app_id: is required");
  if (!state.applications.get(appId)?.active) {
    return errorReply(requestId, 404, "not_found", `Application not found: ${appId}`);
  }
  let trusted = false;
  const origin = query.get("origin");
  if (origin) {
    try {
      const host = new URL(origin).hostname.replace(/^\[|\]$/g, "");
      trusted = host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
    } catch {
      trusted = false;
    }
  }
  return { status: 200, json: { user_data: { app_id: appId, trusted } } };
}
