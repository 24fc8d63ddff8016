/**
 * Core API of the emulator: asynchronous tasks, the pass-through echo, raw-ID encoding and the
 * public service list. Other areas use `startTask` for `X-Kloudless-Async: true` requests,
 * `encodeRawId` to derive Kloudless IDs from upstream IDs and `pageNumberList` for page-number
 * lists.
 */
import { Buffer } from "node:buffer";
import { EmuError, replyForError } from "./errors.ts";
import type { ErrorReply, Schema } from "./replies.ts";
import { type EmulatorState, randomToken } from "./state.ts";
import type { AccountRecord, HandlerTable } from "./types.ts";

/** How long an asynchronous task runs before its result is ready (a second poll finishes it too). */
const TASK_DELAY_MS = 250;

/** One service Kloudless connects to, as `/public/services` lists it. */
export interface ServiceInfo {
  id: string;
  friendlyName: string;
  apis: string[];
}

/** The services the emulator knows (a representative subset of Kloudless' connectors). */
export const SERVICES: ServiceInfo[] = [
  { id: "dropbox", friendlyName: "Dropbox", apis: ["storage"] },
  { id: "box", friendlyName: "Box", apis: ["storage", "team"] },
  { id: "gdrive", friendlyName: "Google Drive", apis: ["storage", "team"] },
  { id: "skydrive", friendlyName: "OneDrive", apis: ["storage"] },
  { id: "onedrivebiz", friendlyName: "OneDrive for Business", apis: ["storage", "team"] },
  { id: "sharepoint", friendlyName: "SharePoint Online", apis: ["storage", "team"] },
  { id: "egnyte", friendlyName: "Egnyte", apis: ["storage"] },
  { id: "s3", friendlyName: "Amazon S3", apis: ["storage"] },
  { id: "google_calendar", friendlyName: "Google Calendar", apis: ["calendar", "team"] },
  { id: "outlook_calendar", friendlyName: "Outlook Calendar", apis: ["calendar", "team"] },
  { id: "salesforce", friendlyName: "Salesforce", apis: ["crm", "storage"] },
  { id: "hubspot", friendlyName: "HubSpot", apis: ["crm", "storage"] },
  { id: "gmail", friendlyName: "Gmail", apis: ["email", "team"] },
  { id: "slack", friendlyName: "Slack", apis: ["messaging", "storage", "team"] },
];

/** The friendly name of a service ID (the ID itself for unknown services). */
export function serviceName(id: string): string {
  return SERVICES.find((s) => s.id === id)?.friendlyName ?? id;
}

/**
 * The Kloudless ID of an upstream object: `<type>_` plus the URL-safe base64 of the raw ID, the
 * shape of Kloudless' newer IDs (`file_aWQ6...` encodes `id:...`). Being a pure function of the
 * raw ID, it makes `encode_raw_id` and `convert_id` work for any raw ID.
 */
export function encodeRawId(rawId: string, type: string): string {
  return `${type}_${Buffer.from(rawId, "utf8").toString("base64url")}`;
}

/** The raw ID inside a Kloudless ID made by `encodeRawId`, or undefined when `id` is not one. */
export function decodeRawId(id: string, type: string): string | undefined {
  const prefix = `${type}_`;
  if (!id.startsWith(prefix)) return undefined;
  const encoded = id.slice(prefix.length);
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return undefined;
  return Buffer.from(encoded, "base64url").toString("utf8");
}

/**
 * One page of a page-number list (§5.1): `total`, `count`, `page`, `next_page` (null on the last
 * page), `objects`, `type`, `api`. A page past the last one is 404 `not_found`, as the vendor
 * SDKs expect (they stop paging on it); page 1 of an empty list is an empty page.
 */
export function pageNumberList<T, Api extends string>(
  all: T[],
  page: number,
  pageSize: number,
  api: Api,
): {
  total: number;
  count: number;
  page: number;
  next_page: number | null;
  objects: T[];
  type: "object_list";
  api: Api;
} {
  const start = (page - 1) * pageSize;
  if (page > 1 && start >= all.length) throw new EmuError(404, "not_found", `page: ${page} is past the last page`);
  const objects = all.slice(start, start + pageSize);
  return {
    total: all.length,
    count: objects.length,
    page,
    next_page: start + pageSize < all.length ? page + 1 : null,
    objects,
    type: "object_list",
    api,
  };
}

