/**
 * The operation table of Kloudless API v1: one record per operation of the spec, holding only
 * what the runtime needs (it ships in every bundle; parameters and schemas are in the types).
 * Path parameters are the `{name}` placeholders of `path`, in order.
 * Generated from spec/ by codegen/generate.ts. Do not edit.
 */

/** What the runtime needs to call one operation. */
export interface OperationSpec {
  /** HTTP method. */
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path template relative to the API version root, e.g. `/accounts/{account_id}/storage/files/{file_id}`. */
  readonly path: string;
  /** `account`: bound to an account by `Account`; `client`: application level. */
  readonly scope: "account" | "client";
  /** Paging style of the list it returns. */
  readonly paging: "page" | "token" | "cursor" | "none";
  /** What the success response holds: parsed only when `json`. */
  readonly response: "json" | "binary" | "empty" | "any";
  /** How the runtime wraps the success response. */
  readonly result: "list" | "resource" | "json" | "response";
  /** Runtime helper serving the generated method (`x-kloudless-helper`), when there is one. */
  readonly helper?: string;
}

/** Every operationId of the spec. */
export type OperationId =
  | "oauth.authorize"
  | "oauth.verifyToken"
  | "oauth.getToken"
  | "tasks.retrieve"
  | "core.raw"
  | "core.encodeRawId"
  | "services.list"
  | "services.retrieve"
  | "accounts.list"
  | "accounts.import"
  | "accounts.retrieve"
  | "accounts.delete"
  | "accounts.update"
  | "storage.files.upload"
  | "storage.files.createUploadUrl"
  | "storage.files.retrieve"
  | "storage.files.updateContents"
  | "storage.files.delete"
  | "storage.files.update"
  | "storage.files.download"
  | "storage.files.copy"
  | "storage.files.thumbnail"
  | "storage.files.listServiceLinks"
  | "storage.files.listPermissions"
  | "storage.files.setPermissions"
  | "storage.files.updatePermissions"
  | "storage.files.listProperties"
  | "storage.files.deleteProperties"
  | "storage.files.updateProperties"
  | "storage.folders.create"
  | "storage.folders.retrieve"
  | "storage.folders.delete"
  | "storage.folders.update"
  | "storage.folders.listContents"
  | "storage.folders.copy"
  | "storage.folders.listServiceLinks"
  | "storage.folders.listPermissions"
  | "storage.folders.setPermissions"
  | "storage.folders.updatePermissions"
  | "storage.multipart.init"
  | "storage.multipart.retrieve"
  | "storage.multipart.uploadPart"
  | "storage.multipart.abort"
  | "storage.multipart.complete"
  | "storage.links.list"
  | "storage.links.create"
  | "storage.links.retrieve"
  | "storage.links.delete"
  | "storage.links.update"
  | "storage.search"
  | "storage.recent"
  | "storage.quota"
  | "storage.convertId"
  | "events.list"
  | "events.latestCursor"
  | "calendar.calendars.list"
  | "calendar.calendars.create"
  | "calendar.calendars.retrieve"
  | "calendar.calendars.delete"
  | "calendar.calendars.update"
  | "calendar.events.list"
  | "calendar.events.create"
  | "calendar.events.retrieve"
  | "calendar.events.delete"
  | "calendar.events.update"
  | "calendar.findAvailability"
  | "team.users.list"
  | "team.users.retrieve"
  | "team.users.listMemberships"
  | "team.groups.list"
  | "team.groups.retrieve"
  | "team.groups.listMembers"
  | "meta.applications.list"
  | "meta.applications.create"
  | "meta.applications.retrieve"
  | "meta.applications.delete"
  | "meta.applications.update"
  | "meta.apiKeys.list"
  | "meta.apiKeys.create"
  | "meta.apiKeys.delete"
  | "meta.webhooks.list"
  | "meta.webhooks.create"
  | "meta.webhooks.retrieve"
  | "meta.webhooks.delete"
  | "meta.developers.list"
  | "meta.developers.retrieve"
  | "meta.developers.update"
  | "meta.licenses.download"
;

