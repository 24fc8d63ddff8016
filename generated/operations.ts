/**
 * The operation table of Kloudless API v1: one entry per operation of the spec, holding what the
 * runtime needs to call it and to wrap its answer, as typed data (it ships in every bundle, so the
 * keys are short and a field holding its default is left out). The static result types read the
 * same entries, so the type of a call and the wrapper the runtime builds cannot disagree.
 *
 * Fields of an entry (`OperationEntry`):
 * - `m`: HTTP method;
 * - `p`: path template, relative to the API version root (`/accounts/{account_id}/storage/files`);
 * - `a`: path parameters, in path order, `account_id` included (default: none);
 * - `q`: query parameter names (default: none);
 * - `b`: request body kinds, `json`, `binary` or `form` (default: none);
 * - `r`: result kind, the wrapper class of src/operations/response.ts the success response becomes:
 *   `ResourceList` (a list envelope with `objects`), `Resource` (an object with `id` or `href`),
 *   `ResponseJson` (other JSON), `Response` (binary or empty, never parsed) (default: `Resource`);
 * - `g`: paging style, `page`, `token` or `cursor` (default: `none`);
 * - `h`: the runtime helper serving the generated method, from `x-kloudless-helper` (default: none);
 * - `s`: scope, `client` for application-level operations (default: `account`, bound by `Account`).
 * Generated from spec/ by codegen/generate.ts. Do not edit.
 */

/** The wrapper class (src/operations/response.ts) an operation's success response becomes. */
export type ResultKind = "Resource" | "ResourceList" | "ResponseJson" | "Response";

/** One entry of the operation table; a field left out holds its default. */
export interface OperationEntry {
  /** HTTP method. */
  readonly m: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path template relative to the API version root. */
  readonly p: string;
  /** Path parameters in path order, `account_id` included (default: none). */
  readonly a?: readonly string[];
  /** Query parameter names (default: none). */
  readonly q?: readonly string[];
  /** Request body kinds (default: none). */
  readonly b?: readonly ("json" | "binary" | "form")[];
  /** Result kind (default: `Resource`). */
  readonly r?: ResultKind;
  /** Paging style (default: `none`). */
  readonly g?: "page" | "token" | "cursor";
  /** Runtime helper serving the generated method (default: none). */
  readonly h?: string;
  /** Scope (default: `account`). */
  readonly s?: "client";
}