/**
 * A page of a token-paged list (`count`, `page`, `next_page`, `objects`; page tokens are page
 * numbers as strings, as in the docs' examples), or an error message for a token this list
 * never gave out.
 */
export function tokenPage<T>(
  items: T[],
  query: URLSearchParams,
  defaultPageSize: number,
): { count: number; page: string; next_page: string | null; objects: T[] } | string {
  const page = query.get("page") ?? "1";
  const size = Number(query.get("page_size") ?? defaultPageSize);
  if (!/^[1-9]\d*$/.test(page)) return `page: '${page}' is not a page token of this list`;
  const index = Number(page);
  const objects = items.slice((index - 1) * size, index * size);
  return { count: objects.length, page, next_page: index * size < items.length ? String(index + 1) : null, objects };
}

/**
 * What a task's work makes: the body the operation that started it answers (a File, a Folder),
 * which `tasks.retrieve` answers as its own (`TaskResult`: the Task, or any object). The work
 * fails by throwing an `EmuError`.
 */
export type TaskOutput = Schema<"TaskResult">;

/** A running or finished asynchronous task. */
interface TaskRecord {
  id: string;
  accountId: number;
  status: "RECEIVED" | "STARTED";
  polls: number;
  work: () => TaskOutput | Promise<TaskOutput>;
  /** The result once the work has run: its output, or the error it failed with. */
  result?: { output: TaskOutput } | ErrorReply;
  timer?: ReturnType<typeof setTimeout>;
}

type TaskArea = Map<string, TaskRecord>;

function tasksOf(state: EmulatorState): TaskArea {
  return state.area<TaskArea>("tasks", () => new Map());
}

async function finish(task: TaskRecord, requestId: string): Promise<void> {
  if (task.result) return;
  if (task.timer) clearTimeout(task.timer);
  try {
    task.result = { output: await task.work() };
  } catch (err) {
    if (!(err instanceof EmuError)) throw err;
    task.result = replyForError(requestId, err);
  }
}

function taskJson(task: TaskRecord): Schema<"Task"> {
  return { id: task.id, status: task.status, state: task.status, api: "core", type: "task" };
}

/**
 * Starts `work` as an asynchronous task of `account` and returns the Task (the 202 answer's
 * body). The work runs in the background after `TASK_DELAY_MS`, or at the latest on the second
 * poll of `tasks.retrieve`. The first poll always answers the Task (`STARTED`), so clients
 * meet the running state deterministically; from the second poll on, the result is answered
 * instead of the Task.
 */
export function startTask(
  state: EmulatorState,
  account: AccountRecord,
  requestId: string,
  work: () => TaskOutput | Promise<TaskOutput>,
): Schema<"Task"> {
  const task: TaskRecord = { id: `task_${randomToken(12)}`, accountId: account.id, status: "RECEIVED", polls: 0, work };
  task.timer = setTimeout(() => void finish(task, requestId).catch(() => undefined), TASK_DELAY_MS);
  task.timer.unref();
  tasksOf(state).set(task.id, task);
  return taskJson(task);
}

/** Cancels the timers of unfinished tasks, so that a closed emulator leaves nothing behind. */
export function stopTasks(state: EmulatorState): void {
  for (const task of tasksOf(state).values()) if (task.timer) clearTimeout(task.timer);
}

/** The services list filtered by a comma-separated `apis` value. */
function servicesFor(apis: unknown): ServiceInfo[] {
  if (typeof apis !== "string") return SERVICES;
  const wanted = apis
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  return SERVICES.filter((s) => wanted.every((api) => s.apis.includes(api)));
}

function serviceJson(s: ServiceInfo): Schema<"Service"> {
  return {
    id: s.id,
    name: s.id,
    friendly_name: s.friendlyName,
    apis: s.apis,
    logo_url: null,
  };
}

/** What each API lets a service do, as `properties.capabilities` names it. */
const API_CAPABILITIES: Record<string, string[]> = {
  storage: [
    "storage.folders.list",
    "storage.folders.create",
    "storage.files.upload",
    "storage.files.download",
    "storage.links.create",
    "storage.search",
  ],
  calendar: ["calendar.calendars.list", "calendar.events.list", "calendar.events.create"],
  crm: ["crm.accounts.list", "crm.contacts.list"],
  email: ["email.messages.list"],
  messaging: ["messaging.messages.list"],
  team: ["team.users.list", "team.groups.list"],
};

/**
 * The `capabilities` of a service (`retrieve_properties=true`): every capability of every API
 * the emulator knows, `[{"result": true}]` where the service offers the API, else `false`.
 */
