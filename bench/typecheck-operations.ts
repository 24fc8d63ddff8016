/**
 * The 50 operations of benchmark 5 (bench/typecheck.ts), each written once as data: the three
 * consumers (generated methods, typed paths, bare openapi-fetch) are derived from this table,
 * so that they make the same calls and differ only in call style.
 *
 * Account-scoped operations are called on an `Account` (their `account_id` bound, `me` for
 * openapi-fetch), client-scoped ones on a `Client`. `params` and `json` hold what the spec
 * requires and nothing more (a required body whose fields are all optional is `{}`), so that
 * every style types the same minimal request.
 */
import type { OperationId } from "../generated/operations.ts";

/** One operation of the benchmark. */
export interface BenchOperation {
  /** The operationId. */
  readonly id: OperationId;
  /** Values of the path placeholders, `account_id` excepted. */
  readonly path?: Readonly<Record<string, string>>;
  /** Query parameters the spec requires. */
  readonly params?: Readonly<Record<string, unknown>>;
  /** The JSON body, where the spec requires one. */
  readonly json?: unknown;
}

/** 50 different operations: storage, calendar, events, team, tasks and core on an account; accounts, meta and services on a client. */
export const BENCH_OPERATIONS: readonly BenchOperation[] = [
  // Account-scoped: the account itself, tasks, core.
  { id: "accounts.retrieve" },
  { id: "accounts.update", json: {} },
  { id: "tasks.retrieve", path: { task_id: "task_1" } },
  { id: "core.encodeRawId", json: { raw_id: "raw_1" } },
  // Storage: files.
  { id: "storage.files.retrieve", path: { file_id: "file_1" } },
  { id: "storage.files.delete", path: { file_id: "file_1" } },
  { id: "storage.files.update", path: { file_id: "file_1" }, json: {} },
  { id: "storage.files.copy", path: { file_id: "file_1" }, json: { parent_id: "root" } },
  { id: "storage.files.thumbnail", path: { file_id: "file_1" } },
  { id: "storage.files.listServiceLinks", path: { file_id: "file_1" } },
  { id: "storage.files.listPermissions", path: { file_id: "file_1" } },
  { id: "storage.files.setPermissions", path: { file_id: "file_1" } },
  { id: "storage.files.listProperties", path: { file_id: "file_1" } },
  { id: "storage.files.updateProperties", path: { file_id: "file_1" }, json: [{ key: "k", value: "v" }] },
  { id: "storage.files.createUploadUrl", json: { parent_id: "root", name: "report.pdf" } },
  // Storage: folders.
  { id: "storage.folders.create", json: { name: "Reports" } },
  { id: "storage.folders.retrieve", path: { folder_id: "root" } },
  { id: "storage.folders.delete", path: { folder_id: "folder_1" } },
  { id: "storage.folders.update", path: { folder_id: "folder_1" }, json: {} },
  { id: "storage.folders.listContents", path: { folder_id: "root" } },
  { id: "storage.folders.copy", path: { folder_id: "folder_1" }, json: { parent_id: "root" } },
  // Storage: multipart uploads, links, search and the rest.
  { id: "storage.multipart.init", json: { name: "big.bin", parent_id: "root" } },
  { id: "storage.multipart.retrieve", path: { multipart_id: "mp_1" } },
  { id: "storage.multipart.complete", path: { multipart_id: "mp_1" } },
  { id: "storage.links.create", json: { file_id: "file_1" } },
  { id: "storage.links.retrieve", path: { link_id: "link_1" } },
  { id: "storage.links.update", path: { link_id: "link_1" }, json: {} },
  { id: "storage.search", params: { q: "report" } },
  { id: "storage.recent" },
  { id: "storage.quota" },
  { id: "storage.convertId", json: { raw_id: "raw_1", type: "file" } },
  // Events.
  { id: "events.list" },
  { id: "events.latestCursor" },
  // Calendar.
  { id: "calendar.calendars.list" },
  { id: "calendar.calendars.retrieve", path: { calendar_id: "primary" } },
  {
    id: "calendar.events.create",
    path: { calendar_id: "primary" },
    json: { start: "2030-01-01T12:30:00Z", end: "2030-01-01T13:30:00Z" },
  },
  { id: "calendar.events.retrieve", path: { calendar_id: "primary", event_id: "event_1" } },
  { id: "calendar.findAvailability", json: { meeting_duration: "PT1H", constraints: { time_windows: [] } } },
  // Team.
  { id: "team.users.list" },
  { id: "team.users.retrieve", path: { user_id: "user_1" } },
  { id: "team.groups.listMembers", path: { group_id: "group_1" } },
  // Client-scoped: accounts, meta, services.
  { id: "accounts.list" },
  { id: "meta.applications.list" },
  { id: "meta.applications.retrieve", path: { application_id: "app_1" } },
  { id: "meta.apiKeys.list", path: { application_id: "app_1" } },
  { id: "meta.webhooks.list", path: { application_id: "app_1" } },
  { id: "meta.webhooks.create", path: { application_id: "app_1" }, json: { url: "https://example.com/hook" } },
  { id: "meta.developers.list" },
  { id: "services.list" },
  { id: "services.retrieve", path: { service_id: "gdrive" } },
];