/** The operation table, keyed by operationId. */
export const operations = {
  "oauth.authorize": { m: "GET", p: "/oauth", q: ["client_id", "response_type", "redirect_uri", "scope", "state", "extra_data", "custom_properties", "origin", "raw"], r: "Response", s: "client" },
  "oauth.verifyToken": { m: "GET", p: "/oauth/token", r: "ResponseJson", s: "client" },
  "oauth.getToken": { m: "POST", p: "/oauth/token", b: ["form"], r: "ResponseJson", s: "client" },
  "tasks.retrieve": { m: "GET", p: "/accounts/{account_id}/tasks/{task_id}", a: ["account_id", "task_id"] },
  "core.raw": { m: "POST", p: "/accounts/{account_id}/raw", a: ["account_id"], b: ["json", "binary"], r: "Response" },
  "core.encodeRawId": { m: "POST", p: "/accounts/{account_id}/encode_raw_id", a: ["account_id"], b: ["json"] },
  "services.list": { m: "GET", p: "/public/services", q: ["app_id", "retrieve_properties", "apis"], r: "ResourceList", s: "client" },
  "services.retrieve": { m: "GET", p: "/public/services/{service_id}", a: ["service_id"], s: "client" },
  "accounts.list": { m: "GET", p: "/accounts", q: ["page", "page_size", "enabled", "admin", "active"], r: "ResourceList", g: "page", s: "client" },
  "accounts.import": { m: "POST", p: "/accounts", b: ["json"], s: "client" },
  "accounts.retrieve": { m: "GET", p: "/accounts/{account_id}", a: ["account_id"], q: ["retrieve_full"] },
  "accounts.delete": { m: "DELETE", p: "/accounts/{account_id}", a: ["account_id"], r: "Response" },
  "accounts.update": { m: "PATCH", p: "/accounts/{account_id}", a: ["account_id"], b: ["json"] },
  "storage.files.upload": { m: "POST", p: "/accounts/{account_id}/storage/files", a: ["account_id"], q: ["overwrite"], b: ["binary", "json"], h: "uploadFile" },
  "storage.files.createUploadUrl": { m: "POST", p: "/accounts/{account_id}/storage/files/upload_url", a: ["account_id"], b: ["json"], r: "ResponseJson" },
  "storage.files.retrieve": { m: "GET", p: "/accounts/{account_id}/storage/files/{file_id}", a: ["account_id", "file_id"] },
  "storage.files.updateContents": { m: "PUT", p: "/accounts/{account_id}/storage/files/{file_id}", a: ["account_id", "file_id"], b: ["binary"] },
  "storage.files.delete": { m: "DELETE", p: "/accounts/{account_id}/storage/files/{file_id}", a: ["account_id", "file_id"], q: ["permanent"], r: "Response" },
  "storage.files.update": { m: "PATCH", p: "/accounts/{account_id}/storage/files/{file_id}", a: ["account_id", "file_id"], b: ["json"] },
  "storage.files.download": { m: "GET", p: "/accounts/{account_id}/storage/files/{file_id}/contents", a: ["account_id", "file_id"], r: "Response", h: "downloadFile" },
  "storage.files.copy": { m: "POST", p: "/accounts/{account_id}/storage/files/{file_id}/copy", a: ["account_id", "file_id"], q: ["return_type", "link", "link_options"], b: ["json"] },
  "storage.files.thumbnail": { m: "GET", p: "/accounts/{account_id}/storage/files/{file_id}/thumbnail", a: ["account_id", "file_id"], q: ["size", "image_format"], r: "Response" },
  "storage.files.listServiceLinks": { m: "GET", p: "/accounts/{account_id}/storage/files/{file_id}/links", a: ["account_id", "file_id"], r: "ResourceList" },
  "storage.files.listPermissions": { m: "GET", p: "/accounts/{account_id}/storage/files/{file_id}/permissions", a: ["account_id", "file_id"], r: "ResponseJson" },
  "storage.files.setPermissions": { m: "PUT", p: "/accounts/{account_id}/storage/files/{file_id}/permissions", a: ["account_id", "file_id"], b: ["json"], r: "ResponseJson" },
  "storage.files.updatePermissions": { m: "PATCH", p: "/accounts/{account_id}/storage/files/{file_id}/permissions", a: ["account_id", "file_id"], b: ["json"], r: "ResponseJson" },
  "storage.files.listProperties": { m: "GET", p: "/accounts/{account_id}/storage/files/{file_id}/properties", a: ["account_id", "file_id"], r: "ResponseJson" },
  "storage.files.deleteProperties": { m: "DELETE", p: "/accounts/{account_id}/storage/files/{file_id}/properties", a: ["account_id", "file_id"], r: "Response" },
  "storage.files.updateProperties": { m: "PATCH", p: "/accounts/{account_id}/storage/files/{file_id}/properties", a: ["account_id", "file_id"], b: ["json"], r: "ResponseJson" },
  "storage.folders.create": { m: "POST", p: "/accounts/{account_id}/storage/folders", a: ["account_id"], q: ["conflict_if_exists"], b: ["json"] },
  "storage.folders.retrieve": { m: "GET", p: "/accounts/{account_id}/storage/folders/{folder_id}", a: ["account_id", "folder_id"] },
  "storage.folders.delete": { m: "DELETE", p: "/accounts/{account_id}/storage/folders/{folder_id}", a: ["account_id", "folder_id"], q: ["recursive", "permanent"], r: "Response" },
  "storage.folders.update": { m: "PATCH", p: "/accounts/{account_id}/storage/folders/{folder_id}", a: ["account_id", "folder_id"], b: ["json"] },
  "storage.folders.listContents": { m: "GET", p: "/accounts/{account_id}/storage/folders/{folder_id}/contents", a: ["account_id", "folder_id"], q: ["page", "page_size", "recursive"], r: "ResourceList", g: "token" },
  "storage.folders.copy": { m: "POST", p: "/accounts/{account_id}/storage/folders/{folder_id}/copy", a: ["account_id", "folder_id"], q: ["return_type"], b: ["json"] },
  "storage.folders.listServiceLinks": { m: "GET", p: "/accounts/{account_id}/storage/folders/{folder_id}/links", a: ["account_id", "folder_id"], r: "ResourceList" },
  "storage.folders.listPermissions": { m: "GET", p: "/accounts/{account_id}/storage/folders/{folder_id}/permissions", a: ["account_id", "folder_id"], r: "ResponseJson" },
  "storage.folders.setPermissions": { m: "PUT", p: "/accounts/{account_id}/storage/folders/{folder_id}/permissions", a: ["account_id", "folder_id"], b: ["json"], r: "ResponseJson" },
  "storage.folders.updatePermissions": { m: "PATCH", p: "/accounts/{account_id}/storage/folders/{folder_id}/permissions", a: ["account_id", "folder_id"], b: ["json"], r: "ResponseJson" },
  "storage.multipart.init": { m: "POST", p: "/accounts/{account_id}/storage/multipart", a: ["account_id"], q: ["overwrite"], b: ["json"] },
  "storage.multipart.retrieve": { m: "GET", p: "/accounts/{account_id}/storage/multipart/{multipart_id}", a: ["account_id", "multipart_id"] },
  "storage.multipart.uploadPart": { m: "PUT", p: "/accounts/{account_id}/storage/multipart/{multipart_id}", a: ["account_id", "multipart_id"], q: ["part_number"], b: ["binary"], r: "ResponseJson" },
  "storage.multipart.abort": { m: "DELETE", p: "/accounts/{account_id}/storage/multipart/{multipart_id}", a: ["account_id", "multipart_id"], r: "Response" },
  "storage.multipart.complete": { m: "POST", p: "/accounts/{account_id}/storage/multipart/{multipart_id}/complete", a: ["account_id", "multipart_id"], q: ["overwrite"] },
  "storage.links.list": { m: "GET", p: "/accounts/{account_id}/storage/links", a: ["account_id"], q: ["page", "page_size", "active", "ordering"], r: "ResourceList", g: "page" },
  "storage.links.create": { m: "POST", p: "/accounts/{account_id}/storage/links", a: ["account_id"], b: ["json"] },
  "storage.links.retrieve": { m: "GET", p: "/accounts/{account_id}/storage/links/{link_id}", a: ["account_id", "link_id"], q: ["active"] },
  "storage.links.delete": { m: "DELETE", p: "/accounts/{account_id}/storage/links/{link_id}", a: ["account_id", "link_id"], r: "Response" },
  "storage.links.update": { m: "PATCH", p: "/accounts/{account_id}/storage/links/{link_id}", a: ["account_id", "link_id"], b: ["json"] },
  "storage.search": { m: "GET", p: "/accounts/{account_id}/storage/search", a: ["account_id"], q: ["q", "lang", "parents", "page", "page_size"], r: "ResourceList", g: "page" },
  "storage.recent": { m: "GET", p: "/accounts/{account_id}/storage/recent", a: ["account_id"], q: ["page", "page_size", "after"], r: "ResourceList", g: "page" },
  "storage.quota": { m: "GET", p: "/accounts/{account_id}/storage/quota", a: ["account_id"], r: "ResponseJson" },
  "storage.convertId": { m: "POST", p: "/accounts/{account_id}/storage/convert_id", a: ["account_id"], b: ["json"] },
  "events.list": { m: "GET", p: "/accounts/{account_id}/events", a: ["account_id"], q: ["cursor", "page_size", "from", "until"], r: "ResourceList", g: "cursor" },
  "events.latestCursor": { m: "GET", p: "/accounts/{account_id}/events/latest", a: ["account_id"], r: "ResponseJson" },
  "calendar.calendars.list": { m: "GET", p: "/accounts/{account_id}/cal/calendars", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "calendar.calendars.create": { m: "POST", p: "/accounts/{account_id}/cal/calendars", a: ["account_id"], b: ["json"] },
  "calendar.calendars.retrieve": { m: "GET", p: "/accounts/{account_id}/cal/calendars/{calendar_id}", a: ["account_id", "calendar_id"] },
  "calendar.calendars.delete": { m: "DELETE", p: "/accounts/{account_id}/cal/calendars/{calendar_id}", a: ["account_id", "calendar_id"], r: "Response" },
  "calendar.calendars.update": { m: "PATCH", p: "/accounts/{account_id}/cal/calendars/{calendar_id}", a: ["account_id", "calendar_id"], b: ["json"] },
  "calendar.events.list": { m: "GET", p: "/accounts/{account_id}/cal/calendars/{calendar_id}/events", a: ["account_id", "calendar_id"], q: ["start", "end", "page", "page_size", "instances"], r: "ResourceList", g: "token" },
  "calendar.events.create": { m: "POST", p: "/accounts/{account_id}/cal/calendars/{calendar_id}/events", a: ["account_id", "calendar_id"], b: ["json"] },
  "calendar.events.retrieve": { m: "GET", p: "/accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}", a: ["account_id", "calendar_id", "event_id"] },
  "calendar.events.delete": { m: "DELETE", p: "/accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}", a: ["account_id", "calendar_id", "event_id"], r: "Response" },
  "calendar.events.update": { m: "PATCH", p: "/accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}", a: ["account_id", "calendar_id", "event_id"], b: ["json"] },
  "calendar.findAvailability": { m: "POST", p: "/accounts/{account_id}/cal/availability", a: ["account_id"], b: ["json"], r: "ResponseJson" },
  "team.users.list": { m: "GET", p: "/accounts/{account_id}/team/users", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "team.users.retrieve": { m: "GET", p: "/accounts/{account_id}/team/users/{user_id}", a: ["account_id", "user_id"] },
  "team.users.listMemberships": { m: "GET", p: "/accounts/{account_id}/team/users/{user_id}/memberships", a: ["account_id", "user_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "team.groups.list": { m: "GET", p: "/accounts/{account_id}/team/groups", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "team.groups.retrieve": { m: "GET", p: "/accounts/{account_id}/team/groups/{group_id}", a: ["account_id", "group_id"] },
  "team.groups.listMembers": { m: "GET", p: "/accounts/{account_id}/team/groups/{group_id}/members", a: ["account_id", "group_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "crm.accounts.list": { m: "GET", p: "/accounts/{account_id}/crm/accounts", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "crm.accounts.create": { m: "POST", p: "/accounts/{account_id}/crm/accounts", a: ["account_id"], b: ["json"] },
  "crm.accounts.retrieve": { m: "GET", p: "/accounts/{account_id}/crm/accounts/{crm_account_id}", a: ["account_id", "crm_account_id"] },
  "crm.accounts.delete": { m: "DELETE", p: "/accounts/{account_id}/crm/accounts/{crm_account_id}", a: ["account_id", "crm_account_id"], r: "Response" },
  "crm.accounts.update": { m: "PATCH", p: "/accounts/{account_id}/crm/accounts/{crm_account_id}", a: ["account_id", "crm_account_id"], b: ["json"] },
  "crm.contacts.list": { m: "GET", p: "/accounts/{account_id}/crm/contacts", a: ["account_id"], q: ["page", "page_size", "account"], r: "ResourceList", g: "token" },
  "crm.contacts.create": { m: "POST", p: "/accounts/{account_id}/crm/contacts", a: ["account_id"], b: ["json"] },
  "crm.contacts.retrieve": { m: "GET", p: "/accounts/{account_id}/crm/contacts/{contact_id}", a: ["account_id", "contact_id"] },
  "crm.contacts.delete": { m: "DELETE", p: "/accounts/{account_id}/crm/contacts/{contact_id}", a: ["account_id", "contact_id"], r: "Response" },
  "crm.contacts.update": { m: "PATCH", p: "/accounts/{account_id}/crm/contacts/{contact_id}", a: ["account_id", "contact_id"], b: ["json"] },
  "crm.leads.list": { m: "GET", p: "/accounts/{account_id}/crm/leads", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "crm.leads.create": { m: "POST", p: "/accounts/{account_id}/crm/leads", a: ["account_id"], b: ["json"] },
  "crm.leads.retrieve": { m: "GET", p: "/accounts/{account_id}/crm/leads/{lead_id}", a: ["account_id", "lead_id"] },
  "crm.leads.delete": { m: "DELETE", p: "/accounts/{account_id}/crm/leads/{lead_id}", a: ["account_id", "lead_id"], r: "Response" },
  "crm.leads.update": { m: "PATCH", p: "/accounts/{account_id}/crm/leads/{lead_id}", a: ["account_id", "lead_id"], b: ["json"] },
  "crm.opportunities.list": { m: "GET", p: "/accounts/{account_id}/crm/opportunities", a: ["account_id"], q: ["page", "page_size", "account"], r: "ResourceList", g: "token" },
  "crm.opportunities.create": { m: "POST", p: "/accounts/{account_id}/crm/opportunities", a: ["account_id"], b: ["json"] },
  "crm.opportunities.retrieve": { m: "GET", p: "/accounts/{account_id}/crm/opportunities/{opportunity_id}", a: ["account_id", "opportunity_id"] },
  "crm.opportunities.delete": { m: "DELETE", p: "/accounts/{account_id}/crm/opportunities/{opportunity_id}", a: ["account_id", "opportunity_id"], r: "Response" },
  "crm.opportunities.update": { m: "PATCH", p: "/accounts/{account_id}/crm/opportunities/{opportunity_id}", a: ["account_id", "opportunity_id"], b: ["json"] },
  "crm.campaigns.list": { m: "GET", p: "/accounts/{account_id}/crm/campaigns", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "crm.campaigns.create": { m: "POST", p: "/accounts/{account_id}/crm/campaigns", a: ["account_id"], b: ["json"] },
  "crm.campaigns.retrieve": { m: "GET", p: "/accounts/{account_id}/crm/campaigns/{campaign_id}", a: ["account_id", "campaign_id"] },
  "crm.campaigns.delete": { m: "DELETE", p: "/accounts/{account_id}/crm/campaigns/{campaign_id}", a: ["account_id", "campaign_id"], r: "Response" },
  "crm.campaigns.update": { m: "PATCH", p: "/accounts/{account_id}/crm/campaigns/{campaign_id}", a: ["account_id", "campaign_id"], b: ["json"] },
  "crm.tasks.list": { m: "GET", p: "/accounts/{account_id}/crm/tasks", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "crm.tasks.create": { m: "POST", p: "/accounts/{account_id}/crm/tasks", a: ["account_id"], b: ["json"] },
  "crm.tasks.retrieve": { m: "GET", p: "/accounts/{account_id}/crm/tasks/{task_id}", a: ["account_id", "task_id"] },
  "crm.tasks.delete": { m: "DELETE", p: "/accounts/{account_id}/crm/tasks/{task_id}", a: ["account_id", "task_id"], r: "Response" },
  "crm.tasks.update": { m: "PATCH", p: "/accounts/{account_id}/crm/tasks/{task_id}", a: ["account_id", "task_id"], b: ["json"] },
  "crm.objects.list": { m: "GET", p: "/accounts/{account_id}/crm/objects", a: ["account_id"], q: ["raw_type", "page", "page_size"], r: "ResourceList", g: "token" },
  "crm.objects.create": { m: "POST", p: "/accounts/{account_id}/crm/objects", a: ["account_id"], q: ["raw_type"], b: ["json"] },
  "crm.objects.retrieve": { m: "GET", p: "/accounts/{account_id}/crm/objects/{object_id}", a: ["account_id", "object_id"], q: ["raw_type"] },
  "crm.objects.delete": { m: "DELETE", p: "/accounts/{account_id}/crm/objects/{object_id}", a: ["account_id", "object_id"], q: ["raw_type"], r: "Response" },
  "crm.objects.update": { m: "PATCH", p: "/accounts/{account_id}/crm/objects/{object_id}", a: ["account_id", "object_id"], q: ["raw_type"], b: ["json"] },
  "crm.search": { m: "GET", p: "/accounts/{account_id}/crm/search", a: ["account_id"], q: ["q", "lang", "page", "page_size"], r: "ResourceList", g: "token" },
  "crm.batch": { m: "POST", p: "/accounts/{account_id}/crm/batch", a: ["account_id"], b: ["json"], r: "ResponseJson" },
  "crm.schemas.list": { m: "GET", p: "/accounts/{account_id}/crm/schemas", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "crm.schemas.retrieve": { m: "GET", p: "/accounts/{account_id}/crm/schemas/{schema_id}", a: ["account_id", "schema_id"] },
  "meta.applications.list": { m: "GET", p: "/meta/applications", q: ["page", "page_size", "active"], r: "ResourceList", g: "page", s: "client" },
  "meta.applications.create": { m: "POST", p: "/meta/applications", b: ["json"], s: "client" },
  "meta.applications.retrieve": { m: "GET", p: "/meta/applications/{application_id}", a: ["application_id"], s: "client" },
  "meta.applications.delete": { m: "DELETE", p: "/meta/applications/{application_id}", a: ["application_id"], r: "Response", s: "client" },
  "meta.applications.update": { m: "PATCH", p: "/meta/applications/{application_id}", a: ["application_id"], b: ["json"], s: "client" },
  "meta.apiKeys.list": { m: "GET", p: "/meta/applications/{application_id}/apikeys", a: ["application_id"], q: ["page", "page_size"], r: "ResourceList", g: "page", s: "client" },
  "meta.apiKeys.create": { m: "POST", p: "/meta/applications/{application_id}/apikeys", a: ["application_id"], r: "ResponseJson", s: "client" },
  "meta.apiKeys.delete": { m: "DELETE", p: "/meta/applications/{application_id}/apikeys/{api_key}", a: ["application_id", "api_key"], r: "Response", s: "client" },
  "meta.webhooks.list": { m: "GET", p: "/meta/applications/{application_id}/webhooks", a: ["application_id"], q: ["page", "page_size"], r: "ResourceList", g: "page", s: "client" },
  "meta.webhooks.create": { m: "POST", p: "/meta/applications/{application_id}/webhooks", a: ["application_id"], b: ["json"], s: "client" },
  "meta.webhooks.retrieve": { m: "GET", p: "/meta/applications/{application_id}/webhooks/{webhook_id}", a: ["application_id", "webhook_id"], s: "client" },
  "meta.webhooks.delete": { m: "DELETE", p: "/meta/applications/{application_id}/webhooks/{webhook_id}", a: ["application_id", "webhook_id"], r: "Response", s: "client" },
  "meta.developers.list": { m: "GET", p: "/meta/developers", q: ["page", "page_size"], r: "ResourceList", g: "page", s: "client" },
  "meta.developers.retrieve": { m: "GET", p: "/meta/developers/{developer_id}", a: ["developer_id"], s: "client" },
  "meta.developers.update": { m: "PATCH", p: "/meta/developers/{developer_id}", a: ["developer_id"], b: ["json"], s: "client" },
  "meta.licenses.download": { m: "GET", p: "/meta/licenses/{license_id}/contents", a: ["license_id"], r: "Response", s: "client" },
  "meta.trustedDomains.list": { m: "GET", p: "/meta/applications/{application_id}/trusted_domains", a: ["application_id"], q: ["page", "page_size"], r: "ResourceList", g: "page", s: "client" },
  "meta.trustedDomains.create": { m: "POST", p: "/meta/applications/{application_id}/trusted_domains", a: ["application_id"], b: ["json"], s: "client" },
  "meta.trustedDomains.delete": { m: "DELETE", p: "/meta/applications/{application_id}/trusted_domains/{trusted_domain_id}", a: ["application_id", "trusted_domain_id"], r: "Response", s: "client" },
  "subscriptions.list": { m: "GET", p: "/accounts/{account_id}/subscriptions", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "page" },
  "subscriptions.create": { m: "POST", p: "/accounts/{account_id}/subscriptions", a: ["account_id"], b: ["json"] },
  "subscriptions.retrieve": { m: "GET", p: "/accounts/{account_id}/subscriptions/{subscription_id}", a: ["account_id", "subscription_id"] },
  "subscriptions.listActivity": { m: "GET", p: "/accounts/{account_id}/subscriptions/{subscription_id}/activity", a: ["account_id", "subscription_id"], q: ["cursor", "page_size"], r: "ResourceList", g: "cursor" },
  "chat.conversations.list": { m: "GET", p: "/accounts/{account_id}/messaging/conversations", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "itsm.incidents.list": { m: "GET", p: "/accounts/{account_id}/itsm/incidents", a: ["account_id"], q: ["page", "page_size"], r: "ResourceList", g: "token" },
  "meetings.windows.list": { m: "GET", p: "/meetings/windows", q: ["page", "page_size"], r: "ResourceList", g: "page", s: "client" },
  "meetings.windows.create": { m: "POST", p: "/meetings/windows", b: ["json"], s: "client" },
  "meetings.windows.retrieve": { m: "GET", p: "/meetings/windows/{window_id}", a: ["window_id"], s: "client" },
  "meetings.windows.delete": { m: "DELETE", p: "/meetings/windows/{window_id}", a: ["window_id"], r: "Response", s: "client" },
  "meetings.windows.update": { m: "PATCH", p: "/meetings/windows/{window_id}", a: ["window_id"], b: ["json"], s: "client" },
  "meetings.windows.listTimeSlots": { m: "GET", p: "/meetings/windows/{window_id}/time-slots", a: ["window_id"], q: ["page"], r: "ResponseJson", s: "client" },
  "meetings.windows.schedule": { m: "POST", p: "/meetings/windows/{window_id}/schedule", a: ["window_id"], b: ["json"], s: "client" },
  "meetings.events.retrieve": { m: "GET", p: "/meetings/events/{scheduled_event_id}", a: ["scheduled_event_id"], s: "client" },
  "meetings.events.delete": { m: "DELETE", p: "/meetings/events/{scheduled_event_id}", a: ["scheduled_event_id"], q: ["recaptcha_token"], r: "Response", s: "client" },
  "meetings.events.update": { m: "PATCH", p: "/meetings/events/{scheduled_event_id}", a: ["scheduled_event_id"], b: ["json"], s: "client" },
} as const satisfies Record<string, OperationEntry>;

/** Every operationId of the spec. */
export type OperationId = keyof typeof operations;