function capabilitiesOf(s: ServiceInfo): Record<string, { result: boolean }[]> {
  const out: Record<string, { result: boolean }[]> = {};
  for (const [api, names] of Object.entries(API_CAPABILITIES)) {
    for (const name of names) out[name] = [{ result: s.apis.includes(api) }];
  }
  return out;
}

/** The query string of a request as an object; repeated names become arrays. */
function queryObject(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    out[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return out;
}

/** Creates the handlers of the core area. */
export function createCoreHandlers(state: EmulatorState): HandlerTable {
  return {
    // A finished task answers the body of the operation that started it, or its error: the
    // spec's TaskResult is the Task or any object.
    "tasks.retrieve": async (req, _ctx, reply) => {
      const account = req.account as AccountRecord;
      const task = tasksOf(state).get(String(req.params.task_id));
      if (!task || task.accountId !== account.id)
        throw new EmuError(404, "not_found", `Task not found: ${req.params.task_id}`);
      task.polls += 1;
      if (task.polls >= 2) {
        await finish(task, req.requestId);
        const result = task.result as { output: TaskOutput } | ErrorReply;
        return "output" in result ? reply(200, result.output) : result;
      }
      task.status = "STARTED";
      return reply(200, taskJson(task));
    },

    /**
     * The pass-through API has no upstream here, so it answers a predictable echo of what would
     * have been forwarded: 200 JSON `{account, method, uri, query, headers, body, body_encoding}`
     * where `headers` is the parsed `X-Kloudless-Raw-Headers` object and `body` is the request
     * body as UTF-8 text (`body_encoding: "utf8"`) or, when it is not valid UTF-8, base64
     * (`body_encoding: "base64"`).
     */
    "core.raw": (req, _ctx, reply) => {
      const account = req.account as AccountRecord;
      const rawHeaders = req.headers["x-kloudless-raw-headers"];
      let headers: unknown = {};
      if (typeof rawHeaders === "string" && rawHeaders.trim() !== "") {
        try {
          headers = JSON.parse(rawHeaders);
        } catch {
          throw new EmuError(400, "invalid_parameters", "X-Kloudless-Raw-Headers: must be a JSON object");
        }
        if (headers === null || typeof headers !== "object" || Array.isArray(headers)) {
          throw new EmuError(400, "invalid_parameters", "X-Kloudless-Raw-Headers: must be a JSON object");
        }
      }
      const text = new TextDecoder("utf-8", { fatal: false }).decode(req.body);
      const isUtf8 = Buffer.from(text, "utf8").equals(req.body);
      const echo = {
        account: account.id,
        method: req.headers["x-kloudless-raw-method"],
        uri: req.headers["x-kloudless-raw-uri"],
        query: queryObject(req.query),
        headers,
        body: isUtf8 ? text : req.body.toString("base64"),
        body_encoding: isUtf8 ? "utf8" : "base64",
      };
      // The spec declares the upstream's answer as any content (`*/*`): the echo is sent as bytes.
      return reply.binary(200, Buffer.from(JSON.stringify(echo)), { "Content-Type": "application/json" });
    },

    /** Decision: `{"id": ...}` (the Java SDK's body) stands for `raw_id`; `type` defaults to `folder` for `root`, else `file`. */
    "core.encodeRawId": (req, _ctx, reply) => {
      const body = req.json as { raw_id?: string; id?: string; type?: string };
      const rawId = (body.raw_id ?? body.id) as string;
      const type = body.type ?? (rawId === "root" ? "folder" : "file");
      return reply(200, { id: encodeRawId(rawId, type) });
    },

    "services.list": (req, _ctx, reply) => {
      const withProperties = req.args?.retrieve_properties === true;
      const objects = servicesFor(req.args?.apis).map((s) =>
        withProperties ? { ...serviceJson(s), properties: { capabilities: capabilitiesOf(s) } } : serviceJson(s),
      );
      return reply(200, {
        total: objects.length,
        count: objects.length,
        page: 1,
        next_page: null,
        objects,
        type: "object_list",
        api: "core",
      });
    },

    "services.retrieve": (req, _ctx, reply) => {
      const service = SERVICES.find((s) => s.id === req.params.service_id);
      if (!service) throw new EmuError(404, "not_found", `Service not found: ${req.params.service_id}`);
      return reply(200, serviceJson(service));
    },
  };
}