/** The operation table, keyed by operationId. */
export const operations = {
  "oauth.authorize": {
    method: "GET",
    path: "/oauth",
    scope: "client",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "oauth.verifyToken": {
    method: "GET",
    path: "/oauth/token",
    scope: "client",
    paging: "none",
    response: "json",
    result: "json",
  },
  "oauth.getToken": {
    method: "POST",
    path: "/oauth/token",
    scope: "client",
    paging: "none",
    response: "json",
    result: "json",
  },
  "tasks.retrieve": {
    method: "GET",
    path: "/accounts/{account_id}/tasks/{task_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "core.raw": {
    method: "POST",
    path: "/accounts/{account_id}/raw",
    scope: "account",
    paging: "none",
    response: "any",
    result: "response",
  },
  "core.encodeRawId": {
    method: "POST",
    path: "/accounts/{account_id}/encode_raw_id",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "services.list": {
    method: "GET",
    path: "/public/services",
    scope: "client",
    paging: "none",
    response: "json",
    result: "list",
  },
  "services.retrieve": {
    method: "GET",
    path: "/public/services/{service_id}",
    scope: "client",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "accounts.list": {
    method: "GET",
    path: "/accounts",
    scope: "client",
    paging: "page",
    response: "json",
    result: "list",
  },
  "accounts.import": {
    method: "POST",
    path: "/accounts",
    scope: "client",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "accounts.retrieve": {
    method: "GET",
    path: "/accounts/{account_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "accounts.delete": {
    method: "DELETE",
    path: "/accounts/{account_id}",
    scope: "account",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "accounts.update": {
    method: "PATCH",
    path: "/accounts/{account_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.files.upload": {
    method: "POST",
    path: "/accounts/{account_id}/storage/files",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
    helper: "uploadFile",
  },
  "storage.files.createUploadUrl": {
    method: "POST",
    path: "/accounts/{account_id}/storage/files/upload_url",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "storage.files.retrieve": {
    method: "GET",
    path: "/accounts/{account_id}/storage/files/{file_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.files.updateContents": {
    method: "PUT",
    path: "/accounts/{account_id}/storage/files/{file_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.files.delete": {
    method: "DELETE",
    path: "/accounts/{account_id}/storage/files/{file_id}",
    scope: "account",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "storage.files.update": {
    method: "PATCH",
    path: "/accounts/{account_id}/storage/files/{file_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.files.download": {
    method: "GET",
    path: "/accounts/{account_id}/storage/files/{file_id}/contents",
    scope: "account",
    paging: "none",
    response: "binary",
    result: "response",
    helper: "downloadFile",
  },
  "storage.files.copy": {
    method: "POST",
    path: "/accounts/{account_id}/storage/files/{file_id}/copy",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.files.thumbnail": {
    method: "GET",
    path: "/accounts/{account_id}/storage/files/{file_id}/thumbnail",
    scope: "account",
    paging: "none",
    response: "binary",
    result: "response",
  },
  "storage.files.listServiceLinks": {
    method: "GET",
    path: "/accounts/{account_id}/storage/files/{file_id}/links",
    scope: "account",
    paging: "none",
    response: "json",
    result: "list",
  },
  "storage.files.listPermissions": {
    method: "GET",
    path: "/accounts/{account_id}/storage/files/{file_id}/permissions",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "storage.files.setPermissions": {
    method: "PUT",
    path: "/accounts/{account_id}/storage/files/{file_id}/permissions",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "storage.files.updatePermissions": {
    method: "PATCH",
    path: "/accounts/{account_id}/storage/files/{file_id}/permissions",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "storage.files.listProperties": {
    method: "GET",
    path: "/accounts/{account_id}/storage/files/{file_id}/properties",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "storage.files.deleteProperties": {
    method: "DELETE",
    path: "/accounts/{account_id}/storage/files/{file_id}/properties",
    scope: "account",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "storage.files.updateProperties": {
    method: "PATCH",
    path: "/accounts/{account_id}/storage/files/{file_id}/properties",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "storage.folders.create": {
    method: "POST",
    path: "/accounts/{account_id}/storage/folders",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.folders.retrieve": {
    method: "GET",
    path: "/accounts/{account_id}/storage/folders/{folder_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.folders.delete": {
    method: "DELETE",
    path: "/accounts/{account_id}/storage/folders/{folder_id}",
    scope: "account",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "storage.folders.update": {
    method: "PATCH",
    path: "/accounts/{account_id}/storage/folders/{folder_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.folders.listContents": {
    method: "GET",
    path: "/accounts/{account_id}/storage/folders/{folder_id}/contents",
    scope: "account",
    paging: "token",
    response: "json",
    result: "list",
  },
  "storage.folders.copy": {
    method: "POST",
    path: "/accounts/{account_id}/storage/folders/{folder_id}/copy",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.folders.listServiceLinks": {
    method: "GET",
    path: "/accounts/{account_id}/storage/folders/{folder_id}/links",
    scope: "account",
    paging: "none",
    response: "json",
    result: "list",
  },
  "storage.folders.listPermissions": {
    method: "GET",
    path: "/accounts/{account_id}/storage/folders/{folder_id}/permissions",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "storage.folders.setPermissions": {
    method: "PUT",
    path: "/accounts/{account_id}/storage/folders/{folder_id}/permissions",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "storage.folders.updatePermissions": {
    method: "PATCH",
    path: "/accounts/{account_id}/storage/folders/{folder_id}/permissions",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "storage.multipart.init": {
    method: "POST",
    path: "/accounts/{account_id}/storage/multipart",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.multipart.retrieve": {
    method: "GET",
    path: "/accounts/{account_id}/storage/multipart/{multipart_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.multipart.uploadPart": {
    method: "PUT",
    path: "/accounts/{account_id}/storage/multipart/{multipart_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "storage.multipart.abort": {
    method: "DELETE",
    path: "/accounts/{account_id}/storage/multipart/{multipart_id}",
    scope: "account",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "storage.multipart.complete": {
    method: "POST",
    path: "/accounts/{account_id}/storage/multipart/{multipart_id}/complete",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.links.list": {
    method: "GET",
    path: "/accounts/{account_id}/storage/links",
    scope: "account",
    paging: "page",
    response: "json",
    result: "list",
  },
  "storage.links.create": {
    method: "POST",
    path: "/accounts/{account_id}/storage/links",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.links.retrieve": {
    method: "GET",
    path: "/accounts/{account_id}/storage/links/{link_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.links.delete": {
    method: "DELETE",
    path: "/accounts/{account_id}/storage/links/{link_id}",
    scope: "account",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "storage.links.update": {
    method: "PATCH",
    path: "/accounts/{account_id}/storage/links/{link_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "storage.search": {
    method: "GET",
    path: "/accounts/{account_id}/storage/search",
    scope: "account",
    paging: "page",
    response: "json",
    result: "list",
  },
  "storage.recent": {
    method: "GET",
    path: "/accounts/{account_id}/storage/recent",
    scope: "account",
    paging: "page",
    response: "json",
    result: "list",
  },
  "storage.quota": {
    method: "GET",
    path: "/accounts/{account_id}/storage/quota",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "storage.convertId": {
    method: "POST",
    path: "/accounts/{account_id}/storage/convert_id",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "events.list": {
    method: "GET",
    path: "/accounts/{account_id}/events",
    scope: "account",
    paging: "cursor",
    response: "json",
    result: "list",
  },
  "events.latestCursor": {
    method: "GET",
    path: "/accounts/{account_id}/events/latest",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "calendar.calendars.list": {
    method: "GET",
    path: "/accounts/{account_id}/cal/calendars",
    scope: "account",
    paging: "token",
    response: "json",
    result: "list",
  },
  "calendar.calendars.create": {
    method: "POST",
    path: "/accounts/{account_id}/cal/calendars",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "calendar.calendars.retrieve": {
    method: "GET",
    path: "/accounts/{account_id}/cal/calendars/{calendar_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "calendar.calendars.delete": {
    method: "DELETE",
    path: "/accounts/{account_id}/cal/calendars/{calendar_id}",
    scope: "account",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "calendar.calendars.update": {
    method: "PATCH",
    path: "/accounts/{account_id}/cal/calendars/{calendar_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "calendar.events.list": {
    method: "GET",
    path: "/accounts/{account_id}/cal/calendars/{calendar_id}/events",
    scope: "account",
    paging: "token",
    response: "json",
    result: "list",
  },
  "calendar.events.create": {
    method: "POST",
    path: "/accounts/{account_id}/cal/calendars/{calendar_id}/events",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "calendar.events.retrieve": {
    method: "GET",
    path: "/accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "calendar.events.delete": {
    method: "DELETE",
    path: "/accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}",
    scope: "account",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "calendar.events.update": {
    method: "PATCH",
    path: "/accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "calendar.findAvailability": {
    method: "POST",
    path: "/accounts/{account_id}/cal/availability",
    scope: "account",
    paging: "none",
    response: "json",
    result: "json",
  },
  "team.users.list": {
    method: "GET",
    path: "/accounts/{account_id}/team/users",
    scope: "account",
    paging: "token",
    response: "json",
    result: "list",
  },
  "team.users.retrieve": {
    method: "GET",
    path: "/accounts/{account_id}/team/users/{user_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "team.users.listMemberships": {
    method: "GET",
    path: "/accounts/{account_id}/team/users/{user_id}/memberships",
    scope: "account",
    paging: "token",
    response: "json",
    result: "list",
  },
  "team.groups.list": {
    method: "GET",
    path: "/accounts/{account_id}/team/groups",
    scope: "account",
    paging: "token",
    response: "json",
    result: "list",
  },
  "team.groups.retrieve": {
    method: "GET",
    path: "/accounts/{account_id}/team/groups/{group_id}",
    scope: "account",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "team.groups.listMembers": {
    method: "GET",
    path: "/accounts/{account_id}/team/groups/{group_id}/members",
    scope: "account",
    paging: "token",
    response: "json",
    result: "list",
  },
  "meta.applications.list": {
    method: "GET",
    path: "/meta/applications",
    scope: "client",
    paging: "page",
    response: "json",
    result: "list",
  },
  "meta.applications.create": {
    method: "POST",
    path: "/meta/applications",
    scope: "client",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "meta.applications.retrieve": {
    method: "GET",
    path: "/meta/applications/{application_id}",
    scope: "client",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "meta.applications.delete": {
    method: "DELETE",
    path: "/meta/applications/{application_id}",
    scope: "client",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "meta.applications.update": {
    method: "PATCH",
    path: "/meta/applications/{application_id}",
    scope: "client",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "meta.apiKeys.list": {
    method: "GET",
    path: "/meta/applications/{application_id}/apikeys",
    scope: "client",
    paging: "page",
    response: "json",
    result: "list",
  },
  "meta.apiKeys.create": {
    method: "POST",
    path: "/meta/applications/{application_id}/apikeys",
    scope: "client",
    paging: "none",
    response: "json",
    result: "json",
  },
  "meta.apiKeys.delete": {
    method: "DELETE",
    path: "/meta/applications/{application_id}/apikeys/{api_key}",
    scope: "client",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "meta.webhooks.list": {
    method: "GET",
    path: "/meta/applications/{application_id}/webhooks",
    scope: "client",
    paging: "page",
    response: "json",
    result: "list",
  },
  "meta.webhooks.create": {
    method: "POST",
    path: "/meta/applications/{application_id}/webhooks",
    scope: "client",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "meta.webhooks.retrieve": {
    method: "GET",
    path: "/meta/applications/{application_id}/webhooks/{webhook_id}",
    scope: "client",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "meta.webhooks.delete": {
    method: "DELETE",
    path: "/meta/applications/{application_id}/webhooks/{webhook_id}",
    scope: "client",
    paging: "none",
    response: "empty",
    result: "response",
  },
  "meta.developers.list": {
    method: "GET",
    path: "/meta/developers",
    scope: "client",
    paging: "page",
    response: "json",
    result: "list",
  },
  "meta.developers.retrieve": {
    method: "GET",
    path: "/meta/developers/{developer_id}",
    scope: "client",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "meta.developers.update": {
    method: "PATCH",
    path: "/meta/developers/{developer_id}",
    scope: "client",
    paging: "none",
    response: "json",
    result: "resource",
  },
  "meta.licenses.download": {
    method: "GET",
    path: "/meta/licenses/{license_id}/contents",
    scope: "client",
    paging: "none",
    response: "binary",
    result: "response",
  },
} as const satisfies Record<OperationId, OperationSpec>;
